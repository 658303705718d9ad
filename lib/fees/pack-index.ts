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
import { formatMoney, formatSubMinorMoney } from '@/lib/units';
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

/** What a postcode matched among a table's remote fees (remembered per table and postcode). */
export type RemoteMatch =
  | { readable: false }
  | {
      readable: true;
      best?: { fee: RemoteAreaFee; name: Localized; unconfirmed: boolean };
      /** Known remote sets containing the postcode that no fee of this table covers. */
      uncovered: readonly PostcodeSet[];
    };

/** A zone + format's bands and its "zone 8, format …" text, remembered per table. */
export interface BandSelection {
  basis: Localized | undefined;
  bands: readonly WeightBand[] | undefined;
}

export interface IndexedTable {
  table: FeeTable;
  market: MarketRules;
  exponent: number;
  /** Ascending by start day, for "the period containing the date, else the nearest earlier" look-ups. */
  fuelAscending: Array<{
    fuel: FuelSurcharge;
    key: string;
    start: string;
    end: string;
    /** Fuel amounts and texts by chargeable grams (per-kg fuel) or base minor units (percent fuel). */
    bodies: Map<number, { amountMinor: number; body: Localized }>;
  }>;
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
  /** Formats an amount in 10^-extraDigits minor units (`8400, 3` → `$0.084`). */
  subMinorMoney: (scaled: number, extraDigits: number) => string;
  /** Remote-fee matches by postcode (bounded cache, filled by the quote engine). */
  remoteByPostcode: Map<string, RemoteMatch>;
  /** Band selections by zone then format (filled by the quote engine; zones and formats are few). */
  selections: Map<Zone | undefined, Map<SizeFormat | undefined, BandSelection>>;
  /** "No base freight rate on file for …", when the card has no bands. */
  noBaseRate?: Localized;
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
 * Texts of one currency, remembered: Intl formatting dominates quoteAll's time, and a card's amounts
 * repeat from parcel to parcel. Bounded: cleared when full.
 */
function memoText(format: (value: number) => string): (value: number) => string {
  const texts = new Map<number, string>();
  return (value) => {
    let text = texts.get(value);
    if (text === undefined) {
      text = format(value);
      if (texts.size >= 4096) texts.clear();
      texts.set(value, text);
    }
    return text;
  };
}

function memoSubMinorMoney(currency: string, exponent: number): (scaled: number, extraDigits: number) => string {
  const byDigits = new Map<number, (scaled: number) => string>();
  return (scaled, extraDigits) => {
    let format = byDigits.get(extraDigits);
    if (!format)
      byDigits.set(
        extraDigits,
        (format = memoText((value) => formatSubMinorMoney(value, extraDigits, currency, exponent))),
      );
    return format(scaled);
  };
}

export interface PackIndex {
  markets: ReadonlyMap<string, MarketRules>;
  carriers: ReadonlyMap<string, CarrierRules>;
  /** Every table of a carrier + market (one per service and period), by carrier id then market code. */
  tables: ReadonlyMap<string, ReadonlyMap<string, readonly IndexedTable[]>>;
  /** "No rate on file for …" texts by carrier id then market code (filled by the quote engine). */
  noTableTexts: Map<string, Map<string, Localized>>;
  setsByCountry: ReadonlyMap<string, PostcodeSet[]>;
}

// Packs are immutable values: one index per pack object keeps quoteAll at table-lookup speed.
const cache = new WeakMap<RulePack, PackIndex>();

const noBaseRate = (where: Localized): Localized => ({
  en: `No base freight rate on file for ${where.en}.`,
  zh: `${where.zh}无基础运费记录。`,
});

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
  const where: Localized = service
    ? { en: `${name} ${service.name.en} in ${market.name.en}`, zh: `${nameZh}${service.name.zh}(${market.name.zh})` }
    : { en: `${name} in ${market.name.en}`, zh: `${nameZh}(${market.name.zh})` };
  return {
    table,
    market,
    exponent,
    fuelAscending: sortFuel(table.fuel ?? []).map((fuel) => ({ fuel, ...fuelPeriod(fuel), bodies: new Map() })),
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
    where,
    money: memoText((minor) => formatMoney(minor, table.currency, exponent)),
    subMinorMoney: memoSubMinorMoney(table.currency, exponent),
    remoteByPostcode: new Map(),
    selections: new Map(),
    ...(table.weightBands.length === 0 ? { noBaseRate: Object.freeze(noBaseRate(where)) } : {}),
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
  const tables = new Map<string, Map<string, IndexedTable[]>>();
  for (const table of pack.feeTables) {
    const market = markets.get(table.market);
    if (!market) continue;
    let byMarket = tables.get(table.carrierId);
    if (!byMarket) tables.set(table.carrierId, (byMarket = new Map()));
    byMarket.set(table.market, [
      ...(byMarket.get(table.market) ?? []),
      indexTable(table, market, carriers.get(table.carrierId), pack, sets),
    ]);
  }
  const index: PackIndex = { markets, carriers, tables, noTableTexts: new Map(), setsByCountry };
  cache.set(pack, index);
  return index;
}
