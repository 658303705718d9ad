import { describe, expect, it } from 'vitest';
import { computeDispatchDeadline, readApiOrderTimes, secondsToMs } from '@/lib/tracking';

describe('secondsToMs', () => {
  it('turns API seconds (number or digit string) into ms and treats 0 and junk as absent', () => {
    expect(secondsToMs(1_717_200_000)).toBe(1_717_200_000_000);
    expect(secondsToMs(' 1717200000 ')).toBe(1_717_200_000_000);
    expect(secondsToMs(0)).toBeUndefined();
    expect(secondsToMs('soon')).toBeUndefined();
    expect(secondsToMs(null)).toBeUndefined();
  });
});

describe('readApiOrderTimes', () => {
  it('reads the ship-by deadline from rts_sla_time and milestones in ms', () => {
    expect(
      readApiOrderTimes({
        create_time: 1_717_000_000,
        rts_sla_time: 1_717_200_000,
        tts_sla_time: 1_717_300_000,
        shipping_due_time: 1_717_400_000,
        rts_time: '1717100000',
        delivery_time: 1_717_500_000,
      }),
    ).toEqual({
      createdAt: 1_717_000_000_000,
      shipByAt: 1_717_200_000_000,
      collectByAt: 1_717_300_000_000,
      cancelUnlessCollectionArrangedAt: 1_717_400_000_000,
      shippedAt: 1_717_100_000_000,
      deliveredAt: 1_717_500_000_000,
    });
  });

  it('takes the deliver-by time from the most specific field present and names it', () => {
    expect(readApiOrderTimes({ delivery_due_time: 1_717_900_000, delivery_sla_time: 1_717_800_000 })).toMatchObject({
      deliveryDueAt: 1_717_800_000_000,
      deliveryDueField: 'delivery_sla_time',
    });
    expect(readApiOrderTimes({ delivery_due_time: 1_717_900_000, delivery_sla_time: 0 })).toMatchObject({
      deliveryDueAt: 1_717_900_000_000,
      deliveryDueField: 'delivery_due_time',
    });
  });

  it('feeds the dispatch deadline directly', () => {
    const { shipByAt } = readApiOrderTimes({ rts_sla_time: 1_717_200_000 });
    expect(computeDispatchDeadline({ shipByAt, now: 1_717_200_000_000 - 3_600_000 }).state).toBe('within-4h');
  });
});
