import { z } from 'zod';
import { MAX_LABEL_CLICK_IDS } from './limits';
import { pageContextSchema } from '@/lib/context';
import { LABEL_CREATED_SOURCES, SEVERITIES } from '@/lib/diagnostics';
import { EXCLUSION_STATUSES, QUOTE_LINE_CODES } from '@/lib/fees';
// From settings.ts, not the storage index (Dexie must stay out of the content script: see lib/context).
import { CONNECTION_STATES } from '@/lib/storage/settings';
import { RISK_CODES } from '@/lib/tracking';
import type { RateLimit } from './rate-limit';

/**
 * Every message between content scripts, UI pages and the background, one zod schema each way.
 * `from` says who may send it: 'page' = the Seller Center content script, 'ui' = our own extension pages.
 * `rateLimit` bounds what a content script may send per tab: a page script can forge clicks on the
 * hints (the content script drops untrusted ones, this is the second line).
 * Secrets never travel in a message a content script may send or receive.
 */

const localized = z.object({ en: z.string(), zh: z.string() });
const orderId = z.string().regex(/^\d{6,24}$/);
const dimensionsMm = z.object({
  length: z.number().positive(),
  width: z.number().positive(),
  height: z.number().positive(),
});
/** Which of the seller's defaults a quote fell back on (lib/background quote-view). */
const usedDefaults = z.array(z.enum(['weight', 'dimensions', 'destination']));
/**
 * Enums below come from the domain constants (lib/fees, lib/diagnostics, lib/tracking, lib/storage), so a
 * code added there is accepted here. Carrier ids and markets stay strings: a seller's rate card may add
 * carriers (and the pack markets) the built-in lists do not name.
 */
const destination = z.object({ country: z.string().max(8).optional(), postcode: z.string().max(16).optional() });

export { MAX_LABEL_CLICK_IDS };

/** What the content script read about one order on the page (all optional but the id). */
const pageOrderSchema = z.object({
  orderId,
  statusText: z.string().max(200).optional(),
  awaitingShipment: z.boolean().optional(),
  carrierText: z.string().max(200).optional(),
  waybill: z.string().max(200).optional(),
  weightGrams: z.number().positive().max(1_000_000).optional(),
  dimensionsMm: dimensionsMm.optional(),
  destination: destination.optional(),
});
export type PageOrder = z.infer<typeof pageOrderSchema>;

export const quoteLineSchema = z.object({
  code: z.enum(QUOTE_LINE_CODES),
  amountMinor: z.number().int(),
  explanation: localized,
  source: z.string(),
  estimate: z.boolean().optional(),
  basedOnMonth: z.string().optional(),
});

const quoteViewSchema = z.object({
  carrierId: z.string(),
  carrierName: localized,
  /** The card's service (rate cards, issue 15): carrierName then includes its name. */
  serviceId: z.string().optional(),
  /** Service, zone and size format the quote used, in words. */
  basis: localized.optional(),
  currency: z.string(),
  currencyExponent: z.number().int(),
  chargeableWeightGrams: z.number(),
  actualWeightGrams: z.number(),
  volumetricWeightGrams: z.number().nullable(),
  lines: z.array(quoteLineSchema),
  totalMinor: z.number().int(),
  estimate: z.boolean(),
  roundingRule: localized,
  warnings: z.array(z.object({ code: z.string(), text: localized })),
  transitBenchmarkDays: z.number().optional(),
});
export type QuoteView = z.infer<typeof quoteViewSchema>;

export const excludedViewSchema = z.object({
  carrierId: z.string(),
  carrierName: localized,
  /** `unknown` = nothing on file (not a refusal: say where to check, never show it red). */
  status: z.enum(EXCLUSION_STATUSES).optional(),
  reasons: z.array(z.object({ code: z.string(), source: z.string(), text: localized })),
});
export type ExcludedView = z.infer<typeof excludedViewSchema>;

const quoteAllViewSchema = z.object({
  eligible: z.array(quoteViewSchema),
  excluded: z.array(excludedViewSchema),
  usedDefaults,
});
export type QuoteAllView = z.infer<typeof quoteAllViewSchema>;

const quoteRequestSchema = z.object({
  market: z.string().min(2).max(3),
  weightGrams: z.number().positive().max(1_000_000).optional(),
  dimensionsMm: dimensionsMm.optional(),
  destination: destination.optional(),
  /** ISO day; the background uses today when absent. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  priority: z.boolean().optional(),
  monthlyParcels: z.number().int().nonnegative().optional(),
});
export type QuoteRequest = z.infer<typeof quoteRequestSchema>;

export const findingViewSchema = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  title: localized,
  detail: localized,
  fix: localized,
  source: z.string(),
});
export type FindingView = z.infer<typeof findingViewSchema>;

/** An order's clock as the background knows it (epoch ms); ship-by is the API's `rts_sla_time`. */
const deadlineViewSchema = z.object({
  shipByAt: z.number().optional(),
  /** The API's collection deadline (`tts_sla_time`). */
  collectByAt: z.number().optional(),
  labelCreatedAt: z.number().optional(),
  firstScanAt: z.number().optional(),
  apiStatus: z.string().max(40).optional(),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

const badgeViewSchema = z.object({
  eligibleCount: z.number().int(),
  cheapest: z
    .object({
      carrierId: z.string(),
      carrierName: localized,
      totalMinor: z.number().int(),
      currency: z.string(),
      exponent: z.number().int(),
    })
    .optional(),
  excluded: z.array(excludedViewSchema),
  noRate: z.array(z.object({ carrierId: z.string(), carrierName: localized })),
  usedDefaults,
  /** No weight on the page and no default: eligibility ignores weight limits and no price is given. */
  needsWeight: z.boolean().optional(),
});
export type BadgeView = z.infer<typeof badgeViewSchema>;

const connectionViewSchema = z.object({
  state: z.enum(CONNECTION_STATES),
  reason: localized.optional(),
  detail: z.string().optional(),
  checkedAt: z.number().optional(),
  shopName: z.string().optional(),
  region: z.string().optional(),
});

const slaClockViewSchema = z.object({
  firstScan: z.object({
    state: z.string(),
    dueAt: z.number().optional(),
    at: z.number().optional(),
    lateByMs: z.number().optional(),
    remainingMs: z.number().optional(),
  }),
  longestGapMs: z.number().optional(),
  longestGapBreached: z.boolean(),
  currentGapMs: z.number().optional(),
  transitDays: z.number().optional(),
  benchmarkDays: z.number().optional(),
  overBenchmark: z.boolean().optional(),
  risks: z.array(z.enum(RISK_CODES)),
});

export const troubleshootViewSchema = z.object({
  query: z.string(),
  found: z.boolean(),
  /** The one IANA zone every time of the view is shown in: the market's (UTC when it is unknown). */
  timeZone: z.string(),
  orderId: z.string().optional(),
  facts: z.object({
    market: z.string().optional(),
    carrierText: z.string().optional(),
    carrierId: z.string().optional(),
    waybill: z.string().optional(),
    status: z.string().optional(),
    labelCreatedAt: z.number().optional(),
    labelCreatedSource: z.enum(LABEL_CREATED_SOURCES).optional(),
    shipByAt: z.number().optional(),
    firstScanAt: z.number().optional(),
    lastCheckedAt: z.number().optional(),
    apiConnected: z.boolean(),
  }),
  events: z.array(
    z.object({
      at: z.number(),
      status: z.string(),
      description: z.string(),
      isCarrierScan: z.boolean(),
      gapBeforeMs: z.number().optional(),
      gapBreached: z.boolean().optional(),
    }),
  ),
  clocks: slaClockViewSchema.nullable(),
  findings: z.array(findingViewSchema),
  rankingNote: localized,
  ticket: localized,
});
export type TroubleshootView = z.infer<typeof troubleshootViewSchema>;

const metricViewSchema = z.object({
  code: z.string(),
  label: localized,
  scope: z.enum(['shop', 'market', 'carrier', 'market-carrier']),
  market: z.string().optional(),
  carrierId: z.string().optional(),
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  threshold: z.number().optional(),
  comparator: z.string().optional(),
  breached: z.boolean(),
  previousValue: z.number().nullable().optional(),
  trend: z.enum(['improving', 'worsening', 'flat', 'unknown']).optional(),
  source: z.string(),
});
export type MetricView = z.infer<typeof metricViewSchema>;

export const shopOverviewSchema = z.object({
  generatedAt: z.number(),
  /** The one IANA zone every time of the view is shown in: the shop's market's (UTC when it is unknown). */
  timeZone: z.string(),
  apiConnected: z.boolean(),
  atRisk: z.array(
    z.object({
      orderId: z.string(),
      packageKey: z.string(),
      trackingNumber: z.string().optional(),
      carrierId: z.string().optional(),
      carrierName: localized.optional(),
      market: z.string().optional(),
      risks: z.array(z.object({ code: z.enum(RISK_CODES), text: localized })),
      labelCreatedAt: z.number().optional(),
      lastEventAt: z.number().optional(),
      firstScanDueAt: z.number().optional(),
      shipByAt: z.number().optional(),
    }),
  ),
  countsByCarrier: z.array(z.object({ carrierId: z.string(), carrierName: localized, count: z.number().int() })),
  metrics: z.array(metricViewSchema),
  deliveryDays: z.array(
    z.object({
      market: z.string(),
      carrierId: z.string().optional(),
      histogram: z.array(z.object({ days: z.number(), count: z.number().int() })),
    }),
  ),
});
export type ShopOverview = z.infer<typeof shopOverviewSchema>;

export const protocol = {
  ping: {
    from: ['page', 'ui'],
    request: z.object({}),
    response: z.object({ pong: z.literal(true), version: z.string() }),
  },
  /** Carrier badges and Pending-Shipment diagnoses for the orders visible on a page (one batched request). */
  'enrich-orders': {
    from: ['page'],
    request: z.object({
      market: z.string().nullable(),
      orders: z.array(pageOrderSchema).max(1000),
      withDiagnosis: z.boolean(),
      /** Also the order's clock from the store (API deadlines, label time, first scan), when known. */
      withDeadlines: z.boolean().optional(),
      /** `false`: no carrier badges (deadlines of list orders not in the DOM, for the page summary). */
      withBadges: z.boolean().optional(),
      /**
       * Also each shown waybill's defects, checked against the order's carrier and the page's market
       * (lib/waybill): the background's warm code instead of Seller Center's main thread (issue #11).
       */
      withWaybillChecks: z.boolean().optional(),
    }),
    response: z.object({
      orders: z.array(
        z.object({
          orderId,
          badge: badgeViewSchema.optional(),
          diagnosis: findingViewSchema.nullable().optional(),
          deadlines: deadlineViewSchema.optional(),
          /** `null`: the waybill was checked and nothing is wrong; absent: not asked or no waybill. */
          waybill: z.object({ malformed: z.boolean(), wrongCarrier: z.boolean() }).nullable().optional(),
        }),
      ),
    }),
  },
  /** All carriers ranked for one parcel (popup quick quote, live fee estimate). */
  'quote-parcel': {
    from: ['page', 'ui'],
    request: quoteRequestSchema,
    response: quoteAllViewSchema,
  },
  /** The seller clicked Seller Center's own print-label button: a label-created time when the API has none. */
  'record-label-click': {
    from: ['page'],
    rateLimit: { max: 30, windowMs: 60_000 } satisfies RateLimit,
    request: z.object({ orderIds: z.array(orderId).max(MAX_LABEL_CLICK_IDS) }),
    response: z.object({ recorded: z.number().int() }),
  },
  /** Open the side panel on an order (from an in-page hint or a notification). */
  'open-troubleshooting': {
    from: ['page', 'ui'],
    // Each one may open a tab (when the side panel cannot open): a few per tab, as fast as a seller clicks.
    rateLimit: { max: 5, windowMs: 10_000 } satisfies RateLimit,
    request: z.object({ orderId: orderId.optional(), query: z.string().max(200).optional() }),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * The effective context as the background published it (lib/context), minus the rule pack: language
   * setting, units, printer, feature switches. Content scripts cannot read storage.local, so they ask;
   * extension pages read the published storage item and send this only to make the background publish.
   */
  'get-context': {
    from: ['page', 'ui'],
    request: z.object({}),
    response: pageContextSchema,
  },
  /** Connection state for popup/options: never includes a secret. */
  'connection-status': {
    from: ['ui'],
    request: z.object({}),
    response: z.object({
      connection: connectionViewSchema,
      pollIntervalMinutes: z.number(),
      lastPollAt: z.number().nullable(),
      atRiskCount: z.number().int(),
      watchedCount: z.number().int(),
      /** The extension's IndexedDB: `failed` (with the reason) while it cannot be opened. */
      database: z.object({ state: z.enum(['ok', 'failed']), reason: z.string().optional() }).optional(),
    }),
  },
  /** Save credentials (options page only) and test them with a cheap call. */
  'connect-shop': {
    from: ['ui'],
    request: z.object({
      appKey: z.string().trim().min(1),
      appSecret: z.string().trim().min(1),
      accessToken: z.string().trim().min(1).optional(),
      refreshToken: z.string().trim().min(1).optional(),
      authCode: z.string().trim().min(1).optional(),
      shopCipher: z.string().trim().min(1).optional(),
      region: z.string().trim().min(2).max(3).optional(),
    }),
    response: z.object({
      connection: connectionViewSchema,
      shops: z.array(z.object({ id: z.string(), name: z.string(), region: z.string(), cipher: z.string() })),
    }),
  },
  'test-connection': {
    from: ['ui'],
    request: z.object({}),
    response: z.object({
      connection: connectionViewSchema,
      shops: z.array(z.object({ id: z.string(), name: z.string(), region: z.string(), cipher: z.string() })),
    }),
  },
  /** Wipe every secret. */
  disconnect: {
    from: ['ui'],
    request: z.object({}),
    response: z.object({ connection: connectionViewSchema }),
  },
  /** Side panel: everything about one order or tracking number, with ranked findings. */
  'troubleshoot-order': {
    from: ['ui'],
    request: z.object({ query: z.string().trim().min(1).max(200) }),
    response: troubleshootViewSchema,
  },
  /** Side panel shop view: at-risk packages, SLA and fulfilment metrics with trends. */
  'shop-overview': {
    from: ['ui'],
    request: z.object({}),
    response: shopOverviewSchema,
  },
  'poll-now': {
    from: ['ui'],
    request: z.object({}),
    response: z.object({
      checked: z.number().int(),
      newEvents: z.number().int(),
      newAlerts: z.number().int(),
      atRisk: z.number().int(),
      stoppedBecause: z.string().optional(),
    }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['response']>;
export type SenderKind = 'page' | 'ui';

export const envelopeSchema = z.object({
  lml: z.literal(1),
  type: z.string(),
  payload: z.unknown(),
});

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
