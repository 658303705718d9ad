/**
 * The rule pack: every carrier, market and fee figure the extension reasons with, as data.
 * One zod schema validates the shipped default pack, imported packs and user overrides alike,
 * so a figure can only enter the core with a `source` attached.
 */
import { z } from 'zod';
import { CARRIER_IDS, MARKET_CODES, isOwnCarrierId, resolveMarket, type OwnCarrierId } from '@/lib/carriers';
import { WEIGHT_UNITS, toPicograms } from '@/lib/units';

/**
 * Where a figure comes from:
 * - `seed:S1`…`seed:S34` — a fact of the seed digest;
 * - `ref:<document>#<section>` — a shared reference, e.g. `ref:carriers-and-labels#4.1`;
 * - an `http(s)://` URL — a published page;
 * - `user` or `user:<note>` — typed or imported by the seller;
 * - `pack:<name>` — a convention of the pack itself (e.g. its money-rounding rule), not a carrier figure.
 */
export const SOURCE_PATTERN =
  /^(?:seed:S(?:[1-9]|[12]\d|3[0-4])|ref:[a-z0-9-]+#[0-9A-Za-z.-]+|https?:\/\/\S+|user(?::.+)?|pack:[a-z0-9-]+)$/;

export const sourceSchema = z
  .string()
  .regex(SOURCE_PATTERN, 'source must be seed:S1…S34, ref:<doc>#<section>, an http(s) URL, user[:note] or pack:<name>');
export type Source = z.infer<typeof sourceSchema>;

export const localizedSchema = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });

/** Accepts `UK` (and any case) for GB, like `resolveMarket`. */
export const marketCodeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (resolveMarket(value) ?? value) : value),
  z.enum(MARKET_CODES),
);
/** A carrier of lib/carriers, or a seller's own carrier `own-<name>` (named in the pack, never certified). */
export const carrierIdSchema = z.union([
  z.enum(CARRIER_IDS),
  z.custom<OwnCarrierId>(isOwnCarrierId, 'expected a carrier id of lib/carriers or own-<lowercase-name>'),
]);

export const yearMonthSchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a day as YYYY-MM-DD');
const sinceSchema = z.union([yearMonthSchema, isoDaySchema]);
/** Integer minor units (cents, pence, whole rupiah). */
export const minorAmountSchema = z.int().nonnegative();
const percentSchema = z.number().min(0).max(100);
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');

/** A single sourced value; `unconfirmed` marks a reference hint that must never be used to reject data. */
function figureSchema<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    source: sourceSchema,
    unconfirmed: z.boolean().optional(),
    note: localizedSchema.optional(),
  });
}

// ---------------------------------------------------------------- markets

export const fulfilmentMetricSchema = z.strictObject({
  code: z.enum(['vtr', 'ldr', 'otdr', 'sfcr']),
  name: localizedSchema,
  definition: localizedSchema,
  target: z.strictObject({ comparator: z.enum(['at-least', 'at-most']), percent: percentSchema }),
  source: sourceSchema,
  unconfirmed: z.boolean().optional(),
});
export type FulfilmentMetric = z.infer<typeof fulfilmentMetricSchema>;

export const marketRulesSchema = z.strictObject({
  code: marketCodeSchema,
  name: localizedSchema,
  currency: z.strictObject({
    code: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
    /** Digits after the decimal point that minor units stand for: USD 2 (cents), IDR/VND 0. */
    minorUnitExponent: z.int().min(0).max(3),
    source: sourceSchema,
    note: localizedSchema.optional(),
  }),
  unitSystem: figureSchema(z.enum(['imperial', 'metric'])),
  sellerCenterHosts: z.strictObject({ hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1), source: sourceSchema }),
  /** Since when the market requires a platform-certified last-mile carrier (S2). */
  certifiedCarrierRequired: z.strictObject({ since: sinceSchema, source: sourceSchema }).optional(),
  /** Reference delivery benchmark (a report's figure, never a guarantee). Absent = no benchmark on file. */
  deliveryBenchmark: z
    .strictObject({ maxCalendarDays: z.number().positive(), note: localizedSchema, source: sourceSchema })
    .optional(),
  sla: z
    .strictObject({
      firstScanWithinHours: figureSchema(z.number().positive()).optional(),
      trackingUpdateEveryHours: figureSchema(z.number().positive()).optional(),
      exceptionRateBelowPercent: figureSchema(percentSchema).optional(),
    })
    .optional(),
  fulfilmentMetrics: z.array(fulfilmentMetricSchema).optional(),
  dispatchSla: z
    .strictObject({
      businessDays: z.int().positive(),
      effectiveFrom: isoDaySchema.optional(),
      note: localizedSchema.optional(),
      source: sourceSchema,
    })
    .optional(),
  /** The tracking callback endpoint the platform expects carriers to push to (S28). */
  trackingCallbackEndpoint: z.strictObject({ url: z.string().min(1), source: sourceSchema }).optional(),
  notes: z.array(z.strictObject({ text: localizedSchema, source: sourceSchema })).optional(),
});
export type MarketRules = z.infer<typeof marketRulesSchema>;

// ---------------------------------------------------------------- carriers

/**
 * Dimensional weight. `unit` fixes the divisor's meaning: in³ per lb or cm³ per kg.
 * Sides are rounded to whole inches/centimetres first (`sideRounding`), then the weight is rounded
 * up to the next whole or half pound/kilogram (`weightRounding`).
 */
export const volumetricRuleSchema = z.strictObject({
  unit: z.enum(['in3-per-lb', 'cm3-per-kg']),
  divisor: z.number().positive(),
  /** Dimensional weight only applies above this volume (in³ or cm³ per `unit`), e.g. USPS 1,728 in³. */
  appliesAboveVolume: z.number().positive().optional(),
  sideRounding: z.enum(['nearest', 'up', 'none']),
  weightRounding: z.enum(['up-whole', 'up-half', 'none']),
  source: sourceSchema,
  unconfirmed: z.boolean().optional(),
  note: localizedSchema.optional(),
});
export type VolumetricRule = z.infer<typeof volumetricRuleSchema>;

export const carrierMarketSchema = z.strictObject({
  market: marketCodeSchema,
  /** Why we say the carrier serves this market. */
  source: sourceSchema,
  /**
   * The date of that source as we have it: a page's own date, or — for a shared reference that carries
   * none — the day it was read into the pack.
   */
  sourceDate: isoDaySchema.optional(),
  /** Absent = no certification on file for this market (eligibility then says "unknown"). */
  certification: z
    .strictObject({
      status: z.enum(['certified', 'not-certified']),
      since: sinceSchema.optional(),
      note: localizedSchema.optional(),
      source: sourceSchema,
    })
    .optional(),
  apiLabelPrinting: figureSchema(z.boolean()).optional(),
  limits: z
    .strictObject({
      minWeightGrams: figureSchema(z.int().positive()).optional(),
      maxWeightGrams: figureSchema(z.int().positive()).optional(),
      maxLongestSideMm: figureSchema(z.int().positive()).optional(),
      maxLengthPlusGirthMm: figureSchema(z.int().positive()).optional(),
    })
    .optional(),
  /** Waybill format ids for this market (free strings shared with lib/waybill, e.g. `usps-impb`). */
  waybillFormats: z.array(z.string().min(1)).optional(),
});
export type CarrierMarket = z.infer<typeof carrierMarketSchema>;

export const carrierRulesSchema = z.strictObject({
  id: carrierIdSchema,
  name: localizedSchema,
  /** S14: individual businesses must connect through a certified ISV. */
  individualMayConnectDirectly: figureSchema(z.boolean()).optional(),
  volumetric: volumetricRuleSchema.optional(),
  waybillFormats: z.array(z.string().min(1)).optional(),
  markets: z.array(carrierMarketSchema),
});
export type CarrierRules = z.infer<typeof carrierRulesSchema>;

// ---------------------------------------------------------------- postcodes

/**
 * One postcode rule. `zip3-range`: US ZIP codes whose first three digits fall in [from, to].
 * `uk-district`: UK outward code in `area` (e.g. `KW`), optionally districts from–to (KW15–KW17).
 * `prefix`: normalised postcode (upper case, no spaces) starts with `prefix`.
 */
export const postcodeRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('zip3-range'), from: z.string().regex(/^\d{3}$/), to: z.string().regex(/^\d{3}$/) }),
  z.strictObject({
    kind: z.literal('uk-district'),
    area: z.string().regex(/^[A-Z]{1,2}$/),
    from: z.int().min(0).max(99).optional(),
    to: z.int().min(0).max(99).optional(),
  }),
  z.strictObject({ kind: z.literal('prefix'), prefix: z.string().regex(/^[0-9A-Z]+$/) }),
]);
export type PostcodeRule = z.infer<typeof postcodeRuleSchema>;

export const postcodeSetSchema = z.strictObject({
  id: idSchema,
  country: marketCodeSchema,
  name: localizedSchema,
  rules: z.array(postcodeRuleSchema).min(1),
  source: sourceSchema,
  unconfirmed: z.boolean().optional(),
  note: localizedSchema.optional(),
});
export type PostcodeSet = z.infer<typeof postcodeSetSchema>;

// ---------------------------------------------------------------- fees

export const moneyRoundingSchema = z.strictObject({
  /** `half-up`: .5 of a minor unit goes up; `up`/`down`: always towards/away from the next unit. */
  mode: z.enum(['half-up', 'up', 'down']),
  /** Each line is rounded on its own; the total is the sum of rounded lines. */
  scope: z.literal('per-line'),
  source: sourceSchema,
});
export type MoneyRounding = z.infer<typeof moneyRoundingSchema>;

/** A weight as the carrier's card writes it (at most 3 decimals, see lib/units exact-weight.ts). */
const declaredWeightSchema = z
  .strictObject({ value: z.number().positive(), unit: z.enum(WEIGHT_UNITS) })
  .refine((w) => toPicograms(String(w.value), w.unit) !== undefined, {
    message: 'a weight is a plain number with at most 3 decimals',
  });

export const weightBandSchema = z.strictObject({
  /** Inclusive upper bound of the band in whole grams (the declared bound, rounded down). */
  maxWeightGrams: z.int().positive(),
  /** The bound as the card writes it (e.g. 1 lb), when not in grams: the price beyond it counts from it exactly. */
  maxWeight: declaredWeightSchema.optional(),
  /** On a zone card: the zone (of the table's `zones`) this band prices. */
  zone: z.string().min(1).max(40).optional(),
  /** On a size card: the format (of the table's `formats`) this band prices. */
  format: idSchema.optional(),
  /** The band is in force from/to these days (inclusive); absent = the table's period. */
  effectiveFrom: isoDaySchema.optional(),
  effectiveTo: isoDaySchema.optional(),
  baseMinor: minorAmountSchema,
  source: sourceSchema,
  note: localizedSchema.optional(),
});
export type WeightBand = z.infer<typeof weightBandSchema>;

export const fuelSurchargeSchema = z
  .strictObject({
    /** A month's figure (`YYYY-MM`), or a period `from`–`to` (inclusive days) for weekly figures. */
    month: yearMonthSchema.optional(),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    /** Minor units per kilogram of chargeable weight. */
    perKgMinor: minorAmountSchema.optional(),
    /** Percent of the base freight line. */
    percent: percentSchema.optional(),
    source: sourceSchema,
    note: localizedSchema.optional(),
  })
  .refine((f) => (f.perKgMinor === undefined) !== (f.percent === undefined), {
    message: 'a fuel figure needs exactly one of perKgMinor or percent',
  })
  .refine((f) => (f.month === undefined) === (f.from !== undefined && f.to !== undefined && f.from <= f.to), {
    message: 'a fuel figure needs a month, or from and to (from not after to)',
  });
export type FuelSurcharge = z.infer<typeof fuelSurchargeSchema>;

export const remoteAreaFeeSchema = z
  .strictObject({
    /** Ids of `postcodeSets` of the pack that trigger this fee. */
    postcodeSetIds: z.array(idSchema).optional(),
    /** Extra rules given inline (e.g. from a rate card). */
    rules: z.array(postcodeRuleSchema).optional(),
    feeMinor: minorAmountSchema,
    source: sourceSchema,
    note: localizedSchema.optional(),
  })
  .refine((r) => (r.postcodeSetIds?.length ?? 0) + (r.rules?.length ?? 0) > 0, {
    message: 'a remote-area fee needs postcodeSetIds or rules',
  });
export type RemoteAreaFee = z.infer<typeof remoteAreaFeeSchema>;

export const rebateTierSchema = z.strictObject({
  /** The tier applies when monthly parcels are strictly greater than this (S26: "> 10,000"). */
  aboveMonthlyParcels: z.int().nonnegative(),
  percent: z.number().gt(0).max(100),
  requiresContract: z.boolean().optional(),
  source: sourceSchema,
  note: localizedSchema.optional(),
});
export type RebateTier = z.infer<typeof rebateTierSchema>;

/**
 * A zone of a zone card: the destination postcodes it covers (USPS zones by ZIP3, a line's regions by
 * prefix). With `originRules` it is a cell of an origin × destination matrix: it applies only to parcels
 * sent from those postcodes. The same zone may appear on several entries (one per matrix cell).
 */
export const zoneSchema = z.strictObject({
  zone: z.string().min(1).max(40),
  rules: z.array(postcodeRuleSchema).min(1),
  originRules: z.array(postcodeRuleSchema).min(1).optional(),
  source: sourceSchema,
});
export type Zone = z.infer<typeof zoneSchema>;

/** Beyond the last band: `perStepMinor` for every started `step` of weight (e.g. $1.15 per extra 1 lb). */
export const extraWeightSchema = z.strictObject({
  step: declaredWeightSchema,
  perStepMinor: minorAmountSchema,
  source: sourceSchema,
  note: localizedSchema.optional(),
});
export type ExtraWeight = z.infer<typeof extraWeightSchema>;

/** A named service of a carrier (Royal Mail Tracked 24 vs Tracked 48): each prices separately. */
export const serviceSchema = z.strictObject({ id: idSchema, name: localizedSchema });
export type Service = z.infer<typeof serviceSchema>;

/**
 * A size format of a size card (letter, large letter, small parcel…): the largest sides it takes, in mm,
 * longest first, and optionally its weight limit. A parcel takes the first format (in the card's order)
 * its sides — compared longest with longest — and weight fit.
 */
export const sizeFormatSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  maxSidesMm: z
    .tuple([z.int().positive(), z.int().positive(), z.int().positive()])
    .refine(([a, b, c]) => a >= b && b >= c, { message: 'maxSidesMm lists the longest side first' }),
  maxWeightGrams: z.int().positive().optional(),
  source: sourceSchema,
});
export type SizeFormat = z.infer<typeof sizeFormatSchema>;

/**
 * A per-parcel surcharge: `residential` (when the quote says the address is residential),
 * `delivery-area` (destination postcodes in `rules`), `peak` (quote date from–to, inclusive).
 */
export const surchargeSchema = z
  .strictObject({
    kind: z.enum(['residential', 'delivery-area', 'peak']),
    feeMinor: minorAmountSchema,
    rules: z.array(postcodeRuleSchema).min(1).optional(),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    source: sourceSchema,
    note: localizedSchema.optional(),
  })
  .refine((c) => (c.kind === 'delivery-area') === (c.rules !== undefined), {
    message: 'a delivery-area surcharge needs its postcode rules (and only it has them)',
  })
  .refine((c) => c.kind !== 'peak' || (c.from !== undefined && c.to !== undefined && c.from <= c.to), {
    message: 'a peak surcharge needs from and to (from not after to)',
  });
export type Surcharge = z.infer<typeof surchargeSchema>;

const perOrderFeeSchema = z.strictObject({
  perOrderMinor: minorAmountSchema,
  mandatory: z.boolean().optional(),
  source: sourceSchema,
  note: localizedSchema.optional(),
});

const feeTableShape = {
  carrierId: carrierIdSchema,
  market: marketCodeSchema,
  /** The service this table prices; tables of one carrier + market differ by service (and period). */
  service: serviceSchema.optional(),
  /** The days (inclusive) this table is in force; a quote uses the table in force on its date. */
  effectiveFrom: isoDaySchema.optional(),
  effectiveTo: isoDaySchema.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
  /** Ascending by `maxWeightGrams`; may be empty when only e.g. rebates are on file. */
  weightBands: z.array(weightBandSchema),
  /** A zone card: the destination picks a zone, the zone its bands. Absent = one set of bands everywhere. */
  zones: z.array(zoneSchema).optional(),
  /** A size card: the parcel's sides pick a format, the format its bands. */
  formats: z.array(sizeFormatSchema).optional(),
  /** This card's own volumetric rule; absent = the carrier's. */
  volumetric: volumetricRuleSchema.optional(),
  extraWeight: extraWeightSchema.optional(),
  fuel: z.array(fuelSurchargeSchema).optional(),
  surcharges: z.array(surchargeSchema).optional(),
  remoteAreas: z.array(remoteAreaFeeSchema).optional(),
  trackingFee: perOrderFeeSchema.optional(),
  priorityFee: perOrderFeeSchema.optional(),
  rebateTiers: z.array(rebateTierSchema).optional(),
  /** Overrides the pack's `moneyRounding` for this table. */
  moneyRounding: moneyRoundingSchema.optional(),
};

type FeeTableLike = {
  effectiveFrom?: string | undefined;
  effectiveTo?: string | undefined;
  weightBands?: readonly WeightBand[] | undefined;
  zones?: readonly Zone[] | undefined;
  formats?: readonly SizeFormat[] | undefined;
  fuel?: readonly FuelSurcharge[] | undefined;
  rebateTiers?: readonly RebateTier[] | undefined;
};

/**
 * Order and cross-references inside one fee table. `partial`: an override's table, whose zones may come
 * from the table it is merged over (a zone matrix imported on its own; see `checkPackReferences`).
 */
function checkFeeTableOrder(table: FeeTableLike, ctx: z.RefinementCtx, partial = false): void {
  if (table.effectiveFrom && table.effectiveTo && table.effectiveFrom > table.effectiveTo)
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveTo'],
      message: `the card ends (${table.effectiveTo}) before it starts (${table.effectiveFrom})`,
    });
  const zones = new Set(table.zones?.map((z) => z.zone));
  const formats = new Set(table.formats?.map((f) => f.id));
  reportDuplicates(table.zones, (z) => `${z.zone} ${JSON.stringify(z.originRules ?? [])}`, 'zones', 'zone', ctx);
  reportDuplicates(table.formats, (f) => f.id, 'formats', 'format', ctx);
  const previousByGroup = new Map<string, WeightBand>();
  table.weightBands?.forEach((band, i) => {
    // Bands ascend within their zone, format and period (a zone card lists each zone's bands).
    const group = [band.zone, band.format, band.effectiveFrom, band.effectiveTo].join('|');
    const previous = previousByGroup.get(group);
    previousByGroup.set(group, band);
    if (band.effectiveFrom && band.effectiveTo && band.effectiveFrom > band.effectiveTo)
      ctx.addIssue({
        code: 'custom',
        path: ['weightBands', i, 'effectiveTo'],
        message: `the band ends (${band.effectiveTo}) before it starts (${band.effectiveFrom})`,
      });
    if (table.formats && (band.format === undefined || !formats.has(band.format)))
      ctx.addIssue({
        code: 'custom',
        path: ['weightBands', i, 'format'],
        message:
          band.format === undefined
            ? 'on a size card every band names its format'
            : `format ${band.format} is not in the table's formats`,
      });
    if (!table.formats && band.format !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['weightBands', i, 'format'],
        message: `band names format ${band.format} but the table has no formats`,
      });
    if (previous && band.maxWeightGrams <= previous.maxWeightGrams) {
      ctx.addIssue({
        code: 'custom',
        path: ['weightBands', i, 'maxWeightGrams'],
        message: `weight bands must be in ascending order of maxWeightGrams (${band.maxWeightGrams} follows ${previous.maxWeightGrams})`,
      });
    }
    if (table.zones && (band.zone === undefined || !zones.has(band.zone)))
      ctx.addIssue({
        code: 'custom',
        path: ['weightBands', i, 'zone'],
        message:
          band.zone === undefined
            ? 'on a zone card every band names its zone'
            : `zone ${band.zone} is not in the table's zones`,
      });
    if (!table.zones && !partial && band.zone !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['weightBands', i, 'zone'],
        message: `band names zone ${band.zone} but the table has no zones`,
      });
  });
  const periods = new Set<string>();
  table.fuel?.forEach((f, i) => {
    const period = f.month ?? `${f.from}–${f.to}`;
    if (periods.has(period))
      ctx.addIssue({
        code: 'custom',
        path: f.month ? ['fuel', i, 'month'] : ['fuel', i],
        message: f.month ? `fuel month ${period} is listed twice` : `fuel for ${period} is listed twice`,
      });
    periods.add(period);
  });
  const thresholds = new Set<number>();
  table.rebateTiers?.forEach((t, i) => {
    if (thresholds.has(t.aboveMonthlyParcels))
      ctx.addIssue({
        code: 'custom',
        path: ['rebateTiers', i, 'aboveMonthlyParcels'],
        message: `rebate tier above ${t.aboveMonthlyParcels} is listed twice`,
      });
    thresholds.add(t.aboveMonthlyParcels);
  });
}

/**
 * Identity of a fee table in a pack: carrier, market, service and the day it takes effect. Two cards of
 * one carrier and market coexist when their service or start day differs (a new price list from a date).
 */
export function feeTableKey(t: {
  carrierId: string;
  market: string;
  service?: { id: string } | undefined;
  effectiveFrom?: string | undefined;
}): string {
  return `${t.carrierId}/${t.market}/${t.service?.id ?? ''}/${t.effectiveFrom ?? ''}`;
}

export const feeTableSchema = z.strictObject(feeTableShape).superRefine(checkFeeTableOrder);
export type FeeTable = z.infer<typeof feeTableSchema>;

/** A fee table in an override: identity required, every figure group optional (merged by group). */
export const feeTableOverrideSchema = z
  .strictObject({
    ...feeTableShape,
    currency: feeTableShape.currency.optional(),
    weightBands: feeTableShape.weightBands.optional(),
  })
  .superRefine((table, ctx) => checkFeeTableOrder(table, ctx, true));
export type FeeTableOverride = z.infer<typeof feeTableOverrideSchema>;

// ---------------------------------------------------------------- the pack

const selectorsSchema = z.record(z.string(), z.array(z.string()));

const packShape = {
  version: z.string().min(1),
  effectiveFrom: isoDaySchema,
  moneyRounding: moneyRoundingSchema,
  markets: z.array(marketRulesSchema),
  carriers: z.array(carrierRulesSchema),
  postcodeSets: z.array(postcodeSetSchema),
  feeTables: z.array(feeTableSchema),
  /** Who certified last mile suits (S15): advice, never a reason to make a carrier ineligible. */
  sellerGuidance: z
    .strictObject({
      notRecommendedBelowDailyOrders: figureSchema(z.number().positive()).optional(),
      suitedFromDailyOrders: figureSchema(z.number().positive()).optional(),
    })
    .optional(),
  /** Overrides for lib/seller-center's selector table (opaque here). */
  sellerCenterSelectors: selectorsSchema.optional(),
};

interface PackLike {
  markets?: readonly MarketRules[] | undefined;
  carriers?: readonly CarrierRules[] | undefined;
  postcodeSets?: readonly PostcodeSet[] | undefined;
  feeTables?: readonly (FeeTable | FeeTableOverride)[] | undefined;
}

function reportDuplicates<T>(
  items: readonly T[] | undefined,
  keyOf: (item: T) => string,
  path: string,
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items?.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [path, i], message: `${what} ${key} is listed twice` });
    seen.add(key);
  });
}

/** Cross-references inside one pack (or an override checked against its base, see `checkPackReferences`). */
export function checkPackReferences(pack: PackLike, ctx: z.RefinementCtx, base?: PackLike): void {
  reportDuplicates(pack.markets, (m) => m.code, 'markets', 'market', ctx);
  reportDuplicates(pack.carriers, (c) => c.id, 'carriers', 'carrier', ctx);
  reportDuplicates(pack.postcodeSets, (s) => s.id, 'postcodeSets', 'postcode set', ctx);
  reportDuplicates(pack.feeTables, feeTableKey, 'feeTables', 'fee table', ctx);
  pack.carriers?.forEach((c, i) =>
    reportDuplicates(c.markets, (m) => m.market, `carriers.${i}.markets`, `market of ${c.id}`, ctx),
  );

  const markets = new Map([...(base?.markets ?? []), ...(pack.markets ?? [])].map((m) => [m.code, m]));
  const setIds = new Set([...(base?.postcodeSets ?? []), ...(pack.postcodeSets ?? [])].map((s) => s.id));
  const carrierIds = new Set([...(base?.carriers ?? []), ...(pack.carriers ?? [])].map((c) => c.id));
  pack.feeTables?.forEach((table, i) => {
    const market = markets.get(table.market);
    if (!market)
      ctx.addIssue({
        code: 'custom',
        path: ['feeTables', i, 'market'],
        message: `market ${table.market} is not in the pack's markets`,
      });
    else if (table.currency !== undefined && table.currency !== market.currency.code) {
      ctx.addIssue({
        code: 'custom',
        path: ['feeTables', i, 'currency'],
        message: `currency ${table.currency} does not match ${table.market}'s ${market.currency.code}`,
      });
    }
    // A base pack must list the carrier; an override may add rates for a carrier the merge will add
    // (a seller's own carrier must be named in the pack: the merge cannot name it).
    if ((!base || isOwnCarrierId(table.carrierId)) && !carrierIds.has(table.carrierId))
      ctx.addIssue({
        code: 'custom',
        path: ['feeTables', i, 'carrierId'],
        message: `carrier ${table.carrierId} is not in the pack's carriers`,
      });
    if (base && !table.zones) {
      // A table without zones of its own uses the zones of the table it is merged over (or of this pack).
      const zones = new Set(
        [...(base?.feeTables ?? []), ...(pack.feeTables ?? [])]
          .find((t) => t !== table && t.zones && feeTableKey(t) === feeTableKey(table))
          ?.zones?.map((z) => z.zone),
      );
      table.weightBands?.forEach((band, j) => {
        if (band.zone !== undefined && !zones.has(band.zone))
          ctx.addIssue({
            code: 'custom',
            path: ['feeTables', i, 'weightBands', j, 'zone'],
            message: `band names zone ${band.zone} but the table has no such zone (no zones, no zone matrix)`,
          });
      });
    }
    table.remoteAreas?.forEach((area, j) =>
      area.postcodeSetIds?.forEach((id, k) => {
        if (!setIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['feeTables', i, 'remoteAreas', j, 'postcodeSetIds', k],
            message: `postcode set ${id} is not in the pack's postcodeSets`,
          });
      }),
    );
  });
}

export const rulePackSchema = z.strictObject(packShape).superRefine((pack, ctx) => checkPackReferences(pack, ctx));
/** The validated rule pack (output of `rulePackSchema`). Treat it as immutable: lib/fees caches indexes per pack object. */
export type RulePack = z.infer<typeof rulePackSchema>;

/** User overrides: any subset of the pack, merged over a base by id (see `mergeRulePacks`). */
export const rulePackOverrideSchema = z.strictObject({
  version: packShape.version.optional(),
  effectiveFrom: packShape.effectiveFrom.optional(),
  moneyRounding: packShape.moneyRounding.optional(),
  markets: packShape.markets.optional(),
  carriers: packShape.carriers.optional(),
  postcodeSets: packShape.postcodeSets.optional(),
  feeTables: z.array(feeTableOverrideSchema).optional(),
  sellerGuidance: packShape.sellerGuidance,
  sellerCenterSelectors: selectorsSchema.optional(),
});
export type RulePackOverride = z.infer<typeof rulePackOverrideSchema>;
