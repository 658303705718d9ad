import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { enrichOrders } from '@/lib/background/enrich';
import { database } from '@/lib/background/poll';
import { printerSetting } from '@/lib/storage';

/** A stuck order (S27): awaiting shipment on the page although a waybill is shown. */
const STUCK = {
  orderId: '577301846207734015',
  statusText: 'Awaiting shipment',
  awaitingShipment: true,
  carrierText: 'USPS Ground Advantage',
  waybill: '9261294537139618817312',
};

const ask = (orders = [STUCK]) =>
  enrichOrders({ market: 'US', orders, withDiagnosis: true, withDeadlines: true, withBadges: false });

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await database();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('enrichOrders diagnoses', () => {
  it('answers a finding the page would not show (an unknown) as nothing to say, not its texts', async () => {
    // no printer saved: the top finding is printer-unknown, which belongs to the side panel
    const { orders } = await ask(Array.from({ length: 500 }, (_, i) => ({ ...STUCK, orderId: `5773018462077${i}` })));
    expect(orders.every((o) => o.diagnosis === null)).toBe(true);
    // issue #11: the answer is read back on Seller Center's main thread (it was 318 KB with every unknown's texts)
    expect(JSON.stringify(orders).length).toBeLessThan(30_000);
  });

  it('answers an actionable finding with its texts for the hint', async () => {
    await printerSetting.setValue({ dpi: 150, labelSize: '4x6' });
    const [order] = (await ask()).orders;
    expect(order?.diagnosis).toMatchObject({ code: 'printer-below-203dpi', title: { en: expect.any(String) } });
  });

  it('says nothing of an order that is not stuck', async () => {
    const [order] = (await ask([{ ...STUCK, statusText: 'Shipped', awaitingShipment: false }])).orders;
    expect(order?.diagnosis).toBeNull();
  });
});
