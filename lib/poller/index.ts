/**
 * The background tracking poller: discovery of orders into the watch list, the crash-safe poll cycle
 * (SLA clocks, alerts, badge), and the alarm period. Runs in the MV3 worker; all state is in lib/storage.
 */
export { runPollCycle } from './cycle';
export type {
  PollDeps,
  PollOptions,
  PollClient,
  PollAlert,
  PollLogEntry,
  PollCycleSummary,
  PollStopReason,
} from './cycle';
export { discoverPackages, WATCHED_ORDER_STATUSES, DISCOVERY_WATERMARK_KEY } from './discover';
export type { DiscoverDeps, DiscoverOptions, DiscoverSummary } from './discover';
export { assessPackage, reassessPackage, shouldFetchTracking } from './assess';
export type { AssessInput, Assessment } from './assess';
export { orderFacts, packagesFromOrder } from './order-facts';
export type { OrderFacts } from './order-facts';
export { createQuarantineBuffer } from './quarantine-buffer';
export type { QuarantineBuffer } from './quarantine-buffer';
export { alarmPeriodMinutes, POLL_ALARM_NAME, DEFAULT_POLL_INTERVAL_MINUTES } from './alarm';
export { singleFlight } from './single-flight';
export { createNoticeReconciler, describeOrderNotice, planNotice } from './notices';
export type { NoticeReconciler, NoticeSurface, OrderNotice, ReconcileSummary } from './notices';
export { RISK_ORDER } from './risk-order';
export { quietMinutesLeft } from './quiet-hours';
