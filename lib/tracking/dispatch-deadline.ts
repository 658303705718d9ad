/**
 * The dispatch deadline of an order awaiting shipment: the ship-by time the API gives (`rts_sla_time`,
 * "the latest shipping time specified by the platform", ref:tiktok-open-api#5.1), with warnings at
 * 24 h, 12 h and 4 h before it (Seller Center's own "Ship within 24 hours or less" board, ref:seller-center#4)
 * and once it has passed. Pure.
 */
import { HOUR_MS } from './calendar';
import type { RiskCode } from './risks';

export type DispatchState = 'ok' | 'within-24h' | 'within-12h' | 'within-4h' | 'overdue' | 'met' | 'late' | 'unknown';

export interface DispatchDeadline {
  state: DispatchState;
  /** Epoch ms ship-by time; undefined when unknown. */
  deadlineAt: number | undefined;
  /**
   * Not shipped: ship-by − now (negative once overdue). Shipped: ship-by − shippedAt (the margin kept;
   * negative when late). Undefined when the deadline is unknown.
   */
  remainingMs: number | undefined;
  /** How far past the deadline the shipment is (`late`) or now is (`overdue`). */
  lateByMs?: number;
  reason?: 'no-ship-by-time';
  /** `dispatch-due-4h` within 4 h, `dispatch-overdue` once past it; nothing else. */
  risks: RiskCode[];
}

/** Warning steps, nearest first: each boundary is inclusive ("24 hours or less"). */
const WARNING_STEPS: ReadonlyArray<{ withinMs: number; state: DispatchState }> = [
  { withinMs: 4 * HOUR_MS, state: 'within-4h' },
  { withinMs: 12 * HOUR_MS, state: 'within-12h' },
  { withinMs: 24 * HOUR_MS, state: 'within-24h' },
];

/**
 * Where an order stands against its ship-by time. Boundaries: exactly 24 h / 12 h / 4 h left is already
 * that warning; exactly at the deadline is `within-4h` with 0 left; one millisecond after is `overdue`.
 * Shipping exactly at the deadline is `met`.
 * Example: `computeDispatchDeadline({ shipByAt: t, now: t - 3 * 3600_000 })` → `{ state: 'within-4h', deadlineAt: t, remainingMs: 10_800_000, risks: ['dispatch-due-4h'] }`.
 */
export function computeDispatchDeadline(input: {
  shipByAt?: number;
  shippedAt?: number;
  now: number;
}): DispatchDeadline {
  const { shipByAt, shippedAt, now } = input;
  if (shipByAt === undefined || !Number.isFinite(shipByAt)) {
    return { state: 'unknown', deadlineAt: undefined, remainingMs: undefined, reason: 'no-ship-by-time', risks: [] };
  }
  if (shippedAt !== undefined && Number.isFinite(shippedAt)) {
    const margin = shipByAt - shippedAt;
    return margin >= 0
      ? { state: 'met', deadlineAt: shipByAt, remainingMs: margin, risks: [] }
      : { state: 'late', deadlineAt: shipByAt, remainingMs: margin, lateByMs: -margin, risks: [] };
  }
  const remainingMs = shipByAt - now;
  if (remainingMs < 0) {
    return { state: 'overdue', deadlineAt: shipByAt, remainingMs, lateByMs: -remainingMs, risks: ['dispatch-overdue'] };
  }
  const step = WARNING_STEPS.find((s) => remainingMs <= s.withinMs);
  const state = step?.state ?? 'ok';
  return { state, deadlineAt: shipByAt, remainingMs, risks: state === 'within-4h' ? ['dispatch-due-4h'] : [] };
}
