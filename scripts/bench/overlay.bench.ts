/**
 * What the extension adds to a Seller Center tab's main thread (issue #11), measured as the same page
 * with and without the extension in one run: two Chromium profiles side by side, one with the built
 * extension loaded (as tests/e2e/fixtures.ts does) and one without, each page loaded fresh in both.
 *  - load: CDP `Performance.getMetrics` TaskDuration of the tab once the page has settled (every hint
 *    drawn, nothing changing for a while), with minus without; the longest task (PerformanceObserver
 *    `longtask`, > 50 ms) of each;
 *  - scroll: the page scrolled top to bottom, one step per animation frame; TaskDuration added during the
 *    scroll divided by the frames it took;
 *  - pages: static, non-virtualised lists of 50 / 200 / 500 orders (tests/fixtures/perf), the replica's
 *    virtualised 500-order list (tests/fixtures/seller-center), 500 orders as cards (another shape: no
 *    table, no hooks, read by the general path), and a Seller Center page with nothing to
 *    annotate (the static 500-row page served at /homepage: the loader decides no feature runs there),
 *    and the replica's own home page (the same decision on a light page, where the page's noise is small);
 *  - sizes (page-script-size.ts): what an order page loads — relay + loader + feature module and its
 *    static chunks — minified and gzip, and the lazy upload-check chunk apart.
 * Each figure is the median of LML_BENCH_PAIRS (default 3) with/without pairs, with the middle half of
 * the samples as its spread; each pair uses fresh profiles. The page with nothing to annotate is loaded
 * LML_BENCH_NOTHING_REPEAT (default 3) times per pair: its few ms sit under tens of ms of noise.
 * LML_BENCH_EXT_DIR = an already built `chrome-mv3` folder (else built into `.output-bench`).
 * LML_BENCH_CASES = comma-separated parts of case names to run only those (e.g. `static 500,nothing`);
 * LML_BENCH_PROFILE = a folder to write a CPU profile (`.cpuprofile`) of each with-extension load into
 * (profile-summary.mjs says which of our files the time went to).
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { replicaResponse } from '../../tests/fixtures/replica-server.mjs';
import { pageScriptSizes, total, type ScriptSize } from './page-script-size';
import {
  CARD_ORDER_LIST_URL,
  renderCardOrderList,
  renderStaticOrderList,
  STATIC_ORDER_LIST_URLS,
} from '../../tests/fixtures/perf/order-list-static.mjs';

type Row = { name: string; value: number; unit: string; note?: string };

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAIRS = Math.max(1, Number(process.env.LML_BENCH_PAIRS ?? 3));
const SELLER_CENTER = /^https:\/\/(seller-[a-z]+\.tiktok\.com|seller-id\.tokopedia\.com)\//;
const staticUrl = (count: number) => STATIC_ORDER_LIST_URLS.US.replace('lml_static=1', `lml_static=${count}`);
const NOTHING_URL = 'https://seller-us.tiktok.com/homepage';
/** The replica SPA's own home page (not in `pages`, so the replica serves it): nothing to annotate, little page noise. */
const REPLICA_HOME_URL = 'https://seller-us.tiktok.com/homepage?lml_replica=1';
const VIRTUAL_URL = 'https://seller-us.tiktok.com/order?tab=all';
/** 500 orders as cards (no table, no hooks): a list of a shape the extension was not built on, read by its general path. */
const CARDS_URL = CARD_ORDER_LIST_URL.replace('lml_cards=1', 'lml_cards=500');
const SIZES = [50, 200, 500] as const;
const TIME_DOMAIN = process.env.LML_BENCH_TIME_DOMAIN === 'timeTicks' ? 'timeTicks' : 'threadTicks';

interface PageCase {
  name: string;
  url: string;
  scroll: boolean;
  /** With/without loads per pair: a short page's figure is a few ms under tens of ms of noise, so more samples. */
  repeat: number;
}

const ONLY = (process.env.LML_BENCH_CASES ?? '').split(',').filter(Boolean);
const PROFILE_DIR = process.env.LML_BENCH_PROFILE;
const NOTHING_REPEAT = Math.max(1, Number(process.env.LML_BENCH_NOTHING_REPEAT ?? 3));
const CASES: PageCase[] = [
  ...SIZES.map((n) => ({ name: `static ${n} rows`, url: staticUrl(n), scroll: true, repeat: 1 })),
  { name: 'virtualised 500 rows', url: VIRTUAL_URL, scroll: true, repeat: 1 },
  { name: 'card list 500 rows (another shape)', url: CARDS_URL, scroll: true, repeat: 1 },
  { name: 'page with nothing to annotate', url: NOTHING_URL, scroll: false, repeat: NOTHING_REPEAT },
  { name: 'replica home page, nothing to annotate', url: REPLICA_HOME_URL, scroll: false, repeat: NOTHING_REPEAT },
].filter((c) => !ONLY.length || ONLY.some((o) => c.name.includes(o)));

function buildExtension(): string {
  const given = process.env.LML_BENCH_EXT_DIR;
  if (given) return path.resolve(given);
  const res = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, LML_OUT_DIR: '.output-bench' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (res.status !== 0) throw new Error(`extension build failed:\n${res.stdout}\n${res.stderr}`);
  return path.join(ROOT, '.output-bench', 'chrome-mv3');
}

async function launch(extDir: string | null): Promise<{ context: BrowserContext; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lml-overlay-'));
  const args = ['--disable-gpu', '--disable-quic'];
  if (extDir) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args,
  });
  const pages = new Map<string, string>(
    SIZES.map((n) => [staticUrl(n), renderStaticOrderList({ market: 'US', count: n })]),
  );
  pages.set(NOTHING_URL, renderStaticOrderList({ market: 'US' }));
  pages.set(CARDS_URL, renderCardOrderList({ count: 500 }));
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  await context.route(SELLER_CENTER, async (route) => {
    const request = route.request();
    const page = pages.get(request.url());
    if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    const response = replicaResponse({ url: request.url(), method: request.method(), body: request.postData() ?? '' });
    if (!response) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: response.status, contentType: response.contentType, body: response.body });
  });
  if (extDir && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return { context, dir };
}

/**
 * Main-world recorder of long tasks, installed before any script of the page runs, and live lists of the
 * rows and hint hosts: reading a live list's length between changes costs nothing, where a query of a
 * 500-row page every 100 ms would add its own tens of ms, unevenly, to both sides of the comparison.
 */
const WATCH_LONG_TASKS = `(() => {
  window.__lmlLongTasks = [];
  window.__lmlRows = document.getElementsByTagName('tr');
  window.__lmlHints = document.getElementsByTagName('lml-hint');
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lmlLongTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;
const HINT_STATE = `JSON.stringify([window.__lmlHints.length, performance.getEntriesByName('lml:annotate').length, window.__lmlRows.length])`;

/** Waits until the page stops changing (hints, annotation batches, rows) for `quietMs`, at least `minMs` after load. */
async function settle(page: Page, minMs = 2500, quietMs = 1500, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - started < timeoutMs) {
    const state = (await page.evaluate(HINT_STATE)) as string;
    if (state !== last) {
      last = state;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && Date.now() - started >= minMs) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`page did not settle: ${last}`);
}

/** The tab's main-thread task time so far (CDP Performance domain, enabled before the page loads). */
async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/**
 * Scrolls the order list to the bottom, one step per animation frame: the list's own scroller (a
 * scrolling div holding the table, as in Seller Center and the replica), else the window. Resolves to
 * the frames it took.
 */
const SCROLL_TO_BOTTOM = `new Promise((resolve) => {
  const scroller = [...document.querySelectorAll('div')].find((d) => d.scrollHeight > d.clientHeight + 10 && getComputedStyle(d).overflowY === 'auto' && d.querySelector('table')) ?? document.scrollingElement;
  let frames = 0;
  const step = () => {
    frames++;
    scroller.scrollTop += 60;
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 || frames >= 2000) resolve(frames);
    else requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

interface Measure {
  loadMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** The longest annotation batch the content script measured (`lml:annotate`); 0 without the extension. */
  longestBatchMs: number;
  hints: number;
  hintsAfterScroll?: number;
  scrollMsPerFrame?: number;
  frames?: number;
}

async function measure(context: BrowserContext, c: PageCase, profileAs?: string): Promise<Measure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    // CPU time of the tab's main thread by default: on a shared, oversubscribed machine wall-clock task time
    // mostly measures other processes (LML_BENCH_TIME_DOMAIN=timeTicks for wall clock)
    await cdp.send('Performance.enable', { timeDomain: TIME_DOMAIN });
    await page.addInitScript(WATCH_LONG_TASKS);
    if (profileAs) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    await page.goto(c.url);
    await settle(page);
    if (profileAs) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.mkdirSync(PROFILE_DIR!, { recursive: true });
      fs.writeFileSync(path.join(PROFILE_DIR!, `${profileAs}.cpuprofile`), JSON.stringify(profile));
    }
    const loadMs = (await taskSeconds(cdp)) * 1000;
    const longTasks = (await page.evaluate('window.__lmlLongTasks')) as number[];
    const hints = (await page.evaluate(`document.querySelectorAll('[data-lml],[data-lml-notice]').length`)) as number;
    const batches = (await page.evaluate(
      `performance.getEntriesByName('lml:annotate').map((e) => e.duration)`,
    )) as number[];
    const out: Measure = {
      loadMs,
      longestTaskMs: Math.max(0, ...longTasks),
      longTasks: longTasks.length,
      longestBatchMs: Math.max(0, ...batches),
      hints,
    };
    if (c.scroll) {
      const before = await taskSeconds(cdp);
      const frames = (await page.evaluate(SCROLL_TO_BOTTOM)) as number;
      await page.waitForTimeout(300); // the draws the last frames asked for
      out.scrollMsPerFrame = frames ? (((await taskSeconds(cdp)) - before) * 1000) / frames : NaN;
      out.frames = frames;
      out.hintsAfterScroll = (await page.evaluate(
        `document.querySelectorAll('[data-lml],[data-lml-notice]').length`,
      )) as number;
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** The middle half of the samples ("p25–p75 ms"), so a median over noise shows as such. */
function spread(values: readonly number[]): string {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return 'none';
  const at = (q: number) => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))]!.toFixed(0);
  return `p25–p75 ${at(0.25)}–${at(0.75)} ms of ${s.length}`;
}

function median(values: readonly number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What an order page loads (relay + loader + feature module + its static chunks), and the lazy upload chunk. */
function sizeRows(extDir: string): Row[] {
  const sizes = pageScriptSizes(extDir);
  const row = (name: string, list: readonly ScriptSize[], note: string): Row => {
    const t = total(list);
    return { name, value: t.gzip / 1000, unit: 'KB gzip', note: `${(t.min / 1000).toFixed(1)} KB min; ${note}` };
  };
  const relay = sizes.manifest.filter((s) => s.file.endsWith('order-list-relay.js'));
  const loader = sizes.manifest.filter((s) => !relay.includes(s));
  return [
    row(
      'order page total (relay + loader + features)',
      [...sizes.manifest, ...sizes.features],
      'the size guard holds it to 60 KB',
    ),
    row('order-list relay (MAIN world)', relay, 'every Seller Center page, document_start'),
    row('loader content script', loader, 'every Seller Center page'),
    row('feature module + static chunks', sizes.features, `${sizes.features.length} files, order pages only`),
    row('lazy chunks (upload check)', sizes.lazy, 'only when the upload dialog appears'),
  ];
}

export async function run(): Promise<Row[]> {
  const extDir = buildExtension();
  const results = new Map<string, Array<{ with: Measure; without: Measure }>>();
  for (let pair = 0; pair < PAIRS; pair++) {
    const withExt = await launch(extDir);
    const without = await launch(null);
    try {
      for (const c of CASES) {
        for (let r = 0; r < c.repeat; r++) {
          const profileAs = PROFILE_DIR ? `${c.name.replace(/\W+/g, '-')}-${pair}${r ? `-${r}` : ''}` : undefined;
          const a = await measure(withExt.context, c, profileAs);
          const b = await measure(without.context, c);
          results.set(c.name, [...(results.get(c.name) ?? []), { with: a, without: b }]);
        }
      }
    } finally {
      for (const { context, dir } of [withExt, without]) {
        await context.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const rows: Row[] = [];
  for (const c of CASES) {
    const pairs = results.get(c.name)!;
    const last = pairs.at(-1)!;
    const note = `median of ${pairs.length} with/without pairs, ${TIME_DOMAIN}`;
    const added = pairs.map((p) => p.with.loadMs - p.without.loadMs);
    rows.push({
      name: `overlay ${c.name}: main-thread time added on load`,
      value: median(added),
      unit: 'ms',
      note: `${note}; spread ${spread(added)}; with ${median(pairs.map((p) => p.with.loadMs)).toFixed(0)} ms, without ${median(pairs.map((p) => p.without.loadMs)).toFixed(0)} ms; ${last.with.hints} hints`,
    });
    rows.push({
      name: `overlay ${c.name}: longest annotation batch`,
      value: median(pairs.map((p) => p.with.longestBatchMs)),
      unit: 'ms',
      note: `longest task (> 50 ms) with ${median(pairs.map((p) => p.with.longestTaskMs)).toFixed(0)} ms / without ${median(pairs.map((p) => p.without.longestTaskMs)).toFixed(0)} ms; long tasks ${median(pairs.map((p) => p.with.longTasks))} with / ${median(pairs.map((p) => p.without.longTasks))} without`,
    });
    const scrollAdded = pairs.map((p) => p.with.scrollMsPerFrame! - p.without.scrollMsPerFrame!);
    if (c.scroll)
      rows.push({
        name: `overlay ${c.name}: scroll, time added per frame`,
        value: median(scrollAdded),
        unit: 'ms',
        note: `${note}; spread ${spread(scrollAdded)}; ${last.with.frames} frames, ${last.with.hintsAfterScroll} hints after; with ${median(pairs.map((p) => p.with.scrollMsPerFrame!)).toFixed(2)} ms/frame, without ${median(pairs.map((p) => p.without.scrollMsPerFrame!)).toFixed(2)}`,
      });
  }
  rows.push(...sizeRows(extDir));
  return rows;
}
