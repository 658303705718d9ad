/// <reference types="chrome" />
import { replicaScenarios } from '../fixtures/replica-server.mjs';
import { expect, test } from './fixtures';
import { connectMockShop, routeMockApi, sendFromExtensionPage } from './mock-api';

const HOUR = 3_600_000;

test('stuck orders show the right top finding inline, and "Open troubleshooting" opens the side panel on that order', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const api = await routeMockApi(context);
  const now = Date.now();
  api.control.setNow(now);
  const [malformed, overdue, callback] = replicaScenarios().scenarios;
  api.control.seedOrders([
    {
      id: malformed!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: malformed!.trackingNumber,
      carrier: malformed!.carrier,
      labelCreatedAt: now - 1 * HOUR,
      shipBy: now + 48 * HOUR,
    },
    {
      id: overdue!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: overdue!.trackingNumber,
      carrier: overdue!.carrier,
      labelCreatedAt: now - 5 * HOUR - 12 * 60_000,
      shipBy: now + 48 * HOUR,
    },
    {
      id: callback!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: callback!.trackingNumber,
      carrier: callback!.carrier,
      labelCreatedAt: now - 2 * HOUR,
      shipBy: now + 48 * HOUR,
    },
  ]);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  // The seller entered J&T's configured tracking callback in Options (S28 step 2): it is the wrong endpoint.
  await ext.evaluate(
    (url) => chrome.storage.local.set({ 'carrier-callbacks': { 'jt-express': { url } } }),
    callback!.callback!.configuredUrl,
  );
  await connectMockShop(ext);
  await sendFromExtensionPage(ext, 'poll-now', {});

  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1');
  const codeOf = (orderId: string) =>
    page
      .locator(`[data-lml="pending-diagnosis"][data-order-id="${orderId}"]`)
      .locator('[data-code]')
      .getAttribute('data-code');
  await expect.poll(() => codeOf(overdue!.id)).toBe('first-scan-overdue');
  await expect.poll(() => codeOf(callback!.id)).toBe('callback-mismatch');
  // One hint per problem: the malformed waybill is said once, in its tracking cell, not again by the diagnosis.
  await expect(page.locator(`[data-lml="waybill-warning"][data-order-id="${malformed!.id}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-lml="pending-diagnosis"][data-order-id="${malformed!.id}"]`)).toHaveCount(0);
  const overdueHint = page.locator(`[data-lml="pending-diagnosis"][data-order-id="${overdue!.id}"]`);
  await expect(overdueHint).toContainText(/5 h 1[12] m/);
  await page.screenshot({ path: test.info().outputPath('pending-diagnosis.png') });

  // "Open troubleshooting": the click's user gesture reaches the background with the message, and
  // sidePanel.open is called before any await, so the side panel itself opens (no fallback tab).
  const tabsBefore = context.pages().length;
  await overdueHint.getByRole('button', { name: /Open troubleshooting/ }).click();
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map((c) =>
          c.documentUrl ? new URL(c.documentUrl).pathname : 'loading',
        ),
      ),
    )
    .toEqual(['/sidepanel.html']);
  expect(context.pages()).toHaveLength(tabsBefore);
  const target = await serviceWorker.evaluate(() => chrome.storage.local.get('sidepanel-target'));
  expect((target['sidepanel-target'] as { orderId: string }).orderId).toBe(overdue!.id);
  await api.close();
  expect(pageErrors).toEqual([]);
});
