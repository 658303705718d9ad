/**
 * The quote engine: an itemised price for one parcel, one carrier, one market and day, from the
 * rule pack only. Lines: base (weight band on chargeable weight), fuel (per kg or percent of base,
 * by month), remote area (by destination postcode), tracking fee, optional priority tag, volume rebate.
 * Every amount is integer minor units, every line carries its source and a plain-language explanation,
 * and a missing figure gives `no-rate` (or a warning), never an invented price.
 */
import { resolveCarrierId, resolveMarket } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import {
  describePostcodeRule,
  isReadablePostcode,
  matchesParsedPostcode,
  parsePostcode,
  type CarrierRules,
  type RulePack,
  type SizeFormat,
  type Surcharge,
  type WeightBand,
  type Zone,
} from '@/lib/rules';
import { computeChargeableWeight } from './chargeable-weight';
import { formatKilograms, gramsToPicograms, toPicograms } from '@/lib/units';
import { divideRounded, percentToMicro } from './money';
import {
  bandGroup,
  describeWeight,
  indexRulePack,
  type BandSelection,
  type IndexedTable,
  type PackIndex,
  type RemoteMatch,
} from './pack-index';
import type { NoRate, NoRateCode, Parcel, Quote, QuoteContext, QuoteLine, QuoteResult, QuoteWarning } from './types';

/** Text for any value in a message; never throws (objects may have a hostile `toString`). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return value.description ?? 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value as number | boolean | bigint | undefined);
  return Array.isArray(value) ? 'a list' : 'an object';
}

const NO_RATE_SOURCE = 'pack:fee-tables';

function noRate(carrierId: string, reasonCode: NoRateCode, text: Localized): NoRate {
  return { kind: 'no-rate', carrierId, reason: text.en, reasonCode, text, source: NO_RATE_SOURCE };
}

const isPositiveNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Problems with the caller's input, in words; `undefined` when the input is usable. */
function findInputProblem(parcel: unknown, context: unknown): Localized | undefined {
  const p = parcel as Partial<Parcel> | null | undefined;
  const c = context as Partial<QuoteContext> | null | undefined;
  if (typeof p !== 'object' || p === null) return { en: 'No parcel was given.', zh: '未提供包裹信息。' };
  if (!isPositiveNumber(p.weightGrams))
    return {
      en: `Weight must be a positive number of grams (got ${describeValue(p.weightGrams)}).`,
      zh: `重量须为大于 0 的克数(收到 ${describeValue(p.weightGrams)})。`,
    };
  const d = p.dimensionsMm;
  if (
    d !== undefined &&
    (typeof d !== 'object' || d === null || ![d.length, d.width, d.height].every(isPositiveNumber))
  ) {
    return { en: 'Dimensions must be three positive lengths in millimetres.', zh: '尺寸须为三个大于 0 的毫米数。' };
  }
  if (typeof c !== 'object' || c === null)
    return { en: 'No quote context (market, date) was given.', zh: '未提供报价条件(市场、日期)。' };
  if (typeof c.date !== 'string' || !/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/.test(c.date)) {
    return {
      en: `Date must be an ISO day such as 2024-08-15 (got ${describeValue(c.date)}).`,
      zh: `日期须为 ISO 格式,如 2024-08-15(收到 ${describeValue(c.date)})。`,
    };
  }
  if (
    c.monthlyParcels !== undefined &&
    !(typeof c.monthlyParcels === 'number' && c.monthlyParcels >= 0 && Number.isFinite(c.monthlyParcels))
  ) {
    return { en: 'Monthly parcels must be a number of parcels of 0 or more.', zh: '月单量须为不小于 0 的数字。' };
  }
  return undefined;
}

function findCarrier(carrierId: string, index: PackIndex): CarrierRules | undefined {
  return index.carriers.get(carrierId) ?? index.carriers.get(resolveCarrierId(carrierId) ?? '');
}

/** Market code fast path: exact codes hit the index directly; anything else goes through `resolveMarket`. */
function findMarketCode(value: unknown, index: PackIndex): string | undefined {
  if (typeof value === 'string' && index.markets.has(value)) return value;
  return resolveMarket(value);
}

type FuelEntry = IndexedTable['fuelAscending'][number];

/**
 * The figure whose month or week contains the day; else the latest figure that started before it
 * (used as an estimate); else none.
 */
function pickFuel(
  fuelAscending: readonly FuelEntry[],
  day: string,
): { entry: FuelEntry; estimate: boolean } | undefined {
  let latest: FuelEntry | undefined;
  let containing: FuelEntry | undefined;
  for (const entry of fuelAscending) {
    if (entry.start > day) break;
    latest = entry;
    if (day <= entry.end) containing = entry;
  }
  if (containing) return { entry: containing, estimate: false };
  return latest ? { entry: latest, estimate: true } : undefined;
}

const FUEL_CACHE_LIMIT = 4096;

/** The fuel amount and its calculation in words, remembered per figure: the same weights and bases recur. */
function fuelBody(
  t: IndexedTable,
  entry: FuelEntry,
  chargeableGrams: number,
  baseMinor: number,
): { amountMinor: number; body: Localized } {
  const { fuel, key: period } = entry;
  const input = fuel.perKgMinor !== undefined ? chargeableGrams : baseMinor;
  const cached = entry.bodies.get(input);
  if (cached) return cached;
  let amountMinor: number;
  let body: Localized;
  if (fuel.perKgMinor !== undefined) {
    // grams × minor-per-kg is an exact integer in thousandths of a minor unit.
    const raw = chargeableGrams * fuel.perKgMinor;
    amountMinor = divideRounded(raw, 1000, t.rounding.mode);
    const calc = `${formatKilograms(chargeableGrams)} kg × ${t.money(fuel.perKgMinor)}/kg = ${t.subMinorMoney(raw, 3)}`;
    body = {
      en: `Fuel surcharge (${period}) on the chargeable weight: ${calc}, ${t.roundingShort.en} → ${t.money(amountMinor)}.`,
      zh: `燃油附加费(${period}),按计费重:${calc},${t.roundingShort.zh} → ${t.money(amountMinor)}。`,
    };
  } else {
    const micro = percentToMicro(fuel.percent ?? 0);
    const raw = baseMinor * micro;
    amountMinor = divideRounded(raw, 1_000_000, t.rounding.mode);
    const calc = `${fuel.percent} % × ${t.money(baseMinor)} = ${t.subMinorMoney(raw, 6)}`;
    body = {
      en: `Fuel surcharge (${period}) as a percentage of base freight: ${calc}, ${t.roundingShort.en} → ${t.money(amountMinor)}.`,
      zh: `燃油附加费(${period}),按基础运费百分比:${calc},${t.roundingShort.zh} → ${t.money(amountMinor)}。`,
    };
  }
  const result = { amountMinor, body: Object.freeze(body) };
  if (entry.bodies.size >= FUEL_CACHE_LIMIT) entry.bodies.clear();
  entry.bodies.set(input, result);
  return result;
}

function buildFuelLine(
  t: IndexedTable,
  picked: { entry: FuelEntry; estimate: boolean },
  when: string,
  chargeableGrams: number,
  baseMinor: number,
): QuoteLine {
  const { fuel, key: period } = picked.entry;
  const estimate = picked.estimate;
  const { amountMinor, body } = fuelBody(t, picked.entry, chargeableGrams, baseMinor);
  return {
    code: 'fuel',
    amountMinor,
    explanation: estimate
      ? {
          en: `Estimate: no fuel figure on file for ${when}; using ${period}'s. ${body.en}`,
          zh: `估算:${when} 无燃油附加费记录,沿用 ${period} 的费率。${body.zh}`,
        }
      : { en: body.en, zh: body.zh },
    source: fuel.source,
    ...(estimate ? { estimate: true, basedOnMonth: period } : {}),
  };
}

const REMOTE_CACHE_LIMIT = 10_000;

/** Which of the table's remote fees (and which uncovered known remote sets) a postcode falls in. */
function matchRemote(t: IndexedTable, country: string, postcode: string, index: PackIndex): RemoteMatch {
  const parsed = parsePostcode(postcode);
  if (!isReadablePostcode(country, parsed)) return { readable: false };
  let best: { fee: IndexedTable['remote'][number]['fee']; name: Localized; unconfirmed: boolean } | undefined;
  for (const { fee, matchers } of t.remote) {
    const hit = matchers.find((m) => matchesParsedPostcode(m.rule, parsed));
    // One surcharge per parcel: the highest matching fee.
    if (hit && (!best || fee.feeMinor > best.fee.feeMinor))
      best = { fee, name: hit.name, unconfirmed: hit.unconfirmed };
  }
  if (best) return { readable: true, best, uncovered: [] };
  const uncovered = (index.setsByCountry.get(country) ?? []).filter(
    (set) => !t.coveredSetIds.has(set.id) && set.rules.some((rule) => matchesParsedPostcode(rule, parsed)),
  );
  return { readable: true, uncovered };
}

function buildRemote(
  t: IndexedTable,
  destination: { country: string; postcode: string },
  warnings: QuoteWarning[],
  index: PackIndex,
): QuoteLine | undefined {
  const postcode = destination.postcode;
  // The destination country is the table's market (checked before), so the postcode alone is the key.
  let match = t.remoteByPostcode.get(postcode);
  if (!match) {
    match = matchRemote(t, destination.country, postcode, index);
    if (t.remoteByPostcode.size >= REMOTE_CACHE_LIMIT) t.remoteByPostcode.clear();
    t.remoteByPostcode.set(postcode, match);
  }
  if (!match.readable) {
    if (t.remote.length > 0) {
      warnings.push({
        code: 'postcode-unreadable',
        text: {
          en: `Postcode "${postcode}" could not be read: the remote-area surcharge was not checked.`,
          zh: `无法识别邮编“${postcode}”:未检查偏远地区附加费。`,
        },
      });
    }
    return undefined;
  }
  const best = match.best;
  if (best) {
    if (best.unconfirmed) {
      warnings.push({
        code: 'remote-area-unconfirmed',
        text: {
          en: `The postcode range for ${best.name.en} is unconfirmed in the reference.`,
          zh: `${best.name.zh}的邮编范围在参考资料中未确认。`,
        },
        source: best.fee.source,
      });
    }
    return {
      code: 'remote',
      amountMinor: best.fee.feeMinor,
      explanation: {
        en: `Remote-area surcharge: ${postcode} is in ${best.name.en} → ${t.money(best.fee.feeMinor)}.`,
        zh: `偏远地区附加费:${postcode} 位于${best.name.zh} → ${t.money(best.fee.feeMinor)}。`,
      },
      source: best.fee.source,
    };
  }
  // Known remote areas this carrier's table has no fee for: say so rather than guess a surcharge.
  for (const set of match.uncovered) {
    warnings.push({
      code: 'remote-fee-not-on-file',
      text: {
        en: `${postcode} is in ${set.name.en}${set.unconfirmed ? ' (range unconfirmed)' : ''}, often surcharged as remote; no surcharge on file for this carrier, so the total may be low.`,
        zh: `${postcode} 位于${set.name.zh}${set.unconfirmed ? '(范围未确认)' : ''},常被列为偏远地区;该承运商无附加费记录,合计可能偏低。`,
      },
      source: set.source,
    });
  }
  return undefined;
}

function buildRebate(
  t: IndexedTable,
  monthlyParcels: number | undefined,
  preRebateMinor: number,
  warnings: QuoteWarning[],
): QuoteLine | undefined {
  if (monthlyParcels === undefined) return undefined;
  let tier: NonNullable<typeof t.table.rebateTiers>[number] | undefined;
  for (const candidate of t.table.rebateTiers ?? []) {
    if (
      monthlyParcels > candidate.aboveMonthlyParcels &&
      (!tier || candidate.aboveMonthlyParcels > tier.aboveMonthlyParcels)
    )
      tier = candidate;
  }
  if (!tier) return undefined;
  // Percent ≤ 100, so the rebate never exceeds the pre-rebate total; the min() keeps that true by construction.
  const rebate = Math.min(
    preRebateMinor,
    divideRounded(preRebateMinor * percentToMicro(tier.percent), 1_000_000, t.rounding.mode),
  );
  const contract: Localized = tier.requiresContract
    ? { en: ' (separate contract)', zh: '(需单独签约)' }
    : { en: '', zh: '' };
  if (tier.requiresContract) {
    warnings.push({
      code: 'rebate-requires-contract',
      text: { en: 'The volume rebate needs a separate contract with the carrier.', zh: '单量返佣需与承运商单独签约。' },
      source: tier.source,
    });
  }
  return {
    code: 'rebate',
    amountMinor: -rebate,
    explanation: {
      en: `Monthly volume rebate${contract.en}: ${tier.percent} % of ${t.money(preRebateMinor)} for more than ${tier.aboveMonthlyParcels} parcels a month, ${t.roundingShort.en} → ${t.money(-rebate)}.`,
      zh: `月度单量返佣${contract.zh}:月单量超过 ${tier.aboveMonthlyParcels} 单,返 ${t.money(preRebateMinor)} 的 ${tier.percent}%,${t.roundingShort.zh} → ${t.money(-rebate)}。`,
    },
    source: tier.source,
  };
}

const bandBound = (band: WeightBand) =>
  band.maxWeight ? `${band.maxWeight.value} ${band.maxWeight.unit}` : `${band.maxWeightGrams} g`;

/** Zone look-ups per card: a shop quotes the same few postcodes again and again (bounded, cleared when full). */
const zoneCache = new WeakMap<readonly Zone[], Map<string, Zone | null>>();
const ZONE_CACHE_LIMIT = 10_000;

/**
 * The first zone of the card whose destination postcodes include the parcel's and, for a cell of an
 * origin × destination matrix, whose origin postcodes include the sender's.
 */
function pickZone(zones: readonly Zone[], postcode: string, origin: string): Zone | undefined {
  let cache = zoneCache.get(zones);
  if (!cache) zoneCache.set(zones, (cache = new Map()));
  const key = origin ? `${postcode}\u0000${origin}` : postcode;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parsePostcode(postcode);
  const parsedOrigin = origin ? parsePostcode(origin) : undefined;
  const zone = zones.find(
    (z) =>
      z.rules.some((rule) => matchesParsedPostcode(rule, parsed)) &&
      (!z.originRules || (parsedOrigin && z.originRules.some((rule) => matchesParsedPostcode(rule, parsedOrigin)))),
  );
  if (cache.size >= ZONE_CACHE_LIMIT) cache.clear();
  cache.set(key, zone ?? null);
  return zone;
}

/** The first format of a size card the parcel fits: sides compared longest with longest, then weight. */
function pickFormat(
  formats: readonly SizeFormat[],
  dimensionsMm: Parcel['dimensionsMm'],
  weightGrams: number,
): SizeFormat | undefined {
  if (!dimensionsMm) return undefined;
  const sides = [dimensionsMm.length, dimensionsMm.width, dimensionsMm.height].sort((a, b) => b - a);
  return formats.find(
    (f) =>
      sides.every((side, i) => side <= f.maxSidesMm[i]!) &&
      (f.maxWeightGrams === undefined || weightGrams <= f.maxWeightGrams),
  );
}

/** "Tracked 24, zone 8, small parcel (up to 450 × 350 × 160 mm)": what the quote priced, in words. */
function describeBasis(t: IndexedTable, zone: Zone | undefined, format: SizeFormat | undefined): Localized | undefined {
  const en: string[] = [];
  const zh: string[] = [];
  const service = t.table.service;
  if (service) {
    en.push(`service ${service.name.en}`);
    zh.push(`服务 ${service.name.zh}`);
  }
  if (zone) {
    en.push(`zone ${zone.zone}`);
    zh.push(`第 ${zone.zone} 区`);
  }
  if (format) {
    const sides = `${format.maxSidesMm.join(' × ')} mm${format.maxWeightGrams ? `, ${format.maxWeightGrams} g` : ''}`;
    en.push(`format ${format.name.en} (up to ${sides})`);
    zh.push(`规格 ${format.name.zh}(不超过 ${sides})`);
  }
  if (!en.length) return undefined;
  return { en: en.join(', '), zh: zh.join(',') };
}

function buildBandLine(t: IndexedTable, band: WeightBand, chargeable: number, basis: Localized | undefined): QuoteLine {
  const bound = bandBound(band);
  return {
    code: 'base',
    amountMinor: band.baseMinor,
    explanation: {
      en: `Base freight for ${chargeable} g chargeable weight (band up to ${bound}${basis ? `; ${basis.en}` : ''}) → ${t.money(band.baseMinor)}.`,
      zh: `基础运费:计费重 ${chargeable} 克(${bound} 以内档${basis ? `;${basis.zh}` : ''})→ ${t.money(band.baseMinor)}。`,
    },
    source: band.source,
  };
}

/** A band's exact upper bound (e.g. 453.59237 g for "1 lb"), where extra weight is priced from. */
const boundCache = new WeakMap<WeightBand, { picograms: bigint; text: string }>();
function exactBound(band: WeightBand): { picograms: bigint; text: string } {
  let bound = boundCache.get(band);
  if (!bound) {
    const declared = band.maxWeight;
    bound = declared
      ? { picograms: toPicograms(String(declared.value), declared.unit)!, text: describeWeight(declared) }
      : { picograms: gramsToPicograms(band.maxWeightGrams), text: `${band.maxWeightGrams} g` };
    boundCache.set(band, bound);
  }
  return bound;
}

/**
 * Started steps beyond the last band's exact bound, when the card prices extra weight. Called only
 * above the band's whole grams, so the parcel is always past the bound.
 */
function countExtraSteps(t: IndexedTable, last: WeightBand, chargeable: number): number | undefined {
  const step = t.extraStep;
  if (!step) return undefined;
  const over = gramsToPicograms(chargeable) - exactBound(last).picograms;
  return Number((over + step.picograms - 1n) / step.picograms);
}

function buildExtraLine(
  t: IndexedTable,
  last: WeightBand,
  chargeable: number,
  steps: number,
  basis: Localized | undefined,
): QuoteLine {
  const extra = t.table.extraWeight!;
  const from = exactBound(last).text;
  const step = t.extraStep!.text;
  const extraMinor = steps * extra.perStepMinor;
  const amountMinor = last.baseMinor + extraMinor;
  return {
    code: 'base',
    amountMinor,
    explanation: {
      en: `Base freight for ${chargeable} g chargeable weight${basis ? ` (${basis.en})` : ''}: band up to ${from} ${t.money(last.baseMinor)} + ${steps} × ${step} beyond ${from} at ${t.money(extra.perStepMinor)} (${t.money(extraMinor)}) → ${t.money(amountMinor)}.`,
      zh: `基础运费:计费重 ${chargeable} 克${basis ? `(${basis.zh})` : ''}:${from} 以内档 ${t.money(last.baseMinor)},超出 ${from} 部分按每 ${step} ${t.money(extra.perStepMinor)} 计 ${steps} 次(${t.money(extraMinor)})→ ${t.money(amountMinor)}。`,
    },
    source: extra.source,
  };
}

const inForce = (period: { effectiveFrom?: string | undefined; effectiveTo?: string | undefined }, day: string) =>
  (period.effectiveFrom === undefined || period.effectiveFrom <= day) &&
  (period.effectiveTo === undefined || day <= period.effectiveTo);

const SURCHARGE_NAMES: Record<Surcharge['kind'], Localized> = {
  residential: { en: 'Residential delivery surcharge', zh: '住宅派送附加费' },
  'delivery-area': { en: 'Delivery-area surcharge', zh: '派送区域附加费' },
  peak: { en: 'Peak-season surcharge', zh: '旺季附加费' },
};

/** The card's residential, delivery-area and peak surcharges that apply to this parcel and day. */
function buildSurcharges(
  t: IndexedTable,
  postcode: string,
  context: QuoteContext,
  warnings: QuoteWarning[],
): QuoteLine[] {
  const lines: QuoteLine[] = [];
  const day = context.date.slice(0, 10);
  for (const surcharge of t.surcharges) {
    const name = SURCHARGE_NAMES[surcharge.kind];
    const fee = t.money(surcharge.feeMinor);
    let why: Localized | undefined;
    if (surcharge.kind === 'residential') {
      if (context.residential === undefined) {
        warnings.push({
          code: 'residential-surcharge-not-applied',
          text: {
            en: `${t.where.en} charges ${fee} for residential delivery; not included because the address type is not known.`,
            zh: `${t.where.zh}住宅派送加收 ${fee};地址类型未知,未计入。`,
          },
          source: surcharge.source,
        });
      } else if (context.residential) why = { en: 'residential address', zh: '住宅地址' };
    } else if (surcharge.kind === 'delivery-area') {
      const parsed = parsePostcode(postcode);
      const hit = surcharge.rules?.find((rule) => matchesParsedPostcode(rule, parsed));
      if (hit)
        why = {
          en: `${postcode} is in ${describePostcodeRule(hit)}`,
          zh: `${postcode} 位于 ${describePostcodeRule(hit)}`,
        };
    } else if (
      surcharge.from !== undefined &&
      surcharge.to !== undefined &&
      surcharge.from <= day &&
      day <= surcharge.to
    ) {
      why = {
        en: `${day} is within ${surcharge.from}–${surcharge.to}`,
        zh: `${day} 在 ${surcharge.from}–${surcharge.to} 期间`,
      };
    }
    if (why)
      lines.push({
        code: 'surcharge',
        amountMinor: surcharge.feeMinor,
        explanation: { en: `${name.en}: ${why.en} → ${fee}.`, zh: `${name.zh}:${why.zh} → ${fee}。` },
        source: surcharge.source,
      });
  }
  return lines;
}

/** "No rate on file for J&T Express in United States": one frozen text per carrier and market. */
function describeNoFeeTable(index: PackIndex, carrier: CarrierRules, marketRules: { code: string; name: Localized }) {
  let byMarket = index.noTableTexts.get(carrier.id);
  if (!byMarket) index.noTableTexts.set(carrier.id, (byMarket = new Map()));
  let text = byMarket.get(marketRules.code);
  if (!text) {
    text = Object.freeze({
      en: `No rate on file for ${carrier.name.en} in ${marketRules.name.en}.`,
      zh: `${carrier.name.zh}(${marketRules.name.zh})无费率记录。`,
    });
    byMarket.set(marketRules.code, text);
  }
  return text;
}

/** The zone + format's bands and their description, built once per table, zone and format. */
function selectBands(t: IndexedTable, zone: Zone | undefined, format: SizeFormat | undefined): BandSelection {
  let byFormat = t.selections.get(zone);
  if (!byFormat) t.selections.set(zone, (byFormat = new Map()));
  let selection = byFormat.get(format);
  if (!selection) {
    const basis = describeBasis(t, zone, format);
    selection = { basis: basis && Object.freeze(basis), bands: t.bandsByZone.get(bandGroup(zone?.zone, format?.id)) };
    byFormat.set(format, selection);
  }
  return selection;
}

/**
 * Quotes one carrier for one parcel from the rule pack (contract: architecture.md, lib/fees).
 * Chargeable weight = max(actual, volumetric) with the card's or carrier's divisor (S24); the card in
 * force on `context.date` (per service: a carrier with several services is quoted at its cheapest unless
 * `context.service` names one); zone by destination (and origin) postcode, size format by dimensions,
 * base by weight band or price per extra step; fuel for the period of the date (an earlier figure is
 * used as a marked estimate); remote-area fee; residential / delivery-area / peak surcharges; tracking
 * fee; priority tag when asked; volume rebate. Lines are rounded per the pack's rule, stated in
 * `roundingRule`. Never throws; bad input → `no-rate`.
 * Example (seed S20–S23): `quote({ weightGrams: 400, destination: { country: 'US', postcode: '99501' } },
 * 'jt-express', { market: 'US', date: '2024-08-15' }, defaultRulePack)` → lines 328 + 8 + 250 + 15, `totalMinor: 601` (USD cents).
 */
export function quote(parcel: Parcel, carrierId: string, context: QuoteContext, pack: RulePack): QuoteResult {
  const idText = typeof carrierId === 'string' ? carrierId : describeValue(carrierId);
  const problem = findInputProblem(parcel, context);
  if (problem) return noRate(idText, 'invalid-input', problem);
  const results = quoteServices(parcel, idText, context, pack);
  let best: QuoteResult = results[0]!;
  for (const result of results)
    if (result.kind === 'quote' && (best.kind !== 'quote' || result.totalMinor < best.totalMinor)) best = result;
  return best;
}

/** Whether `quote` would refuse this input as `invalid-input` (lets `quoteAll` check it once for all carriers). */
export function hasQuoteInputProblem(parcel: unknown, context: unknown): boolean {
  return findInputProblem(parcel, context) !== undefined;
}

/**
 * Every service of the carrier quoted on its card in force (one result per service; a single no-rate
 * when nothing applies), after `quote`'s input checks passed. Internal to lib/fees.
 */
export function quoteServices(parcel: Parcel, idText: string, context: QuoteContext, pack: RulePack): QuoteResult[] {
  const index = indexRulePack(pack);
  const market = findMarketCode(context.market, index) as Quote['market'] | undefined;
  const marketRules = market ? index.markets.get(market) : undefined;
  if (!market || !marketRules)
    return [
      noRate(idText, 'unknown-market', {
        en: `Market "${describeValue(context.market)}" is not in the rule pack.`,
        zh: `规则包中没有市场“${describeValue(context.market)}”。`,
      }),
    ];

  const carrier = findCarrier(idText, index);
  if (!carrier)
    return [
      noRate(idText, 'unknown-carrier', {
        en: `Carrier "${idText}" is not in the rule pack.`,
        zh: `规则包中没有承运商“${idText}”。`,
      }),
    ];

  const countryText = parcel.destination?.country;
  const destinationCountry =
    findMarketCode(countryText, index) ?? (countryText ? describeValue(countryText).toUpperCase() : market);
  if (destinationCountry !== market) {
    return [
      noRate(carrier.id, 'destination-outside-market', {
        en: `Destination ${destinationCountry} is outside the ${marketRules.name.en} market: last-mile rates are domestic.`,
        zh: `目的地 ${destinationCountry} 不在${marketRules.name.zh}市场内:尾程费率仅限境内派送。`,
      }),
    ];
  }

  const tables = index.tables.get(carrier.id)?.get(market);
  if (!tables) return [noRate(carrier.id, 'no-fee-table', describeNoFeeTable(index, carrier, marketRules))];
  // Per service, the card in force on the day: the latest start wins when periods overlap.
  const day = context.date.slice(0, 10);
  const byService = new Map<string, IndexedTable>();
  for (const t of tables) {
    const service = t.table.service?.id ?? '';
    if (context.service !== undefined && service !== context.service) continue;
    if (!inForce(t.table, day)) continue;
    const current = byService.get(service);
    if (!current || (t.table.effectiveFrom ?? '') > (current.table.effectiveFrom ?? '')) byService.set(service, t);
  }
  if (byService.size === 0) {
    const periods = tables
      .filter((t) => context.service === undefined || (t.table.service?.id ?? '') === context.service)
      .map((t) => `${t.table.effectiveFrom ?? '…'}–${t.table.effectiveTo ?? '…'}`);
    const which = context.service === undefined ? '' : ` (service ${context.service})`;
    return [
      noRate(carrier.id, 'no-card-in-force', {
        en: `No rate card of ${carrier.name.en}${which} in ${marketRules.name.en} is in force on ${day}${periods.length ? ` (cards on file: ${periods.join(', ')})` : ''}.`,
        zh: `${carrier.name.zh}${which}(${marketRules.name.zh})在 ${day} 没有生效的价目表${periods.length ? `(已有:${periods.join('、')})` : ''}。`,
      }),
    ];
  }
  return [...byService.values()].map((t) => quoteTable(t, carrier, parcel, context, destinationCountry, index));
}

function quoteTable(
  t: IndexedTable,
  carrier: CarrierRules,
  parcel: Parcel,
  context: QuoteContext,
  destinationCountry: string,
  index: PackIndex,
): QuoteResult {
  const where = t.where;
  if (t.noBaseRate) return noRate(carrier.id, 'no-base-rate', t.noBaseRate);

  const weight = computeChargeableWeight(parcel, t.volumetric, carrier.name);
  const warnings = [...weight.warnings];
  const chargeable = weight.chargeableWeightGrams;
  const postcode = describeValue(parcel.destination?.postcode ?? '');
  const origin = describeValue(parcel.origin?.postcode ?? '');
  const zone = t.zones ? pickZone(t.zones, postcode, origin) : undefined;
  if (t.zones && !zone)
    return noRate(carrier.id, 'no-zone-for-postcode', {
      en: `No zone on file for postcode "${postcode}"${origin ? ` from "${origin}"` : ''} on the ${where.en} zone card.`,
      zh: `${where.zh}分区价目表中没有邮编“${postcode}”${origin ? `(寄自“${origin}”)` : ''}所属的分区。`,
    });
  const format = t.formats ? pickFormat(t.formats, parcel.dimensionsMm, weight.actualWeightGrams) : undefined;
  if (t.formats && !format)
    return noRate(
      carrier.id,
      'no-format-for-parcel',
      parcel.dimensionsMm
        ? {
            en: `The parcel fits no size format of the ${where.en} card (largest: ${t.formats[t.formats.length - 1]!.name.en}).`,
            zh: `包裹不符合${where.zh}价目表的任何规格(最大:${t.formats[t.formats.length - 1]!.name.zh})。`,
          }
        : {
            en: `The ${where.en} card prices by size format: enter the parcel's dimensions.`,
            zh: `${where.zh}价目表按规格计价:请填写包裹尺寸。`,
          },
    );
  const { basis, bands: grouped } = selectBands(t, zone, format);
  const day = context.date.slice(0, 10);
  const bands = grouped && t.datedBands ? grouped.filter((b) => inForce(b, day)) : grouped;
  if (!bands?.length)
    return noRate(carrier.id, 'no-base-rate', {
      en: `No base freight rate on file for ${basis?.en ?? 'this parcel'} of ${where.en}${t.datedBands ? ` on ${day}` : ''}.`,
      zh: `${where.zh}无${basis?.zh ?? '该包裹'}的基础运费记录${t.datedBands ? `(${day})` : ''}。`,
    });
  const band = bands.find((b) => chargeable <= b.maxWeightGrams);
  const last = bands[bands.length - 1]!;
  const extraSteps = band ? 0 : countExtraSteps(t, last, chargeable);
  if (!band && extraSteps === undefined) {
    return noRate(carrier.id, 'over-rate-card-weight', {
      en: `No rate on file above ${last.maxWeightGrams} g for ${where.en} (chargeable weight ${chargeable} g).`,
      zh: `${where.zh}无 ${last.maxWeightGrams} 克以上的费率记录(计费重 ${chargeable} 克)。`,
    });
  }

  const month = context.date.slice(0, 7);
  const fuel = pickFuel(t.fuelAscending, day);
  if (t.fuelAscending.length > 0 && !fuel) {
    const when = t.weeklyFuel ? day : month;
    return noRate(carrier.id, 'no-fuel-for-month', {
      en: `No fuel surcharge on file for ${when} or earlier for ${where.en} (earliest on file: ${t.fuelAscending[0]!.key}).`,
      zh: `${where.zh}无 ${when} 及之前的燃油附加费记录(最早记录:${t.fuelAscending[0]!.key})。`,
    });
  }

  const money = t.money;
  const baseLine = band
    ? buildBandLine(t, band, chargeable, basis)
    : buildExtraLine(t, last, chargeable, extraSteps!, basis);
  const lines: QuoteLine[] = [baseLine];
  if (fuel) lines.push(buildFuelLine(t, fuel, t.weeklyFuel ? day : month, chargeable, baseLine.amountMinor));
  else {
    warnings.push({
      code: 'fuel-not-on-file',
      text: {
        en: `No fuel surcharge on file for ${where.en}; none is included.`,
        zh: `${where.zh}无燃油附加费记录;未计入。`,
      },
      source: 'seed:S21',
    });
  }
  const remote = buildRemote(t, { country: destinationCountry, postcode }, warnings, index);
  if (remote) lines.push(remote);
  lines.push(...buildSurcharges(t, postcode, context, warnings));
  const tracking = t.table.trackingFee;
  if (tracking) {
    const mandatory: Localized = tracking.mandatory ? { en: ', mandatory', zh: ',强制收取' } : { en: '', zh: '' };
    lines.push({
      code: 'tracking',
      amountMinor: tracking.perOrderMinor,
      explanation: {
        en: `Tracking service fee (per order${mandatory.en}) → ${money(tracking.perOrderMinor)}.`,
        zh: `轨迹服务费(每单${mandatory.zh})→ ${money(tracking.perOrderMinor)}。`,
      },
      source: tracking.source,
    });
  }
  if (context.priority) {
    const priority = t.table.priorityFee;
    if (priority) {
      lines.push({
        code: 'priority',
        amountMinor: priority.perOrderMinor,
        explanation: {
          en: `Priority delivery tag → ${money(priority.perOrderMinor)}.`,
          zh: `优先派送标签 → ${money(priority.perOrderMinor)}。`,
        },
        source: priority.source,
      });
    } else {
      warnings.push({
        code: 'priority-fee-not-on-file',
        text: {
          en: `No priority-tag fee on file for ${where.en}; none is included.`,
          zh: `${where.zh}无优先派送标签费用记录;未计入。`,
        },
        source: 'seed:S25',
      });
    }
  }
  const preRebate = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const rebate = buildRebate(t, context.monthlyParcels, preRebate, warnings);
  if (rebate) lines.push(rebate);

  const result: Quote = {
    kind: 'quote',
    carrierId: carrier.id,
    market: t.market.code,
    currency: t.table.currency,
    currencyExponent: t.exponent,
    chargeableWeightGrams: chargeable,
    actualWeightGrams: weight.actualWeightGrams,
    volumetricWeightGrams: weight.volumetricWeightGrams,
    lines,
    totalMinor: preRebate + (rebate?.amountMinor ?? 0),
    estimate: weight.estimate || lines.some((line) => line.estimate === true),
    roundingRule: t.roundingRule,
    warnings,
    ...(t.table.service ? { service: t.table.service } : {}),
    ...(zone ? { zone: zone.zone } : {}),
    ...(format ? { format: { id: format.id, name: format.name } } : {}),
    ...(basis ? { basis } : {}),
  };
  return result;
}
