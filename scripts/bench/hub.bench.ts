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
const PASS_LIMIT_MS = Number(process.env.LML_BENCH_HUB_PASS_LIMIT_S ?? 240) * 1_000;
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
function seedOrders(market: string, m: number): SeedOrderInput[] {
  const orders: SeedOrderInput[] = Array.from({ length: PACKAGES }, (_, i) => ({
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

export async function run(): Promise<Row[]> {
  const markets = MOCK_SHOPS.map((s) => s.market);
  const api = await startMockApi({ startAt: T0, ordersPerMarket: 0, qps: null });
  markets.forEach((market, m) => api.control.seedOrders(seedOrders(market, m)));
  const hub = await startTestHub({ apiBase: api.url });
  const rows: Row[] = [];
  try {
    const shops = Array.from({ length: SHOPS }, (_, i) => ({ id: `bench-shop-${i}`, mock: MOCK_SHOPS[i % 5]! }));
    const ids = shops.map((s) => s.id);
    await hub.setClock(ids, T0, 1);
    const statsOf = async () => Promise.all(ids.map((id) => hub.stats(id)));

    // 1. Webhook intake.
    const hooks = Array.from({ length: WEBHOOKS }, (_, i) => {
      const shop = shops[i % SHOPS]!;
      const m = markets.indexOf(shop.mock.market);
      return orderStatusWebhook(
        shop.id,
        `${7_100_000 + m}${String(i % PACKAGES).padStart(6, '0')}`,
        'AWAITING_COLLECTION',
        T0 / 1000 + i,
      );
    });
    let accepted = 0;
    let slowest = 0;
    const intakeStart = performance.now();
    await pool(hooks, CONCURRENCY, async (hook) => {
      const started = performance.now();
      const response = await hub.webhook(hook);
      slowest = Math.max(slowest, performance.now() - started);
      if (response.status === 200) accepted += 1;
    });
    const intakeS = (performance.now() - intakeStart) / 1000;
    rows.push({
      name: 'webhooks accepted',
      value: accepted / intakeS,
      unit: '/s',
      note: `${accepted}/${WEBHOOKS} in ${intakeS.toFixed(1)} s, ${CONCURRENCY} at a time, ${SHOPS} shops`,
    });
    rows.push({ name: 'slowest webhook answer', value: slowest, unit: 'ms', note: 'the platform allows 3 s' });

    // 2. Register every shop; the safety net discovers its orders and polling starts.
    api.control.clearRequests();
    const passStart = performance.now();
    await pool(shops, 8, async (shop) => {
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
    let stats: HubStats[] = [];
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      stats = await statsOf();
      const done = stats.every((s) => s.watched >= PACKAGES && s.due === 0);
      if (done || performance.now() - passStart > PASS_LIMIT_MS) break;
    }
    const passS = (performance.now() - passStart) / 1000;
    const tracking = api.control.requests({ endpoint: 'orders.tracking' }).length;
    const watched = stats.reduce((n, s) => n + s.watched, 0);
    const checked = watched - stats.reduce((n, s) => n + s.due, 0);
    rows.push({
      name: 'watched packages',
      value: watched,
      unit: 'packages',
      note: `${SHOPS} shops × ${PACKAGES} seeded`,
    });
    rows.push({
      name: 'first pass: packages polled',
      value: checked,
      unit: 'packages',
      note: `in ${passS.toFixed(0)} s (limit ${PASS_LIMIT_MS / 1000} s)`,
    });
    rows.push({
      name: 'tracking calls',
      value: tracking / passS,
      unit: '/s',
      note: `${tracking} calls, all shops together`,
    });
    rows.push({ name: 'all API calls', value: api.control.requests().length / passS, unit: '/s' });

    // 3. Overdue → alert, once every shop's first pass is done (or the limit passed).
    const startVirtual = DEADLINE0 - MINUTE;
    api.control.setNow(startVirtual);
    await hub.setClock(ids, startVirtual, 30);
    const latencyStart = performance.now();
    const lastDeadline = DEADLINE0 + (LATENCY_ORDERS - 1) * MINUTE;
    const latencies: number[] = [];
    const pending = new Set(ids);
    while (pending.size > 0 && performance.now() - latencyStart < 90_000) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      for (const id of [...pending]) {
        const shop = shops.find((s) => s.id === id)!;
        const m = markets.indexOf(shop.mock.market);
        const { alerts } = (await (await hub.read(`/v1/shops/${id}/alerts`)).json()) as { alerts: PollAlert[] };
        const found = Array.from({ length: LATENCY_ORDERS }, (_, k) =>
          alerts.find(
            (a) => a.riskCode === 'first-scan-overdue' && a.orderId === `${7_100_000 + m}${String(k).padStart(6, '0')}`,
          ),
        );
        if (found.every(Boolean)) {
          found.forEach((a, k) => latencies.push(a!.raisedAt - (DEADLINE0 + k * MINUTE)));
          pending.delete(id);
        }
      }
    }
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
    rows.push({
      name: 'first scan overdue → alert, median',
      value: q(0.5) / MINUTE,
      unit: 'min (virtual)',
      note: `${latencies.length}/${SHOPS * LATENCY_ORDERS} deadlines seen; goal ≤ 5 min`,
    });
    rows.push({
      name: 'first scan overdue → alert, max',
      value: latencies.length ? latencies.at(-1)! / MINUTE : NaN,
      unit: 'min (virtual)',
      note: pending.size
        ? `${pending.size} shops had not alerted within 90 s real (45 min virtual) after ${new Date(lastDeadline).toISOString()}`
        : '',
    });

    const final = await statsOf();
    rows.push({
      name: 'highest per-shop QPS',
      value: Math.max(...final.map((s) => (s as HubStats & { highestQps: number }).highestQps)),
      unit: 'req/s',
      note: 'measured in each shop after its bucket; limit 50',
    });
    rows.push({ name: 'events stored', value: final.reduce((n, s) => n + s.events, 0), unit: 'events' });
    const rss = workerdRssBytes();
    rows.push({
      name: 'workerd memory (RSS)',
      value: rss === undefined ? NaN : rss / 2 ** 20,
      unit: 'MiB',
      note: rss === undefined ? 'workerd process not found' : `${SHOPS} Durable Objects in one process`,
    });
    rows.push({
      name: 'bench process memory (RSS)',
      value: process.memoryUsage().rss / 2 ** 20,
      unit: 'MiB',
      note: 'mock API + driver',
    });
  } finally {
    await hub.close();
    await api.close();
  }
  return rows;
}
