import { describe, expect, it } from 'vitest';
import { computeDispatchDeadline, type DispatchState } from '@/lib/tracking';

const H = 3_600_000;
const SHIP_BY = Date.UTC(2024, 5, 5, 7, 0);

describe('computeDispatchDeadline: warnings at 24 h, 12 h and 4 h (each boundary inclusive)', () => {
  it.each<[string, number, DispatchState]>([
    ['two days left', 48 * H, 'ok'],
    ['24 h + 1 ms left', 24 * H + 1, 'ok'],
    ['exactly 24 h left', 24 * H, 'within-24h'],
    ['12 h + 1 ms left', 12 * H + 1, 'within-24h'],
    ['exactly 12 h left', 12 * H, 'within-12h'],
    ['4 h + 1 ms left', 4 * H + 1, 'within-12h'],
    ['exactly 4 h left', 4 * H, 'within-4h'],
    ['at the deadline', 0, 'within-4h'],
    ['1 ms past the deadline', -1, 'overdue'],
    ['a day past the deadline', -24 * H, 'overdue'],
  ])('%s → %s', (_label, remaining, state) => {
    const d = computeDispatchDeadline({ shipByAt: SHIP_BY, now: SHIP_BY - remaining });
    expect(d.state).toBe(state);
    expect(d.deadlineAt).toBe(SHIP_BY);
    expect(d.remainingMs).toBe(remaining);
  });

  it('raises dispatch-due-4h only within 4 h and dispatch-overdue only once past', () => {
    expect(computeDispatchDeadline({ shipByAt: SHIP_BY, now: SHIP_BY - 5 * H }).risks).toEqual([]);
    expect(computeDispatchDeadline({ shipByAt: SHIP_BY, now: SHIP_BY - 3 * H }).risks).toEqual(['dispatch-due-4h']);
    const overdue = computeDispatchDeadline({ shipByAt: SHIP_BY, now: SHIP_BY + 2 * H });
    expect(overdue).toMatchObject({ risks: ['dispatch-overdue'], lateByMs: 2 * H });
  });
});

describe('computeDispatchDeadline: shipped orders', () => {
  it('shipping exactly at the deadline is met', () => {
    expect(computeDispatchDeadline({ shipByAt: SHIP_BY, shippedAt: SHIP_BY, now: SHIP_BY + 9 * H })).toEqual({
      state: 'met',
      deadlineAt: SHIP_BY,
      remainingMs: 0,
      risks: [],
    });
  });

  it('shipping after it is late, by how much, and no longer a risk to act on', () => {
    expect(computeDispatchDeadline({ shipByAt: SHIP_BY, shippedAt: SHIP_BY + 1, now: SHIP_BY + 9 * H })).toEqual({
      state: 'late',
      deadlineAt: SHIP_BY,
      remainingMs: -1,
      lateByMs: 1,
      risks: [],
    });
  });
});

describe('computeDispatchDeadline: unknown ship-by', () => {
  it('is unknown with its reason and no risk', () => {
    expect(computeDispatchDeadline({ now: SHIP_BY })).toEqual({
      state: 'unknown',
      deadlineAt: undefined,
      remainingMs: undefined,
      reason: 'no-ship-by-time',
      risks: [],
    });
    expect(computeDispatchDeadline({ shipByAt: Number.NaN, now: SHIP_BY }).state).toBe('unknown');
  });
});
