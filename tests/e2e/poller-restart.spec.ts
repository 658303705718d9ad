/// <reference types="chrome" />
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { replicaScenarios } from '../fixtures/replica-server.mjs';
import { expect, test } from './fixtures';
import { connectMockShop, routeMockApi, sendFromExtensionPage } from './mock-api';
import { storedCredentials } from './secrets-helpers';

const HOUR = 3_600_000;

/**
 * Kills the MV3 worker the way Chrome does when it is idle (recipe §5 "Service-worker restart"): CDP
 * `ServiceWorker.stopAllWorkers` from a throwaway extension page, closed afterwards, so that no page
 * used later was attached to the stopped worker. Playwright reports no worker 'close' on a stop, so the
 * CDP domain's own version updates tell when our worker's running status is 'stopped'.
 */
async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const tmp = await context.newPage();
  await tmp.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(tmp);
  const ours = `chrome-extension://${extensionId}/`;
  let stopRequested = false;
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (stopRequested && versions.some((v) => v.scriptURL.startsWith(ours) && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  stopRequested = true;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach().catch(() => undefined);
  await tmp.close();
}

/**
 * Wakes the worker with a message from a fresh extension page. Playwright emits no new event for the
 * restarted worker, so re-read `context.serviceWorkers()`; the caller proves it is a new life.
 */
async function wakeServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<{ page: Page; worker: Worker }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await sendFromExtensionPage<{ pong: boolean }>(page, 'ping', {})).toMatchObject({ pong: true });
  const worker = context.serviceWorkers().at(-1);
  expect(worker).toBeDefined();
  return { page, worker: worker! };
}

/** The alert rows as the worker stored them (same extension origin, so the same IndexedDB). */
async function storedAlerts(
  page: Page,
): Promise<Array<{ packageKey: string; riskCode: string; notified: number; notifiedAt?: number }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lastmile-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('alerts', 'readonly').objectStore('alerts').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve(read.result as never);
          };
        };
      }),
  );
}

test('the worker killed after a poll comes back with its badge, alarm and credentials, and notifies nothing twice', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const api = await routeMockApi(context);
  const now = Date.now();
  api.control.setNow(now);
  const [, overdue, callback] = replicaScenarios().scenarios;
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
  expect((await connectMockShop(page)).connection.state).toBe('ok');
  // connect-shop starts a poll; poll-now joins it (single flight) and returns its summary.
  const first = await sendFromExtensionPage<{ atRisk: number; newAlerts: number }>(page, 'poll-now', {});
  expect(first.atRisk).toBe(1);
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  const shownBefore = Object.keys(await serviceWorker.evaluate(() => chrome.notifications.getAll()));
  expect(shownBefore).toHaveLength(1);
  expect(shownBefore[0]).toContain('first-scan-overdue');
  const alertsBefore = await storedAlerts(page);
  expect(alertsBefore).toMatchObject([{ riskCode: 'first-scan-overdue', notified: 1 }]);
  expect(await serviceWorker.evaluate(() => chrome.alarms.get('lml-poll'))).toMatchObject({ name: 'lml-poll' });
  const credentialsBefore = await storedCredentials(serviceWorker);
  expect(credentialsBefore).toMatchObject({ appKey: expect.any(String) });
  // Only memory of the old worker carries this mark: its absence later proves the worker restarted.
  await serviceWorker.evaluate(() => void ((globalThis as { __lmlRestartMark?: number }).__lmlRestartMark = 1));
  await page.close();

  await stopServiceWorker(context, extensionId);
  const { page: fresh, worker } = await wakeServiceWorker(context, extensionId);
  expect(await worker.evaluate(() => (globalThis as { __lmlRestartMark?: number }).__lmlRestartMark)).toBeUndefined();
  // Count what the new worker shows: a duplicate would reuse the stable id, so getAll() alone could not see it.
  await worker.evaluate(() => {
    const scope = globalThis as { __lmlCreated?: string[] };
    scope.__lmlCreated = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
    (chrome.notifications as { create: unknown }).create = (...args: unknown[]) => {
      scope.__lmlCreated!.push(typeof args[0] === 'string' ? args[0] : '(no id)');
      return create(...args);
    };
  });

  const tracking = api.control.requests({ endpoint: 'orders.tracking' }).length;
  const again = await sendFromExtensionPage<{
    atRisk: number;
    newAlerts: number;
    checked: number;
    stoppedBecause?: string;
  }>(fresh, 'poll-now', {});
  // The new worker really polled (resuming from IndexedDB), and found the same risk, nothing new.
  expect(again).toMatchObject({ atRisk: 1, newAlerts: 0 });
  expect(again.stoppedBecause).toBeUndefined();
  expect(again.checked).toBeGreaterThan(0);
  expect(api.control.requests({ endpoint: 'orders.tracking' }).length).toBeGreaterThan(tracking);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  expect(await worker.evaluate(() => (globalThis as { __lmlCreated?: string[] }).__lmlCreated)).toEqual([]);
  expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual(shownBefore);
  expect(await storedAlerts(fresh)).toEqual(alertsBefore);
  // The alarm outlives the worker, and the shop stays connected.
  expect(await worker.evaluate(() => chrome.alarms.get('lml-poll'))).toMatchObject({
    name: 'lml-poll',
    periodInMinutes: expect.any(Number),
  });
  expect(await storedCredentials(worker)).toEqual(credentialsBefore);
  const status = await sendFromExtensionPage<{ connection: { state: string }; atRiskCount: number }>(
    fresh,
    'connection-status',
    {},
  );
  expect(status).toMatchObject({ connection: { state: 'ok' }, atRiskCount: 1 });
  expect(api.control.requests().filter((r) => r.status !== 200)).toEqual([]);

  await api.close();
  expect(pageErrors).toEqual([]);
});
