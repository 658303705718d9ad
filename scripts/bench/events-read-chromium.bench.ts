/**
 * Benchmark (issue #12 item 7): how the shop view's events read (`listEventsOfPackages`) scales in
 * Chromium's IndexedDB with the layout of the window's package keys. A plain page holds the same
 * `events` schema (Dexie, 300,000 events of 100,000 packages, seeded in-page with `bulkPut` — about a
 * minute, against ~950 s for the extension bench's row-by-row seed through `page.evaluate`), then reads
 * 4,110 packages' events (the 15-day window) with `anyOf` and with one range per package, for keys
 * contiguous in key order (the extension bench's shape) and scattered (every 24th package).
 */
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dexie } from 'dexie';

export async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lml-events-read-'));
  const page_ = path.join(dir, 'blank.html');
  fs.writeFileSync(page_, '<html><body></body></html>');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${page_}`);
    await page.addScriptTag({ path: path.resolve('node_modules/dexie/dist/dexie.js') });
    // tsx (esbuild keepNames) wraps named inner functions in `__name`, which the page lacks.
    await page.evaluate('window.__name = (f) => f');
    const r = await page.evaluate(async () => {
      const D = (window as unknown as { Dexie: typeof Dexie }).Dexie;
      const db = new D('bench');
      db.version(1).stores({ events: '[packageKey+eventKey], packageKey, [packageKey+at]' });
      const events = db.table<{ packageKey: string; at: number }>('events');
      const seedStarted = performance.now();
      for (let s = 0; s < 100_000; s += 20_000) {
        const rows = [];
        for (let i = s; i < s + 20_000; i++)
          for (let e = 0; e < 3; e++)
            rows.push({
              packageKey: `pkg:${1e12 + i}`,
              eventKey: `${e}|x`,
              at: 1e12 + i * 1000 + e,
              description: 'Arrived at USPS Regional Facility',
              status: 'in-transit',
              isCarrierScan: true,
              storedAt: 1,
            });
        await events.bulkPut(rows);
      }
      const seedMs = performance.now() - seedStarted;
      const time = async (read: () => Promise<unknown[]>) => {
        const started = performance.now();
        const rows = (await read()).flat().length;
        return { ms: performance.now() - started, rows };
      };
      const anyOf = (keys: string[]) => () => events.where('packageKey').anyOf(keys).toArray();
      const perKey = (keys: string[]) => () =>
        db.transaction('r', events, () =>
          Promise.all(keys.map((k) => events.where('[packageKey+at]').between([k, D.minKey], [k, D.maxKey]).toArray())),
        );
      const contiguous = Array.from({ length: 4_110 }, (_, i) => `pkg:${1e12 + 95_000 + i}`);
      const scattered = Array.from({ length: 4_110 }, (_, i) => `pkg:${1e12 + i * 24}`);
      return {
        seedMs,
        contiguousAnyOf: await time(anyOf(contiguous)),
        contiguousPerKey: await time(perKey(contiguous)),
        scatteredAnyOf: await time(anyOf(scattered)),
        scatteredPerKey: await time(perKey(scattered)),
      };
    });
    const row = (name: string, m: { ms: number; rows: number }) => ({
      name,
      value: Math.round(m.ms),
      unit: 'ms',
      note: `${m.rows.toLocaleString('en')} events of 4,110 packages; store of 300,000 seeded in ${Math.round(r.seedMs / 1000)} s`,
    });
    return [
      row('events read, anyOf, contiguous keys', r.contiguousAnyOf),
      row('events read, one range per package, contiguous keys', r.contiguousPerKey),
      row('events read, anyOf, scattered keys', r.scatteredAnyOf),
      row('events read, one range per package, scattered keys', r.scatteredPerKey),
    ];
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
