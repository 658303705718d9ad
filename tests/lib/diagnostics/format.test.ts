import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimestamp } from '@/lib/diagnostics';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('formatDuration', () => {
  it.each([
    [5 * H + 12 * MIN, '5 h 12 m', '5 小时 12 分钟'],
    [18 * MIN, '18 m', '18 分钟'],
    [4 * H, '4 h', '4 小时'],
    [D + 30 * MIN, '1 d 30 m', '1 天 30 分钟'],
    [2 * D + 14 * H, '2 d 14 h', '2 天 14 小时'],
    [59_999, 'less than 1 m', '不到 1 分钟'],
    [0, 'less than 1 m', '不到 1 分钟'],
  ])('%d ms → "%s" / "%s"', (ms, en, zh) => {
    expect(formatDuration(ms, 'en')).toBe(en);
    expect(formatDuration(ms, 'zh')).toBe(zh);
  });

  it('rounds down to the minute: 5 h 12 m 59 s is still 5 h 12 m', () => {
    expect(formatDuration(5 * H + 12 * MIN + 59_999, 'en')).toBe('5 h 12 m');
  });

  it('ignores the sign and says "unknown" for non-numbers', () => {
    expect(formatDuration(-(1 * H + 5 * MIN), 'en')).toBe('1 h 5 m');
    expect(formatDuration(Number.NaN, 'en')).toBe('unknown');
    expect(formatDuration(Number.POSITIVE_INFINITY, 'zh')).toBe('未知');
  });
});

describe('formatTimestamp', () => {
  const at = Date.UTC(2024, 5, 3, 15, 0);

  it('shows the moment in the given zone, naming the zone', () => {
    expect(formatTimestamp(at, 'America/Los_Angeles')).toBe('2024-06-03 08:00 (America/Los_Angeles)');
    expect(formatTimestamp(at, 'Asia/Bangkok')).toBe('2024-06-03 22:00 (Asia/Bangkok)');
    expect(formatTimestamp(Date.UTC(2024, 5, 3, 23, 30), 'Europe/London')).toBe('2024-06-04 00:30 (Europe/London)');
  });

  it('falls back to UTC for an unknown zone and to a dash for an unusable time', () => {
    expect(formatTimestamp(at, 'Mars/Olympus')).toBe('2024-06-03 15:00 (UTC)');
    expect(formatTimestamp(Number.NaN, 'UTC')).toBe('—');
    expect(formatTimestamp(9e15, 'UTC')).toBe('—');
  });
});
