/**
 * Faults (issue 14): duplicate, retried and out-of-order webhooks; a Durable Object restarted in the
 * middle of a poll batch (nothing lost, nothing doubled); 429 and 5xx from the platform; an expired
 * access token refreshed once per shop and kept across the restart; never more than 50 requests per
 * second for a shop. All traffic goes to the mock on 127.0.0.1, bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_CREDENTIALS, MOCK_SHOPS, startMockApi, type MockApi } from '@/tools/mock-api';
import { HUB_TOKEN, orderStatusWebhook, startTestHub, waitFor, type HubStats, type TestHub } from './hub-harness';

const T0 = Date.parse('2026-03-05T09:00:00Z');
const US = MOCK_SHOPS.find((s) => s.market === 'US')!;

let api: MockApi;
let hub: TestHub;
beforeAll(async () => {
  api = await startMockApi({ seed: 21, startAt: T0, ordersPerMarket: 60, markets: ['US'] });
  hub = await startTestHub({ apiBase: api.url });
}, 60_000);
afterAll(async () => {
  await hub?.close();
  await api?.close();
});

/** Every stored webhook processed (the shop is not registered, so nothing is polled). */
const processed = (shopId: string) =>
  waitFor(
    async () => {
      const s = await hub.stats(shopId);
      return s.pendingWebhooks === 0 && s;
    },
    15_000,
    `shop ${shopId} to process its webhooks`,
  );

describe('webhooks out of order and retried', () => {
  it('applies the newest status whatever the arrival order, and a retried notification once', async () => {
    const shop = 'shop-faults-order';
    const send = async (orderId: string, status: string, time: number, id?: string) =>
      expect((await hub.webhook(orderStatusWebhook(shop, orderId, status, time, id))).status).toBe(200);
    // A: in transit (t=200) arrives before the older "awaiting shipment" (t=100): still watched.
    await send('A', 'IN_TRANSIT', 200);
    await send('A', 'AWAITING_SHIPMENT', 100);
    // B: cancelled at t=300 arrives first; the older statuses must not bring it back.
    await send('B', 'CANCEL', 300);
    await send('B', 'AWAITING_SHIPMENT', 100);
    await send('B', 'IN_TRANSIT', 200);
    // C: the platform retries the same notification (at +2 min, +30 min …): stored and applied once.
    for (let i = 0; i < 4; i++) await send('C', 'AWAITING_SHIPMENT', 100, 'n-faults-retried');
    // D: a cancel older than the status already applied is stale.
    await send('D', 'IN_TRANSIT', 500);
    await send('D', 'CANCEL', 400);
    const stats = await processed(shop);
    expect(stats.webhooks).toBe(8);
    // A, C and D are watched; B is not (whether it was briefly watched depends on how the queue batched).
    expect(stats.watched).toBe(3);
  });
});

describe('a shop under faults', () => {
  /** Registers the mock's US shop under `shopId` (a hub shop of its own, the same data at the mock). */
  const register = (shopId: string, withRefresh: boolean) =>
    hub.fetch('/v1/shops', {
      method: 'POST',
      headers: { authorization: `Bearer ${HUB_TOKEN}` },
      body: JSON.stringify({
        shop_id: shopId,
        cipher: US.cipher,
        region: 'US',
        access_token: MOCK_CREDENTIALS.accessToken,
        ...(withRefresh ? { refresh_token: MOCK_CREDENTIALS.refreshToken } : {}),
      }),
    });
  const settled = (shopId: string, what: string, atLeastEvents = 0) =>
    waitFor(
      async () => {
        const s = await hub.stats(shopId);
        return s.watched > 0 && s.due === 0 && s.events >= atLeastEvents && s;
      },
      40_000,
      what,
    );

  it('loses and doubles nothing through 429, 5xx, an expired token and a restart mid-batch', async () => {
    // Reference run: the same mock shop, clean, as another hub shop (its own Durable Object and storage).
    const referenceShop = `reference-${US.id}`;
    await hub.setClock([referenceShop], T0, 1);
    expect((await register(referenceShop, false)).status).toBe(200);
    const expected: HubStats = await settled(referenceShop, 'the reference run');
    const referenceTracking = api.control.requests({ endpoint: 'orders.tracking' }).length;
    expect(expected.events).toBeGreaterThan(0);

    api.control.clearRequests();
    api.control.expireAccessToken();
    const refreshesBefore = api.control.tokens().refreshCount;
    api.control.injectFault({ kind: 'rate-limit', count: 5, pathIncludes: '/tracking' });
    api.control.injectFault({ kind: 'server-error', status: 503, count: 2, pathIncludes: '/orders?' });
    api.control.injectFault({ kind: 'slow', delayMs: 2_000, count: 10, pathIncludes: '/tracking' });
    // 60× virtual time: the rests after a rate limit (30 s) and a 5xx (1 to 5 min) pass in seconds.
    await hub.setClock([US.id], T0, 60);
    expect((await register(US.id, true)).status).toBe(200);
    await waitFor(async () => api.control.tokens().refreshCount > refreshesBefore, 20_000, 'the token refresh');
    // Restart while the first tracking calls are held by the slow mock: that batch is cut mid-way.
    await waitFor(
      async () => api.control.requests({ endpoint: 'orders.tracking' }).length > 0,
      20_000,
      'tracking calls in flight',
    );
    await hub.restart();
    const after = await settled(US.id, 'the faulty run', expected.events);
    expect(after.events).toBe(expected.events);
    expect(after.packages).toBe(expected.packages);
    expect(after.watched).toBe(expected.watched);
    // The interrupted batch was fetched again, and the refreshed token survived the restart.
    expect(api.control.requests({ endpoint: 'orders.tracking' }).length).toBeGreaterThan(referenceTracking);
    expect(api.control.tokens().refreshCount).toBe(refreshesBefore + 1);

    // Never more than 50 requests in any one-second window for the shop.
    const times = api.control
      .requests()
      .filter((r) => r.query.shop_cipher === US.cipher)
      .map((r) => r.atMs)
      .sort((a, b) => a - b);
    let highest = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= 1_000) j++;
      highest = Math.max(highest, i - j + 1);
    }
    expect(highest).toBeLessThanOrEqual(50);
  }, 120_000);
});
