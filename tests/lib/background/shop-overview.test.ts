import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { database } from '@/lib/background/poll';
import { buildShopOverview, loadShopOverviewRecords } from '@/lib/background/shop-overview';
import { shopOverviewSchema } from '@/lib/messaging';
import { addEvents, putPackages, recordLabelClick, sellerProfileSetting, upsertPackages } from '@/lib/storage';

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
    expect(loaded.packages.map((p) => p.key).sort()).toEqual(['pkg:recent', 'pkg:w']);
    expect(loaded.eventsByKey.get('pkg:recent')).toHaveLength(1);
    expect(loaded.labelClicks.get('100001')?.clicks).toBe(1);
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
