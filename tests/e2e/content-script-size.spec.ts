import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXT_DIR } from './fixtures';

/**
 * Size guard (issue #11): every content script the built manifest lists — the loader that runs on every
 * Seller Center page — stays within 60 KB minified + gzip. Here rather than in the unit tests because
 * it needs the fresh build `npm test` makes before the e2e suite. The feature module the loader imports
 * on order pages is measured by `npm run bench` (overlay).
 */
const LIMIT_BYTES = 60 * 1000;

test('the content script stays within 60 KB min+gzip', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const gzip = gzipSync(fs.readFileSync(path.join(EXT_DIR, script)), { level: 9 }).length;
    expect(gzip, `${script}: ${(gzip / 1000).toFixed(1)} KB gzip`).toBeLessThanOrEqual(LIMIT_BYTES);
  }
});
