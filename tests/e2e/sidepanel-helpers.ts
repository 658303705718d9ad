/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { BrowserContext, Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import type { SeedOrderInput } from '../../tools/mock-api';
import { connectMockShop, routeMockApi, sendFromExtensionPage, type MockApi } from './mock-api';

/**
 * Helpers for driving the side panel against the mock Open API: a seeded shop polled through the
 * extension's real code path (connect-shop → poll-now), the panel opened as a tab, CSV downloads
 * read back, tables read as text, axe. Reuses tests/e2e/mock-api.ts for the routing.
 */
export { connectMockShop, routeMockApi, sendFromExtensionPage, type MockApi };

export const HOUR = 3_600_000;

/**
 * A US shop with one package per situation the shop view must show, times relative to `now`:
 * first scan overdue (label 6 h ago, only "label created"), a stale trail (no update for 40 h),
 * an exception, one moving normally (not at risk) and one in transit that a later poll sees delivered.
 * Tracking numbers are valid USPS IMpb numbers (check digit verified), so no waybill finding hides the others.
 */
export function stuckShopOrders(now: number): {
  orders: SeedOrderInput[];
  ids: Record<'overdue' | 'stale' | 'exception' | 'fine' | 'delivered', string>;
} {
  const ids = {
    overdue: '576800000000010001',
    stale: '576800000000010002',
    exception: '576800000000010003',
    fine: '576800000000010004',
    delivered: '576800000000010005',
  };
  const orders: SeedOrderInput[] = [
    {
      id: ids.overdue,
      market: 'US',
      status: 'AWAITING_SHIPMENT',
      carrier: 'USPS',
      trackingNumber: '9400111206206406260787',
      labelCreatedAt: now - 6 * HOUR,
      shipBy: now + 40 * HOUR,
      events: [{ at: now - 6 * HOUR + 120_000, description: 'Shipping Label Created, USPS Awaiting Item' }],
    },
    {
      id: ids.stale,
      market: 'US',
      status: 'IN_TRANSIT',
      carrier: 'USPS',
      trackingNumber: '9261290983497923666238',
      labelCreatedAt: now - 60 * HOUR,
      shipBy: now - 20 * HOUR,
      events: [
        { at: now - 58 * HOUR, description: 'Accepted at USPS Origin Facility' },
        { at: now - 40 * HOUR, description: 'Arrived at USPS Regional Facility' },
      ],
    },
    {
      id: ids.exception,
      market: 'US',
      status: 'IN_TRANSIT',
      carrier: 'USPS',
      trackingNumber: '9405803699300124287899',
      labelCreatedAt: now - 30 * HOUR,
      shipBy: now + 10 * HOUR,
      events: [
        { at: now - 29 * HOUR, description: 'Accepted at USPS Origin Facility' },
        { at: now - 3 * HOUR, description: 'Refused by addressee' },
      ],
    },
    {
      id: ids.fine,
      market: 'US',
      status: 'IN_TRANSIT',
      carrier: 'USPS',
      trackingNumber: '9434611206206407667131',
      labelCreatedAt: now - 10 * HOUR,
      shipBy: now + 30 * HOUR,
      events: [
        { at: now - 8 * HOUR, description: 'Accepted at USPS Origin Facility' },
        { at: now - 2 * HOUR, description: 'Arrived at USPS Regional Facility' },
      ],
    },
    {
      id: ids.delivered,
      market: 'US',
      status: 'IN_TRANSIT',
      carrier: 'USPS',
      labelCreatedAt: now - 50 * HOUR,
      shipBy: now + 10 * HOUR,
      events: [
        { at: now - 48 * HOUR, description: 'Accepted at USPS Origin Facility' },
        { at: now - 20 * HOUR, description: 'Arrived at USPS Regional Facility' },
      ],
    },
  ];
  return { orders, ids };
}

/** The same order, now delivered (what the next poll sees). */
export function deliveredLater(order: SeedOrderInput, deliveredAt: number): SeedOrderInput {
  return {
    ...order,
    status: 'DELIVERED',
    events: [...(order.events ?? []), { at: deliveredAt, description: 'Delivered, In/At Mailbox' }],
  };
}

/** Opens the side panel page as a tab (headless Chromium has no side-panel UI); `search` e.g. `?order=…`. */
export async function openSidepanel(context: BrowserContext, extensionId: string, search = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html${search}`);
  await page.getByRole('tablist').waitFor();
  return page;
}

/**
 * Connects the mock shop and polls through the background until the poll has seen every seeded order
 * (connect-shop starts a poll; poll-now joins or repeats it). Returns the last poll summary.
 */
export async function connectAndPoll(page: Page): Promise<{ checked: number; atRisk: number }> {
  const connected = await connectMockShop(page);
  if (connected.connection.state !== 'ok') throw new Error(`connect-shop: ${JSON.stringify(connected.connection)}`);
  return sendFromExtensionPage<{ checked: number; atRisk: number }>(page, 'poll-now', {});
}

/** The text of every body cell of a table, row by row (whitespace collapsed). */
export async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
}

/** Clicks a control that downloads a file and returns the file's text (BOM kept). */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: (download as Download).suggestedFilename(),
    text: fs.readFileSync((await (download as Download).path())!, 'utf8'),
  };
}

/** Parses CSV text (after its BOM) with papaparse, failing on any parse error. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV without a UTF-8 BOM');
  const result = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`CSV parse errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Axe violations of impact serious or critical, as readable lines (empty = pass). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
