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
  isReadablePostcode,
  matchesParsedPostcode,
  parsePostcode,
  type CarrierRules,
  type FuelSurcharge,
  type RulePack,
  type WeightBand,
  type Zone,
} from '@/lib/rules';
import { computeChargeableWeight } from './chargeable-weight';
import { formatKilograms, formatSubMinorMoney, gramsToPicograms } from '@/lib/units';
import { divideRounded, percentToMicro } from './money';
import { indexRulePack, tableKey, type IndexedTable, type PackIndex } from './pack-index';
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

// "No rate on file" texts depend only on pack, carrier and market: build them once per pack.
const missingRateTexts = new WeakMap<PackIndex, Map<string, Localized>>();
function describeMissingRate(index: PackIndex, key: string, code: NoRateCode): Localized | undefined {
  return missingRateTexts.get(index)?.get(`${code}:${key}`);
}
function rememberMissingRate(index: PackIndex, key: string, code: NoRateCode, text: Localized): Localized {
  let texts = missingRateTexts.get(index);
  if (!texts) missingRateTexts.set(index, (texts = new Map()));
  const frozen = Object.freeze(text);
  texts.set(`${code}:${key}`, frozen);
  return frozen;
}

/** The figure for the month, else the nearest earlier month on file (an estimate), else none. */
function pickFuel(fuelAscending: readonly FuelSurcharge[], month: string): FuelSurcharge | undefined {
  let picked: FuelSurcharge | undefined;
  for (const fuel of fuelAscending) {
    if (fuel.month > month) break;
    picked = fuel;
  }
  return picked;
}

function buildFuelLine(
  t: IndexedTable,
  fuel: FuelSurcharge,
  month: string,
  chargeableGrams: number,
  baseMinor: number,
): QuoteLine {
  const estimate = fuel.month !== month;
  const prefix: Localized = estimate
    ? {
        en: `Estimate: no fuel figure on file for ${month}; using ${fuel.month}'s. `,
        zh: `估算:${month} 无燃油附加费记录,沿用 ${fuel.month} 的费率。`,
      }
    : { en: '', zh: '' };
  let amountMinor: number;
  let body: Localized;
  if (fuel.perKgMinor !== undefined) {
    // grams × minor-per-kg is an exact integer in thousandths of a minor unit.
    const raw = chargeableGrams * fuel.perKgMinor;
    amountMinor = divideRounded(raw, 1000, t.rounding.mode);
    const calc = `${formatKilograms(chargeableGrams)} kg × ${t.money(fuel.perKgMinor)}/kg = ${formatSubMinorMoney(raw, 3, t.table.currency, t.exponent)}`;
    body = {
      en: `Fuel surcharge (${fuel.month}) on the chargeable weight: ${calc}, ${t.roundingShort.en} → ${t.money(amountMinor)}.`,
      zh: `燃油附加费(${fuel.month}),按计费重:${calc},${t.roundingShort.zh} → ${t.money(amountMinor)}。`,
    };
  } else {
    const micro = percentToMicro(fuel.percent ?? 0);
    const raw = baseMinor * micro;
    amountMinor = divideRounded(raw, 1_000_000, t.rounding.mode);
    const calc = `${fuel.percent} % × ${t.money(baseMinor)} = ${formatSubMinorMoney(raw, 6, t.table.currency, t.exponent)}`;
    body = {
      en: `Fuel surcharge (${fuel.month}) as a percentage of base freight: ${calc}, ${t.roundingShort.en} → ${t.money(amountMinor)}.`,
      zh: `燃油附加费(${fuel.month}),按基础运费百分比:${calc},${t.roundingShort.zh} → ${t.money(amountMinor)}。`,
    };
  }
  return {
    code: 'fuel',
    amountMinor,
    explanation: { en: prefix.en + body.en, zh: prefix.zh + body.zh },
    source: fuel.source,
    ...(estimate ? { estimate: true, basedOnMonth: fuel.month } : {}),
  };
}

function buildRemote(
  t: IndexedTable,
  destination: { country: string; postcode: string },
  warnings: QuoteWarning[],
  pack: RulePack,
): QuoteLine | undefined {
  const postcode = destination.postcode;
  const parsed = parsePostcode(postcode);
  const hasRemoteRules = t.remote.length > 0;
  if (!isReadablePostcode(destination.country, parsed)) {
    if (hasRemoteRules) {
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
  let best: { fee: IndexedTable['remote'][number]['fee']; name: Localized; unconfirmed: boolean } | undefined;
  for (const { fee, matchers } of t.remote) {
    const hit = matchers.find((m) => matchesParsedPostcode(m.rule, parsed));
    // One surcharge per parcel: the highest matching fee.
    if (hit && (!best || fee.feeMinor > best.fee.feeMinor))
      best = { fee, name: hit.name, unconfirmed: hit.unconfirmed };
  }
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
  for (const set of indexRulePack(pack).setsByCountry.get(destination.country) ?? []) {
    if (t.coveredSetIds.has(set.id) || !set.rules.some((rule) => matchesParsedPostcode(rule, parsed))) continue;
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

/**
 * Quotes one carrier for one parcel from the rule pack (contract: architecture.md, lib/fees).
 * Chargeable weight = max(actual, volumetric) with the carrier's divisor (S24); base by weight band;
 * fuel for the month of `context.date` (an earlier month's figure is used as a marked estimate);
 * remote-area fee by destination postcode; tracking fee; priority tag when asked; volume rebate.
 * Lines are rounded per the pack's rule, stated in `roundingRule`. Never throws; bad input → `no-rate`.
 * Example (seed S20–S23): `quote({ weightGrams: 400, destination: { country: 'US', postcode: '99501' } },
 * 'jt-express', { market: 'US', date: '2024-08-15' }, defaultRulePack)` → lines 328 + 8 + 250 + 15, `totalMinor: 601` (USD cents).
 */
const bandBound = (band: WeightBand) =>
  band.maxWeight ? `${band.maxWeight.value} ${band.maxWeight.unit}` : `${band.maxWeightGrams} g`;

/** Zone look-ups per card: a shop quotes the same few postcodes again and again (bounded, cleared when full). */
const zoneCache = new WeakMap<readonly Zone[], Map<string, Zone | null>>();
const ZONE_CACHE_LIMIT = 10_000;

/** The first zone of the card whose postcodes include the destination's. */
function pickZone(zones: readonly Zone[], postcode: string): Zone | undefined {
  let cache = zoneCache.get(zones);
  if (!cache) zoneCache.set(zones, (cache = new Map()));
  const cached = cache.get(postcode);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parsePostcode(postcode);
  const zone = zones.find((z) => z.rules.some((rule) => matchesParsedPostcode(rule, parsed)));
  if (cache.size >= ZONE_CACHE_LIMIT) cache.clear();
  cache.set(postcode, zone ?? null);
  return zone;
}

/** " in zone 5" / "第 5 区", so every quote says which zone it used. */
function zoneWords(zone: Zone | undefined): Localized {
  return zone ? { en: ` in zone ${zone.zone}`, zh: `,第 ${zone.zone} 区` } : { en: '', zh: '' };
}

function buildBandLine(t: IndexedTable, band: WeightBand, chargeable: number, zone: Zone | undefined): QuoteLine {
  const bound = bandBound(band);
  const where = zoneWords(zone);
  return {
    code: 'base',
    amountMinor: band.baseMinor,
    explanation: {
      en: `Base freight for ${chargeable} g chargeable weight (band up to ${bound}${where.en}) → ${t.money(band.baseMinor)}.`,
      zh: `基础运费:计费重 ${chargeable} 克(${bound} 以内档${where.zh})→ ${t.money(band.baseMinor)}。`,
    },
    source: band.source,
  };
}

/**
 * Started steps beyond the zone's last band's exact bound (e.g. 453.59237 g for "1 lb"), when the card
 * prices extra weight. Called only above the band's whole grams, so the parcel is always past the bound.
 */
function countExtraSteps(t: IndexedTable, zoneKey: string, chargeable: number): number | undefined {
  const from = t.extraFrom.get(zoneKey);
  const step = t.extraStep;
  if (!from || !step) return undefined;
  const over = gramsToPicograms(chargeable) - from.picograms;
  return Number((over + step.picograms - 1n) / step.picograms);
}

function buildExtraLine(
  t: IndexedTable,
  last: WeightBand,
  chargeable: number,
  steps: number,
  zone: Zone | undefined,
): QuoteLine {
  const extra = t.table.extraWeight!;
  const from = t.extraFrom.get(zone?.zone ?? '')!.text;
  const step = t.extraStep!.text;
  const where = zoneWords(zone);
  const extraMinor = steps * extra.perStepMinor;
  const amountMinor = last.baseMinor + extraMinor;
  return {
    code: 'base',
    amountMinor,
    explanation: {
      en: `Base freight for ${chargeable} g chargeable weight${where.en}: band up to ${from} ${t.money(last.baseMinor)} + ${steps} × ${step} beyond ${from} at ${t.money(extra.perStepMinor)} (${t.money(extraMinor)}) → ${t.money(amountMinor)}.`,
      zh: `基础运费:计费重 ${chargeable} 克${where.zh}:${from} 以内档 ${t.money(last.baseMinor)},超出 ${from} 部分按每 ${step} ${t.money(extra.perStepMinor)} 计 ${steps} 次(${t.money(extraMinor)})→ ${t.money(amountMinor)}。`,
    },
    source: extra.source,
  };
}

export function quote(parcel: Parcel, carrierId: string, context: QuoteContext, pack: RulePack): QuoteResult {
  const idText = typeof carrierId === 'string' ? carrierId : describeValue(carrierId);
  const problem = findInputProblem(parcel, context);
  if (problem) return noRate(idText, 'invalid-input', problem);
  return quoteCheckedInput(parcel, idText, context, pack);
}

/** Whether `quote` would refuse this input as `invalid-input` (lets `quoteAll` check it once for all carriers). */
export function hasQuoteInputProblem(parcel: unknown, context: unknown): boolean {
  return findInputProblem(parcel, context) !== undefined;
}

/** `quote` after its input checks passed. Internal to lib/fees. */
export function quoteCheckedInput(parcel: Parcel, idText: string, context: QuoteContext, pack: RulePack): QuoteResult {
  const index = indexRulePack(pack);
  const market = findMarketCode(context.market, index) as Quote['market'] | undefined;
  const marketRules = market ? index.markets.get(market) : undefined;
  if (!market || !marketRules)
    return noRate(idText, 'unknown-market', {
      en: `Market "${describeValue(context.market)}" is not in the rule pack.`,
      zh: `规则包中没有市场“${describeValue(context.market)}”。`,
    });

  const carrier = findCarrier(idText, index);
  if (!carrier)
    return noRate(idText, 'unknown-carrier', {
      en: `Carrier "${idText}" is not in the rule pack.`,
      zh: `规则包中没有承运商“${idText}”。`,
    });

  const countryText = parcel.destination?.country;
  const destinationCountry =
    findMarketCode(countryText, index) ?? (countryText ? describeValue(countryText).toUpperCase() : market);
  if (destinationCountry !== market) {
    return noRate(carrier.id, 'destination-outside-market', {
      en: `Destination ${destinationCountry} is outside the ${marketRules.name.en} market: last-mile rates are domestic.`,
      zh: `目的地 ${destinationCountry} 不在${marketRules.name.zh}市场内:尾程费率仅限境内派送。`,
    });
  }

  const key = tableKey(carrier.id, market);
  const t = index.tables.get(key);
  if (!t) {
    const text =
      describeMissingRate(index, key, 'no-fee-table') ??
      rememberMissingRate(index, key, 'no-fee-table', {
        en: `No rate on file for ${carrier.name.en} in ${marketRules.name.en}.`,
        zh: `${carrier.name.zh}(${marketRules.name.zh})无费率记录。`,
      });
    return noRate(carrier.id, 'no-fee-table', text);
  }
  const where = t.where;
  if (t.table.weightBands.length === 0) {
    const text =
      describeMissingRate(index, key, 'no-base-rate') ??
      rememberMissingRate(index, key, 'no-base-rate', {
        en: `No base freight rate on file for ${where.en}.`,
        zh: `${where.zh}无基础运费记录。`,
      });
    return noRate(carrier.id, 'no-base-rate', text);
  }

  const weight = computeChargeableWeight(parcel, carrier.volumetric, carrier.name);
  const warnings = [...weight.warnings];
  const chargeable = weight.chargeableWeightGrams;
  const postcode = describeValue(parcel.destination?.postcode ?? '');
  const zone = t.zones ? pickZone(t.zones, postcode) : undefined;
  if (t.zones && !zone)
    return noRate(carrier.id, 'no-zone-for-postcode', {
      en: `No zone on file for postcode "${postcode}" on the ${where.en} zone card.`,
      zh: `${where.zh}分区价目表中没有邮编“${postcode}”所属的分区。`,
    });
  const zoneKey = zone?.zone ?? '';
  const bands = t.bandsByZone.get(zoneKey);
  if (!bands)
    return noRate(carrier.id, 'no-base-rate', {
      en: `No base freight rate on file for zone ${zoneKey} of ${where.en}.`,
      zh: `${where.zh}第 ${zoneKey} 区无基础运费记录。`,
    });
  const band = bands.find((b) => chargeable <= b.maxWeightGrams);
  const last = bands[bands.length - 1]!;
  const extraSteps = band ? 0 : countExtraSteps(t, zoneKey, chargeable);
  if (!band && extraSteps === undefined) {
    return noRate(carrier.id, 'over-rate-card-weight', {
      en: `No rate on file above ${last.maxWeightGrams} g for ${where.en} (chargeable weight ${chargeable} g).`,
      zh: `${where.zh}无 ${last.maxWeightGrams} 克以上的费率记录(计费重 ${chargeable} 克)。`,
    });
  }

  const month = context.date.slice(0, 7);
  const fuel = pickFuel(t.fuelAscending, month);
  if (t.fuelAscending.length > 0 && !fuel) {
    return noRate(carrier.id, 'no-fuel-for-month', {
      en: `No fuel surcharge on file for ${month} or earlier for ${where.en} (earliest on file: ${t.fuelAscending[0]!.month}).`,
      zh: `${where.zh}无 ${month} 及之前的燃油附加费记录(最早记录:${t.fuelAscending[0]!.month})。`,
    });
  }

  const money = t.money;
  const baseLine = band
    ? buildBandLine(t, band, chargeable, zone)
    : buildExtraLine(t, last, chargeable, extraSteps!, zone);
  const lines: QuoteLine[] = [baseLine];
  if (fuel) lines.push(buildFuelLine(t, fuel, month, chargeable, baseLine.amountMinor));
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
  const remote = buildRemote(
    t,
    { country: destinationCountry, postcode: describeValue(parcel.destination?.postcode ?? '') },
    warnings,
    pack,
  );
  if (remote) lines.push(remote);
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
    market,
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
  };
  return result;
}
