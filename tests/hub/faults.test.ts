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
  const register = () =>
    hub.fetch('/v1/shops', {
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

  it('loses and doubles nothing through 429, 5xx, an expired token and a restart mid-batch', async () => {
    // Reference run: a clean hub on its own storage, same mock data (the mock's clock stands still).
    const reference = await startTestHub({ apiBase: api.url });
    let expected: HubStats;
    try {
      await reference.setClock([US.id], T0, 1);
      const response = await reference.fetch('/v1/shops', {
        method: 'POST',
        headers: { authorization: `Bearer ${HUB_TOKEN}` },
        body: JSON.stringify({
          shop_id: US.id,
          cipher: US.cipher,
          region: 'US',
          access_token: MOCK_CREDENTIALS.accessToken,
        }),
      });
      expect(response.status).toBe(200);
      expected = await waitFor(
        async () => {
          const s = await reference.stats(US.id);
          return s.watched > 0 && s.due === 0 && s;
        },
        40_000,
        'the reference run',
      );
    } finally {
      await reference.close();
    }
    const referenceTracking = api.control.requests({ endpoint: 'orders.tracking' }).length;
    expect(expected.events).toBeGreaterThan(0);

    api.control.clearRequests();
    api.control.expireAccessToken();
    const refreshesBefore = api.control.tokens().refreshCount;
    api.control.injectFault({ kind: 'rate-limit', count: 5, pathIncludes: '/tracking' });
    api.control.injectFault({ kind: 'server-error', status: 503, count: 2, pathIncludes: '/orders?' });
    api.control.injectFault({ kind: 'slow', delayMs: 4_000, count: 40, pathIncludes: '/tracking' });
    // 10× virtual time: the 30 s rest after a rate limit passes in 3 s.
    await hub.setClock([US.id], T0, 10);
    expect((await register()).status).toBe(200);
    await waitFor(async () => api.control.tokens().refreshCount > refreshesBefore, 20_000, 'the token refresh');
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // tracking calls of the first batch are in flight
    await hub.restart();
    const after = await waitFor(
      async () => {
        const s = await hub.stats(US.id);
        return s.watched > 0 && s.due === 0 && s.events >= expected.events && s;
      },
      60_000,
      'the faulty run',
    );

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
