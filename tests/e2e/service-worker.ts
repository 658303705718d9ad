/// <reference types="chrome" />
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { sendFromExtensionPage } from './mock-api';

/**
 * Kills the MV3 worker the way Chrome does when it is idle (recipe §5 "Service-worker restart"): CDP
 * `ServiceWorker.stopAllWorkers` from a throwaway extension page, closed afterwards, so that no page
 * used later was attached to the stopped worker. Playwright reports no worker 'close' on a stop, so the
 * CDP domain's own version updates tell when our worker's running status is 'stopped'.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await (
    await armServiceWorkerStop(context, extensionId)
  )();
}

/**
 * Does the slow part of a stop ahead (a CDP session listening to the worker's status, on `page` or a
 * throwaway options page), so that the returned function stops the worker at the moment it is called.
 * The page is closed after the stop: a page that saw the stop is not used again (recipe §5).
 */
export async function armServiceWorkerStop(
  context: BrowserContext,
  extensionId: string,
  page?: Page,
): Promise<() => Promise<void>> {
  const tmp = page ?? (await context.newPage());
  if (!page) await tmp.goto(`chrome-extension://${extensionId}/options.html`);
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
  return async () => {
    stopRequested = true;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach().catch(() => undefined);
    await tmp.close();
  };
}

/**
 * Wakes the worker with a message from a fresh extension page. Playwright emits no new event for the
 * restarted worker, so re-read `context.serviceWorkers()`; the caller proves it is a new life.
 */
export async function wakeServiceWorker(
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
