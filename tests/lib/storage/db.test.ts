import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  LastmileDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  countAtRisk,
  digestStoredEvents,
  listUnnotifiedAlerts,
  listWatchedOldestFirst,
  openDb,
  storedTrailOf,
} from '@/lib/storage';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database exactly as version 1 of the extension left it. */
async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('packages').bulkAdd([
    { key: 'pkg:1', orderId: 'o1', watch: true, lastCheckedAt: 1_700_000_000_000, risks: ['no-update-24h'] },
    { key: 'order:o2', orderId: 'o2', watch: true, risks: [] },
    { key: 'pkg:3', orderId: 'o3', watch: false, lastCheckedAt: 1_690_000_000_000 },
  ]);
  await v1.table('alerts').bulkAdd([
    { packageKey: 'pkg:1', riskCode: 'no-update-24h', orderId: 'o1', raisedAt: 1, notified: true },
    { packageKey: 'pkg:1', riskCode: 'exception', orderId: 'o1', raisedAt: 2, notified: false },
  ]);
  await v1.table('events').add({
    packageKey: 'pkg:1',
    eventKey: 'k1',
    at: 5,
    status: 'picked-up',
    description: 'Picked up',
    isCarrierScan: true,
    storedAt: 6,
  });
  v1.close();
}

describe('LastmileDb schema', () => {
  it('opens a fresh database at the current version', async () => {
    const db = await openDb(`fresh-${crypto.randomUUID()}`);
    opened.push(db);
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'alerts',
      'events',
      'factDays',
      'labelClicks',
      'meta',
      'notices',
      'packages',
      'pollCursor',
      'quarantine',
    ]);
  });

  it('migrates version 1 booleans to indexable flags and keeps every row', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await createV1Database(name);
    const db = await openDb(name);
    opened.push(db);
    expect(db.verno).toBe(DB_VERSION);

    const rows = await db.packages.orderBy('key').toArray();
    expect(rows.map((r) => [r.key, r.watched, r.lastCheckedAt, r.atRisk])).toEqual([
      ['order:o2', 1, 0, 0],
      ['pkg:1', 1, 1_700_000_000_000, 1],
      ['pkg:3', 0, 1_690_000_000_000, 0],
    ]);
    expect(rows.every((r) => !('watch' in r))).toBe(true);
    // The package never checked under v1 (no lastCheckedAt) is now visible to the index, and first.
    expect((await listWatchedOldestFirst(db, 10)).map((r) => r.key)).toEqual(['order:o2', 'pkg:1']);
    expect(await countAtRisk(db)).toBe(1);
    expect((await listUnnotifiedAlerts(db)).map((a) => a.riskCode)).toEqual(['exception']);
    expect(await db.events.count()).toBe(1);
  });

  it('version 3 derives the indexed time anchor and the closing time of every stored package', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const day = 86_400_000;
    await v2.table('packages').bulkAdd([
      // Delivered and no longer watched: closed at its delivery, anchored at its shipping.
      {
        key: 'pkg:d',
        orderId: 'o1',
        watched: 0,
        lastCheckedAt: 50 * day,
        risks: [],
        atRisk: 0,
        shippedAt: 40 * day,
        deliveredAt: 43 * day,
      },
      // Cancelled (never delivered): closed when last checked; anchored at its ship-by.
      { key: 'pkg:c', orderId: 'o2', watched: 0, lastCheckedAt: 30 * day, risks: [], atRisk: 0, shipByAt: 29 * day },
      // Still watched: never closed.
      { key: 'pkg:w', orderId: 'o3', watched: 1, lastCheckedAt: 0, risks: [], atRisk: 0, labelCreatedAt: 60 * day },
    ]);
    v2.close();
    const db = await openDb(name);
    opened.push(db);
    const rows = await db.packages.orderBy('key').toArray();
    expect(rows.map((r) => [r.key, r.anchorAt, r.closedAt])).toEqual([
      ['pkg:c', 29 * day, 30 * day],
      ['pkg:d', 40 * day, 43 * day],
      ['pkg:w', 60 * day, undefined],
    ]);
    expect(
      await db.packages
        .where('[watched+anchorAt]')
        .between([0, 35 * day], [0, Dexie.maxKey])
        .primaryKeys(),
    ).toEqual(['pkg:d']);
  });

  it("version 4 derives every package's trail digest from its stored events (out of order, repeated) and copies its first label click", async () => {
    const name = `v3-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const hour = 3_600_000;
    const t0 = Date.UTC(2026, 2, 1, 8);
    const event = (packageKey: string, h: number, description: string) => ({
      packageKey,
      eventKey: `${t0 + h * hour}|${description.toLowerCase()}`,
      at: t0 + h * hour,
      // What v3 stored; the digest classifies the words again.
      status: 'unknown',
      description,
      isCarrierScan: false,
      storedAt: t0,
    });
    const trails = {
      // Stored in two polls, the later events first.
      'pkg:a': [
        event('pkg:a', 50, 'Delivered, In/At Mailbox'),
        event('pkg:a', 2, 'Accepted at USPS Origin Facility'),
        event('pkg:a', 20, 'Arrived at USPS Regional Facility'),
      ],
      'pkg:b': [event('pkg:b', 0, 'Shipment information received')],
    };
    await v3.table('events').bulkAdd([...trails['pkg:a'], ...trails['pkg:b']]);
    const row = { watched: 1, lastCheckedAt: t0, risks: [], atRisk: 0 };
    await v3.table('labelClicks').add({ orderId: 'ob', firstClickAt: t0 - hour, lastClickAt: t0, clicks: 2 });
    await v3.table('packages').bulkAdd([
      { ...row, key: 'pkg:a', orderId: 'oa' },
      { ...row, key: 'pkg:b', orderId: 'ob' },
      { ...row, key: 'pkg:c', orderId: 'oc' },
    ]);
    v3.close();

    const db = await openDb(name);
    opened.push(db);
    const rows = await db.packages.orderBy('key').toArray();
    expect(rows.map((r) => [r.key, r.trail])).toEqual([
      ['pkg:a', digestStoredEvents(trails['pkg:a'])],
      ['pkg:b', digestStoredEvents(trails['pkg:b'])],
      ['pkg:c', digestStoredEvents([])],
    ]);
    expect(rows[0]!.trail).toMatchObject({
      firstScanAt: t0 + 2 * hour,
      scanCount: 3,
      status: 'delivered',
      deliveredAt: t0 + 50 * hour,
    });
    expect(rows[1]!.trail).toMatchObject({ infoReceivedAt: t0, scanCount: 0, status: 'info-received' });
    expect(rows.every((r) => storedTrailOf(r) !== undefined)).toBe(true);
    expect(rows.map((r) => r.labelClickAt)).toEqual([undefined, t0 - hour, undefined]);
  });

  it('a database of the current version is not touched by the upgrade again', async () => {
    const name = `again-${crypto.randomUUID()}`;
    const first = new LastmileDb(name);
    await first.open();
    await first.packages.add({ key: 'pkg:9', orderId: 'o9', watched: 1, lastCheckedAt: 0, risks: [], atRisk: 0 });
    first.close();
    const db = await openDb(name);
    opened.push(db);
    expect(await db.packages.get('pkg:9')).toMatchObject({ watched: 1, lastCheckedAt: 0 });
  });
});
