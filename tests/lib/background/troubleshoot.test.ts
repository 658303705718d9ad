import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { database } from '@/lib/background/poll';
import { isApiConnected } from '@/lib/background/diagnosis-facts';
import { findTroubleshootRecords, troubleshootOrder } from '@/lib/background/troubleshoot';
import { troubleshootViewSchema } from '@/lib/messaging';
import {
  addEvents,
  callbackSetting,
  connectionStateSetting,
  credentialStore,
  printerSetting,
  raiseAlert,
  recordLabelClick,
  sellerProfileSetting,
  upsertPackages,
} from '@/lib/storage';

const HOUR = 3_600_000;
const ORDER = '576800123456789012';

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await database();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('findTroubleshootRecords', () => {
  it('finds a package by order id with its events, label click and alerts', async () => {
    const db = await database();
    const now = Date.now();
    await upsertPackages(db, [{ orderId: ORDER, packageId: '77', market: 'US', trackingNumber: 'RB123456785GB' }], now);
    await addEvents(
      db,
      'pkg:77',
      [{ eventKey: 'a', at: now - HOUR, status: 'picked-up', description: 'Picked up', isCarrierScan: true }],
      now,
    );
    await recordLabelClick(db, ORDER, now - 2 * HOUR);
    await raiseAlert(db, { packageKey: 'pkg:77', riskCode: 'no-update-24h', orderId: ORDER, raisedAt: now });
    const found = await findTroubleshootRecords(db, ORDER);
    expect(found.record?.key).toBe('pkg:77');
    expect(found.events).toHaveLength(1);
    expect(found.labelClick?.firstClickAt).toBe(now - 2 * HOUR);
    expect(found.alerts.map((a) => a.riskCode)).toEqual(['no-update-24h']);
  });

  it('finds a package by waybill typed in lower case with spaces, and one stored with a stray space', async () => {
    const db = await database();
    await upsertPackages(
      db,
      [
        { orderId: '111111', packageId: 'a', trackingNumber: 'RB123456785GB' },
        { orderId: '222222', packageId: 'b', trackingNumber: 'JT 0001234567' },
      ],
      Date.now(),
    );
    expect((await findTroubleshootRecords(db, ' rb 123456785 gb ')).record?.orderId).toBe('111111');
    expect((await findTroubleshootRecords(db, 'JT0001234567')).record?.orderId).toBe('222222');
  });

  it('returns the label click alone for an order the API has not given (not connected)', async () => {
    const db = await database();
    await recordLabelClick(db, ORDER, 1_000);
    const found = await findTroubleshootRecords(db, ORDER);
    expect(found.record).toBeUndefined();
    expect(found.labelClick?.orderId).toBe(ORDER);
  });

  it('finds nothing for an empty or unknown query', async () => {
    const db = await database();
    expect(await findTroubleshootRecords(db, '  ')).toEqual({ events: [], alerts: [] });
    expect((await findTroubleshootRecords(db, '999999999')).record).toBeUndefined();
  });
});

describe('troubleshootOrder', () => {
  it('reads the settings the diagnosis needs and answers with a schema-valid view', async () => {
    const db = await database();
    const now = Date.now();
    await upsertPackages(
      db,
      [
        {
          orderId: ORDER,
          packageId: '77',
          market: 'US',
          carrierId: 'usps',
          trackingNumber: '9400111206206406260787',
          labelCreatedAt: now - 6 * HOUR,
          orderStatus: 'AWAITING_COLLECTION',
          lastCheckedAt: now - 60_000,
        },
      ],
      now,
    );
    await sellerProfileSetting.setValue({ market: 'US', connectedCarriers: ['usps'] });
    await printerSetting.setValue({ dpi: 150, labelSize: '4x6' });
    await callbackSetting.setValue({ usps: { url: 'https://example.com/tracking' } });
    const view = await troubleshootOrder(ORDER);
    expect(troubleshootViewSchema.safeParse(view).success).toBe(true);
    expect(view.found).toBe(true);
    expect(view.facts.apiConnected).toBe(false);
    const codes = view.findings.map((f) => f.code);
    // Not connected: whether the carrier scanned is unknown, whatever the store says.
    expect(codes).toEqual(expect.arrayContaining(['first-scan-unknown', 'printer-below-203dpi', 'callback-mismatch']));
  });

  it('counts the API as connected once credentials are saved and the last check passed', async () => {
    await credentialStore().replace({ appKey: 'k', appSecret: 's', accessToken: 't' });
    await connectionStateSetting.setValue({ state: 'ok', checkedAt: 1 });
    const view = await troubleshootOrder('576800999999999999');
    expect(view.found).toBe(false);
    expect(view.facts.apiConnected).toBe(true);
    expect(view.findings[0]!.code).toBe('not-found');
  });

  it.each([
    ['ok', true],
    ['error', true],
    ['reconnect-needed', false],
    ['not-configured', false],
  ])('treats connection state %s as connected = %s', (state, expected) => {
    expect(isApiConnected(state)).toBe(expected);
  });
});
