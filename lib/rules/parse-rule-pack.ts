import type { z } from 'zod';
import {
  checkPackReferences,
  rulePackOverrideSchema,
  rulePackSchema,
  type RulePack,
  type RulePackOverride,
} from './schema';

/** One problem found in a pack: `path` like `feeTables[0].weightBands[1].baseMinor` ('' = the whole document). */
export interface RulePackError {
  path: string;
  message: string;
}

export type ParseRulePackResult = { ok: true; pack: RulePack } | { ok: false; errors: RulePackError[] };
export type ParseRulePackOverrideResult =
  { ok: true; override: RulePackOverride } | { ok: false; errors: RulePackError[] };

/** `['feeTables', 0, 'weightBands', 1]` → `feeTables[0].weightBands[1]`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

function toErrors(error: z.ZodError): RulePackError[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

/** Accepts parsed JSON or JSON text; text that is not JSON is one error at path ''. */
function readJson(json: unknown): { ok: true; value: unknown } | { ok: false; errors: RulePackError[] } {
  if (typeof json !== 'string') return { ok: true, value: json };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

/**
 * Validates a whole rule pack (an imported `.json` file or the result of a merge) with `rulePackSchema`.
 * Contract (architecture.md): "returns the pack or a list of `{ path, message }` errors" — here as the
 * union `{ ok: true, pack } | { ok: false, errors: Array<{ path, message }> }`, every issue listed, never a throw.
 * Example: `parseRulePack(serializeRulePack(defaultRulePack))` → `{ ok: true, pack }`;
 * `parseRulePack({})` → `{ ok: false, errors: [{ path: 'version', message: … }, …] }`.
 */
export function parseRulePack(json: unknown): ParseRulePackResult {
  const read = readJson(json);
  if (!read.ok) return read;
  const result = rulePackSchema.safeParse(read.value);
  return result.success ? { ok: true, pack: result.data } : { ok: false, errors: toErrors(result.error) };
}

/**
 * Validates a partial pack meant to be merged over `base` (references such as postcode-set ids and
 * currencies are checked against the base as well). Same result shape as `parseRulePack`.
 * Example: `parseRulePackOverride({ feeTables: [{ carrierId: 'jt-express', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }] }, defaultRulePack)`.
 */
export function parseRulePackOverride(json: unknown, base: RulePack): ParseRulePackOverrideResult {
  const read = readJson(json);
  if (!read.ok) return read;
  const result = rulePackOverrideSchema
    .superRefine((override, ctx) => checkPackReferences(override, ctx, base))
    .safeParse(read.value);
  return result.success ? { ok: true, override: result.data } : { ok: false, errors: toErrors(result.error) };
}

/**
 * The pack as pretty JSON text for export; `parseRulePack` reads it back to an equal pack.
 * Example: `serializeRulePack(defaultRulePack).startsWith('{\n  "version"')`.
 */
export function serializeRulePack(pack: RulePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
