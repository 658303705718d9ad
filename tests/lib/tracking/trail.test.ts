import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRAIL_DIGEST_VERSION,
  digestTrail,
  mergeEvents,
  normalizeTrackingEvent,
  type TrackingEvent,
  type TrailDigest,
} from '@/lib/tracking';

const T0 = Date.UTC(2026, 2, 1, 8);
const HOUR = 3_600_000;

/** Wordings of every kind: scans, label-only, delivered, exception, unclassified, and case/space variants. */
const WORDINGS = [
  'Shipment information received',
  'Accepted at USPS Origin Facility',
  'Arrived at USPS Regional Facility',
  'In transit to next facility',
  'Out for delivery',
  'Delivered, In/At Mailbox',
  '  delivered, in/at mailbox ',
  'Exception: address not found',
  'Returned to sender',
  'Something the rules do not know',
  '',
];

/** The digest the way the clocks computed it from the event array before digests (the oracle). */
function digestByArrays(events: readonly TrackingEvent[]): TrailDigest {
  const scans = events.filter((e) => e.isCarrierScan);
  const firstScanAt = scans[0]?.at;
  let status: TrackingEvent['status'] | undefined;
  for (let i = events.length - 1; i >= 0 && status === undefined; i--)
    if (events[i]!.status !== 'unknown') status = events[i]!.status;
  let deliveredAt: number | undefined;
  if (status === 'delivered')
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]!;
      if (e.status === 'unknown') continue;
      if (e.status !== 'delivered') break;
      deliveredAt = e.at;
    }
  const points = firstScanAt === undefined ? [] : events.filter((e) => e.at >= firstScanAt).map((e) => e.at);
  let longestGap: TrailDigest['longestGap'] = { ms: 0 };
  for (let i = 1; i < points.length; i++) {
    const ms = points[i]! - points[i - 1]!;
    if (ms > longestGap.ms) longestGap = { ms, from: points[i - 1]!, to: points[i]! };
  }
  const infoReceivedAt = events.find((e) => e.status === 'info-received')?.at;
  return {
    v: TRAIL_DIGEST_VERSION,
    ...(events[0] ? { firstEventAt: events[0].at, lastEventAt: events.at(-1)!.at } : {}),
    ...(infoReceivedAt !== undefined ? { infoReceivedAt } : {}),
    ...(firstScanAt !== undefined ? { firstScanAt, lastScanAt: scans.at(-1)!.at } : {}),
    scanCount: scans.length,
    ...(status !== undefined ? { status } : {}),
    ...(deliveredAt !== undefined ? { deliveredAt } : {}),
    longestGap,
  };
}

const trailArb = fc.array(
  fc.record({
    // Few distinct hours: ties and duplicates are common.
    hour: fc.integer({ min: 0, max: 60 }),
    wording: fc.constantFrom(...WORDINGS),
  }),
  { maxLength: 14 },
);

describe('digestTrail', () => {
  it('holds what the clocks read from the events, for any trail (ties, repeats, unknown wordings, any order)', () => {
    fc.assert(
      fc.property(trailArb, (raw) => {
        const events = raw.flatMap(
          ({ hour, wording }) =>
            normalizeTrackingEvent({ description: wording, update_time_millis: T0 + hour * HOUR }) ?? [],
        );
        const merged = mergeEvents([], events);
        expect(digestTrail(merged)).toEqual(digestByArrays(merged));
      }),
      { numRuns: 500 },
    );
  });

  it('an empty trail has no times, no status and no scans', () => {
    expect(digestTrail([])).toEqual({ v: TRAIL_DIGEST_VERSION, scanCount: 0, longestGap: { ms: 0 } });
  });

  it('a re-sent "Delivered" keeps the first delivery time; a later scan ends the delivered run', () => {
    const at = (h: number, d: string) => normalizeTrackingEvent({ description: d, update_time_millis: T0 + h * HOUR })!;
    const resent = mergeEvents(
      [],
      [at(1, 'Accepted at USPS Origin Facility'), at(30, 'Delivered'), at(31, 'Delivered again')],
    );
    expect(digestTrail(resent)).toMatchObject({ status: 'delivered', deliveredAt: T0 + 30 * HOUR });
    const after = mergeEvents([], [at(30, 'Delivered'), at(40, 'Arrived at USPS Regional Facility')]);
    expect(digestTrail(after).deliveredAt).toBeUndefined();
  });
});
