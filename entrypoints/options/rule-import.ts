/**
 * Rate-card and rule-pack import for the options page: read a file as CSV or pack JSON, check it
 * against the effective pack, combine it with the seller's stored override, and describe what would
 * change. A file with any error changes nothing. Pure.
 */
import { CARRIER_ALIASES, isCarrierId } from '@/lib/carriers';
import { formatMoney } from '@/lib/units';
import type { Localized } from '@/lib/i18n';
import {
  RATE_CARD_COLUMNS,
  effectivePack,
  feeTableKey,
  fuelPeriod,
  parseRateCardCsv,
  sortFuel,
  parseRulePackOverride,
  type FeeTable,
  type FeeTableOverride,
  type RateCardError,
  type RulePack,
  type RulePackError,
  type RulePackOverride,
} from '@/lib/rules';

export type ImportKind = 'csv' | 'json';

/** A file is JSON when its name says so or its text starts with `{`; everything else is read as a CSV rate card. */
export function detectImportKind(fileName: string, text: string): ImportKind {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

/** One error line as the seller reads it. `line` 0 = the file as a whole. */
export interface ImportErrorLine {
  line?: number;
  column?: string;
  path?: string;
  message: string;
}

export type ImportResult =
  | {
      ok: true;
      kind: ImportKind;
      incoming: RulePackOverride;
      combined: RulePackOverride;
      before: RulePack;
      after: RulePack;
      rows?: number;
    }
  | { ok: false; kind: ImportKind; errors: ImportErrorLine[] };

function fromCsvErrors(errors: readonly RateCardError[]): ImportErrorLine[] {
  return [...errors]
    .sort((a, b) => a.line - b.line)
    .map((e) => ({
      ...(e.line > 0 ? { line: e.line } : {}),
      ...(e.column ? { column: String(e.column) } : {}),
      message: e.message,
    }));
}

function fromPackErrors(errors: readonly RulePackError[]): ImportErrorLine[] {
  return errors.map((e) => ({ ...(e.path ? { path: e.path } : {}), message: e.message }));
}

function combineById<T>(
  base: readonly T[] | undefined,
  over: readonly T[] | undefined,
  keyOf: (item: T) => string,
  combine: (a: T, b: T) => T,
): T[] | undefined {
  if (!base?.length) return over ? [...over] : undefined;
  if (!over?.length) return [...base];
  const merged = new Map(base.map((item) => [keyOf(item), item] as const));
  for (const item of over) {
    const previous = merged.get(keyOf(item));
    merged.set(keyOf(item), previous === undefined ? item : combine(previous, item));
  }
  return [...merged.values()];
}

/** Fee tables combine like the pack merge: fuel by month, every other figure group replaced whole. */
function combineFeeTables(a: FeeTableOverride, b: FeeTableOverride): FeeTableOverride {
  const combined: FeeTableOverride = { ...a };
  for (const [key, value] of Object.entries(b))
    if (value !== undefined) (combined as Record<string, unknown>)[key] = value;
  if (a.fuel && b.fuel)
    combined.fuel = combineById(
      a.fuel,
      b.fuel,
      (f) => fuelPeriod(f).key,
      (_, y) => y,
    )!;
  if (combined.fuel) combined.fuel = sortFuel(combined.fuel);
  return combined;
}

/**
 * The stored override with a newly imported one laid over it (same semantics as `mergeRulePacks`),
 * so importing a second rate card keeps the first card's other carriers.
 * Example: a J&T US card then a USPS US card → an override with both fee tables.
 */
export function combineOverrides(existing: RulePackOverride | undefined, incoming: RulePackOverride): RulePackOverride {
  if (!existing) return incoming;
  const combined: RulePackOverride = { ...existing };
  for (const [key, value] of Object.entries(incoming))
    if (value !== undefined) (combined as Record<string, unknown>)[key] = value;
  const markets = combineById(
    existing.markets,
    incoming.markets,
    (m) => m.code,
    (a, b) => ({ ...a, ...b }),
  );
  const carriers = combineById(
    existing.carriers,
    incoming.carriers,
    (c) => c.id,
    (a, b) => ({
      ...a,
      ...b,
      markets:
        combineById(
          a.markets,
          b.markets,
          (m) => m.market,
          (x, y) => ({ ...x, ...y }),
        ) ?? [],
    }),
  );
  const postcodeSets = combineById(
    existing.postcodeSets,
    incoming.postcodeSets,
    (s) => s.id,
    (_, b) => b,
  );
  const feeTables = combineById(existing.feeTables, incoming.feeTables, feeTableKey, combineFeeTables);
  if (markets) combined.markets = markets;
  if (carriers) combined.carriers = carriers;
  if (postcodeSets) combined.postcodeSets = postcodeSets;
  if (feeTables) combined.feeTables = feeTables;
  if (existing.sellerGuidance && incoming.sellerGuidance)
    combined.sellerGuidance = { ...existing.sellerGuidance, ...incoming.sellerGuidance };
  if (existing.sellerCenterSelectors && incoming.sellerCenterSelectors)
    combined.sellerCenterSelectors = { ...existing.sellerCenterSelectors, ...incoming.sellerCenterSelectors };
  return combined;
}

/**
 * Reads an imported file against the current state. CSV rate cards go through `parseRateCardCsv`,
 * JSON (a whole pack or a partial override) through `parseRulePackOverride`, both against the
 * effective pack. The combined override is re-validated against the default pack (what the
 * background does on every read) so a file that passes here can never be ignored there.
 * Example: `readImport('card.csv', 'carrier_id,market,currency,tracking_fee\nusps,US,USD,0.2', null)` → `{ ok: true, … }`.
 */
export function readImport(fileName: string, text: string, stored: unknown): ImportResult {
  const kind = detectImportKind(fileName, text);
  const current = effectivePack(stored);
  let incoming: RulePackOverride;
  let rows: number | undefined;
  if (kind === 'csv') {
    const parsed = parseRateCardCsv(text, current.pack);
    if (!parsed.ok) return { ok: false, kind, errors: fromCsvErrors(parsed.errors) };
    incoming = parsed.override;
    rows = parsed.rows;
  } else {
    const parsed = parseRulePackOverride(text.replace(/^\uFEFF/, ''), current.pack);
    if (!parsed.ok) return { ok: false, kind, errors: fromPackErrors(parsed.errors) };
    incoming = parsed.override;
  }
  const combined = combineOverrides(current.override, incoming);
  // Exactly what the background will compute from the saved override, so a file that passes here is never ignored there.
  const checked = effectivePack(combined);
  if (!checked.override) return { ok: false, kind, errors: fromPackErrors(checked.overrideErrors) };
  const after = checked.pack;
  return {
    ok: true,
    kind,
    incoming,
    combined: checked.override,
    before: current.pack,
    after,
    ...(rows !== undefined ? { rows } : {}),
  };
}

/**
 * One error as a line of text: `line 4, column fuel_per_kg: …` (CSV), `at feeTables[0].currency: …`
 * (JSON), or the message alone for the whole file. The message itself comes from lib/rules in English.
 */
export function formatImportError(error: ImportErrorLine): Localized {
  const where: Localized =
    error.line !== undefined && error.column
      ? { en: `line ${error.line}, column ${error.column}: `, zh: `第 ${error.line} 行，${error.column} 列：` }
      : error.line !== undefined
        ? { en: `line ${error.line}: `, zh: `第 ${error.line} 行：` }
        : error.path
          ? { en: `at ${error.path}: `, zh: `位置 ${error.path}：` }
          : { en: 'file: ', zh: '文件：' };
  return { en: `${where.en}${error.message}`, zh: `${where.zh}${error.message}` };
}

/**
 * A CSV template with the documented header (lib/rules/RATE-CARD.md) and comment lines explaining
 * the columns; no figures, so importing it unedited adds nothing (it reports "no rate rows").
 */
export function buildRateCardTemplate(): string {
  return [
    '# Lastmile Lens rate card. Lines starting with # are ignored. Money in major units of the market currency (3.28 = $3.28). Band limits in whole grams (max_weight_g) or as max_weight + weight_unit (g, kg, oz, lb).',
    '# Required: carrier_id (e.g. jt-express or "J&T Express"), market (US, GB, ID, TH, VN), currency (USD, GBP, IDR, THB, VND). Leave unused columns empty.',
    "# Groups: zone + zone_postcodes (a zone card: postcode prefixes/ranges → that zone's bands) | max_weight_g or max_weight + weight_unit, + base | extra_step + extra_fee (price per started step past the last band) | fuel_month (YYYY-MM) + fuel_per_kg or fuel_percent | remote_fee + remote_areas (us-alaska;us-hawaii or zip3:995-999) | tracking_fee | priority_fee | rebate_above_monthly + rebate_percent | source",
    '# v2: service (+ service_name_en/zh: Tracked 24 and 48 quote separately) | own-<name> carrier_id + carrier_name_en/zh | effective_from/effective_to (the card), band_from/band_to (a band) | format + format_max_size (35.3x25x2.5cm) [+ format_max_weight] and bands naming their format | surcharge (residential, delivery-area + surcharge_postcodes, peak + surcharge_from/to) + surcharge_fee | fuel_from + fuel_to (weekly fuel) | volumetric_divisor + volumetric_unit (in3/lb, cm3/kg)',
    RATE_CARD_COLUMNS.join(','),
    '',
  ].join('\r\n');
}

// ---------------------------------------------------------------- what changes

export interface PackChange {
  kind:
    | 'fee-table-added'
    | 'fee-table-changed'
    | 'carrier-added'
    | 'carrier-markets-added'
    | 'market-changed'
    | 'postcode-set-added'
    | 'postcode-set-changed'
    | 'pack-changed';
  subject: Localized;
  /** Figure groups, each `name: before → after` (before absent for additions). */
  details: Localized[];
}

function carrierName(pack: RulePack, id: string): Localized {
  const carrier = pack.carriers.find((c) => c.id === id);
  if (carrier) return carrier.name;
  const alias = isCarrierId(id) ? CARRIER_ALIASES[id][0] : undefined;
  return { en: alias ?? id, zh: alias ?? id };
}

const GROUP_NAMES: Record<string, Localized> = {
  weightBands: { en: 'Weight bands', zh: '重量段' },
  fuel: { en: 'Fuel surcharge', zh: '燃油附加费' },
  remoteAreas: { en: 'Remote-area fee', zh: '偏远附加费' },
  trackingFee: { en: 'Tracking fee', zh: '轨迹服务费' },
  priorityFee: { en: 'Priority tag fee', zh: '优先配送费' },
  rebateTiers: { en: 'Volume rebate', zh: '月量返点' },
  currency: { en: 'Currency', zh: '币种' },
  moneyRounding: { en: 'Rounding', zh: '取整规则' },
};

const GROUPS = Object.keys(GROUP_NAMES) as Array<keyof FeeTable>;

/** A figure group in words, in both languages (money with the market's currency exponent). */
function describeGroup(table: FeeTable, group: keyof FeeTable, exponent: number): Localized {
  const money = (minor: number) => formatMoney(minor, table.currency, exponent);
  const both = (text: string): Localized => ({ en: text, zh: text });
  switch (group) {
    case 'weightBands':
      return table.weightBands.length
        ? {
            en: table.weightBands.map((b) => `up to ${b.maxWeightGrams} g ${money(b.baseMinor)}`).join('; '),
            zh: table.weightBands.map((b) => `${b.maxWeightGrams} 克以内 ${money(b.baseMinor)}`).join('；'),
          }
        : { en: 'none', zh: '无' };
    case 'fuel':
      return both(
        (table.fuel ?? [])
          .map(
            (f) =>
              `${fuelPeriod(f).key}: ${f.perKgMinor !== undefined ? `${money(f.perKgMinor)}/kg` : `${f.percent} %`}`,
          )
          .join('; '),
      );
    case 'remoteAreas':
      return both(
        (table.remoteAreas ?? [])
          .map(
            (r) =>
              `${money(r.feeMinor)} (${[...(r.postcodeSetIds ?? []), ...(r.rules ?? []).map(describeRule)].join(', ')})`,
          )
          .join('; '),
      );
    case 'trackingFee':
    case 'priorityFee': {
      const fee = table[group];
      return fee
        ? { en: `${money(fee.perOrderMinor)} per order`, zh: `每单 ${money(fee.perOrderMinor)}` }
        : { en: 'none', zh: '无' };
    }
    case 'rebateTiers':
      return {
        en: (table.rebateTiers ?? [])
          .map((t) => `${t.percent} % above ${t.aboveMonthlyParcels} parcels/month`)
          .join('; '),
        zh: (table.rebateTiers ?? []).map((t) => `月量超过 ${t.aboveMonthlyParcels} 件返 ${t.percent} %`).join('；'),
      };
    case 'currency':
      return both(table.currency);
    case 'moneyRounding':
      return both(table.moneyRounding ? `${table.moneyRounding.mode}, ${table.moneyRounding.scope}` : '—');
    default:
      return both('');
  }
}

function describeRule(rule: NonNullable<NonNullable<FeeTable['remoteAreas']>[number]['rules']>[number]): string {
  if (rule.kind === 'zip3-range') return rule.from === rule.to ? `zip3:${rule.from}` : `zip3:${rule.from}-${rule.to}`;
  if (rule.kind === 'prefix') return `prefix:${rule.prefix}`;
  if (rule.from === undefined) return `uk:${rule.area}`;
  return rule.from === rule.to ? `uk:${rule.area}${rule.from}` : `uk:${rule.area}${rule.from}-${rule.to}`;
}

const isPresent = (table: FeeTable, group: keyof FeeTable) => {
  const value = table[group];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function detailLine(name: Localized, before: Localized | undefined, after: Localized): Localized {
  if (!before) return { en: `${name.en}: ${after.en}`, zh: `${name.zh}：${after.zh}` };
  return { en: `${name.en}: ${before.en} → ${after.en}`, zh: `${name.zh}：${before.zh} → ${after.zh}` };
}

function describeFeeTableChange(before: RulePack, after: RulePack, table: FeeTable): PackChange | undefined {
  const old = before.feeTables.find((t) => feeTableKey(t) === feeTableKey(table));
  const exponent = after.markets.find((m) => m.code === table.market)?.currency.minorUnitExponent ?? 2;
  const name = carrierName(after, table.carrierId);
  const subject = { en: `${name.en} · ${table.market}`, zh: `${name.zh} · ${table.market}` };
  const groups = GROUPS.filter((g) => g !== 'currency' || !old);
  if (!old) {
    const details = groups
      .filter((g) => isPresent(table, g))
      .map((g) => detailLine(GROUP_NAMES[g]!, undefined, describeGroup(table, g, exponent)));
    return { kind: 'fee-table-added', subject, details };
  }
  const changed = groups.filter((g) => !same(old[g], table[g]));
  if (!changed.length) return undefined;
  const details = changed.map((g) =>
    detailLine(
      GROUP_NAMES[g]!,
      isPresent(old, g) ? describeGroup(old, g, exponent) : { en: 'none', zh: '无' },
      isPresent(table, g) ? describeGroup(table, g, exponent) : { en: 'none', zh: '无' },
    ),
  );
  return { kind: 'fee-table-changed', subject, details };
}

/**
 * What an import would change in the effective pack, item by item, in words: fee tables added or
 * changed (with their figures before → after), carriers and markets added, postcode sets, pack fields.
 * Example: a card with a J&T US 1 kg band → `[{ kind: 'fee-table-changed', subject: 'J&T Express · US',
 * details: ['Weight bands: up to 500 g $3.28 → up to 500 g $3.28; up to 1000 g $4.10'] }]`.
 */
export function describePackChanges(before: RulePack, after: RulePack): PackChange[] {
  const changes: PackChange[] = [];
  for (const field of ['version', 'effectiveFrom', 'moneyRounding'] as const) {
    if (!same(before[field], after[field]) && field !== 'version') {
      changes.push({
        kind: 'pack-changed',
        subject: { en: field, zh: field },
        details: [
          {
            en: `${JSON.stringify(before[field])} → ${JSON.stringify(after[field])}`,
            zh: `${JSON.stringify(before[field])} → ${JSON.stringify(after[field])}`,
          },
        ],
      });
    }
  }
  for (const market of after.markets) {
    const old = before.markets.find((m) => m.code === market.code);
    if (!same(old, market))
      changes.push({
        kind: 'market-changed',
        subject: { en: `${market.name.en} (${market.code})`, zh: `${market.name.zh}（${market.code}）` },
        details: [],
      });
  }
  for (const carrier of after.carriers) {
    const old = before.carriers.find((c) => c.id === carrier.id);
    if (!old) {
      changes.push({
        kind: 'carrier-added',
        subject: carrier.name,
        details: carrier.markets.map((m) => ({ en: m.market, zh: m.market })),
      });
      continue;
    }
    const added = carrier.markets.filter((m) => !old.markets.some((o) => o.market === m.market));
    if (added.length)
      changes.push({
        kind: 'carrier-markets-added',
        subject: carrier.name,
        details: added.map((m) => ({ en: m.market, zh: m.market })),
      });
  }
  for (const set of after.postcodeSets) {
    const old = before.postcodeSets.find((s) => s.id === set.id);
    if (!old) changes.push({ kind: 'postcode-set-added', subject: set.name, details: [{ en: set.id, zh: set.id }] });
    else if (!same(old, set))
      changes.push({ kind: 'postcode-set-changed', subject: set.name, details: [{ en: set.id, zh: set.id }] });
  }
  for (const table of after.feeTables) {
    const change = describeFeeTableChange(before, after, table);
    if (change) changes.push(change);
  }
  return changes;
}
