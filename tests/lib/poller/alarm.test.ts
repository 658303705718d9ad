import { describe, expect, it } from 'vitest';
import { DEFAULT_POLL_INTERVAL_MINUTES, alarmPeriodMinutes } from '@/lib/poller';

describe('alarmPeriodMinutes', () => {
  it.each([
    [15, 15],
    [1, 1],
    [0.25, 1],
    [0, 1],
    [-5, 1],
    [90, 90],
    [Number.NaN, DEFAULT_POLL_INTERVAL_MINUTES],
    [Number.POSITIVE_INFINITY, DEFAULT_POLL_INTERVAL_MINUTES],
  ])('interval %d min → alarm every %d min (never under the MV3-safe minute)', (intervalMinutes, expected) => {
    expect(alarmPeriodMinutes({ intervalMinutes })).toBe(expected);
  });
});
