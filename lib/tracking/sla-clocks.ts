/**
 * Per-package SLA clocks: label → first scan (S7/S27), gaps between tracking updates (S7), label →
 * delivered in the market's calendar days against its benchmark (S4–S6), and suspected loss
 * (ref:seller-center#5). Pure: `now` is an argument.
 */
import { countCalendarDays, HOUR_MS, isValidTimeZone } from './calendar';
import { mergeEvents } from './events';
import { DEFAULT_SLA_FIGURES, type SlaPolicy } from './policy';
import { digestTrail, type TrailDigest } from './trail';
import type { RiskCode } from './risks';
import type { EventStatus, TrackingEvent } from './status';

export type FirstScanState = 'pending' | 'due-soon' | 'overdue' | 'met' | 'late' | 'unknown';

export interface FirstScanClock {
  state: FirstScanState;
  /** Epoch ms: label time + `firstScanHours`; undefined when the label time is unknown. */
  dueAt: number | undefined;
  /** Epoch ms of the first carrier scan, when there is one. */
  at?: number;
  /** How late the scan came (`late`) or how far past due it is now (`overdue`). */
  lateByMs?: number;
  /** Time left until due (`pending`, `due-soon`). */
  remainingMs?: number;
  /** The label time the clock ran from, and where it came from. */
  labelAt?: number;
  labelAtSource?: 'argument' | 'info-received-event';
  /** Why the state is `unknown`. */
  reason?: 'no-label-time';
  /**
   * The first scan is stamped before the label was created. Seller Center tags tracking whose first
   * scan is far before the order time as "Timestamp issue" and marks the order abnormal (ref:seller-center#5).
   */
  timestampIssue?: { code: 'scan-before-label'; byMs: number };
}

export interface GapClock {
  ms: number;
  from?: number;
  to?: number;
  /** More than `maxUpdateGapHours`; exactly the limit is within it. */
  breached: boolean;
}

export interface CurrentGapClock {
  /** From the last update (or the label, before any event) until now. */
  ms: number;
  since?: number;
  /** More than `maxUpdateGapHours` since the last update, once a carrier scan is on the trail and until delivery. */
  breached: boolean;
}

export interface TransitClock {
  /** Calendar days in the market's zone: label → delivered, or label → now while not delivered. */
  calendarDays?: number;
  /** The same span in ms, for averages. */
  elapsedMs?: number;
  from?: number;
  /** Where the start came from: the label time, or (without one) the first event. */
  fromSource?: 'label' | 'first-event';
  to?: number;
  delivered: boolean;
  deliveredAt?: number;
  /** Absent = no benchmark on file for the market. */
  benchmarkDays?: number;
  /** `calendarDays > benchmarkDays` (3 days is within a 3.2-day benchmark, 4 is over). */
  overBenchmark: boolean;
  /** The zone the days were counted in. */
  timeZone: string;
}

export interface SlaClocksInput {
  /** Epoch ms the label was created; without it, the first info-received event stands in. */
  labelCreatedAt?: number;
  events: readonly TrackingEvent[];
  market: string;
  now: number;
  policy: SlaPolicy;
  /** Epoch ms delivered as the API reports it (`delivery_time`), when the trail lacks a delivered event. */
  deliveredAt?: number;
}

export type SlaClocksOfTrailInput = Omit<SlaClocksInput, 'events'> & { trail: TrailDigest };

export interface SlaClocks {
  market: string;
  now: number;
  firstScan: FirstScanClock;
  longestGap: GapClock;
  currentGap: CurrentGapClock;
  transit: TransitClock;
  /** The latest recognised status; `info-received` for a label without events; `unknown` with nothing at all. */
  status: EventStatus;
  lastEventAt?: number;
  lastCarrierScanAt?: number;
  /** Distinct carrier scans on the trail (valid tracking needs ≥ 2). */
  carrierScanCount: number;
  risks: RiskCode[];
  warnings: Array<{ code: 'unknown-time-zone'; timeZone: string }>;
}

const EXCEPTION_STATUSES: ReadonlySet<EventStatus> = new Set<EventStatus>(['exception', 'returned']);

function resolveLabelAt(
  labelCreatedAt: number | undefined,
  trail: TrailDigest,
): Pick<FirstScanClock, 'labelAt' | 'labelAtSource'> {
  if (labelCreatedAt !== undefined && Number.isFinite(labelCreatedAt)) {
    return { labelAt: labelCreatedAt, labelAtSource: 'argument' };
  }
  return trail.infoReceivedAt !== undefined
    ? { labelAt: trail.infoReceivedAt, labelAtSource: 'info-received-event' }
    : {};
}

/**
 * First-scan rule (S7/S27), inclusive: a scan at exactly label + 4 h is `met`; one millisecond later is
 * `late`. Without a scan: `overdue` once now is past the due time, `due-soon` within the warning lead
 * (30 min by default, the boundary included), else `pending`.
 */
function computeFirstScan(
  label: Pick<FirstScanClock, 'labelAt' | 'labelAtSource'>,
  firstScanAt: number | undefined,
  now: number,
  policy: SlaPolicy,
): FirstScanClock {
  if (label.labelAt === undefined) {
    return {
      state: 'unknown',
      dueAt: undefined,
      reason: 'no-label-time',
      ...(firstScanAt !== undefined ? { at: firstScanAt } : {}),
    };
  }
  const dueAt = label.labelAt + policy.firstScanHours * HOUR_MS;
  if (firstScanAt !== undefined) {
    const base: FirstScanClock = { state: 'met', dueAt, at: firstScanAt, ...label };
    if (firstScanAt < label.labelAt)
      base.timestampIssue = { code: 'scan-before-label', byMs: label.labelAt - firstScanAt };
    if (firstScanAt <= dueAt) return base;
    return { ...base, state: 'late', lateByMs: firstScanAt - dueAt };
  }
  if (now > dueAt) return { state: 'overdue', dueAt, lateByMs: now - dueAt, ...label };
  const remainingMs = dueAt - now;
  const dueSoonMs = (policy.dueSoonMinutes ?? DEFAULT_SLA_FIGURES.dueSoonMinutes.value) * 60_000;
  return { state: remainingMs <= dueSoonMs ? 'due-soon' : 'pending', dueAt, remainingMs, ...label };
}

/**
 * Computes a package's SLA clocks and current risks at `now`. Events may be unsorted and repeated
 * (they are merged first). Rules, all inclusive at the limit:
 * - first scan due `firstScanHours` after the label (S7/S27); `unknown` with reason `no-label-time` when
 *   neither a label time nor an info-received event gives one;
 * - update gaps: from the first carrier scan on, breached when MORE than `maxUpdateGapHours` (S7); the
 *   current gap counts until delivery; before the first scan only the first-scan rule raises a risk;
 * - transit: calendar days in `policy.timeZone`, over the benchmark when strictly greater (S4–S6) — a
 *   market average to compare with, never a risk of its own;
 * - lost suspected: the carrier says lost, or no carrier scan (or label, before any) for
 *   `lostAfterDays` calendar days (ref:seller-center#5: 10) while not delivered or returned.
 * Risks are what still needs acting on, so a delivered package carries none.
 * Example: label at 08:00, no scan, now 12:01 → `firstScan.state === 'overdue'`, risks `['first-scan-overdue']`.
 */
export function computeSlaClocks(input: SlaClocksInput): SlaClocks {
  const { events, ...rest } = input;
  return computeSlaClocksOfTrail({ ...rest, trail: digestTrail(mergeEvents([], events)) });
}

/**
 * `computeSlaClocks` from the trail's digest (`digestTrail` of the merged events) instead of the events:
 * the same clocks, in constant time per package.
 */
export function computeSlaClocksOfTrail(input: SlaClocksOfTrailInput): SlaClocks {
  const { now, policy, market, trail } = input;
  const warnings: SlaClocks['warnings'] = [];
  const timeZone = isValidTimeZone(policy.timeZone) ? policy.timeZone : 'UTC';
  if (timeZone !== policy.timeZone) warnings.push({ code: 'unknown-time-zone', timeZone: String(policy.timeZone) });

  const label = resolveLabelAt(input.labelCreatedAt, trail);
  const { firstScanAt, lastEventAt } = trail;
  const lastCarrierScanAt = trail.lastScanAt;

  let status: EventStatus = trail.status ?? (label.labelAt !== undefined ? 'info-received' : 'unknown');
  let deliveredAt = status === 'delivered' ? trail.deliveredAt : undefined;
  if (deliveredAt === undefined && input.deliveredAt !== undefined && status !== 'returned' && status !== 'lost') {
    // The API says delivered (delivery_time) before the carrier's trail does.
    deliveredAt = input.deliveredAt;
    status = 'delivered';
  }
  const delivered = status === 'delivered';

  const firstScan = computeFirstScan(label, firstScanAt, now, policy);

  // The 24 h update rule (S7) runs from the first carrier scan: before it, the 4 h first-scan rule is
  // the one that applies, so a parcel never scanned carries one risk, not two.
  const gapLimitMs = policy.maxUpdateGapHours * HOUR_MS;
  const longestGap: GapClock = { ...trail.longestGap, breached: trail.longestGap.ms > gapLimitMs };
  // From the first scan on, the last update is the last event (the trail is sorted by time).
  const since = lastEventAt ?? label.labelAt;
  const currentGapMs = since === undefined || delivered ? 0 : Math.max(0, now - since);
  const currentGap: CurrentGapClock = {
    ms: currentGapMs,
    ...(since !== undefined ? { since } : {}),
    breached: !delivered && firstScanAt !== undefined && currentGapMs > gapLimitMs,
  };

  const transit = computeTransit(
    label.labelAt,
    trail.firstEventAt,
    delivered ? deliveredAt : undefined,
    now,
    policy,
    timeZone,
  );

  const risks = collectRisks({
    firstScan,
    currentGap,
    status,
    delivered,
    lastCarrierScanAt,
    labelAt: label.labelAt,
    now,
    policy,
    timeZone,
  });

  return {
    market,
    now,
    firstScan,
    longestGap,
    currentGap,
    transit,
    status,
    ...(lastEventAt !== undefined ? { lastEventAt } : {}),
    ...(lastCarrierScanAt !== undefined ? { lastCarrierScanAt } : {}),
    carrierScanCount: trail.scanCount,
    risks,
    warnings,
  };
}

function computeTransit(
  labelAt: number | undefined,
  firstEventAt: number | undefined,
  deliveredAt: number | undefined,
  now: number,
  policy: SlaPolicy,
  timeZone: string,
): TransitClock {
  const delivered = deliveredAt !== undefined;
  const benchmark = policy.deliveryBenchmarkDays;
  const from = labelAt ?? firstEventAt;
  // Built field by field, not by spreading: the shop view runs this for thousands of packages.
  const transit: TransitClock = { delivered, overBenchmark: false, timeZone };
  if (delivered) transit.deliveredAt = deliveredAt;
  if (benchmark !== undefined) transit.benchmarkDays = benchmark;
  if (from === undefined) return transit;
  const to = deliveredAt ?? now;
  const calendarDays = countCalendarDays(from, to, timeZone);
  transit.calendarDays = calendarDays;
  transit.elapsedMs = to - from;
  transit.from = from;
  transit.fromSource = labelAt !== undefined ? 'label' : 'first-event';
  transit.to = to;
  transit.overBenchmark = benchmark !== undefined && calendarDays > benchmark;
  return transit;
}

function collectRisks(c: {
  firstScan: FirstScanClock;
  currentGap: CurrentGapClock;
  status: EventStatus;
  delivered: boolean;
  lastCarrierScanAt: number | undefined;
  labelAt: number | undefined;
  now: number;
  policy: SlaPolicy;
  timeZone: string;
}): RiskCode[] {
  if (c.delivered) return [];
  const risks: RiskCode[] = [];
  if (c.firstScan.state === 'due-soon') risks.push('first-scan-due-soon');
  if (c.firstScan.state === 'overdue') risks.push('first-scan-overdue');
  if (c.currentGap.breached) risks.push('no-update-24h');
  if (EXCEPTION_STATUSES.has(c.status)) risks.push('exception');
  if (isLostSuspected(c)) risks.push('lost-suspected');
  return risks;
}

/** Calendar days (market zone) without a carrier scan, counted from the last scan or, before any, the label. */
function isLostSuspected(c: {
  status: EventStatus;
  lastCarrierScanAt: number | undefined;
  labelAt: number | undefined;
  now: number;
  policy: SlaPolicy;
  timeZone: string;
}): boolean {
  if (c.status === 'lost') return true;
  if (c.status === 'returned') return false;
  const quietSince = c.lastCarrierScanAt ?? c.labelAt;
  if (quietSince === undefined) return false;
  const limitDays = c.policy.lostAfterDays ?? DEFAULT_SLA_FIGURES.lostAfterDays.value;
  return countCalendarDays(quietSince, c.now, c.timeZone) >= limitDays;
}
