/**
 * What the hub does with webhooks and polling against the mock Open API: the safety net fills the watch
 * list, tracking is polled with the extension's SLA clocks, ORDER_STATUS_CHANGE starts and stops
 * watching, and an overdue first scan becomes an open alert within minutes of its deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_CREDENTIALS, MOCK_SHOPS, startMockApi, type MockApi } from '@/tools/mock-api';
import type { PollAlert } from '@/lib/poller';
import { HUB_TOKEN, orderStatusWebhook, startTestHub, waitFor, type TestHub } from './hub-harness';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-05T09:00:00Z');
const US = MOCK_SHOPS.find((s) => s.market === 'US')!;

let api: MockApi;
let hub: TestHub;

const alerts = async () =>
  ((await (await hub.read(`/v1/shops/${US.id}/alerts`)).json()) as { alerts: PollAlert[] }).alerts;

beforeAll(async () => {
  api = await startMockApi({ seed: 14, startAt: T0, ordersPerMarket: 40, markets: ['US'] });
  hub = await startTestHub({ apiBase: api.url });
  await hub.setClock([US.id], T0, 1);
  const response = await hub.fetch('/v1/shops', {
    method: 'POST',
    headers: { authorization: `Bearer ${HUB_TOKEN}` },
    body: JSON.stringify({
      shop_id: US.id,
      cipher: US.cipher,
      region: 'US',
      access_token: MOCK_CREDENTIALS.accessToken,
      refresh_token: MOCK_CREDENTIALS.refreshToken,
    }),
  });
  expect(response.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await hub?.close();
  await api?.close();
});

describe('polling a registered shop', () => {
  it("watches the shop's open orders (safety net) and raises first-scan-overdue for labelled parcels never scanned", async () => {
    const overdue = api.control
      .listOrders({ market: 'US', scenario: 'never-scanned', labelled: true })
      .filter(
        (o) =>
          o.labelCreatedAt! < T0 - 4 * HOUR - 60_000 &&
          ['AWAITING_SHIPMENT', 'AWAITING_COLLECTION', 'IN_TRANSIT'].includes(o.status),
      );
    expect(overdue.length).toBeGreaterThan(0);
    const open = await waitFor(
      async () => {
        const list = await alerts();
        const ids = new Set(list.filter((a) => a.riskCode === 'first-scan-overdue').map((a) => a.orderId));
        return overdue.every((o) => ids.has(o.id)) && list;
      },
      30_000,
      'first-scan-overdue alerts',
    );
    const one = open.find((a) => a.orderId === overdue[0]!.id && a.riskCode === 'first-scan-overdue')!;
    expect(one.notificationId).toBe(`lml-alert:${one.packageKey}:first-scan-overdue`);
    expect(one.text.en).toMatch(/4 h/);
    expect(one.text.zh.length).toBeGreaterThan(0);
    expect(one.market).toBe('US');
    // The package's clock travels with the alert: the extension's side panel and in-page deadlines read it.
    const seeded = overdue[0]!;
    // The API gives seconds.
    expect(one.package).toMatchObject({
      labelCreatedAt: Math.floor(seeded.labelCreatedAt! / 1000) * 1000,
      market: 'US',
    });
    expect(one.package?.lastCheckedAt).toBeGreaterThan(0);
    expect(JSON.stringify(one.package)).not.toMatch(/token|cipher/i);
    const stats = await hub.stats(US.id);
    expect(stats.watched).toBeGreaterThan(0);
    expect(stats.events).toBeGreaterThan(0);
  }, 40_000);

  it('starts watching an order on ORDER_STATUS_CHANGE and stops on CANCEL', async () => {
    api.control.seedOrders([
      {
        id: '5779000000000000001',
        market: 'US',
        status: 'AWAITING_COLLECTION',
        carrier: 'USPS',
        trackingNumber: '9400111899223197428490',
        labelCreatedAt: T0 - 5 * HOUR,
        shipBy: T0 + 24 * HOUR,
        packageId: '1159000000000000001',
        events: [],
      },
    ]);
    const created = orderStatusWebhook(US.id, '5779000000000000001', 'AWAITING_COLLECTION', T0 / 1000);
    expect((await hub.webhook(created)).status).toBe(200);
    const alert = await waitFor(
      async () =>
        (await alerts()).find((a) => a.orderId === '5779000000000000001' && a.riskCode === 'first-scan-overdue'),
      20_000,
      "the new order's alert",
    );
    // US orders name no package before it ships (ref:tiktok-open-api#5.1): the order stands in for it.
    expect(alert.packageKey).toBe('order:5779000000000000001');
    expect(alert.trackingNumber).toBe('9400111899223197428490');

    const cancelled = orderStatusWebhook(US.id, '5779000000000000001', 'CANCEL', T0 / 1000 + 60);
    expect((await hub.webhook(cancelled)).status).toBe(200);
    await waitFor(
      async () => !(await alerts()).some((a) => a.orderId === '5779000000000000001'),
      20_000,
      'the cancelled order to leave the open alerts',
    );
  }, 45_000);

  it('starts watching the orders a PACKAGE_UPDATE names', async () => {
    api.control.seedOrders([
      {
        id: '5779000000000000002',
        market: 'US',
        status: 'IN_TRANSIT',
        carrier: 'USPS',
        trackingNumber: '9400111899223197428506',
        labelCreatedAt: T0 - 30 * HOUR,
        events: [{ at: T0 - 29 * HOUR, description: 'Accepted at USPS Origin Facility' }],
      },
    ]);
    const update = {
      type: 4,
      tts_notification_id: `n-package-update-${process.pid}`,
      shop_id: US.id,
      timestamp: T0 / 1000,
      data: {
        sc_type: 'SPLIT',
        role_type: 'ROLE_SELLER',
        package_list: [{ package_id: '1159000000000000002', order_id_list: ['5779000000000000002'] }],
        update_time: T0 / 1000,
      },
    };
    expect((await hub.webhook(update)).status).toBe(200);
    // Its last scan is 29 h old: more than the 24 h the platform allows between updates.
    const alert = await waitFor(
      async () => (await alerts()).find((a) => a.orderId === '5779000000000000002' && a.riskCode === 'no-update-24h'),
      20_000,
      "the split order's alert",
    );
    expect(alert.text.en).toMatch(/24 h/);
  }, 30_000);
});
