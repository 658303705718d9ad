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
  WeightBand,
  Zone,
} from '@/lib/rules';
import { describePostcodeRule } from '@/lib/rules';
import { gramsToPicograms, toPicograms } from '@/lib/units';
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
  /** Ascending by month, for "nearest earlier month" look-ups. */
  fuelAscending: FuelSurcharge[];
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
  /** Bands by zone ('' = the card has no zones), each ascending. */
  bandsByZone: ReadonlyMap<string, readonly WeightBand[]>;
  /** A zone card's zones, in the card's order (the first zone whose postcodes match wins). */
  zones?: readonly Zone[];
  /** Beyond the last band of each zone: its exact bound in picograms and how the card writes it. */
  extraFrom: ReadonlyMap<string, { picograms: bigint; text: string }>;
  /** The step beyond the last band in picograms (lib/units exact-weight.ts), when the card prices extra weight. */
  extraStep?: { picograms: bigint; text: string };
}

/** "1 lb" / "500 g": a declared weight as the card writes it. */
const describeWeight = (w: { value: number; unit: string }) => `${w.value} ${w.unit}`;

function groupBands(table: FeeTable): Map<string, WeightBand[]> {
  const byZone = new Map<string, WeightBand[]>();
  for (const band of table.weightBands) {
    const zone = band.zone ?? '';
    byZone.set(zone, [...(byZone.get(zone) ?? []), band]);
  }
  return byZone;
}

/** The exact bound of each zone's last band, where extra weight is priced from. */
function indexExtraFrom(bandsByZone: ReadonlyMap<string, readonly WeightBand[]>): IndexedTable['extraFrom'] {
  const from = new Map<string, { picograms: bigint; text: string }>();
  for (const [zone, bands] of bandsByZone) {
    const last = bands[bands.length - 1]!;
    const declared = last.maxWeight;
    from.set(
      zone,
      declared
        ? { picograms: toPicograms(String(declared.value), declared.unit)!, text: describeWeight(declared) }
        : { picograms: gramsToPicograms(last.maxWeightGrams), text: `${last.maxWeightGrams} g` },
    );
  }
  return from;
}

export interface PackIndex {
  markets: ReadonlyMap<string, MarketRules>;
  carriers: ReadonlyMap<string, CarrierRules>;
  tables: ReadonlyMap<string, IndexedTable>;
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
  return {
    table,
    market,
    exponent,
    fuelAscending: [...(table.fuel ?? [])].sort((a, b) => a.month.localeCompare(b.month)),
    remote,
    coveredSetIds: new Set((table.remoteAreas ?? []).flatMap((fee) => fee.postcodeSetIds ?? [])),
    rounding,
    roundingRule: describeRoundingRule(rounding, table.currency, exponent),
    roundingShort: describeRoundingShort(rounding.mode, table.currency, exponent),
    where: {
      en: `${carrier?.name.en ?? table.carrierId} in ${market.name.en}`,
      zh: `${carrier?.name.zh ?? table.carrierId}(${market.name.zh})`,
    },
    money: (minor) => formatMoney(minor, table.currency, exponent),
    bandsByZone,
    ...(table.zones ? { zones: table.zones } : {}),
    extraFrom: table.extraWeight ? indexExtraFrom(bandsByZone) : new Map(),
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
  const tables = new Map<string, IndexedTable>();
  for (const table of pack.feeTables) {
    const market = markets.get(table.market);
    if (market)
      tables.set(
        tableKey(table.carrierId, table.market),
        indexTable(table, market, carriers.get(table.carrierId), pack, sets),
      );
  }
  const index: PackIndex = { markets, carriers, tables, setsByCountry };
  cache.set(pack, index);
  return index;
}
