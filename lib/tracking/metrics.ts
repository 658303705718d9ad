/**
 * Shop metrics computed ahead of Seller Center from what the extension sees: first scans on time (S7),
 * exception rate (S8), delivery-day distribution (S4–S6), and the platform's fulfilment metrics —
 * valid tracking rate, late dispatch rate, on-time delivery rate (ref:seller-center#5) — per market and
 * per carrier, for this window and the previous one, so a breach shows before Seller Center counts it.
 * Pure: `now`, policies and thresholds are arguments.
 */
import { resolveMarket } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import { DAY_MS } from './calendar';
import { computeDispatchDeadline } from './dispatch-deadline';
import { defaultSlaPolicy, type MarketRulesLike, type SlaPolicy } from './policy';
import { mergeEvents } from './events';
import { computeSlaClocksOfTrail, type SlaClocks } from './sla-clocks';
import type { EventStatus, TrackingEvent } from './status';
import { digestTrail, type TrailDigest } from './trail';

export const METRIC_CODES = [
  'first-scan-on-time',
  'exception-rate',
  'valid-tracking-rate',
  'late-dispatch-rate',
  'on-time-delivery-rate',
] as const;
export type MetricCode = (typeof METRIC_CODES)[number];

export type Comparator = '>=' | '<=' | '<';

export interface MetricThreshold {
  /** A ratio (0.95 = 95 %). */
  threshold: number;
  /** How the value must compare to the threshold to be healthy. */
  comparator: Comparator;
  source: string;
  /** Markets the threshold is stated for; absent = every market. */
  markets?: readonly string[];
  /** The figure comes from a third party only (ref:seller-center#7): shown, never used to block anything. */
  unconfirmed?: boolean;
}

/** Per metric, candidate thresholds; the first whose markets cover a group applies to it. */
export type MetricThresholds = Partial<Record<MetricCode, readonly MetricThreshold[]>>;

/**
 * Default thresholds: S8 is platform-wide; VTR, LDR and OTDR are stated for the US (ref:seller-center#5,
 * "US unless noted"), so other markets show no threshold for them. No threshold is on file for the
 * share of first scans on time (S7 is a per-package rule).
 */
export const DEFAULT_METRIC_THRESHOLDS: MetricThresholds = {
  'exception-rate': [{ threshold: 0.013, comparator: '<', source: 'seed:S8' }],
  'valid-tracking-rate': [{ threshold: 0.95, comparator: '>=', source: 'ref:seller-center#5', markets: ['US'] }],
  'late-dispatch-rate': [{ threshold: 0.04, comparator: '<=', source: 'ref:seller-center#5', markets: ['US'] }],
  'on-time-delivery-rate': [
    { threshold: 0.8, comparator: '>=', source: 'ref:seller-center#5', markets: ['US'], unconfirmed: true },
  ],
};

export interface MetricDefinition {
  name: Localized;
  definition: Localized;
  source: string;
  higherIsBetter: boolean;
}

/** How each metric is counted here. */
export const METRIC_DEFINITIONS: Readonly<Record<MetricCode, MetricDefinition>> = {
  'first-scan-on-time': {
    name: { en: 'First scans on time', zh: '首扫准时率' },
    definition: {
      en: 'Packages whose first carrier scan came within 4 h of the label ÷ packages whose first scan came or is overdue.',
      zh: '面单生成后 4 小时内完成首次扫描的包裹 ÷ 已首扫或已超时的包裹。',
    },
    source: 'seed:S7',
    higherIsBetter: true,
  },
  'exception-rate': {
    name: { en: 'Delivery exception rate', zh: '派送异常率' },
    definition: {
      en: 'Shipped packages now in exception, returned, lost or suspected lost (refused, lost, mis-delivered) ÷ shipped packages.',
      zh: '当前处于异常、退回、丢失或疑似丢失（拒收、丢件、错投）的已发货包裹 ÷ 已发货包裹。',
    },
    source: 'seed:S8',
    higherIsBetter: false,
  },
  'valid-tracking-rate': {
    name: { en: 'Valid tracking rate (VTR)', zh: '有效物流追踪率（VTR）' },
    definition: {
      en: 'Shipped packages with a valid tracking number and at least 2 carrier scans ÷ shipped packages; label-created-only does not count.',
      zh: '物流单号有效且至少有 2 次承运商扫描的已发货包裹 ÷ 已发货包裹；仅生成面单不计入。',
    },
    source: 'ref:seller-center#5',
    higherIsBetter: true,
  },
  'late-dispatch-rate': {
    name: { en: 'Late dispatch rate (LDR)', zh: '延迟发货率（LDR）' },
    definition: {
      en: 'Packages shipped after their ship-by time, or not shipped and past it ÷ packages shipped or past their ship-by time.',
      zh: '晚于最晚发货时间发货、或已过期仍未发货的包裹 ÷ 已发货或已过最晚发货时间的包裹。',
    },
    source: 'ref:seller-center#5',
    higherIsBetter: false,
  },
  'on-time-delivery-rate': {
    name: { en: 'On-time delivery rate (OTDR)', zh: '准时送达率（OTDR）' },
    definition: {
      en: "Packages delivered by their delivery due time (or, without one, within the market's benchmark days) ÷ packages delivered or already past due.",
      zh: '在送达截止时间前（无截止时间时按市场基准天数）送达的包裹 ÷ 已送达或已超期的包裹。',
    },
    source: 'ref:seller-center#5',
    higherIsBetter: true,
  },
};

export interface PackageFacts {
  id: string;
  market: string;
  carrierId?: string;
  /** All times epoch ms. */
  labelCreatedAt?: number;
  shipByAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  /** Deliver-by time from the API (see `readApiOrderTimes`), used for on-time delivery before the benchmark. */
  deliveryDueAt?: number;
  /** The trail: its events, or their digest (`digestTrail` of the merged events) — which is all that is read. */
  events?: readonly TrackingEvent[];
  trail?: TrailDigest;
  /** The tracking number passed the waybill check for its carrier; absent = not checked (not held against it). */
  trackingValid?: boolean;
}

export interface MetricValue {
  code: MetricCode;
  /** numerator ÷ denominator as a ratio; undefined when the denominator is 0. */
  value: number | undefined;
  numerator: number;
  denominator: number;
  /** Packages in scope whose outcome is not decided yet (e.g. in transit, not yet due). */
  pending: number;
  /** Packages in scope that cannot be judged (no label time, no ship-by time, no due time or benchmark). */
  unknown: number;
  threshold: number | undefined;
  comparator: Comparator | undefined;
  breached: boolean;
  /** Source of the threshold, or of the definition when no threshold applies. */
  source: string;
  definitionSource: string;
  unconfirmed?: boolean;
}

export interface DeliveryDaysDistribution {
  delivered: number;
  /** Calendar days label → delivered (market zone), ascending. */
  histogram: Array<{ days: number; count: number }>;
  meanDays: number | undefined;
  /** The market's benchmark when the group is one market with one on file. */
  benchmarkDays: number | undefined;
  overBenchmark: number;
  source: string;
}

export interface MetricGroup {
  packages: number;
  markets: string[];
  firstScanOnTime: MetricValue;
  exceptionRate: MetricValue;
  validTrackingRate: MetricValue;
  lateDispatchRate: MetricValue;
  onTimeDeliveryRate: MetricValue;
  deliveryDays: DeliveryDaysDistribution;
}

export interface MetricGroups {
  overall: MetricGroup;
  byMarket: Record<string, MetricGroup>;
  /** Carrier id, or `unknown`. */
  byCarrier: Record<string, MetricGroup>;
  /** market → carrier → group. */
  byMarketCarrier: Record<string, Record<string, MetricGroup>>;
}

export type TrendDirection = 'improving' | 'worsening' | 'steady' | 'no-data';

export interface TrendEntry {
  current: number | undefined;
  previous: number | undefined;
  /** current − previous (ratio points). */
  delta: number | undefined;
  direction: TrendDirection;
  breachedNow: boolean;
  breachedBefore: boolean;
  /** Breached this window but not the previous one: the early warning. */
  newlyBreached: boolean;
}

export type MetricTrend = Record<MetricCode, TrendEntry>;

export interface ShopMetrics extends MetricGroups {
  now: number;
  windowDays: number;
  /** Epoch ms: `from` exclusive, `to` inclusive; packages dated after `now` (future ship-by) count in this window. */
  window: { from: number; to: number };
  previousWindow: { from: number; to: number };
  previous: MetricGroups;
  trend: { overall: MetricTrend; byMarket: Record<string, MetricTrend>; byCarrier: Record<string, MetricTrend> };
  skipped: Array<{ id: string; reason: 'no-policy' | 'no-time' }>;
  /** Markets measured with `defaultSlaPolicy` because `policies` had none for them. */
  policyFallbacks: string[];
}

export interface ShopMetricsOptions {
  now: number;
  policies: Readonly<Record<string, SlaPolicy>>;
  /** Length of each window in days (default 7: this week vs the previous one). */
  windowDays?: number;
  metricThresholds?: MetricThresholds;
}

type Outcome = 'yes' | 'no' | 'pending' | 'unknown' | 'out-of-scope';

interface Classified {
  id: string;
  market: string;
  carrierKey: string;
  window: 'current' | 'previous';
  outcomes: Record<MetricCode, Outcome>;
  deliveryDays?: number;
  overBenchmark: boolean;
}

const EXCEPTION_STATUSES: ReadonlySet<EventStatus> = new Set<EventStatus>(['exception', 'returned', 'lost']);
const ENDED_STATUSES: ReadonlySet<EventStatus> = new Set<EventStatus>(['delivered', 'returned', 'lost']);

/**
 * Computes shop metrics for the window ending at `now` and for the window before it, per market, per
 * carrier and per market × carrier, with a trend per metric. A package belongs to the window holding
 * its ship time (shippedAt, else label time, else first event, else ship-by). Outcomes are judged as
 * of `now`; undecided packages are reported as `pending`, never guessed. See `METRIC_DEFINITIONS`.
 * Example: 20 US packages, 19 with ≥ 2 carrier scans, 1 label-only past its first-scan time →
 * `overall.validTrackingRate` = `{ value: 0.95, numerator: 19, denominator: 20, threshold: 0.95, comparator: '>=', breached: false }`.
 */
export function computeShopMetrics(packages: readonly PackageFacts[], options: ShopMetricsOptions): ShopMetrics {
  const { now } = options;
  const windowDays = options.windowDays !== undefined && options.windowDays > 0 ? options.windowDays : 7;
  const thresholds = options.metricThresholds ?? DEFAULT_METRIC_THRESHOLDS;
  const windowMs = windowDays * DAY_MS;
  const window = { from: now - windowMs, to: now };
  const previousWindow = { from: now - 2 * windowMs, to: now - windowMs };

  const skipped: ShopMetrics['skipped'] = [];
  const fallbacks = new Set<string>();
  const classified: Classified[] = [];
  for (const pkg of packages) {
    const policy = findPolicy(pkg.market, options.policies, fallbacks);
    if (!policy) {
      skipped.push({ id: pkg.id, reason: 'no-policy' });
      continue;
    }
    const trail = pkg.trail ?? digestTrail(mergeEvents([], pkg.events ?? []));
    const anchor = pkg.shippedAt ?? pkg.labelCreatedAt ?? trail.firstEventAt ?? pkg.shipByAt;
    if (anchor === undefined) {
      skipped.push({ id: pkg.id, reason: 'no-time' });
      continue;
    }
    const inWindow = anchor > window.from ? 'current' : anchor > previousWindow.from ? 'previous' : undefined;
    if (!inWindow) continue;
    classified.push(classifyPackage(pkg, trail, policy, now, inWindow));
  }

  const current = buildGroups(
    classified.filter((c) => c.window === 'current'),
    classified,
    options.policies,
    thresholds,
  );
  const previous = buildGroups(
    classified.filter((c) => c.window === 'previous'),
    classified,
    options.policies,
    thresholds,
  );
  return {
    now,
    windowDays,
    window,
    previousWindow,
    ...current,
    previous,
    trend: {
      overall: compareGroups(current.overall, previous.overall),
      byMarket: compareRecords(current.byMarket, previous.byMarket),
      byCarrier: compareRecords(current.byCarrier, previous.byCarrier),
    },
    skipped,
    policyFallbacks: [...fallbacks].sort(),
  };
}

function findPolicy(
  market: string,
  policies: Readonly<Record<string, SlaPolicy>>,
  fallbacks: Set<string>,
): SlaPolicy | undefined {
  const code = resolveMarket(market);
  const given = policies[market] ?? (code ? policies[code] : undefined);
  if (given) return given;
  const fallback = defaultSlaPolicy(market);
  if (fallback) fallbacks.add(code ?? market);
  return fallback;
}

function classifyPackage(
  pkg: PackageFacts,
  trail: TrailDigest,
  policy: SlaPolicy,
  now: number,
  window: 'current' | 'previous',
): Classified {
  const clocks = computeSlaClocksOfTrail({
    labelCreatedAt: pkg.labelCreatedAt,
    trail,
    market: pkg.market,
    now,
    policy,
    ...(pkg.deliveredAt !== undefined ? { deliveredAt: pkg.deliveredAt } : {}),
  });
  const shipped = pkg.shippedAt !== undefined || clocks.carrierScanCount > 0 || clocks.transit.delivered;
  const delivered = clocks.transit.delivered;
  const days = delivered ? clocks.transit.calendarDays : undefined;
  return {
    id: pkg.id,
    market: resolveMarket(pkg.market) ?? pkg.market,
    carrierKey: pkg.carrierId ?? 'unknown',
    window,
    outcomes: {
      'first-scan-on-time': judgeFirstScan(clocks),
      'exception-rate': shipped ? judgeException(clocks) : 'out-of-scope',
      'valid-tracking-rate': shipped ? judgeValidTracking(clocks, pkg.trackingValid) : 'out-of-scope',
      'late-dispatch-rate': judgeLateDispatch(pkg, clocks, now),
      'on-time-delivery-rate': shipped ? judgeOnTimeDelivery(pkg, clocks, now, policy) : 'out-of-scope',
    },
    ...(days !== undefined ? { deliveryDays: days } : {}),
    overBenchmark: delivered && clocks.transit.overBenchmark,
  };
}

function judgeFirstScan(clocks: SlaClocks): Outcome {
  switch (clocks.firstScan.state) {
    case 'met':
      return 'yes';
    case 'late':
    case 'overdue':
      return 'no';
    case 'unknown':
      return 'unknown';
    default:
      return 'pending';
  }
}

function judgeException(clocks: SlaClocks): Outcome {
  return EXCEPTION_STATUSES.has(clocks.status) || clocks.risks.includes('lost-suspected') ? 'yes' : 'no';
}

/**
 * Valid = number valid (when checked) + ≥ 2 carrier scans (ref:seller-center#5). A package with fewer
 * scans fails once it can no longer collect them in time: its trail ended (delivered, returned, lost),
 * it is suspected lost, or its first scan is overdue. Otherwise it is still pending.
 */
function judgeValidTracking(clocks: SlaClocks, trackingValid: boolean | undefined): Outcome {
  if (trackingValid === false) return 'no';
  if (clocks.carrierScanCount >= 2) return 'yes';
  const ended = ENDED_STATUSES.has(clocks.status) || clocks.risks.includes('lost-suspected');
  return ended || clocks.firstScan.state === 'overdue' ? 'no' : 'pending';
}

/** Late = shipped after ship-by, or unshipped past it. Shipped time = shippedAt, else the first carrier scan. */
function judgeLateDispatch(pkg: PackageFacts, clocks: SlaClocks, now: number): Outcome {
  const shippedAt = pkg.shippedAt ?? clocks.firstScan.at;
  const deadline = computeDispatchDeadline({
    shipByAt: pkg.shipByAt,
    ...(shippedAt !== undefined ? { shippedAt } : {}),
    now,
  });
  switch (deadline.state) {
    case 'late':
    case 'overdue':
      return 'yes';
    case 'met':
      return 'no';
    case 'unknown':
      return 'unknown';
    default:
      return 'pending';
  }
}

/** By the API's deliver-by time when given; else within the market benchmark in calendar days; else unknown. */
function judgeOnTimeDelivery(pkg: PackageFacts, clocks: SlaClocks, now: number, policy: SlaPolicy): Outcome {
  const { transit } = clocks;
  if (pkg.deliveryDueAt !== undefined) {
    if (transit.delivered) return transit.deliveredAt! <= pkg.deliveryDueAt ? 'yes' : 'no';
    return now > pkg.deliveryDueAt ? 'no' : 'pending';
  }
  if (policy.deliveryBenchmarkDays === undefined || transit.calendarDays === undefined) return 'unknown';
  if (transit.delivered) return transit.overBenchmark ? 'no' : 'yes';
  return transit.overBenchmark ? 'no' : 'pending';
}

function buildGroups(
  members: readonly Classified[],
  all: readonly Classified[],
  policies: Readonly<Record<string, SlaPolicy>>,
  thresholds: MetricThresholds,
): MetricGroups {
  // Thresholds depend on which markets a group spans: take them from both windows so a group is
  // judged against the same threshold this week and last.
  const marketsOf = (pick: (c: Classified) => boolean) => [...new Set(all.filter(pick).map((c) => c.market))].sort();
  const benchmarkOf = (markets: string[]) =>
    markets.length === 1
      ? (policies[markets[0]!]?.deliveryBenchmarkDays ?? defaultSlaPolicy(markets[0]!)?.deliveryBenchmarkDays)
      : undefined;
  const group = (pick: (c: Classified) => boolean) => {
    const markets = marketsOf(pick);
    return summarize(members.filter(pick), markets, thresholds, benchmarkOf(markets));
  };

  const marketKeys = [...new Set(all.map((c) => c.market))].sort();
  const carrierKeys = [...new Set(all.map((c) => c.carrierKey))].sort();
  const byMarket: Record<string, MetricGroup> = {};
  const byMarketCarrier: Record<string, Record<string, MetricGroup>> = {};
  for (const market of marketKeys) {
    byMarket[market] = group((c) => c.market === market);
    const carriers: Record<string, MetricGroup> = {};
    for (const carrier of new Set(all.filter((c) => c.market === market).map((c) => c.carrierKey))) {
      carriers[carrier] = group((c) => c.market === market && c.carrierKey === carrier);
    }
    byMarketCarrier[market] = carriers;
  }
  const byCarrier: Record<string, MetricGroup> = {};
  for (const carrier of carrierKeys) byCarrier[carrier] = group((c) => c.carrierKey === carrier);
  return { overall: group(() => true), byMarket, byCarrier, byMarketCarrier };
}

function summarize(
  members: readonly Classified[],
  markets: string[],
  thresholds: MetricThresholds,
  benchmarkDays: number | undefined,
): MetricGroup {
  const metric = (code: MetricCode) => measure(code, members, markets, thresholds);
  return {
    packages: members.length,
    markets,
    firstScanOnTime: metric('first-scan-on-time'),
    exceptionRate: metric('exception-rate'),
    validTrackingRate: metric('valid-tracking-rate'),
    lateDispatchRate: metric('late-dispatch-rate'),
    onTimeDeliveryRate: metric('on-time-delivery-rate'),
    deliveryDays: distribute(members, benchmarkDays),
  };
}

/** The first threshold whose markets include every market of the group. */
function pickThreshold(
  code: MetricCode,
  markets: readonly string[],
  thresholds: MetricThresholds,
): MetricThreshold | undefined {
  return thresholds[code]?.find(
    (t) => !t.markets || (markets.length > 0 && markets.every((m) => t.markets!.includes(m))),
  );
}

/** Compares with a tolerance so 1.3 / 100 and 0.013 are the same threshold. */
function isBreached(value: number, threshold: number, comparator: Comparator): boolean {
  const diff = value - threshold;
  const equal = Math.abs(diff) < 1e-12;
  switch (comparator) {
    case '>=':
      return !equal && diff < 0;
    case '<=':
      return !equal && diff > 0;
    case '<':
      return equal || diff > 0;
  }
}

function measure(
  code: MetricCode,
  members: readonly Classified[],
  markets: readonly string[],
  thresholds: MetricThresholds,
): MetricValue {
  let numerator = 0;
  let denominator = 0;
  let pending = 0;
  let unknown = 0;
  for (const m of members) {
    const outcome = m.outcomes[code];
    if (outcome === 'yes') {
      numerator++;
      denominator++;
    } else if (outcome === 'no') denominator++;
    else if (outcome === 'pending') pending++;
    else if (outcome === 'unknown') unknown++;
  }
  const value = denominator > 0 ? numerator / denominator : undefined;
  const t = pickThreshold(code, markets, thresholds);
  const definitionSource = METRIC_DEFINITIONS[code].source;
  return {
    code,
    value,
    numerator,
    denominator,
    pending,
    unknown,
    threshold: t?.threshold,
    comparator: t?.comparator,
    breached: t !== undefined && value !== undefined && isBreached(value, t.threshold, t.comparator),
    source: t?.source ?? definitionSource,
    definitionSource,
    ...(t?.unconfirmed ? { unconfirmed: true } : {}),
  };
}

function distribute(members: readonly Classified[], benchmarkDays: number | undefined): DeliveryDaysDistribution {
  const counts = new Map<number, number>();
  let total = 0;
  let delivered = 0;
  let over = 0;
  for (const m of members) {
    if (m.deliveryDays === undefined) continue;
    delivered++;
    total += m.deliveryDays;
    counts.set(m.deliveryDays, (counts.get(m.deliveryDays) ?? 0) + 1);
    if (m.overBenchmark) over++;
  }
  return {
    delivered,
    histogram: [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([days, count]) => ({ days, count })),
    meanDays: delivered > 0 ? total / delivered : undefined,
    benchmarkDays,
    overBenchmark: over,
    source: 'seed:S4',
  };
}

const GROUP_METRICS: ReadonlyArray<[MetricCode, keyof MetricGroup]> = [
  ['first-scan-on-time', 'firstScanOnTime'],
  ['exception-rate', 'exceptionRate'],
  ['valid-tracking-rate', 'validTrackingRate'],
  ['late-dispatch-rate', 'lateDispatchRate'],
  ['on-time-delivery-rate', 'onTimeDeliveryRate'],
];

/**
 * Trend of every metric between two windows. Direction follows what "better" means for the metric
 * (higher VTR is better, lower LDR is better); equal values are `steady`; a window without data gives `no-data`.
 * Example: VTR 0.97 → 0.93 gives `{ delta: -0.04, direction: 'worsening', breachedNow: true, newlyBreached: true }` (US threshold 0.95).
 */
export function compareGroups(current: MetricGroup | undefined, previous: MetricGroup | undefined): MetricTrend {
  const trend = {} as MetricTrend;
  for (const [code, key] of GROUP_METRICS) {
    const now = current?.[key] as MetricValue | undefined;
    const before = previous?.[key] as MetricValue | undefined;
    const c = now?.value;
    const p = before?.value;
    const delta = c !== undefined && p !== undefined ? c - p : undefined;
    let direction: TrendDirection = 'no-data';
    if (delta !== undefined) {
      if (Math.abs(delta) < 1e-12) direction = 'steady';
      else direction = delta > 0 === METRIC_DEFINITIONS[code].higherIsBetter ? 'improving' : 'worsening';
    }
    const breachedNow = now?.breached ?? false;
    const breachedBefore = before?.breached ?? false;
    trend[code] = {
      current: c,
      previous: p,
      delta,
      direction,
      breachedNow,
      breachedBefore,
      newlyBreached: breachedNow && !breachedBefore,
    };
  }
  return trend;
}

function compareRecords(
  current: Record<string, MetricGroup>,
  previous: Record<string, MetricGroup>,
): Record<string, MetricTrend> {
  const out: Record<string, MetricTrend> = {};
  for (const key of new Set([...Object.keys(current), ...Object.keys(previous)]))
    out[key] = compareGroups(current[key], previous[key]);
  return out;
}

/** 1.3 → 0.013 exactly as written (plain division gives 0.013000000000000001). */
function percentToRatio(percent: number): number {
  return Number((percent / 100).toPrecision(15));
}

/**
 * Thresholds from rule-pack markets (`markets[]` of the pack): each market's exception-rate SLA and its
 * fulfilment metrics (vtr, ldr, otdr; sfcr is not measurable from tracking), scoped to that market.
 * Identical figures from several markets merge into one entry.
 * Example: the default pack's US market → VTR `{ threshold: 0.95, comparator: '>=', markets: ['US'] }`.
 */
export function metricThresholdsFromMarketRules(markets: readonly MarketRulesLike[]): MetricThresholds {
  const collected: Partial<Record<MetricCode, MetricThreshold[]>> = {};
  const add = (code: MetricCode, entry: Omit<MetricThreshold, 'markets'>, market: string) => {
    const list = (collected[code] ??= []);
    const same = list.find(
      (t) =>
        t.threshold === entry.threshold &&
        t.comparator === entry.comparator &&
        t.source === entry.source &&
        t.unconfirmed === entry.unconfirmed,
    );
    if (same) same.markets = [...(same.markets ?? []), market];
    else list.push({ ...entry, markets: [market] });
  };
  const codes: Record<string, MetricCode | undefined> = {
    vtr: 'valid-tracking-rate',
    ldr: 'late-dispatch-rate',
    otdr: 'on-time-delivery-rate',
  };
  for (const m of markets) {
    const market = resolveMarket(m.code) ?? m.code;
    const exception = m.sla?.exceptionRateBelowPercent;
    if (exception)
      add(
        'exception-rate',
        { threshold: percentToRatio(exception.value), comparator: '<', source: exception.source },
        market,
      );
    for (const fm of m.fulfilmentMetrics ?? []) {
      const code = codes[fm.code];
      if (!code) continue;
      add(
        code,
        {
          threshold: percentToRatio(fm.target.percent),
          comparator: fm.target.comparator === 'at-least' ? '>=' : '<=',
          source: fm.source,
          ...(fm.unconfirmed ? { unconfirmed: true } : {}),
        },
        market,
      );
    }
  }
  return collected;
}
