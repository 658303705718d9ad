/**
 * Benchmark (issue 12.7): the side panel's shop view over a store of 100,000 packages — a year of a
 * ~275-parcel-a-day shop that nothing was ever deleted from — and the retention pass that trims it.
 *
 * Reports the shop view's answer time (reading the watch list and the two-week window through the
 * `[watched+lastCheckedAt]` / `[watched+anchorAt]` indexes, then building the view with the default
 * rule pack: what the `shop-overview` handler does besides reading three small settings), the same
 * read done the old way (a full scan with a filter) for comparison, and the purge down to 90 days.
 * The store is fake-indexeddb (in-process, on the JS heap): slower per row than Chromium's IndexedDB,
 * so the figures are an upper bound for the same work in the browser.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { buildShopOverviewView } from '@/lib/background/shop-overview-view';
import { loadShopOverviewRecords } from '@/lib/background/shop-overview';
import { defaultRulePack } from '@/lib/rules';
import {
  openDb,
  packageAnchorAt,
  purgeExpired,
  putPackages,
  type EventRecord,
  type PackageRecord,
} from '@/lib/storage';

/** `LML_BENCH_PACKAGES` scales the store down for a quick look on a busy machine. */
const PACKAGES = Number(process.env.LML_BENCH_PACKAGES ?? 100_000);
const DAYS = 365;
const NOW = Date.UTC(2026, 2, 5, 9);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = 7;

/** Package i, shipped `age` days ago: in transit (watched) for its first 4 days, then delivered. */
function packageOf(i: number): { record: PackageRecord; events: EventRecord[] } {
  const age = (i / PACKAGES) * DAYS;
  const shippedAt = Math.round(NOW - age * DAY);
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
    .filter((e) => e.at <= NOW)
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
      lastCheckedAt: NOW - (i % 900) * 1_000,
      lastEventAt: events.at(-1)?.at,
      watched: delivered ? 0 : 1,
      risks: [],
      atRisk: 0,
    },
    events,
  };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  const db = await openDb(`lastmile-lens-bench-overview-${Date.now()}`);
  try {
    const fillStarted = performance.now();
    for (let start = 0; start < PACKAGES; start += 5_000) {
      const chunk = Array.from({ length: Math.min(5_000, PACKAGES - start) }, (_, j) => packageOf(start + j));
      await putPackages(
        db,
        chunk.map((c) => c.record),
      );
      // Trails of the last 30 days only: older ones never reach the shop view, and 300,000 event rows
      // would take minutes to insert into fake-indexeddb without changing an index lookup's cost.
      const recent = chunk.filter((c) => NOW - c.record.shippedAt! < 30 * DAY).flatMap((c) => c.events);
      if (recent.length > 0) await db.events.bulkPut(recent);
    }
    const stored = await db.packages.count();
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    let loaded = 0;
    let atRisk = 0;
    const readOnly = await median(() => loadShopOverviewRecords(db, NOW));
    const indexed = await median(async () => {
      const records = await loadShopOverviewRecords(db, NOW);
      const view = buildShopOverviewView(
        { ...records, apiConnected: true, fallbackMarket: 'US' },
        NOW,
        defaultRulePack,
      );
      loaded = records.packages.length;
      atRisk = view.atRisk.length;
    });
    const since = NOW - 15 * DAY;
    let scanned = 0;
    const fullScan = await median(async () => {
      scanned = (
        await db.packages.filter((r) => r.watched === 1 || (packageAnchorAt(r) ?? -Infinity) >= since).toArray()
      ).length;
    });
    const purgeStarted = performance.now();
    const purged = await purgeExpired(db, { now: NOW, retentionDays: 90 });
    const purgeMs = performance.now() - purgeStarted;
    const afterPurge = await median(async () => {
      const records = await loadShopOverviewRecords(db, NOW);
      buildShopOverviewView({ ...records, apiConnected: true, fallbackMarket: 'US' }, NOW, defaultRulePack);
    });
    return [
      {
        name: `shop view, ${stored.toLocaleString('en')} packages stored`,
        value: Math.round(indexed),
        unit: 'ms',
        note: `median of ${RUNS}; ${loaded} packages read (watch list + 15 days), ${atRisk} at risk; goal < 300 ms; store filled in ${Math.round(fillSeconds)} s`,
      },
      {
        name: 'of which reading the store (packages, events, label clicks)',
        value: Math.round(readOnly),
        unit: 'ms',
        note: `median of ${RUNS}`,
      },
      {
        name: 'same package read as a full scan (before: filter over every row)',
        value: Math.round(fullScan),
        unit: 'ms',
        note: `median of ${RUNS}; reads ${stored.toLocaleString('en')} rows to keep ${scanned}; read only, no view built`,
      },
      {
        name: 'retention purge to 90 days after delivery',
        value: Math.round(purgeMs),
        unit: 'ms',
        note: `${purged.packages.toLocaleString('en')} packages, ${purged.events.toLocaleString('en')} events deleted; runs at most once a day`,
      },
      {
        name: `shop view after the purge (${(await db.packages.count()).toLocaleString('en')} packages)`,
        value: Math.round(afterPurge),
        unit: 'ms',
        note: `median of ${RUNS}`,
      },
    ];
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}
