import { defaultRulePack, mergeRulePacks, parseRulePackOverride, type RulePack, type RulePackError } from '@/lib/rules';

export interface EffectivePack {
  pack: RulePack;
  /** Problems of the stored override; when present the default pack is used unchanged. */
  overrideErrors: RulePackError[];
}

let cached: { key: string; value: EffectivePack } | undefined;

/**
 * The default rule pack with the seller's stored overrides merged over it. A stored override that no
 * longer validates is ignored (and reported), never half-applied. Pure apart from a one-entry cache.
 * Example: `effectivePack(null).pack === defaultRulePack`.
 */
export function effectivePack(storedOverride: unknown): EffectivePack {
  if (storedOverride === null || storedOverride === undefined) return { pack: defaultRulePack, overrideErrors: [] };
  const key = JSON.stringify(storedOverride);
  if (cached?.key === key) return cached.value;
  const parsed = parseRulePackOverride(storedOverride, defaultRulePack);
  const value: EffectivePack = parsed.ok
    ? { pack: mergeRulePacks(defaultRulePack, parsed.override), overrideErrors: [] }
    : { pack: defaultRulePack, overrideErrors: parsed.errors };
  cached = { key, value };
  return value;
}
