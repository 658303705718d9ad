/// <reference types="chrome" />
import { replicaScenarios } from '../fixtures/replica-server.mjs';
import { expect, test } from './fixtures';
import { connectMockShop, routeMockApi, sendFromExtensionPage } from './mock-api';
import { storedCredentials } from './secrets-helpers';

const HOUR = 3_600_000;

test('after connecting, the poller runs: badge = at-risk count, one notification for the overdue first scan', async ({
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
    // Label 6 h ago, no carrier scan reached TikTok: first scan overdue (S7/S27).
    {
      id: overdue!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: overdue!.trackingNumber,
      carrier: 'USPS',
      labelCreatedAt: now - 6 * HOUR,
      shipBy: now + 48 * HOUR,
    },
    // Label 1 h ago: first scan still due (not at risk yet).
    {
      id: malformed!.id,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      trackingNumber: malformed!.intendedTrackingNumber,
      carrier: 'USPS',
      labelCreatedAt: now - 1 * HOUR,
      shipBy: now + 48 * HOUR,
    },
    // Scanned 2 h after its label and moving: fine.
    {
      id: callback!.id,
      market: 'US',
      trackingNumber: callback!.trackingNumber,
      carrier: 'USPS',
      labelCreatedAt: now - 10 * HOUR,
      shipBy: now + 30 * HOUR,
      events: [
        { at: now - 8 * HOUR, description: 'Accepted at USPS Origin Facility' },
        { at: now - 2 * HOUR, description: 'Arrived at USPS Regional Facility' },
      ],
    },
  ]);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const connected = await connectMockShop(page);
  expect(connected.connection.state).toBe('ok');
  // connect-shop starts a poll; poll-now joins it (single flight) and returns its summary.
  const summary = await sendFromExtensionPage<{ atRisk: number; checked: number }>(page, 'poll-now', {});
  expect(summary.atRisk).toBe(1);
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  const notifications = await serviceWorker.evaluate(() => chrome.notifications.getAll());
  const ids = Object.keys(notifications);
  expect(ids).toHaveLength(1);
  expect(ids[0]).toContain('first-scan-overdue');
  // Signed requests reached the mock with the access token and were accepted.
  expect(api.control.requests().filter((r) => r.status !== 200)).toEqual([]);
  // A second poll raises nothing new (one notification per new risk).
  const again = await sendFromExtensionPage<{ atRisk: number }>(page, 'poll-now', {});
  expect(again.atRisk).toBe(1);
  expect(Object.keys(await serviceWorker.evaluate(() => chrome.notifications.getAll()))).toHaveLength(1);
  await api.close();
  expect(pageErrors).toEqual([]);
});

test('without credentials the poller is idle and says why; disconnect wipes the secrets', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const api = await routeMockApi(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const idle = await sendFromExtensionPage<{ connection: { state: string; reason?: { en: string } } }>(
    page,
    'connection-status',
    {},
  );
  expect(idle.connection.state).toBe('not-configured');
  expect(idle.connection.reason?.en).toMatch(/not polled/i);
  await connectMockShop(page);
  expect(await storedCredentials(serviceWorker)).toMatchObject({ appKey: expect.any(String) });
  await sendFromExtensionPage(page, 'disconnect', {});
  expect(await storedCredentials(serviceWorker)).toBeNull();
  await api.close();
});
