/// <reference types="chrome" />
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { replicaResponse } from '../fixtures/replica-server.mjs';

export const EXT_DIR = path.resolve(process.env.LML_OUT_DIR ?? '.output', 'chrome-mv3');
const SELLER_CENTER = /^https:\/\/(seller-[a-z]+\.tiktok\.com|seller-id\.tokopedia\.com)\//;

/** Serves replica Seller Center pages at the real host names (recipe §4a). Unknown hosts are blocked. */
export async function routeReplica(context: BrowserContext) {
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient')); // registered FIRST: tried last
  await context.route(SELLER_CENTER, async (route) => {
    const request = route.request();
    const response = replicaResponse({
      url: request.url(),
      method: request.method(),
      body: request.postData() ?? '',
      now: Date.now(), // deadlines relative to the real clock, as a live Seller Center shows them
    });
    if (!response) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: response.status, contentType: response.contentType, body: response.body });
  });
}

export async function launchWithExtension(): Promise<{ context: BrowserContext; dir: string }> {
  if (!fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lml-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--disable-gpu', '--disable-quic'],
  });
  return { context, dir };
}

export const test = base.extend<{
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  pageErrors: string[];
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  context: async ({}, use) => {
    const { context, dir } = await launchWithExtension();
    await routeReplica(context);
    await use(context);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (p: Page) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
});

export { expect };

/** The hints of one kind currently on the page, as `{ orderId, text }` (text pierces the open shadow root). */
export async function hintsOf(page: Page, kind: string): Promise<Array<{ orderId: string; text: string }>> {
  return page.evaluate((k) => {
    return [...document.querySelectorAll(`[data-lml="${k}"]`)].map((host) => ({
      orderId: host.getAttribute('data-order-id') ?? '',
      text: (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  }, kind);
}
