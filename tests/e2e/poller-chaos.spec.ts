/// <reference types="chrome" />
import fs from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { startMockApi, type MockApi, type SeedOrderInput } from '../../tools/mock-api';
import { expect, launchWithExtension, routeReplica, test } from './fixtures';
import type { PackageRecord } from '@/lib/storage';
import { buildFactDays, type FactDayRecord } from '@/lib/storage/fact-days';
import { connectMockShop, routeToMockApi, sendFromExtensionPage } from './mock-api';
import { armServiceWorkerStop } from './service-worker';

/**
 * Chaos run (issue 12.1): the MV3 worker is stopped N times at random moments while it discovers and
 * polls a 150-order mock shop; what it ends with — stored events, alerts, and the notifications on
 * screen — must equal what a clean run of the same shop ends with. Seeded: `LML_CHAOS_SEED` replays a run.
 */
const SEED = Number(process.env.LML_CHAOS_SEED ?? 20_261_203);
const STOPS = Number(process.env.LML_CHAOS_STOPS ?? 10);
const ORDERS = 150;
const HOUR = 3_600_000;

/** mulberry32: small, seedable, good enough to place stops and shape orders. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * 150 US orders in every situation the poller tells apart. Every time is `base` minus whole hours, with
 * `base` 15 minutes before the test starts: every SLA threshold (4 h first scan and its 30-minute
 * warning, 24 h update gap, 4 h before ship-by) then falls at least 15 minutes away from the run, so
 * the clean run and the chaos run — a minute apart — see the same risks.
 */
function chaosShop(now: number, random: () => number): SeedOrderInput[] {
  const base = now - 15 * 60_000;
  const h = (hours: number) => base - hours * HOUR;
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  return Array.from({ length: ORDERS }, (_, i): SeedOrderInput => {
    const id = String(730_000_000_000_000_000n + BigInt(i));
    const order = { id, market: 'US', carrier: 'USPS' };
    const label = pick(8, 40);
    switch (Math.floor(random() * 8)) {
      case 0: // Not shipped yet, ship-by far, soon (dispatch-due-4h) or passed (dispatch-overdue).
        return { id, market: 'US', status: 'AWAITING_SHIPMENT', shipBy: h([-30, -2, 5][pick(0, 2)]!) };
      case 1: // Label printed, no carrier scan: fresh (fine) or past 4 h (first-scan-overdue).
        return { ...order, status: 'AWAITING_SHIPMENT', labelCreatedAt: h(pick(1, 12)), shipBy: h(-24) };
      case 2: // Stale: last scan more than 24 h ago (no-update-24h).
        return {
          ...order,
          labelCreatedAt: h(label + 20),
          shipBy: h(label),
          events: [{ at: h(label + 19), description: 'Accepted at USPS Origin Facility' }],
        };
      case 3: // Exception reported by the carrier.
        return {
          ...order,
          labelCreatedAt: h(label),
          shipBy: h(label - 24),
          events: [
            { at: h(label - 1), description: 'Accepted at USPS Origin Facility' },
            { at: h(1), description: 'Delivery exception, refused by addressee' },
          ],
        };
      case 6: // Delivered per its trail (the order still listed in transit): leaves the watch list, into its day's record.
        return {
          ...order,
          status: 'IN_TRANSIT',
          labelCreatedAt: h(label),
          shipBy: h(label - 24),
          events: [
            { at: h(label - 1), description: 'Accepted at USPS Origin Facility' },
            { at: h(1), description: 'Delivered, In/At Mailbox' },
          ],
        };
      default: // Moving normally.
        return {
          ...order,
          labelCreatedAt: h(label),
          shipBy: h(label - 24),
          events: [
            { at: h(label - 1), description: 'Accepted at USPS Origin Facility' },
            { at: h(pick(1, Math.min(label - 2, 20))), description: 'Arrived at USPS Regional Facility' },
          ],
        };
    }
  });
}

/** Fast polling for the test: small batches (many commit points to die between), the platform's rate. */
async function fastPolling(worker: Worker): Promise<void> {
  await worker.evaluate(() =>
    chrome.storage.local.set({ 'poll-settings': { intervalMinutes: 15, batchSize: 10, qps: 50 } }),
  );
}

interface Outcome {
  events: string[];
  alerts: string[];
  risks: string[];
  notifications: string[];
  badge: string;
  factDays: FactDayRecord[];
  factDaysOfRows: FactDayRecord[];
}

/** Everything the comparison covers, read from the extension's own IndexedDB and notification list. */
async function outcomeOf(page: Page, worker: Worker): Promise<Outcome> {
  const tables = await page.evaluate(
    () =>
      new Promise<Record<'events' | 'alerts' | 'packages' | 'factDays', Array<Record<string, unknown>>>>(
        (resolve, reject) => {
          const open = indexedDB.open('lastmile-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['events', 'alerts', 'packages', 'factDays'], 'readonly');
            const out: Record<string, unknown[]> = {};
            for (const name of ['events', 'alerts', 'packages', 'factDays']) {
              const read = tx.objectStore(name).getAll();
              read.onsuccess = () => (out[name] = read.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out as never);
            };
            tx.onerror = () => reject(tx.error);
          };
        },
      ),
  );
  return {
    events: tables.events.map((e) => `${e.packageKey} ${e.eventKey}`).sort(),
    alerts: tables.alerts.map((a) => `${a.packageKey} ${a.riskCode} notified=${a.notified}`).sort(),
    risks: tables.packages
      .filter((p) => p.watched === 1 && (p.risks as string[]).length > 0)
      .map((p) => `${p.key} ${(p.risks as string[]).join(',')}`)
      .sort(),
    notifications: Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).sort(),
    badge: await worker.evaluate(() => chrome.action.getBadgeText({})),
    factDays: (tables.factDays as unknown as FactDayRecord[]).sort((a, b) => a.day - b.day),
    // What the day records must hold for the rows as stored (the builder of the version 5 upgrade).
    factDaysOfRows: buildFactDays(tables.packages as unknown as PackageRecord[]).sort((a, b) => a.day - b.day),
  };
}

async function withBrowser<T>(api: MockApi, run: (context: BrowserContext, extensionId: string) => Promise<T>) {
  const { context, dir } = await launchWithExtension();
  try {
    await routeReplica(context);
    await routeToMockApi(context, api);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await fastPolling(worker);
    return await run(context, new URL(worker.url()).host);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Runs cycles until one ends without a stop, then one more full cycle: the state a poll alarm would settle on. */
async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    const summary = await sendFromExtensionPage<{ stoppedBecause?: string }>(page, 'poll-now', {});
    if (!summary.stoppedBecause) break;
  }
  await sendFromExtensionPage(page, 'poll-now', {});
}

test('stopped at random moments, the worker ends with the events, alerts and notifications of a clean run', async () => {
  // ~90 s on an idle 2-core machine; the margin is for a loaded CI runner.
  test.setTimeout(240_000);
  const random = prng(SEED);
  const api = await startMockApi({ markets: ['US'], ordersPerMarket: 0, qps: null });
  try {
    api.control.setNow(Date.now());
    api.control.seedOrders(chaosShop(api.control.now(), random));

    const clean = await withBrowser(api, async (context, extensionId) => {
      const page = await extensionPage(context, extensionId);
      expect((await connectMockShop(page)).connection.state).toBe('ok');
      await settle(page);
      const worker = context.serviceWorkers().at(-1)!;
      return outcomeOf(page, worker);
    });
    // The shop really exercises the poller: trails stored, several risks, one notification per order at risk.
    expect(clean.events.length).toBeGreaterThan(100);
    expect(new Set(clean.alerts.map((a) => a.split(' ')[1])).size).toBeGreaterThanOrEqual(4);
    expect(clean.notifications.length).toBeGreaterThan(20);
    // Finished packages' day records match their rows (kept in each write's transaction).
    expect(clean.factDays.length).toBeGreaterThan(0);
    expect(clean.factDays).toEqual(clean.factDaysOfRows);

    const chaos = await withBrowser(api, async (context, extensionId) => {
      const stopsAt: number[] = [];
      for (let i = 0; i < STOPS; i += 1) {
        const page = await extensionPage(context, extensionId);
        const stop = await armServiceWorkerStop(context, extensionId, page);
        // The first life connects (which starts discovery and a cycle); later lives resume the cycle.
        const work =
          i === 0
            ? connectMockShop(page).then(() => sendFromExtensionPage(page, 'poll-now', {}))
            : sendFromExtensionPage(page, 'poll-now', {});
        work.catch(() => undefined); // the worker dies under it: no answer is expected
        const delay = Math.round(150 + random() * 2_500);
        stopsAt.push(delay);
        await page.waitForTimeout(delay);
        await stop();
      }
      test
        .info()
        .annotations.push({ type: 'chaos', description: `seed ${SEED}, stops after ${stopsAt.join(', ')} ms` });
      const page = await extensionPage(context, extensionId);
      await settle(page);
      const worker = context.serviceWorkers().at(-1)!;
      return outcomeOf(page, worker);
    });

    expect(chaos.events).toEqual(clean.events);
    expect(chaos.alerts).toEqual(clean.alerts);
    expect(chaos.risks).toEqual(clean.risks);
    expect(chaos.notifications).toEqual(clean.notifications);
    expect(chaos.badge).toBe(clean.badge);
    // A worker stopped mid-write leaves rows and day records agreeing (one transaction).
    expect(chaos.factDays).toEqual(chaos.factDaysOfRows);
    // One notification per order at risk (every order of this shop has one package).
    expect(clean.notifications).toHaveLength(clean.risks.length);
  } finally {
    await api.close();
  }
});
