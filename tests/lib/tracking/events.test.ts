import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventKey, mergeEvents, normalizeTrackingEvent, type TrackingEvent } from '@/lib/tracking';

const H = 3_600_000;
const T0 = Date.UTC(2024, 5, 3, 8, 0);

function ev(description: string, at: number): TrackingEvent {
  const e = normalizeTrackingEvent({ description, update_time_millis: at });
  if (!e) throw new Error(`bad fixture ${description}`);
  return e;
}

const label = ev('Shipping Label Created, USPS Awaiting Item', T0);
const accepted = ev('Accepted at USPS Origin Facility', T0 + 2 * H);
const arrived = ev('Arrived at USPS Regional Facility', T0 + 10 * H);
const delivered = ev('Delivered, In/At Mailbox', T0 + 50 * H);

describe('eventKey', () => {
  it('is the time and the folded description', () => {
    expect(eventKey({ at: 1_700_000_000_000, description: 'Picked  up' })).toBe('1700000000000|picked up');
  });

  it('gives the same key to the same scan written with other spacing, case or width', () => {
    expect(eventKey({ at: T0, description: 'Out for Delivery' })).toBe(
      eventKey({ at: T0, description: ' OUT  FOR DELIVERY' }),
    );
    expect(eventKey({ at: T0, description: '派送中（１）' })).toBe(eventKey({ at: T0, description: '派送中(1)' }));
  });

  it('separates the same wording at another time', () => {
    expect(eventKey({ at: T0, description: 'Arrived' })).not.toBe(eventKey({ at: T0 + 1, description: 'Arrived' }));
  });
});

describe('mergeEvents', () => {
  it('sorts out-of-order events by time', () => {
    expect(mergeEvents([], [delivered, label, arrived, accepted])).toEqual([label, accepted, arrived, delivered]);
  });

  it('drops duplicates within and across both lists, keeping the stored copy', () => {
    const resent = { ...accepted, description: 'ACCEPTED AT USPS ORIGIN FACILITY' };
    const merged = mergeEvents([label, accepted], [resent, accepted, arrived, arrived]);
    expect(merged).toEqual([label, accepted, arrived]);
    expect(merged[1]!.description).toBe('Accepted at USPS Origin Facility');
  });

  it('keeps two different events that share one timestamp, further-along status last', () => {
    const picked = ev('Picked up', T0);
    const departed = ev('Departed', T0);
    expect(mergeEvents([departed], [picked]).map((e) => e.status)).toEqual(['picked-up', 'in-transit']);
    expect(mergeEvents([picked], [departed]).map((e) => e.status)).toEqual(['picked-up', 'in-transit']);
  });

  it('drops events without a finite time', () => {
    expect(mergeEvents([{ ...arrived, at: Number.NaN }], [label])).toEqual([label]);
  });

  it('does not modify its inputs', () => {
    const existing = [arrived, label];
    mergeEvents(existing, [accepted]);
    expect(existing).toEqual([arrived, label]);
  });

  const arbEvent = fc
    .record({
      at: fc.integer({ min: T0, max: T0 + 20 }),
      description: fc.constantFrom(
        'Picked up',
        'picked up',
        'Departed',
        'Arrived',
        'Delivered',
        'Out for Delivery',
        '派送中',
      ),
    })
    .map(({ at, description }) => ev(description, at));

  it('is order-independent, idempotent and sorted (property)', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 25 }), fc.array(arbEvent, { maxLength: 25 }), (a, b) => {
        const ab = mergeEvents(a, b);
        const ba = mergeEvents(b, a);
        expect(ab.map(eventKey)).toEqual(ba.map(eventKey));
        expect(mergeEvents(ab, b)).toEqual(ab);
        expect(mergeEvents(ab, [])).toEqual(ab);
        for (let i = 1; i < ab.length; i++) expect(ab[i]!.at).toBeGreaterThanOrEqual(ab[i - 1]!.at);
        expect(new Set(ab.map(eventKey)).size).toBe(ab.length);
        expect(new Set([...a, ...b].map(eventKey)).size).toBe(ab.length);
      }),
      { numRuns: 300 },
    );
  });
});
