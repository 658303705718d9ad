import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addEvents,
  countAtRisk,
  countWatched,
  getPackage,
  listEvents,
  listPackagesOfOrder,
  listWatchedKeysOldestFirst,
  listWatchedOldestFirst,
  openDb,
  packageKeyOf,
  putPackages,
  raiseAlert,
  setWatched,
  upsertPackages,
  type LastmileDb,
} from '@/lib/storage';

const NOW = Date.UTC(2026, 2, 5, 8, 0, 0);
let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`packages-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('packageKeyOf', () => {
  it('uses the package id when the API gives one, else the order', () => {
    expect(packageKeyOf({ orderId: '5770', packageId: '1152' })).toBe('pkg:1152');
    expect(packageKeyOf({ orderId: '5770' })).toBe('order:5770');
    expect(packageKeyOf({ orderId: '5770', packageId: '' })).toBe('order:5770');
  });
});

describe('upsertPackages', () => {
  it('inserts new rows watched and never checked', async () => {
    expect(await upsertPackages(db, [{ orderId: 'o1', market: 'US' }], NOW)).toEqual({ inserted: 1, updated: 0 });
    expect(await getPackage(db, 'order:o1')).toMatchObject({
      orderId: 'o1',
      market: 'US',
      watched: 1,
      lastCheckedAt: 0,
      risks: [],
      atRisk: 0,
    });
  });

  it('merges defined fields and keeps poll state', async () => {
    await upsertPackages(db, [{ orderId: 'o1', packageId: 'p1', market: 'US', shipByAt: 10 }], NOW);
    await putPackages(db, [{ ...(await getPackage(db, 'pkg:p1'))!, lastCheckedAt: NOW, risks: ['exception'] }]);
    expect(
      await upsertPackages(
        db,
        [{ orderId: 'o1', packageId: 'p1', trackingNumber: '9400', shipByAt: undefined }],
        NOW + 1,
      ),
    ).toEqual({
      inserted: 0,
      updated: 1,
    });
    expect(await getPackage(db, 'pkg:p1')).toMatchObject({
      market: 'US',
      shipByAt: 10,
      trackingNumber: '9400',
      lastCheckedAt: NOW,
      atRisk: 1,
    });
  });

  it('re-keys an order placeholder when the package id appears, moving its events and alerts', async () => {
    await upsertPackages(db, [{ orderId: 'o1', market: 'GB' }], NOW);
    await addEvents(
      db,
      'order:o1',
      [{ eventKey: 'e1', at: 1, status: 'info-received', description: 'Label created', isCarrierScan: false }],
      NOW,
    );
    await raiseAlert(db, { packageKey: 'order:o1', riskCode: 'dispatch-due-4h', orderId: 'o1', raisedAt: NOW });

    expect(await upsertPackages(db, [{ orderId: 'o1', packageId: 'p9', trackingNumber: 'JT0001' }], NOW)).toEqual({
      inserted: 0,
      updated: 1,
    });
    expect(await getPackage(db, 'order:o1')).toBeUndefined();
    expect(await listPackagesOfOrder(db, 'o1')).toHaveLength(1);
    expect(await getPackage(db, 'pkg:p9')).toMatchObject({ market: 'GB', trackingNumber: 'JT0001' });
    expect((await listEvents(db, 'pkg:p9')).map((e) => e.eventKey)).toEqual(['e1']);
    expect(await listEvents(db, 'order:o1')).toEqual([]);
    // The alert moved with it, so the same risk is not raised a second time under the new key.
    expect(
      await raiseAlert(db, { packageKey: 'pkg:p9', riskCode: 'dispatch-due-4h', orderId: 'o1', raisedAt: NOW }),
    ).toBe(false);
  });
});

describe('watch list', () => {
  beforeEach(async () => {
    await upsertPackages(
      db,
      ['a', 'b', 'c', 'd'].map((o) => ({ orderId: o })),
      NOW,
    );
    const rows = await Promise.all(['a', 'b', 'c', 'd'].map((o) => getPackage(db, `order:${o}`)));
    await putPackages(db, [
      { ...rows[0]!, lastCheckedAt: NOW - 1_000 },
      { ...rows[1]!, lastCheckedAt: 0 },
      { ...rows[2]!, lastCheckedAt: NOW - 5_000, risks: ['no-update-24h'] },
      { ...rows[3]!, lastCheckedAt: NOW - 9_000, watched: 0, risks: ['exception'] },
    ]);
  });

  it('lists watched packages never-checked first, then oldest checked', async () => {
    expect((await listWatchedOldestFirst(db, 10)).map((r) => r.orderId)).toEqual(['b', 'c', 'a']);
    expect((await listWatchedOldestFirst(db, 2)).map((r) => r.orderId)).toEqual(['b', 'c']);
    expect(await listWatchedKeysOldestFirst(db)).toEqual(['order:b', 'order:c', 'order:a']);
  });

  it('counts watched and at-risk packages (unwatched ones do not count)', async () => {
    expect(await countWatched(db)).toBe(3);
    expect(await countAtRisk(db)).toBe(1);
  });

  it('stops watching a package', async () => {
    expect(await setWatched(db, 'order:c', false, NOW)).toBe(true);
    expect(await countAtRisk(db)).toBe(0);
    expect(await setWatched(db, 'order:zzz', false, NOW)).toBe(false);
  });
});
