import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { database } from '@/lib/background/poll';
import { buildShopOverview, loadShopOverviewRecords } from '@/lib/background/shop-overview';
import { shopOverviewSchema } from '@/lib/messaging';
import {
  addEvents,
  digestStoredEvents,
  putPackages,
  recordLabelClick,
  sellerProfileSetting,
  upsertPackages,
} from '@/lib/storage';
import { TRAIL_DIGEST_VERSION } from '@/lib/tracking';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await database();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('loadShopOverviewRecords', () => {
  it('loads watched packages and recent finished ones, not old history', async () => {
    const db = await database();
    const now = Date.UTC(2026, 2, 5, 9);
    await upsertPackages(db, [{ orderId: '100001', packageId: 'w', labelCreatedAt: now - 40 * DAY }], now);
    await putPackages(db, [
      {
        key: 'pkg:recent',
        orderId: '100002',
        packageId: 'recent',
        labelCreatedAt: now - 3 * DAY,
        watched: 0,
        lastCheckedAt: now,
        risks: [],
        atRisk: 0,
      },
      {
        key: 'pkg:old',
        orderId: '100003',
        packageId: 'old',
        labelCreatedAt: now - 30 * DAY,
        watched: 0,
        lastCheckedAt: now,
        risks: [],
        atRisk: 0,
      },
    ]);
    await addEvents(
      db,
      'pkg:recent',
      [{ eventKey: 'e', at: now - 2 * DAY, status: 'delivered', description: 'Delivered', isCarrierScan: true }],
      now,
    );
    await recordLabelClick(db, '100001', now - 40 * DAY);
    const loaded = await loadShopOverviewRecords(db, now);
    expect(loaded.packages.map((p) => p.key)).toEqual(['pkg:w']);
    // The finished package comes as its stored facts; its row holds no digest, so its events are read.
    expect(loaded.finished?.map((f) => f.key)).toEqual(['pkg:recent']);
    expect(loaded.eventsByKey.get('pkg:recent')).toHaveLength(1);
    // The click is on the row: the view reads no clicks.
    expect(loaded.packages.find((p) => p.key === 'pkg:w')?.labelClickAt).toBe(now - 40 * DAY);
  });

  it('reads no events for packages whose row holds a current trail digest', async () => {
    const db = await database();
    const now = Date.UTC(2026, 2, 5, 9);
    const events = [
      { eventKey: 'e', at: now - 2 * DAY, status: 'delivered', description: 'Delivered', isCarrierScan: true },
    ];
    const row = {
      orderId: '100002',
      labelCreatedAt: now - 3 * DAY,
      watched: 0 as const,
      lastCheckedAt: now,
      risks: [],
      atRisk: 0 as const,
    };
    await putPackages(db, [
      {
        ...row,
        key: 'pkg:digested',
        trail: digestStoredEvents(events.map((e) => ({ ...e, packageKey: 'pkg:digested', storedAt: now }))),
      },
      { ...row, key: 'pkg:stale', trail: { v: TRAIL_DIGEST_VERSION - 1, scanCount: 0, longestGap: { ms: 0 } } },
    ]);
    await addEvents(db, 'pkg:digested', events, now);
    await addEvents(db, 'pkg:stale', events, now);
    const loaded = await loadShopOverviewRecords(db, now);
    expect(loaded.finished?.map((f) => f.key).sort()).toEqual(['pkg:digested', 'pkg:stale']);
    expect([...loaded.eventsByKey.keys()]).toEqual(['pkg:stale']);
  });
});

/** Counts the package rows IndexedDB hands out (cursor steps and getAll results) while `run` runs. */
async function packageRowsRead(run: () => Promise<unknown>): Promise<number> {
  let rows = 0;
  const storeName = (source: IDBObjectStore | IDBIndex) => ('objectStore' in source ? source.objectStore : source).name;
  const cursorContinue = IDBCursor.prototype.continue;
  const getAll = { store: IDBObjectStore.prototype.getAll, index: IDBIndex.prototype.getAll };
  IDBCursor.prototype.continue = function (this: IDBCursor, key?: IDBValidKey) {
    if (storeName(this.source as IDBObjectStore | IDBIndex) === 'packages') rows += 1;
    return cursorContinue.call(this, key);
  };
  const countGetAll = <T extends IDBObjectStore | IDBIndex>(original: T['getAll']) =>
    function (this: T, ...args: Parameters<T['getAll']>) {
      const request = (original as (...a: unknown[]) => IDBRequest<unknown[]>).apply(this, args);
      if (storeName(this) === 'packages') request.addEventListener('success', () => (rows += request.result.length));
      return request;
    };
  IDBObjectStore.prototype.getAll = countGetAll<IDBObjectStore>(getAll.store);
  IDBIndex.prototype.getAll = countGetAll<IDBIndex>(getAll.index);
  try {
    await run();
  } finally {
    IDBCursor.prototype.continue = cursorContinue;
    IDBObjectStore.prototype.getAll = getAll.store;
    IDBIndex.prototype.getAll = getAll.index;
  }
  return rows;
}

describe('the shop view reads the watch list and the window, not the history (issue 12.7)', () => {
  it('2,000 old finished packages are not read, nor the recent finished rows (their day facts are)', async () => {
    const db = await database();
    const now = Date.UTC(2026, 2, 5, 9);
    const finished = (i: number, daysAgo: number) => ({
      key: `pkg:${i}`,
      orderId: String(100_000 + i),
      packageId: String(i),
      shippedAt: now - daysAgo * DAY,
      deliveredAt: now - (daysAgo - 3) * DAY,
      watched: 0 as const,
      lastCheckedAt: now - (daysAgo - 3) * DAY,
      risks: [],
      atRisk: 0 as const,
    });
    await putPackages(db, [
      ...Array.from({ length: 2_000 }, (_, i) => finished(i, 30 + (i % 300))),
      ...Array.from({ length: 5 }, (_, i) => finished(5_000 + i, 4)),
    ]);
    await upsertPackages(
      db,
      Array.from({ length: 5 }, (_, i) => ({
        orderId: String(900_000 + i),
        packageId: `w${i}`,
        labelCreatedAt: now - DAY,
      })),
      now,
    );
    let loaded: Awaited<ReturnType<typeof loadShopOverviewRecords>> | undefined;
    const rows = await packageRowsRead(async () => {
      loaded = await loadShopOverviewRecords(db, now);
    });
    expect(loaded!.packages).toHaveLength(5);
    expect(loaded!.finished).toHaveLength(5);
    expect(rows).toBeLessThanOrEqual(5);
  });
});

describe('buildShopOverview', () => {
  it('answers from the store with a schema-valid overview, using the profile market for rows without one', async () => {
    const db = await database();
    const now = Date.now();
    await upsertPackages(
      db,
      [
        {
          orderId: '576800123456789012',
          packageId: 'p',
          labelCreatedAt: now - 6 * HOUR,
          orderStatus: 'AWAITING_COLLECTION',
          carrierId: 'usps',
        },
      ],
      now,
    );
    await sellerProfileSetting.setValue({ market: 'US', connectedCarriers: [] });
    const overview = await buildShopOverview();
    expect(shopOverviewSchema.safeParse(overview).success).toBe(true);
    expect(overview.apiConnected).toBe(false);
    expect(overview.atRisk).toHaveLength(1);
    expect(overview.atRisk[0]).toMatchObject({
      orderId: '576800123456789012',
      market: 'US',
      risks: [expect.objectContaining({ code: 'first-scan-overdue' })],
    });
  });
});
