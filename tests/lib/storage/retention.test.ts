import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addEvents,
  openDb,
  putPackages,
  purgeExpired,
  quarantinePayload,
  raiseAlert,
  recordLabelClick,
  setWatched,
  upsertPackages,
  type LastmileDb,
  type PackageRecord,
} from '@/lib/storage';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`retention-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function finished(key: string, orderId: string, deliveredDaysAgo: number): PackageRecord {
  return {
    key,
    orderId,
    watched: 0,
    lastCheckedAt: NOW - deliveredDaysAgo * DAY + DAY,
    risks: [],
    atRisk: 0,
    shippedAt: NOW - (deliveredDaysAgo + 3) * DAY,
    deliveredAt: NOW - deliveredDaysAgo * DAY,
  };
}

async function withHistory(key: string) {
  await addEvents(
    db,
    key,
    [{ eventKey: `${key}|e`, at: NOW - 200 * DAY, status: 'delivered', description: 'Delivered', isCarrierScan: true }],
    NOW - 200 * DAY,
  );
  await raiseAlert(db, {
    packageKey: key,
    riskCode: 'no-update-24h',
    orderId: key.slice(4),
    raisedAt: NOW - 200 * DAY,
  });
}

describe('purgeExpired', () => {
  it('deletes packages delivered more than the retention ago, with their events and alerts, and keeps the rest', async () => {
    await putPackages(db, [finished('pkg:old', 'old', 91), finished('pkg:recent', 'recent', 89)]);
    await withHistory('pkg:old');
    await withHistory('pkg:recent');
    // Watched packages are never deleted, however old.
    await upsertPackages(db, [{ orderId: 'watched', packageId: 'watched', labelCreatedAt: NOW - 400 * DAY }], NOW);

    const summary = await purgeExpired(db, { now: NOW, retentionDays: 90 });
    expect(summary).toMatchObject({ packages: 1, events: 1, alerts: 1 });
    expect((await db.packages.toArray()).map((p) => p.key).sort()).toEqual(['pkg:recent', 'pkg:watched']);
    expect(await db.events.where('packageKey').equals('pkg:old').count()).toBe(0);
    expect(await db.alerts.where('orderId').equals('old').count()).toBe(0);
    expect(await db.events.where('packageKey').equals('pkg:recent').count()).toBe(1);
    // Running again deletes nothing more.
    expect(await purgeExpired(db, { now: NOW, retentionDays: 90 })).toMatchObject({
      packages: 0,
      events: 0,
      alerts: 0,
    });
  });

  it('counts from when the package left the watch list when it has no delivery time (cancelled)', async () => {
    await upsertPackages(db, [{ orderId: 'c1', packageId: 'c1', shipByAt: NOW - 300 * DAY }], NOW - 300 * DAY);
    await setWatched(db, 'pkg:c1', false, NOW - 40 * DAY);
    expect(await db.packages.get('pkg:c1')).toMatchObject({ closedAt: NOW - 40 * DAY });
    expect((await purgeExpired(db, { now: NOW, retentionDays: 30 })).packages).toBe(1);
  });

  it('a package watched again is no longer closed, so never purged', async () => {
    await putPackages(db, [finished('pkg:back', 'back', 200)]);
    await setWatched(db, 'pkg:back', true, NOW);
    expect((await db.packages.get('pkg:back'))?.closedAt).toBeUndefined();
    expect((await purgeExpired(db, { now: NOW, retentionDays: 90 })).packages).toBe(0);
  });

  it('deletes old label clicks unless their order is still watched, and old quarantined payloads', async () => {
    await recordLabelClick(db, 'gone', NOW - 120 * DAY);
    await recordLabelClick(db, 'fresh', NOW - 10 * DAY);
    await recordLabelClick(db, 'stuck', NOW - 120 * DAY);
    await upsertPackages(db, [{ orderId: 'stuck' }], NOW);
    await quarantinePayload(db, { endpoint: 'orders.tracking', path: 'data', issue: 'x', at: NOW - 100 * DAY });
    await quarantinePayload(db, { endpoint: 'orders.tracking', path: 'data', issue: 'y', at: NOW - DAY });
    const summary = await purgeExpired(db, { now: NOW, retentionDays: 90 });
    expect(summary).toMatchObject({ labelClicks: 1, quarantine: 1 });
    expect((await db.labelClicks.toArray()).map((c) => c.orderId).sort()).toEqual(['fresh', 'stuck']);
    expect((await db.quarantine.toArray()).map((q) => q.issue)).toEqual(['y']);
  });
});
