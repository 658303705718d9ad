import { expect, test } from '@playwright/test';
import { FEATURE_MODULE, pageScriptSizes, total } from '../../scripts/bench/page-script-size';
import { EXT_DIR } from './fixtures';

/**
 * Size guard (issue #11), on the fresh build `npm test` makes before the e2e suite: what a Seller
 * Center order page loads of the extension — the manifest's content scripts (the MAIN-world order-list
 * relay and the loader, both on every Seller Center page) plus the feature module and the chunks it
 * imports statically — stays within 60 KB minified + gzip in total; the relay alone, which runs at
 * document_start before Seller Center's own scripts, within 4 KB.
 */
const ORDER_PAGE_LIMIT = 60 * 1000;
const RELAY_LIMIT = 4 * 1000;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

test('an order page loads at most 60 KB min+gzip of content script', () => {
  const sizes = pageScriptSizes(EXT_DIR);
  expect(sizes.manifest.length).toBeGreaterThan(0);
  expect(sizes.features.map((s) => s.file)).toContain(FEATURE_MODULE);
  const loaded = [...sizes.manifest, ...sizes.features];
  const sum = total(loaded).gzip;
  const detail = loaded.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ');
  expect(sum, `${kb(sum)} gzip: ${detail}`).toBeLessThanOrEqual(ORDER_PAGE_LIMIT);
});

test('the MAIN-world order-list relay stays within 4 KB min+gzip', () => {
  const relay = pageScriptSizes(EXT_DIR).manifest.find((s) => s.file.endsWith('order-list-relay.js'));
  expect(relay, 'order-list-relay.js is in the manifest').toBeDefined();
  expect(relay!.gzip, `${kb(relay!.gzip)} gzip`).toBeLessThanOrEqual(RELAY_LIMIT);
});
