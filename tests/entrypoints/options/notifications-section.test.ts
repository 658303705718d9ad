import { describe, expect, it } from 'vitest';
import { parseRetentionDays } from '@/entrypoints/options/NotificationsSection';
import { quietHoursSchema, retentionSchema } from '@/lib/storage';

describe('parseRetentionDays', () => {
  it.each([
    ['90', 90],
    [' 15 ', 15],
    ['3650', 3650],
    ['14', undefined],
    ['3651', undefined],
    ['30.5', undefined],
    ['', undefined],
    ['ninety', undefined],
  ])('%j → %j', (text, days) => {
    expect(parseRetentionDays(text)).toBe(days);
  });
});

describe('notification and retention settings', () => {
  it('quiet hours need two different HH:MM times', () => {
    expect(quietHoursSchema.safeParse({ enabled: true, start: '22:00', end: '07:00' }).success).toBe(true);
    expect(quietHoursSchema.safeParse({ enabled: true, start: '22:00', end: '22:00' }).error?.issues[0]).toMatchObject({
      path: ['end'],
      message: 'start and end must differ',
    });
    expect(quietHoursSchema.safeParse({ enabled: true, start: '24:00', end: '07:00' }).success).toBe(false);
    expect(quietHoursSchema.safeParse({ enabled: true, start: '7:00', end: '08:00' }).success).toBe(false);
  });

  it('retention is whole days, at least the shop view’s two weeks', () => {
    expect(retentionSchema.safeParse({ days: 90 }).success).toBe(true);
    expect(retentionSchema.safeParse({ days: 7 }).success).toBe(false);
    expect(retentionSchema.safeParse({ days: 90.5 }).success).toBe(false);
  });
});
