import { defaultRulePack } from './default-pack';
import { mergeRulePacks } from './merge-rule-packs';
import { parseRulePackOverride, type RulePackError } from './parse-rule-pack';
import type { RulePack, RulePackOverride } from './schema';

export interface EffectivePack {
  pack: RulePack;
  /** The stored override as validated; absent when none is stored or it no longer validates. */
  override?: RulePackOverride;
  /** Problems of a stored override that no longer validates; the built-in pack is then used unchanged. */
  overrideErrors: RulePackError[];
}

let cached: { key: string; value: EffectivePack } | undefined;

/**
 * The built-in rule pack with the seller's stored overrides merged over it: the one pack every quote,
 * badge, diagnosis and surface uses. A stored override that no longer validates is ignored (and
 * reported), never half-applied. Pure apart from a one-entry cache (the override rarely changes).
 * Example: `effectivePack(null).pack === defaultRulePack`.
 */
export function effectivePack(storedOverride: unknown): EffectivePack {
  if (storedOverride === null || storedOverride === undefined) return { pack: defaultRulePack, overrideErrors: [] };
  const key = JSON.stringify(storedOverride);
  if (cached?.key === key) return cached.value;
  const parsed = parseRulePackOverride(storedOverride, defaultRulePack);
  const value: EffectivePack = parsed.ok
    ? { pack: mergeRulePacks(defaultRulePack, parsed.override), override: parsed.override, overrideErrors: [] }
    : { pack: defaultRulePack, overrideErrors: parsed.errors };
  cached = { key, value };
  return value;
}
