import { CARRIER_ALIASES, isOwnCarrierId } from '@/lib/carriers';
import { fuelPeriod, sortFuel } from './fuel-period';
import { feeTableKey } from './schema';
import type {
  CarrierMarket,
  CarrierRules,
  FeeTable,
  FeeTableOverride,
  FuelSurcharge,
  RulePack,
  RulePackOverride,
} from './schema';

function mergeByKey<T>(
  base: readonly T[],
  over: readonly T[] | undefined,
  keyOf: (item: T) => string,
  combine: (a: T, b: T) => T,
): T[] {
  if (!over?.length) return [...base];
  const merged = new Map(base.map((item) => [keyOf(item), item] as const));
  for (const item of over) {
    const previous = merged.get(keyOf(item));
    merged.set(keyOf(item), previous === undefined ? item : combine(previous, item));
  }
  return [...merged.values()];
}

/** Fuel figures merge by period (the override's month or week wins); other figure groups are replaced whole. */
function mergeFeeTable(base: FeeTable, over: FeeTableOverride): FeeTable {
  const fuel = over.fuel
    ? mergeByKey<FuelSurcharge>(
        base.fuel ?? [],
        over.fuel,
        (f) => fuelPeriod(f).key,
        (_, b) => b,
      )
    : base.fuel;
  const merged: FeeTable = { ...base };
  for (const [key, value] of Object.entries(over) as Array<[keyof FeeTableOverride, unknown]>) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (fuel) merged.fuel = sortFuel(fuel);
  return merged;
}

function tableFromOverride(over: FeeTableOverride, pack: RulePack): FeeTable {
  const currency = over.currency ?? pack.markets.find((m) => m.code === over.market)?.currency.code ?? '';
  return { ...over, currency, weightBands: over.weightBands ?? [] };
}

/** A carrier the seller has rates for but the pack does not list: named from lib/carriers, no certification on file. */
function carrierFromRates(id: CarrierRules['id']): CarrierRules {
  // An own carrier is always named by its override (checkPackReferences); the id is a last resort.
  if (isOwnCarrierId(id)) return { id, name: { en: id, zh: id }, markets: [] };
  const aliases = CARRIER_ALIASES[id];
  const en = aliases[0] ?? id;
  const zh = aliases.find((a) => /[\u4e00-\u9fff]/.test(a)) ?? en;
  return { id, name: { en, zh }, markets: [] };
}

function ensureCarrierServes(carriers: CarrierRules[], table: FeeTable): CarrierRules[] {
  const index = carriers.findIndex((c) => c.id === table.carrierId);
  const carrier = index >= 0 ? carriers[index]! : carrierFromRates(table.carrierId);
  if (carrier.markets.some((m) => m.market === table.market)) return carriers;
  // The seller's own rate card is the evidence that the carrier serves this market; certification stays unknown.
  const served: CarrierMarket = { market: table.market, source: 'user' };
  const updated = { ...carrier, markets: [...carrier.markets, served] };
  return index >= 0 ? carriers.map((c, i) => (i === index ? updated : c)) : [...carriers, updated];
}

/**
 * Merges user overrides over a base pack by id: markets by `code`, carriers by `id` (their markets by
 * market code), postcode sets by `id`, fee tables by carrier + market + service + start day (fuel by month; bands, remote
 * areas, rebates and per-order fees replaced as groups). Figures keep the `source` they carry — the
 * rate-card importer stamps `user` — and a carrier only known from the seller's rates is added without
 * certification. Pure: neither input is changed. Validate the override first (`parseRateCardCsv`,
 * `parseRulePackOverride`), which checks its references against the same base.
 * Example: `mergeRulePacks(defaultRulePack, { feeTables: [{ carrierId: 'jt-express', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }] })`.
 */
export function mergeRulePacks(base: RulePack, override: RulePackOverride): RulePack {
  const merged: RulePack = {
    ...base,
    version: override.version ?? (base.version.endsWith('+user') ? base.version : `${base.version}+user`),
    effectiveFrom: override.effectiveFrom ?? base.effectiveFrom,
    moneyRounding: override.moneyRounding ?? base.moneyRounding,
    markets: mergeByKey(
      base.markets,
      override.markets,
      (m) => m.code,
      (a, b) => ({ ...a, ...b }),
    ),
    carriers: mergeByKey(
      base.carriers,
      override.carriers,
      (c) => c.id,
      (a, b) => ({
        ...a,
        ...b,
        markets: mergeByKey(
          a.markets,
          b.markets,
          (m) => m.market,
          (x, y) => ({ ...x, ...y }),
        ),
      }),
    ),
    postcodeSets: mergeByKey(
      base.postcodeSets,
      override.postcodeSets,
      (s) => s.id,
      (_, b) => b,
    ),
    feeTables: [...base.feeTables],
  };
  if (override.sellerGuidance) merged.sellerGuidance = { ...base.sellerGuidance, ...override.sellerGuidance };
  if (override.sellerCenterSelectors)
    merged.sellerCenterSelectors = { ...base.sellerCenterSelectors, ...override.sellerCenterSelectors };

  for (const over of override.feeTables ?? []) {
    const index = merged.feeTables.findIndex((t) => feeTableKey(t) === feeTableKey(over));
    const table = index >= 0 ? mergeFeeTable(merged.feeTables[index]!, over) : tableFromOverride(over, merged);
    if (index >= 0) merged.feeTables[index] = table;
    else merged.feeTables.push(table);
    merged.carriers = ensureCarrierServes(merged.carriers, table);
  }
  return merged;
}
