/**
 * Benchmark: one poll cycle of 2,000 watched packages against the mock TikTok Shop Open API at its
 * configured rate limit (the mock's default, 50 QPS per endpoint per shop = the documented platform
 * default, ref:tiktok-open-api#4), with the client paced at the same rate.
 *
 * Reports the cycle's wall time, the rate limit's lower bound (the busiest endpoint's requests ÷ QPS:
 * both the platform and our client meter each endpoint separately) and how far above it we are, plus
 * the process heap as a proxy for the service worker's memory. The store is fake-indexeddb, which keeps
 * its data on the JS heap; in Chromium IndexedDB lives outside it, so the heap figure overstates the
 * worker's own footprint.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { runPollCycle } from '@/lib/poller';
import { countEvents, openDb, upsertPackages } from '@/lib/storage';
import { createTikTokClient } from '@/lib/tiktok';
import { defaultSlaPolicy } from '@/lib/tracking';
import { MOCK_CREDENTIALS, startMockApi, type SeedOrderInput } from '@/tools/mock-api';

const PACKAGES = 2_000;
const MOCK_QPS = 50;
const BATCH_SIZE = 50;
const SIM_NOW = Date.UTC(2026, 2, 5, 9, 0, 0);
const MINUTE = 60_000;

/** Integer-ms trails in USPS wording: label, acceptance, a regional scan, and for some a delivery. */
function seedOrders(): SeedOrderInput[] {
  return Array.from({ length: PACKAGES }, (_, i) => {
    const label = SIM_NOW - (60 + ((i * 7_919) % (6 * 24 * 60))) * MINUTE;
    const steps: Array<[number, string]> = [
      [5, 'Shipping Label Created, USPS Awaiting Item'],
      [90 + (i % 300), 'Accepted at USPS Origin Facility'],
      [900 + (i % 600), 'Arrived at USPS Regional Facility'],
    ];
    if (i % 4 === 0) steps.push([2_100, 'Out for Delivery'], [2_200, 'Delivered, In/At Mailbox']);
    return {
      id: String(710_000_000_000_000_000n + BigInt(i)),
      market: 'US',
      carrier: 'USPS',
      labelCreatedAt: label,
      shipBy: label + 48 * 60 * MINUTE,
      events: steps.map(([minutes, description]) => ({ at: label + minutes * MINUTE, description })),
    };
  });
}

export async function run(): Promise<Array<{ name: string; value: number; unit: string; note?: string }>> {
  const api = await startMockApi({ markets: ['US'], ordersPerMarket: 0, qps: MOCK_QPS, startAt: SIM_NOW });
  const db = await openDb(`lastmile-lens-bench-${Date.now()}`);
  try {
    api.control.seedOrders(seedOrders());
    const orders = api.control.listOrders();
    await upsertPackages(
      db,
      orders.map((o) => ({ orderId: o.id, market: o.market, ...(o.packageId ? { packageId: o.packageId } : {}) })),
      SIM_NOW,
    );
    const client = createTikTokClient({
      appKey: MOCK_CREDENTIALS.appKey,
      getSecrets: async () => ({
        appSecret: MOCK_CREDENTIALS.appSecret,
        accessToken: MOCK_CREDENTIALS.accessToken,
        refreshToken: MOCK_CREDENTIALS.refreshToken,
        shopCipher: MOCK_CREDENTIALS.shopCipher,
      }),
      saveTokens: async () => undefined,
      fetch: globalThis.fetch,
      now: Date.now,
      baseUrl: api.url,
      tokenBaseUrl: api.url,
      qps: MOCK_QPS,
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const summary = await runPollCycle(
      {
        db,
        client,
        now: () => api.control.now(),
        policyFor: (market) => (market ? defaultSlaPolicy(market) : undefined),
        notices: async () => ({ shown: 0, cleared: 0, held: 0 }),
        setBadge: async () => undefined,
        setConnectionState: async () => undefined,
      },
      { batchSize: BATCH_SIZE },
    );
    const seconds = (performance.now() - started) / 1000;
    const heapAfter = process.memoryUsage().heapUsed;

    const requests = api.control.requests();
    const perEndpoint = new Map<string, number>();
    for (const r of requests) perEndpoint.set(r.endpoint, (perEndpoint.get(r.endpoint) ?? 0) + 1);
    const busiest = Math.max(...perEndpoint.values());
    const lowerBound = busiest / MOCK_QPS;
    const refused = requests.filter((r) => r.status === 429).length;
    const expectedEvents = orders.reduce((n, o) => n + o.eventCount, 0);
    const storedEvents = await countEvents(db);
    const counts = [...perEndpoint].map(([e, n]) => `${e} ${n}`).join(', ');

    return [
      {
        name: 'poll cycle, 2,000 packages',
        value: round(seconds, 2),
        unit: 's',
        note: `${summary.checked} checked, ${storedEvents}/${expectedEvents} events stored, ${refused} requests refused (429), finished=${summary.finished}`,
      },
      {
        name: 'rate-limit lower bound',
        value: round(lowerBound, 2),
        unit: 's',
        note: `busiest endpoint's requests ÷ ${MOCK_QPS} QPS (${counts}); all requests ÷ QPS would be ${round(requests.length / MOCK_QPS, 2)} s`,
      },
      {
        name: 'over the lower bound',
        value: round(((seconds - lowerBound) / lowerBound) * 100, 1),
        unit: '%',
        note: 'target ≤ 10 %',
      },
      {
        name: 'heap used after the cycle',
        value: round(heapAfter / 2 ** 20, 1),
        unit: 'MiB',
        note: 'whole process incl. the in-process mock and fake-indexeddb data',
      },
      { name: 'heap growth during the cycle', value: round((heapAfter - heapBefore) / 2 ** 20, 1), unit: 'MiB' },
    ];
  } finally {
    await api.close();
    db.close();
    await Dexie.delete(db.name);
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
