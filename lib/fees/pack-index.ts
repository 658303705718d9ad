import type { Localized } from '@/lib/i18n';
import type {
  CarrierRules,
  FeeTable,
  FuelSurcharge,
  MarketRules,
  MoneyRounding,
  PostcodeRule,
  PostcodeSet,
  RemoteAreaFee,
  RulePack,
  SizeFormat,
  Surcharge,
  VolumetricRule,
  WeightBand,
  Zone,
} from '@/lib/rules';
import { describePostcodeRule, fuelPeriod, sortFuel } from '@/lib/rules';
import { toPicograms } from '@/lib/units';
import { formatMoney } from '@/lib/units';
import { describeRoundingRule, describeRoundingShort } from './money';

export interface RemoteMatcher {
  rule: PostcodeRule;
  name: Localized;
  unconfirmed: boolean;
}

export interface IndexedRemoteFee {
  fee: RemoteAreaFee;
  matchers: RemoteMatcher[];
}

export interface IndexedTable {
  table: FeeTable;
  market: MarketRules;
  exponent: number;
  /** Ascending by start day, for "the period containing the date, else the nearest earlier" look-ups. */
  fuelAscending: Array<{ fuel: FuelSurcharge; key: string; start: string; end: string }>;
  /** Whether some fuel figure is for a period other than a month (texts then name the day). */
  weeklyFuel: boolean;
  /** This card's volumetric rule, else the carrier's. */
  volumetric?: VolumetricRule;
  /** A size card's formats, smallest first as the card lists them. */
  formats?: readonly SizeFormat[];
  surcharges: readonly Surcharge[];
  /** Whether some band has its own period (bands are then filtered by the quote date). */
  datedBands: boolean;
  remote: IndexedRemoteFee[];
  /** Postcode sets some remote fee of this table covers. */
  coveredSetIds: ReadonlySet<string>;
  rounding: MoneyRounding;
  roundingRule: Localized;
  roundingShort: Localized;
  /** "J&T Express in United States", for texts. */
  where: Localized;
  /** Formats minor units of this table's currency (`328` → `$3.28`). */
  money: (minor: number) => string;
  /** Bands by `bandGroup(zone, format)` ('' parts = the card has no zones / formats), each ascending. */
  bandsByZone: ReadonlyMap<string, readonly WeightBand[]>;
  /** A zone card's zones, in the card's order (the first zone whose postcodes match wins). */
  zones?: readonly Zone[];
  /** The step beyond the last band in picograms (lib/units exact-weight.ts), when the card prices extra weight. */
  extraStep?: { picograms: bigint; text: string };
}

/** "1 lb" / "500 g": a declared weight as the card writes it. */
export const describeWeight = (w: { value: number; unit: string }) => `${w.value} ${w.unit}`;

/** The key of a zone + format's bands in `bandsByZone`. */
export const bandGroup = (zone: string | undefined, format: string | undefined) => `${zone ?? ''}|${format ?? ''}`;

function groupBands(table: FeeTable): Map<string, WeightBand[]> {
  const byZone = new Map<string, WeightBand[]>();
  for (const band of table.weightBands) {
    const group = bandGroup(band.zone, band.format);
    byZone.set(group, [...(byZone.get(group) ?? []), band]);
  }
  // Dated bands of one group interleave; the look-up wants each group ascending.
  for (const bands of byZone.values()) bands.sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
  return byZone;
}

/**
 * Money of one currency as text, remembered: Intl formatting dominates quoteAll's time, and a card's
 * amounts (bands, fees, totals) repeat from parcel to parcel. Bounded: cleared when full.
 */
function memoMoney(currency: string, exponent: number): (minor: number) => string {
  const texts = new Map<number, string>();
  return (minor) => {
    let text = texts.get(minor);
    if (text === undefined) {
      text = formatMoney(minor, currency, exponent);
      if (texts.size >= 4096) texts.clear();
      texts.set(minor, text);
    }
    return text;
  };
}

export interface PackIndex {
  markets: ReadonlyMap<string, MarketRules>;
  carriers: ReadonlyMap<string, CarrierRules>;
  /** Every table of a carrier + market (one per service and period), by `tableKey`. */
  tables: ReadonlyMap<string, readonly IndexedTable[]>;
  setsByCountry: ReadonlyMap<string, PostcodeSet[]>;
}

// Packs are immutable values: one index per pack object keeps quoteAll at table-lookup speed.
const cache = new WeakMap<RulePack, PackIndex>();

export const tableKey = (carrierId: string, market: string) => `${carrierId}/${market}`;

function indexTable(
  table: FeeTable,
  market: MarketRules,
  carrier: CarrierRules | undefined,
  pack: RulePack,
  sets: ReadonlyMap<string, PostcodeSet>,
): IndexedTable {
  const rounding = table.moneyRounding ?? pack.moneyRounding;
  const bandsByZone = groupBands(table);
  const exponent = market.currency.minorUnitExponent;
  const remote = (table.remoteAreas ?? []).map((fee) => ({
    fee,
    matchers: [
      ...(fee.postcodeSetIds ?? []).flatMap((id) => {
        const set = sets.get(id);
        return set ? set.rules.map((rule) => ({ rule, name: set.name, unconfirmed: set.unconfirmed ?? false })) : [];
      }),
      ...(fee.rules ?? []).map((rule) => {
        const text = describePostcodeRule(rule);
        return { rule, name: { en: text, zh: text }, unconfirmed: false };
      }),
    ],
  }));
  const volumetric = table.volumetric ?? carrier?.volumetric;
  const name = carrier?.name.en ?? table.carrierId;
  const nameZh = carrier?.name.zh ?? table.carrierId;
  const service = table.service;
  return {
    table,
    market,
    exponent,
    fuelAscending: sortFuel(table.fuel ?? []).map((fuel) => ({ fuel, ...fuelPeriod(fuel) })),
    weeklyFuel: (table.fuel ?? []).some((f) => f.month === undefined),
    ...(volumetric ? { volumetric } : {}),
    ...(table.formats ? { formats: table.formats } : {}),
    surcharges: table.surcharges ?? [],
    datedBands: table.weightBands.some((b) => b.effectiveFrom !== undefined || b.effectiveTo !== undefined),
    remote,
    coveredSetIds: new Set((table.remoteAreas ?? []).flatMap((fee) => fee.postcodeSetIds ?? [])),
    rounding,
    roundingRule: describeRoundingRule(rounding, table.currency, exponent),
    roundingShort: describeRoundingShort(rounding.mode, table.currency, exponent),
    where: service
      ? { en: `${name} ${service.name.en} in ${market.name.en}`, zh: `${nameZh}${service.name.zh}(${market.name.zh})` }
      : { en: `${name} in ${market.name.en}`, zh: `${nameZh}(${market.name.zh})` },
    money: memoMoney(table.currency, exponent),
    bandsByZone,
    ...(table.zones ? { zones: table.zones } : {}),
    ...(table.extraWeight
      ? {
          extraStep: {
            picograms: toPicograms(String(table.extraWeight.step.value), table.extraWeight.step.unit)!,
            text: describeWeight(table.extraWeight.step),
          },
        }
      : {}),
  };
}

/** The per-pack look-up tables used by `quote` / `quoteAll` (built once per pack object). */
export function indexRulePack(pack: RulePack): PackIndex {
  const cached = cache.get(pack);
  if (cached) return cached;
  const markets = new Map(pack.markets.map((m) => [m.code, m] as const));
  const sets = new Map(pack.postcodeSets.map((s) => [s.id, s] as const));
  const setsByCountry = new Map<string, PostcodeSet[]>();
  for (const set of pack.postcodeSets) setsByCountry.set(set.country, [...(setsByCountry.get(set.country) ?? []), set]);
  const carriers = new Map(pack.carriers.map((c) => [c.id, c] as const));
  const tables = new Map<string, IndexedTable[]>();
  for (const table of pack.feeTables) {
    const market = markets.get(table.market);
    if (!market) continue;
    const key = tableKey(table.carrierId, table.market);
    tables.set(key, [...(tables.get(key) ?? []), indexTable(table, market, carriers.get(table.carrierId), pack, sets)]);
  }
  const index: PackIndex = { markets, carriers, tables, setsByCountry };
  cache.set(pack, index);
  return index;
}
