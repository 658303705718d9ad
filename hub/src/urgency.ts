/**
 * When a package should be polled next: soon enough to see each SLA deadline pass (the first-scan
 * deadline, the 24 h update gap, the ship-by time) within a minute, and otherwise at a steady pace.
 * The shop's alarm takes the earliest due time, so the package whose deadline comes first is polled first.
 */
import type { Assessment } from '@/lib/poller/assess';
import { HOUR_MS } from '@/lib/tracking';
import { NEVER } from './shop-store';

/** Steady pace while nothing is at stake soon, and while a risk is open (to see it clear). */
export const STEADY_INTERVAL_MS = 2 * HOUR_MS;
export const AT_RISK_INTERVAL_MS = 30 * 60_000;
/** Poll just after a deadline, so the clock's verdict has flipped when we look. */
const AFTER_DEADLINE_MS = 1_000;

/**
 * Example: a package labelled at 10:00 and checked at 12:00 with no scan → due at 14:00:01 (the 4 h
 * first-scan deadline), not at the steady 14:00 + pace.
 */
export function nextDueAt(assessment: Assessment, now: number, policyGapHours: number | undefined): number {
  if (assessment.record.watched === 0) return NEVER;
  const deadlines: number[] = [];
  const clocks = assessment.clocks;
  if (clocks?.firstScan.dueAt !== undefined && clocks.firstScan.at === undefined) {
    deadlines.push(clocks.firstScan.dueAt - 30 * 60_000, clocks.firstScan.dueAt); // due-soon, then overdue
  }
  if (clocks?.currentGap.since !== undefined && policyGapHours !== undefined && !clocks.transit.delivered) {
    deadlines.push(clocks.currentGap.since + policyGapHours * HOUR_MS);
  }
  const dispatch = assessment.dispatch;
  if (dispatch?.deadlineAt !== undefined && (dispatch.state === 'ok' || dispatch.state.startsWith('within'))) {
    deadlines.push(dispatch.deadlineAt - 4 * HOUR_MS, dispatch.deadlineAt);
  }
  const pace = assessment.risks.length > 0 ? AT_RISK_INTERVAL_MS : STEADY_INTERVAL_MS;
  const upcoming = deadlines.filter((d) => d >= now).map((d) => d + AFTER_DEADLINE_MS);
  return Math.min(now + pace, ...upcoming);
}
