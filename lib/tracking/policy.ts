/**
 * The SLA policy the clocks run on, with every default figure sourced. The rule pack holds the
 * figures per market; `slaPolicyFromMarketRules` turns a pack market into a policy without this module
 * depending on the pack's code.
 */
import { resolveMarket, type Market } from '@/lib/carriers';

export interface SlaPolicy {
  /** First carrier scan due this many hours after label creation (S7/S27: 4). */
  firstScanHours: number;
  /** The trail must update at least this often, in hours (S7: 24). */
  maxUpdateGapHours: number;
  /** Reference delivery benchmark in calendar days (S4 US 3.2, S5 GB 2.6, S6 ID 2.8); absent = no benchmark on file. */
  deliveryBenchmarkDays?: number;
  /** IANA zone in which calendar days are counted for this market. */
  timeZone: string;
  /** No carrier scan for this many calendar days → suspected lost (ref:seller-center#5: 10). Absent → 10. */
  lostAfterDays?: number;
  /** "Due soon" warning this many minutes before the first scan is due. Absent → 30. */
  dueSoonMinutes?: number;
}

export interface SourcedFigure {
  value: number;
  source: string;
}

/** Every default figure the clocks use, with its source. */
export const DEFAULT_SLA_FIGURES = {
  firstScanHours: { value: 4, source: 'seed:S7' },
  maxUpdateGapHours: { value: 24, source: 'seed:S7' },
  lostAfterDays: { value: 10, source: 'ref:seller-center#5' },
  // Not a platform figure: the product's warning lead time (issue 6, "first scan due within 30 min").
  dueSoonMinutes: { value: 30, source: 'pack:first-scan-warning' },
} as const satisfies Record<string, SourcedFigure>;

/** Delivery benchmarks the seed gives (S4–S6); other markets have none on file. */
export const DELIVERY_BENCHMARK_DAYS: Readonly<Partial<Record<Market, SourcedFigure>>> = {
  US: { value: 3.2, source: 'seed:S4' },
  GB: { value: 2.6, source: 'seed:S5' },
  ID: { value: 2.8, source: 'seed:S6' },
};

/**
 * The zone in which each market's calendar days are counted. US: Pacific time, because Seller Center
 * states its dispatch cut-off as 11:59 PM PST (ref:seller-center#5). ID: Jakarta (WIB), where most
 * sellers and Seller Center's clock sit. The others are single-zone countries.
 */
export const MARKET_TIME_ZONES: Readonly<Record<Market, string>> = {
  US: 'America/Los_Angeles',
  GB: 'Europe/London',
  ID: 'Asia/Jakarta',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  MY: 'Asia/Kuala_Lumpur',
  PH: 'Asia/Manila',
  SG: 'Asia/Singapore',
};

/**
 * The default policy of a market from the seed and reference figures; `undefined` for an unknown market.
 * Example: `defaultSlaPolicy('UK')` → `{ firstScanHours: 4, maxUpdateGapHours: 24, deliveryBenchmarkDays: 2.6, timeZone: 'Europe/London', lostAfterDays: 10, dueSoonMinutes: 30 }`.
 */
export function defaultSlaPolicy(market: string): SlaPolicy | undefined {
  const code = resolveMarket(market);
  if (!code) return undefined;
  const benchmark = DELIVERY_BENCHMARK_DAYS[code];
  return {
    firstScanHours: DEFAULT_SLA_FIGURES.firstScanHours.value,
    maxUpdateGapHours: DEFAULT_SLA_FIGURES.maxUpdateGapHours.value,
    ...(benchmark ? { deliveryBenchmarkDays: benchmark.value } : {}),
    timeZone: MARKET_TIME_ZONES[code],
    lostAfterDays: DEFAULT_SLA_FIGURES.lostAfterDays.value,
    dueSoonMinutes: DEFAULT_SLA_FIGURES.dueSoonMinutes.value,
  };
}

/** The part of a rule-pack market this module reads (structurally; lib/rules owns the full schema). */
export interface MarketRulesLike {
  code: string;
  deliveryBenchmark?: { maxCalendarDays: number; source: string };
  sla?: {
    firstScanWithinHours?: SourcedFigure;
    trackingUpdateEveryHours?: SourcedFigure;
    exceptionRateBelowPercent?: SourcedFigure;
  };
  fulfilmentMetrics?: ReadonlyArray<{
    code: string;
    target: { comparator: 'at-least' | 'at-most'; percent: number };
    source: string;
    unconfirmed?: boolean;
  }>;
}

/**
 * A policy from a rule-pack market: the pack's figures where it has them, the sourced defaults
 * elsewhere. `timeZone` overrides the market's default zone. `undefined` for an unknown market code.
 * Example: `slaPolicyFromMarketRules({ code: 'US', deliveryBenchmark: { maxCalendarDays: 3.2, source: 'seed:S4' } })?.deliveryBenchmarkDays === 3.2`.
 */
export function slaPolicyFromMarketRules(rules: MarketRulesLike, timeZone?: string): SlaPolicy | undefined {
  const base = defaultSlaPolicy(rules.code);
  if (!base) return undefined;
  const { deliveryBenchmarkDays: _dropped, ...rest } = base;
  return {
    ...rest,
    firstScanHours: rules.sla?.firstScanWithinHours?.value ?? base.firstScanHours,
    maxUpdateGapHours: rules.sla?.trackingUpdateEveryHours?.value ?? base.maxUpdateGapHours,
    // The pack is the authority on benchmarks: a pack without one means "no benchmark on file".
    ...(rules.deliveryBenchmark ? { deliveryBenchmarkDays: rules.deliveryBenchmark.maxCalendarDays } : {}),
    timeZone: timeZone ?? base.timeZone,
  };
}
