import { describe, expect, it } from 'vitest';
import { firstScanHoursOf, liveFirstScan } from '@/entrypoints/sidepanel/live-clock';

const MIN = 60_000;
const DUE = 1_772_700_000_000;

describe('liveFirstScan', () => {
  it('counts down, warns within 30 minutes (inclusive) and turns overdue after the due time', () => {
    const clock = { state: 'pending', dueAt: DUE };
    expect(liveFirstScan(clock, DUE - 31 * MIN)).toEqual({ state: 'pending', dueAt: DUE, remainingMs: 31 * MIN });
    expect(liveFirstScan(clock, DUE - 30 * MIN)).toEqual({ state: 'due-soon', dueAt: DUE, remainingMs: 30 * MIN });
    expect(liveFirstScan(clock, DUE)).toEqual({ state: 'due-soon', dueAt: DUE, remainingMs: 0 });
    expect(liveFirstScan(clock, DUE + 72 * MIN)).toEqual({ state: 'overdue', dueAt: DUE, lateByMs: 72 * MIN });
  });

  it('keeps a scan that came as met or late', () => {
    expect(liveFirstScan({ state: 'met', dueAt: DUE, at: DUE - MIN }, DUE + 99 * MIN)).toEqual({
      state: 'met',
      at: DUE - MIN,
      dueAt: DUE,
    });
    expect(liveFirstScan({ state: 'late', dueAt: DUE, at: DUE + 5 * MIN, lateByMs: 5 * MIN }, DUE)).toEqual({
      state: 'late',
      at: DUE + 5 * MIN,
      dueAt: DUE,
      lateByMs: 5 * MIN,
    });
  });

  it('is unknown without a due time', () => {
    expect(liveFirstScan({ state: 'unknown' }, DUE)).toEqual({ state: 'unknown' });
  });
});

describe('firstScanHoursOf', () => {
  it('reads the window from label and due time, else 4 h (S7)', () => {
    const base = {
      facts: { apiConnected: true, labelCreatedAt: DUE - 4 * 60 * MIN },
      clocks: { firstScan: { state: 'pending', dueAt: DUE }, longestGapBreached: false, risks: [] },
    };
    expect(firstScanHoursOf(base)).toBe(4);
    expect(firstScanHoursOf({ ...base, facts: { apiConnected: true, labelCreatedAt: DUE - 6 * 60 * MIN } })).toBe(6);
    expect(firstScanHoursOf({ facts: { apiConnected: false }, clocks: null })).toBe(4);
  });
});
