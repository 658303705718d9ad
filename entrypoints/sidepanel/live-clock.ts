import type { TroubleshootView } from '@/lib/messaging';
import { DEFAULT_SLA_FIGURES, HOUR_MS } from '@/lib/tracking';

type FirstScan = NonNullable<TroubleshootView['clocks']>['firstScan'];

export type LiveFirstScan =
  | { state: 'pending' | 'due-soon'; dueAt: number; remainingMs: number }
  | { state: 'overdue'; dueAt: number; lateByMs: number }
  | { state: 'met'; at: number; dueAt?: number }
  | { state: 'late'; at: number; dueAt?: number; lateByMs: number }
  | { state: 'unknown' };

/**
 * The first-scan clock as it stands at `now` (the panel ticks every second): before a scan, the
 * countdown to the due time, "due soon" within the warning lead (30 min, pack:first-scan-warning),
 * overdue after it; once scanned, met or late as the background computed it.
 * Example: due at t, now t − 20 min → `{ state: 'due-soon', remainingMs: 1_200_000 }`.
 */
export function liveFirstScan(
  clock: FirstScan,
  now: number,
  dueSoonMs = DEFAULT_SLA_FIGURES.dueSoonMinutes.value * 60_000,
): LiveFirstScan {
  if (clock.at !== undefined) {
    if (clock.state === 'late')
      return {
        state: 'late',
        at: clock.at,
        lateByMs: clock.lateByMs ?? 0,
        ...(clock.dueAt !== undefined ? { dueAt: clock.dueAt } : {}),
      };
    return { state: 'met', at: clock.at, ...(clock.dueAt !== undefined ? { dueAt: clock.dueAt } : {}) };
  }
  if (clock.dueAt === undefined) return { state: 'unknown' };
  const remainingMs = clock.dueAt - now;
  if (remainingMs < 0) return { state: 'overdue', dueAt: clock.dueAt, lateByMs: -remainingMs };
  return { state: remainingMs <= dueSoonMs ? 'due-soon' : 'pending', dueAt: clock.dueAt, remainingMs };
}

/** The first-scan window in hours (due − label), else the seed's 4 h (S7). */
export function firstScanHoursOf(view: Pick<TroubleshootView, 'facts' | 'clocks'>): number {
  const due = view.clocks?.firstScan.dueAt;
  const label = view.facts.labelCreatedAt;
  if (due !== undefined && label !== undefined && due > label) return Math.round(((due - label) / HOUR_MS) * 100) / 100;
  return DEFAULT_SLA_FIGURES.firstScanHours.value;
}
