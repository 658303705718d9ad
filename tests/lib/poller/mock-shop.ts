/**
 * Test world for the poller: the REAL mock Open API (tools/mock-api) on 127.0.0.1, a real lib/tiktok
 * client signing every request, and a fresh IndexedDB (fake-indexeddb). Not a test file itself.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { isDeepStrictEqual } from 'node:util';
import { createTikTokClient, type FetchLike, type TikTokClient, type TikTokClientConfig } from '@/lib/tiktok';
import { defaultSlaPolicy } from '@/lib/tracking';
import {
  digestStoredEvents,
  DB_NAME,
  listEvents,
  openDb,
  packageKeyOf,
  readPollCursor,
  upsertPackages,
  type ConnectionState,
  type LastmileDb,
  type PackageUpsert,
} from '@/lib/storage';
import { createNoticeReconciler, createQuarantineBuffer, type PollDeps, type QuarantineBuffer } from '@/lib/poller';
import { createFakeNotifications, type FakeNotifications } from './fake-notifications';
import {
  MOCK_CREDENTIALS,
  startMockApi,
  type MockApi,
  type MockApiOptions,
  type SeedOrderInput,
} from '@/tools/mock-api';

/** The simulated "now" of every test world: 2026-03-05 09:00 UTC (the seed article's date). */
export const SIM_NOW = Date.UTC(2026, 2, 5, 9, 0, 0);
const HOUR = 3_600_000;

export interface World {
  api: MockApi;
  db: LastmileDb;
  client: TikTokClient;
  quarantine: QuarantineBuffer;
  /** The notifications the reconciler manages (`notifications.shown` = every create/update). */
  notifications: FakeNotifications;
  badges: number[];
  connection: ConnectionState[];
  /** Toggle to make every request fail like an unplugged network (fetch rejects with a TypeError). */
  network: { down: boolean };
  deps(overrides?: Partial<PollDeps>): PollDeps;
  makeClient(overrides?: Partial<TikTokClientConfig>): TikTokClient;
  close(): Promise<void>;
}

const MINUTE = 60_000;

/**
 * Trails in real carrier wording with whole-millisecond times, one pattern per situation the poller must
 * handle (minutes after the label). Written here rather than taken from the mock's trail generator,
 * whose generated times carry fractions of a millisecond (see the report: the API sends integer ms).
 */
export const TRAIL_KINDS = [
  'delivered',
  'in-transit',
  'late-first-scan',
  'stale',
  'exception',
  'never-scanned',
  'attempt-failed',
] as const;
export type TrailKind = (typeof TRAIL_KINDS)[number];
const TRAILS: ReadonlyArray<ReadonlyArray<readonly [minutes: number, description: string]>> = [
  // delivered
  [
    [5, 'Shipping Label Created, USPS Awaiting Item'],
    [120, 'Accepted at USPS Origin Facility'],
    [900, 'Arrived at USPS Regional Facility'],
    [2_000, 'Out for Delivery'],
    [2_150, 'Delivered, In/At Mailbox'],
  ],
  // in transit
  [
    [3, 'Shipping Label Created, USPS Awaiting Item'],
    [90, 'Accepted at USPS Origin Facility'],
    [700, 'Arrived at USPS Regional Facility'],
  ],
  // first scan late (5 h after the label)
  [
    [300, 'Picked up'],
    [1_000, 'Departed'],
  ],
  // stale: nothing after the second scan
  [
    [60, 'Picked up'],
    [200, 'Departed'],
  ],
  // exception
  [
    [100, 'Picked up'],
    [1_500, 'Problematic'],
  ],
  // never scanned
  [],
  // delivery attempt failed
  [
    [10, 'Shipping Label Created, USPS Awaiting Item'],
    [150, 'Accepted at USPS Origin Facility'],
    [1_900, 'Notice Left (No Authorized Recipient Available)'],
  ],
];

export const FIRST_SEEDED_ID = 700_000_000_000_000_000n;

/** Ids among the first `count` seeded orders whose trail is of this kind (order i has `TRAIL_KINDS[i % 7]`). */
export function seededIdsOf(kind: TrailKind, count: number, firstId = FIRST_SEEDED_ID): string[] {
  const k = TRAIL_KINDS.indexOf(kind);
  return Array.from({ length: count }, (_, i) => i)
    .filter((i) => i % TRAILS.length === k)
    .map((i) => String(firstId + BigInt(i)));
}

/** Seeded orders whose "Delivered" event is already visible at `SIM_NOW` (the poller stops watching them). */
export function deliveredByNow(orders: readonly SeedOrderInput[]): string[] {
  return orders
    .filter((o) => o.events?.some((e) => (e.at as number) <= SIM_NOW && e.description.startsWith('Delivered')))
    .map((o) => o.id);
}

/** `count` US orders with labels spread over the last ten days, each with one of the trails above (deterministic). */
export function seedLabelledOrders(count: number, firstId = FIRST_SEEDED_ID): SeedOrderInput[] {
  return Array.from({ length: count }, (_, i) => {
    const trail = TRAILS[i % TRAILS.length]!;
    const labelCreatedAt = SIM_NOW - ((i * 7_919) % (10 * 24 * 60)) * MINUTE - HOUR;
    return {
      id: String(firstId + BigInt(i)),
      market: 'US',
      carrier: trail.some(([, d]) => d.includes('USPS')) ? 'USPS' : 'J&T Express',
      labelCreatedAt,
      shipBy: SIM_NOW + ((i % 5) - 1) * 24 * HOUR,
      events: trail.map(([minutes, description]) => ({ at: labelCreatedAt + minutes * MINUTE, description })),
    };
  });
}

export async function createWorld(options: MockApiOptions & { clientQps?: number } = {}): Promise<World> {
  const { clientQps, ...mockOptions } = options;
  const api = await startMockApi({ markets: ['US'], ordersPerMarket: 0, qps: null, startAt: SIM_NOW, ...mockOptions });
  const db = await openDb(`${DB_NAME}-test-${crypto.randomUUID()}`);
  const quarantine = createQuarantineBuffer();
  const network = { down: false };
  const tokens: { accessToken: string; refreshToken: string } = {
    accessToken: MOCK_CREDENTIALS.accessToken,
    refreshToken: MOCK_CREDENTIALS.refreshToken,
  };
  const fetchThroughNetwork: FetchLike = async (url, init) => {
    if (network.down) throw new TypeError('fetch failed (network down)');
    return fetch(url, init);
  };
  const makeClient = (overrides: Partial<TikTokClientConfig> = {}) =>
    createTikTokClient({
      appKey: MOCK_CREDENTIALS.appKey,
      getSecrets: async () => ({
        appSecret: MOCK_CREDENTIALS.appSecret,
        shopCipher: MOCK_CREDENTIALS.shopCipher,
        ...tokens,
      }),
      saveTokens: async (t) => {
        tokens.accessToken = t.accessToken;
        tokens.refreshToken = t.refreshToken;
      },
      fetch: fetchThroughNetwork,
      // The signed timestamp follows the mock server's wall clock; SLA time is the simulated clock.
      now: Date.now,
      baseUrl: api.url,
      tokenBaseUrl: api.url,
      qps: clientQps ?? 10_000,
      // Backoff waits are real behaviour but not worth real seconds in a test.
      sleep: async () => undefined,
      random: () => 0.5,
      // Nothing here hangs except the `slow` fault, whose test sets its own timeout: a short default would
      // turn a loaded machine's slow answers into timeouts and retries the tests did not ask for.
      timeoutMs: 60_000,
      onQuarantine: quarantine.add,
      ...overrides,
    });
  const world: World = {
    api,
    db,
    client: makeClient(),
    quarantine,
    notifications: createFakeNotifications(),
    badges: [],
    connection: [],
    network,
    makeClient,
    deps(overrides = {}) {
      return {
        db,
        client: world.client,
        now: () => api.control.now(),
        policyFor: (market) => (market ? defaultSlaPolicy(market) : undefined),
        notices: createNoticeReconciler({
          db: overrides.db ?? db,
          surface: world.notifications.surface,
          // The reconciler reads the cycle's clock, so a clock that "kills the worker" can hit it too.
          now: overrides.now ?? (() => api.control.now()),
        }),
        setBadge: async (count) => {
          world.badges.push(count);
        },
        setConnectionState: async (state) => {
          world.connection.push(state);
        },
        quarantine,
        shopRegion: 'US',
        ...overrides,
      };
    },
    async close() {
      await api.close();
      db.close();
      await Dexie.delete(db.name);
    },
  };
  return world;
}

/** Puts every order the mock shop has into the watch list, as discovery would find them after shipping. */
export async function watchAllMockOrders(world: World): Promise<string[]> {
  const rows: PackageUpsert[] = world.api.control.listOrders().map((o) => ({
    orderId: o.id,
    market: o.market,
    ...(o.packageId ? { packageId: o.packageId } : {}),
    ...(o.trackingNumber ? { trackingNumber: o.trackingNumber } : {}),
  }));
  await upsertPackages(world.db, rows, SIM_NOW);
  return rows.map((r) => packageKeyOf(r));
}

/** What the mock shows as of its clock: visible tracking events per order id. */
export function expectedEventCounts(world: World): Map<string, number> {
  return new Map(world.api.control.listOrders().map((o) => [o.id, o.eventCount]));
}

/** Stored events per order id. */
export async function storedEventCounts(world: World): Promise<Map<string, number>> {
  const packages = await world.db.packages.toArray();
  const counts = new Map<string, number>();
  for (const p of packages)
    counts.set(p.orderId, (counts.get(p.orderId) ?? 0) + (await listEvents(world.db, p.key)).length);
  return counts;
}

/**
 * The store's invariants, whatever happened: events and alerts belong to existing packages, the at-risk
 * flag matches the risks, and the cursor never lists a package as both remaining and done.
 * Returns the list of violations (empty = consistent).
 */
export async function findInconsistencies(db: LastmileDb): Promise<string[]> {
  const problems: string[] = [];
  const keys = new Set(await db.packages.toCollection().primaryKeys());
  for (const e of await db.events.toArray())
    if (!keys.has(e.packageKey)) problems.push(`event of unknown package ${e.packageKey}`);
  for (const a of await db.alerts.toArray())
    if (!keys.has(a.packageKey)) problems.push(`alert of unknown package ${a.packageKey}`);
  for (const p of await db.packages.toArray()) {
    if (p.atRisk !== (p.risks.length > 0 ? 1 : 0)) problems.push(`atRisk flag wrong on ${p.key}`);
    if (p.watched !== 0 && p.watched !== 1) problems.push(`watched flag not 0|1 on ${p.key}`);
    // The trail digest is written with the events: a polled row's digest is always its events' digest.
    if (p.lastCheckedAt > 0 || p.trail) {
      const events = await db.events.where('packageKey').equals(p.key).toArray();
      if (!isDeepStrictEqual(p.trail, digestStoredEvents(events))) problems.push(`trail digest stale on ${p.key}`);
    }
  }
  const cursor = await readPollCursor(db);
  if (cursor) {
    const done = new Set(cursor.done);
    if (new Set(cursor.remaining).size !== cursor.remaining.length) problems.push('cursor lists a package twice');
    for (const k of cursor.remaining) if (done.has(k)) problems.push(`cursor has ${k} both remaining and done`);
  }
  return problems;
}
