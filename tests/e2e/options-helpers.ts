/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { MOCK_CREDENTIALS, startMockApi, type MockApi } from '../../tools/mock-api/index';

/** Opens the options page as a tab and waits until the settings are loaded. */
export async function openOptions(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading your settings'));
  return page;
}

/** Reads keys of `chrome.storage.local` through the service worker (what the extension really stored). */
export async function readLocal(worker: Worker, keys: string[]): Promise<Record<string, unknown>> {
  return worker.evaluate((k) => chrome.storage.local.get(k), keys);
}

export async function writeLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** Axe violations of impact serious or critical, as `id: target` lines (empty = pass). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

const OPEN_API = /^https:\/\/(open-api\.tiktokglobalshop\.com|auth\.tiktok-shops\.com)\//;

/**
 * Starts the local mock of the TikTok Shop Open API and routes the real API hosts to it, so the
 * background's signed requests are checked by the mock (signature, timestamp, token) as by the real API.
 */
export async function routeMockApi(context: BrowserContext): Promise<MockApi> {
  const api = await startMockApi({ seed: 11, ordersPerMarket: 5 });
  await context.route(OPEN_API, async (route) => {
    const original = new URL(route.request().url());
    const target = `${api.url}${original.pathname}${original.search}`;
    const response = await route.fetch({ url: target });
    await route.fulfill({ response });
  });
  return api;
}

export { MOCK_CREDENTIALS };
