/**
 * Benchmark: the hub (Miniflare/workerd, one Durable Object per shop) with SHOPS shops × PACKAGES
 * watched packages against the mock Open API on 127.0.0.1, on a virtual clock.
 *
 * The mock serves five shops (one per market), so hub shop i uses market i % 5's cipher and data: each
 * hub shop is its own Durable Object with its own tokens, store, bucket and alarm, polling 2,000 real
 * orders. The mock's own rate limit is off (20 hub shops share a cipher); the per-shop rate is measured
 * inside each shop, after its 50 QPS bucket. Phases, each bounded in count and time:
 * 1. intake: WEBHOOKS signed ORDER_STATUS_CHANGE webhooks, CONCURRENCY at a time → accepted per second;
 * 2. first pass: every shop registered, polled until nothing is due or PASS_LIMIT_S → tracking calls per second;
 * 3. overdue → alert: the clock jumps to 1 min before five first-scan deadlines per shop and runs 30×;
 *    the virtual time from each deadline to its alert.
 * Env: LML_BENCH_HUB_SHOPS (100), LML_BENCH_HUB_PACKAGES (2000), LML_BENCH_HUB_WEBHOOKS (3000),
 * LML_BENCH_HUB_PASS_LIMIT_S (240).
 */
import fs from 'node:fs';
import type { PollAlert } from '@/lib/poller';
import { MOCK_CREDENTIALS, MOCK_SHOPS, startMockApi, type SeedOrderInput } from '@/tools/mock-api';
import { HUB_TOKEN, orderStatusWebhook, startTestHub, type HubStats } from '@/tests/hub/hub-harness';

const SHOPS = Number(process.env.LML_BENCH_HUB_SHOPS ?? 100);
const PACKAGES = Number(process.env.LML_BENCH_HUB_PACKAGES ?? 2_000);
const WEBHOOKS = Number(process.env.LML_BENCH_HUB_WEBHOOKS ?? 3_000);
const WINDOW_MS = Number(process.env.LML_BENCH_HUB_WINDOW_S ?? 180) * 1_000;
const LATENCY_PACKAGES = Number(process.env.LML_BENCH_HUB_LATENCY_PACKAGES ?? 20);
const CONCURRENCY = 32;
const LATENCY_ORDERS = 5;
const T0 = Date.UTC(2026, 2, 5, 9, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Phase 3's deadlines: an hour after T0, one a minute. */
const DEADLINE0 = T0 + HOUR;

interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** PACKAGES awaiting collection per market, labelled over the last 3 h (first scans not due yet), plus the latency orders. */
function seedOrders(market: string, m: number, packages: number): SeedOrderInput[] {
  const orders: SeedOrderInput[] = Array.from({ length: packages }, (_, i) => ({
    id: `${7_100_000 + m}${String(i).padStart(6, '0')}`,
    market,
    status: 'AWAITING_COLLECTION',
    labelCreatedAt: T0 - 3 * HOUR + ((i * 7_919) % (3 * HOUR - 10 * MINUTE)) - 60 * MINUTE,
    shipBy: T0 + 48 * HOUR,
    events: [],
  }));
  // Labels of the first LATENCY_ORDERS: their 4 h first-scan deadline falls at DEADLINE0 + k minutes.
  for (let k = 0; k < LATENCY_ORDERS; k++) orders[k]!.labelCreatedAt = DEADLINE0 + k * MINUTE - 4 * HOUR;
  return orders;
}

function workerdRssBytes(): number | undefined {
  let total = 0;
  let found = false;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s+workerd$/m.test(status)) continue;
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
      found = true;
    } catch {
      // the process ended meanwhile
    }
  }
  return found ? total : undefined;
}

async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

const progress = (text: string) => process.stderr.write(`hub bench: ${text}\n`);
const orderId = (m: number, i: number) => `${7_100_000 + m}${String(i).padStart(6, '0')}`;

async function withHub<T>(packages: number, work: (ctx: Awaited<ReturnType<typeof setUp>>) => Promise<T>): Promise<T> {
  const ctx = await setUp(packages);
  try {
    return await work(ctx);
  } finally {
    await ctx.hub.close();
    await ctx.api.close();
  }
}

async function setUp(packages: number) {
  const markets = MOCK_SHOPS.map((s) => s.market);
  const api = await startMockApi({ startAt: T0, ordersPerMarket: 0, qps: null });
  markets.forEach((market, m) => api.control.seedOrders(seedOrders(market, m, packages)));
  const hub = await startTestHub({ apiBase: api.url });
  const shops = Array.from({ length: SHOPS }, (_, i) => ({
    id: `bench-shop-${i}`,
    m: i % 5,
    mock: MOCK_SHOPS[i % 5]!,
  }));
  const ids = shops.map((s) => s.id);
  await hub.setClock(ids, T0, 1);
  const statsOf = () => Promise.all(ids.map((id) => hub.stats(id) as Promise<HubStats & { highestQps: number }>));
  const registerAll = () =>
    pool(shops, 8, async (shop) => {
      const response = await hub.fetch('/v1/shops', {
        method: 'POST',
        headers: { authorization: `Bearer ${HUB_TOKEN}` },
        body: JSON.stringify({
          shop_id: shop.id,
          cipher: shop.mock.cipher,
          region: shop.mock.market,
          access_token: MOCK_CREDENTIALS.accessToken,
          refresh_token: MOCK_CREDENTIALS.refreshToken,
        }),
      });
      if (!response.ok) throw new Error(`register ${shop.id}: ${response.status}`);
    });
  return { api, hub, shops, ids, statsOf, registerAll };
}

async function loadRun(): Promise<Row[]> {
  return withHub(PACKAGES, async ({ api, hub, shops, statsOf, registerAll }) => {
    const rows: Row[] = [];
    const hooks = Array.from({ length: WEBHOOKS }, (_, i) => {
      const shop = shops[i % SHOPS]!;
      return orderStatusWebhook(shop.id, orderId(shop.m, i % PACKAGES), 'AWAITING_COLLECTION', T0 / 1000 + i);
    });
    progress(`A: ${WEBHOOKS} webhooks to ${SHOPS} shops`);
    let accepted = 0;
    const answers: number[] = [];
    const intakeStart = performance.now();
    await pool(hooks, CONCURRENCY, async (hook) => {
      const started = performance.now();
      const response = await hub.webhook(hook);
      answers.push(performance.now() - started);
      if (response.status === 200) accepted += 1;
    });
    const intakeS = (performance.now() - intakeStart) / 1000;
    answers.sort((a, b) => a - b);
    rows.push({
      name: 'webhooks accepted',
      value: accepted / intakeS,
      unit: '/s',
      note: `${accepted}/${WEBHOOKS} in ${intakeS.toFixed(1)} s, ${CONCURRENCY} in flight, ${SHOPS} shops`,
    });
    rows.push({
      name: 'webhook answer p95',
      value: answers[Math.floor(answers.length * 0.95)]!,
      unit: 'ms',
      note: `max ${answers.at(-1)!.toFixed(0)} ms; the platform allows 3 s`,
    });

    progress(`A: registering ${SHOPS} shops, polling for ${WINDOW_MS / 1000} s`);
    api.control.clearRequests();
    const windowStart = performance.now();
    await registerAll();
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const windowS = (performance.now() - windowStart) / 1000;
    const requests = api.control.requests();
    const stats = await statsOf();
    const tracking = requests.filter((r) => r.endpoint === 'orders.tracking').length;
    const searches = requests.filter((r) => r.endpoint === 'orders.search').length;
    const watched = stats.reduce((n, s) => n + s.watched, 0);
    const polled = watched - stats.reduce((n, s) => n + s.due, 0);
    rows.push({
      name: 'API calls (all shops)',
      value: requests.length / windowS,
      unit: '/s',
      note: `${requests.length} in ${windowS.toFixed(0)} s: ${tracking} tracking, ${searches} order searches (safety net)`,
    });
    rows.push({ name: 'tracking calls (all shops)', value: tracking / windowS, unit: '/s' });
    rows.push({
      name: 'packages watched / polled',
      value: watched,
      unit: 'packages',
      note: `${polled} polled in the window; ${SHOPS} shops × ${PACKAGES} seeded`,
    });
    rows.push({
      name: 'highest per-shop QPS',
      value: Math.max(...stats.map((s) => s.highestQps)),
      unit: 'req/s',
      note: 'any 1 s, measured in each shop after its bucket; limit 50',
    });
    const rss = workerdRssBytes();
    rows.push({
      name: 'workerd memory (RSS)',
      value: rss === undefined ? NaN : rss / 2 ** 20,
      unit: 'MiB',
      note: `${SHOPS} Durable Objects, ${watched} packages`,
    });
    rows.push({
      name: 'bench process memory (RSS)',
      value: process.memoryUsage().rss / 2 ** 20,
      unit: 'MiB',
      note: 'mock API + driver',
    });
    return rows;
  });
}

async function latencyRun(): Promise<Row[]> {
  return withHub(LATENCY_PACKAGES, async ({ api, hub, shops, ids, statsOf, registerAll }) => {
    progress(`B: ${SHOPS} shops × ${LATENCY_PACKAGES} packages, first pass`);
    await registerAll();
    const passStart = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const stats = await statsOf();
      if (stats.every((s) => s.watched >= LATENCY_PACKAGES && s.due === 0)) break;
      if (performance.now() - passStart > 300_000) throw new Error('first pass did not finish in 300 s');
    }
    const passS = (performance.now() - passStart) / 1000;
    progress('B: clock jump, waiting for the alerts');
    const startVirtual = DEADLINE0 - MINUTE;
    api.control.setNow(startVirtual);
    await hub.setClock(ids, startVirtual, 30);
    const latencies: number[] = [];
    const pending = new Set(shops);
    const started = performance.now();
    while (pending.size > 0 && performance.now() - started < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const shop of [...pending]) {
        const { alerts } = (await (await hub.read(`/v1/shops/${shop.id}/alerts`)).json()) as { alerts: PollAlert[] };
        const found = Array.from({ length: LATENCY_ORDERS }, (_, k) =>
          alerts.find((a) => a.riskCode === 'first-scan-overdue' && a.orderId === orderId(shop.m, k)),
        );
        if (!found.every(Boolean)) continue;
        found.forEach((a, k) => latencies.push(a!.raisedAt - (DEADLINE0 + k * MINUTE)));
        pending.delete(shop);
      }
    }
    latencies.sort((a, b) => a - b);
    const seen = `${latencies.length}/${SHOPS * LATENCY_ORDERS} deadlines alerted; ${SHOPS} shops × ${LATENCY_PACKAGES} packages, first pass ${passS.toFixed(0)} s; clock 30×`;
    return [
      {
        name: 'first scan overdue → alert, median',
        value: (latencies[Math.floor(latencies.length / 2)] ?? NaN) / MINUTE,
        unit: 'min (virtual)',
        note: seen,
      },
      {
        name: 'first scan overdue → alert, max',
        value: (latencies.at(-1) ?? NaN) / MINUTE,
        unit: 'min (virtual)',
        note: 'goal ≤ 5 min',
      },
    ];
  });
}

export async function run(): Promise<Row[]> {
  return [...(await loadRun()), ...(await latencyRun())];
}
