/**
 * lib/tracking — normalised tracking events and statuses, SLA clocks, dispatch deadlines and shop
 * metrics. Pure: time is always an argument (epoch ms), never read from the clock.
 */
export {
  TRACKING_STATUSES,
  classifyDescription,
  foldDescription,
  isScanStatus,
  normalizeApiStatus,
  normalizeTrackingEvent,
  normalizeTrackingEvents,
  readEpochMillis,
  trackingStatusTexts,
} from './status';
export type {
  ApiStatusMapping,
  ApiStatusStage,
  DescriptionClassification,
  EventStatus,
  RawTrackingEvent,
  RejectedEventCode,
  TimeIssueCode,
  TrackingEvent,
  TrackingStatus,
} from './status';

export { compareEvents, eventKey, mergeEvents } from './events';

export { DAY_MS, HOUR_MS, countCalendarDays, isValidTimeZone, localDayNumber } from './calendar';

export {
  DEFAULT_SLA_FIGURES,
  DELIVERY_BENCHMARK_DAYS,
  MARKET_TIME_ZONES,
  defaultSlaPolicy,
  slaPolicyFromMarketRules,
} from './policy';
export type { MarketRulesLike, SlaPolicy, SourcedFigure } from './policy';

export { RISK_CODES, isAtRisk, riskSources, riskTexts } from './risks';
export type { RiskCode } from './risks';

export { computeSlaClocks, computeSlaClocksOfTrail } from './sla-clocks';
export type {
  SlaClocksOfTrailInput,
  CurrentGapClock,
  FirstScanClock,
  FirstScanState,
  GapClock,
  SlaClocks,
  SlaClocksInput,
  TransitClock,
} from './sla-clocks';

export { TRAIL_DIGEST_VERSION, digestTrail } from './trail';
export type { TrailDigest } from './trail';

export { computeDispatchDeadline } from './dispatch-deadline';
export type { DispatchDeadline, DispatchState } from './dispatch-deadline';

export { readApiOrderTimes, secondsToMs } from './order-times';
export type { ApiOrderTimeFields, OrderTimes } from './order-times';

export {
  DEFAULT_METRIC_THRESHOLDS,
  METRIC_CODES,
  METRIC_DEFINITIONS,
  compareGroups,
  computeShopMetrics,
  metricThresholdsFromMarketRules,
} from './metrics';
export type {
  Comparator,
  DeliveryDaysDistribution,
  MetricCode,
  MetricDefinition,
  MetricGroup,
  MetricGroups,
  MetricThreshold,
  MetricThresholds,
  MetricTrend,
  MetricValue,
  PackageFacts,
  ShopMetrics,
  ShopMetricsOptions,
  TrendDirection,
  TrendEntry,
} from './metrics';
