/// <reference types="chrome" />
/**
 * Hub mode end to end (issue 14): the hub (Miniflare) polls the mock Open API for a registered shop; the
 * extension, connected through Options' "Connect through a hub" with no TikTok secret, shows the hub's
 * alert in its badge, as one order notification, in the side panel and on the Seller Center replica's row.
 * Everything stays on 127.0.0.1; each wait is bounded.
 */
import type { PollAlert } from '../../lib/poller';
import { MOCK_CREDENTIALS, MOCK_SHOPS, startMockApi } from '../../tools/mock-api';
import { replicaScenarios } from '../fixtures/replica-server.mjs';
import { HUB_TOKEN, startTestHub, waitFor } from '../hub/hub-harness';
import { expect, test } from './fixtures';
import { connectMockShop, routeToMockApi } from './mock-api';
import { storedCredentials } from './secrets-helpers';

const HOUR = 3_600_000;
const US = MOCK_SHOPS.find((s) => s.market === 'US')!;

test('connected through a hub: its alert shows in the badge, one notification, the side panel and the order row', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  test.setTimeout(120_000);
  const now = Date.now();
  const api = await startMockApi({ ordersPerMarket: 0 });
  const hub = await startTestHub({ apiBase: api.url });
  const emptyApi = await startMockApi({ ordersPerMarket: 0 });
  try {
    api.control.setNow(now);
    const overdue = replicaScenarios().scenarios[1]!;
    // Label 5 h 12 m ago and no carrier scan: the first scan is overdue (S7/S27).
    api.control.seedOrders([
      {
        id: overdue.id,
        market: 'US',
        status: 'AWAITING_SHIPMENT',
        trackingNumber: overdue.trackingNumber,
        carrier: overdue.carrier,
        labelCreatedAt: now - 5 * HOUR - 12 * 60_000,
        shipBy: now + 48 * HOUR,
      },
    ]);
    const registered = await hub.fetch('/v1/shops', {
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
    expect(registered.status).toBe(200);
    await waitFor(
      async () => {
        const { alerts } = (await (await hub.read(`/v1/shops/${US.id}/alerts`)).json()) as { alerts: PollAlert[] };
        return alerts.some((a) => a.orderId === overdue.id && a.riskCode === 'first-scan-overdue');
      },
      30_000,
      "the hub's first-scan-overdue alert",
    );

    // The fixture blocks every host but Seller Center's: let the browser reach this hub.
    await context.route(`${hub.url}/**`, async (route) => {
      try {
        await route.fulfill({ response: await route.fetch() });
      } catch {
        await route.abort('connectionrefused').catch(() => undefined);
      }
    });

    // Connected directly first (to an empty shop): hub mode must delete that secret.
    await routeToMockApi(context, emptyApi);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#hub`);
    expect((await connectMockShop(options)).connection.state).toBe('ok');
    expect(await storedCredentials(serviceWorker)).toMatchObject({ appSecret: MOCK_CREDENTIALS.appSecret });

    // ── Options: "Connect through a hub" ──
    await options.locator('input[name="hub-url"]').fill(hub.url);
    await options.locator('input[name="hub-token"]').fill(HUB_TOKEN);
    await options.locator('input[name="hub-shopId"]').fill(US.id);
    await options.getByRole('button', { name: 'Connect through this hub' }).click();
    await expect(options.getByTestId('hub-status')).toContainText('Connected through');

    // ── Badge and one notification for the order (lml-order:<id>) ──
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 })
      .toBe('1');
    expect(Object.keys(await serviceWorker.evaluate(() => chrome.notifications.getAll()))).toEqual([
      `lml-order:${overdue.id}`,
    ]);

    // ── Side panel: the shop view lists it; troubleshooting shows the hub's clock ──
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Shop' }).click();
    await expect(panel.getByTestId('at-risk-table')).toContainText(overdue.id);
    await panel.getByRole('button', { name: `Troubleshoot order ${overdue.id}` }).click();
    await expect(panel.getByRole('heading', { name: `Order ${overdue.id}` })).toBeVisible();
    await expect(panel.locator('[data-clock="first-scan"]')).toHaveAttribute('data-state', 'overdue');
    await expect(panel.locator('.lml-finding').first()).toHaveAttribute('data-code', 'first-scan-overdue');

    // ── Seller Center replica: the order row's inline hint reads the hub's alert ──
    const page = await context.newPage();
    await page.goto('https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1');
    const hint = page.locator(`[data-lml="pending-diagnosis"][data-order-id="${overdue.id}"]`);
    await expect(hint.locator('[data-code]')).toHaveAttribute('data-code', 'first-scan-overdue', { timeout: 15_000 });
    await expect(hint).toContainText(/5 h 1[2-4] m/);

    // No TikTok secret in the browser in hub mode.
    expect(await storedCredentials(serviceWorker)).toBeNull();
    expect(pageErrors).toEqual([]);
  } finally {
    await hub.close();
    await api.close();
    await emptyApi.close();
  }
});
