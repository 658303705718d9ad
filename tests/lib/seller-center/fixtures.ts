/**
 * Loads stored Seller Center pages (tests/fixtures/seller-center/) into documents for DOM tests.
 * Requires the happy-dom test environment (DOMParser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// a string, not `new URL(…)`: under happy-dom the global URL is the DOM's, which node:url refuses
export const FIXTURE_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/seller-center')}/`;

export function fixtureExists(name: string): boolean {
  return existsSync(FIXTURE_DIR + name);
}

export function readFixture(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(name: string): Document {
  return parseHtml(readFixture(name));
}

/** The URL a replica snapshot was rendered from (its header comment says "from <url> (replica SPA)"). */
export function snapshotUrl(name: string): URL {
  const m = /from (https:\/\/\S+) \(replica/.exec(readFixture(name));
  if (!m) throw new Error(`${name} does not name its URL`);
  return new URL(m[1]!);
}

/** Our own shapes, with the URL each stands for. */
export const SHAPES = {
  usTable: {
    file: 'shapes/order-list-table-us-en.html',
    url: 'https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1&selected_sort=6',
  },
  gbTableZh: {
    file: 'shapes/order-list-table-gb-zh.html',
    url: 'https://seller-uk.tiktok.com/order?tab=all&selected_sort=6&lang=zh-CN',
  },
  usCards: { file: 'shapes/order-list-cards-us-en.html', url: 'https://seller-us.tiktok.com/order?tab=all' },
  usDetail: {
    file: 'shapes/order-detail-us-en.html',
    url: 'https://seller-us.tiktok.com/order/detail?order_no=577424858038964867&shop_region=US',
  },
  gbDetailZh: {
    file: 'shapes/order-detail-gb-zh.html',
    url: 'https://seller-uk.tiktok.com/order/detail?order_no=577661020034471185&shop_region=GB',
  },
  usLabels: { file: 'shapes/shipping-labels-us-en.html', url: 'https://seller-us.tiktok.com/shipment/labels' },
  uploadEn: { file: 'shapes/upload-dialogs-en.html', url: 'https://seller-us.tiktok.com/order?tab=to_ship' },
  uploadZh: { file: 'shapes/upload-dialog-zh.html', url: 'https://seller-uk.tiktok.com/order?tab=to_ship&lang=zh-CN' },
} as const;

/** Replica SPA snapshots (written by tests/fixtures/seller-center/snapshot.mjs). */
export const REPLICA_SNAPSHOTS = [
  'order-list-to-ship-us.html',
  'order-list-all-zh-gb.html',
  'order-detail-us.html',
  'order-detail-zh-id.html',
  'shipment-labels-us.html',
] as const;
