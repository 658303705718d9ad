/**
 * The store both shop-view benchmarks fill (in-process fake-indexeddb, and Chromium's own IndexedDB):
 * `PACKAGES` packages spread over a year, a ~275-parcel-a-day shop that nothing was ever deleted from.
 * `LML_BENCH_PACKAGES` scales it down for a quick look on a busy machine.
 */
import { digestStoredEvents, type EventRecord, type PackageRecord } from '@/lib/storage';

export const PACKAGES = Number(process.env.LML_BENCH_PACKAGES ?? 100_000);
const DAYS = 365;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * Package i as of `now`, shipped `age` days ago: in transit (watched) for its first 4 days, then
 * delivered; its row holds its trail digest, as the poller writes it.
 */
export function packageOf(i: number, now: number): { record: PackageRecord; events: EventRecord[] } {
  const age = (i / PACKAGES) * DAYS;
  const shippedAt = Math.round(now - age * DAY);
  const delivered = age > 4;
  const key = `pkg:${1_152_000_000_000 + i}`;
  const at = (h: number) => shippedAt + h * HOUR;
  const events: EventRecord[] = [
    { eventKey: `${at(0)}|accepted`, at: at(0), status: 'picked-up', description: 'Accepted at USPS Origin Facility' },
    {
      eventKey: `${at(20)}|regional`,
      at: at(20),
      status: 'in-transit',
      description: 'Arrived at USPS Regional Facility',
    },
    ...(delivered
      ? [{ eventKey: `${at(70)}|delivered`, at: at(70), status: 'delivered', description: 'Delivered, In/At Mailbox' }]
      : []),
  ]
    .filter((e) => e.at <= now)
    .map((e) => ({ ...e, packageKey: key, isCarrierScan: true, storedAt: e.at }));
  return {
    record: {
      key,
      orderId: String(576_000_000_000_000_000n + BigInt(i)),
      packageId: String(1_152_000_000_000 + i),
      market: 'US',
      carrierId: 'usps',
      trackingNumber: `9400${String(100_000_000_000_000_000 + i).slice(0, 18)}`,
      labelCreatedAt: shippedAt - 2 * HOUR,
      shippedAt,
      ...(delivered ? { deliveredAt: at(70) } : {}),
      orderStatus: delivered ? 'DELIVERED' : 'IN_TRANSIT',
      status: delivered ? 'delivered' : 'in-transit',
      lastCheckedAt: now - (i % 900) * 1_000,
      lastEventAt: events.at(-1)?.at,
      watched: delivered ? 0 : 1,
      trail: digestStoredEvents(events),
      risks: [],
      atRisk: 0,
    },
    events,
  };
}
