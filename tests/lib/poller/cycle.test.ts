import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countAtRisk,
  countEvents,
  countWatched,
  listQuarantine,
  listUnnotifiedAlerts,
  openDb,
  readPollCursor,
  upsertPackages,
} from '@/lib/storage';
import { createNoticeReconciler, runPollCycle, type PollClient, type PollCycleSummary } from '@/lib/poller';
import { createFakeNotifications } from './fake-notifications';
import type { FetchLike } from '@/lib/tiktok';
import {
  SIM_NOW,
  createWorld,
  FIRST_SEEDED_ID,
  deliveredByNow,
  expectedEventCounts,
  seededIdsOf,
  findInconsistencies,
  seedLabelledOrders,
  storedEventCounts,
  watchAllMockOrders,
  type World,
} from './mock-shop';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function seededWorld(count: number, options: Parameters<typeof createWorld>[0] = {}): Promise<World> {
  world = await createWorld(options);
  world.api.control.seedOrders(seedLabelledOrders(count));
  await watchAllMockOrders(world);
  return world;
}

function total(map: Map<string, number>): number {
  return [...map.values()].reduce((a, b) => a + b, 0);
}

/** Runs cycles until one finishes (a stopped cycle is resumed by the next alarm). */
async function runUntilFinished(
  w: World,
  options: { batchSize?: number } = {},
  maxRuns = 10,
): Promise<PollCycleSummary[]> {
  const runs: PollCycleSummary[] = [];
  for (let i = 0; i < maxRuns; i += 1) {
    const summary = await runPollCycle(w.deps(), options);
    runs.push(summary);
    if (summary.finished) return runs;
  }
  throw new Error(`no cycle finished in ${maxRuns} runs: ${JSON.stringify(runs.at(-1))}`);
}

/** The notifications a clean, uninterrupted cycle leaves on screen for the same mock shop, in a separate store. */
async function referenceNoticeIds(w: World): Promise<Set<string>> {
  const db = await openDb(`reference-${crypto.randomUUID()}`);
  try {
    const orders = w.api.control.listOrders();
    await upsertPackages(
      db,
      orders.map((o) => ({ orderId: o.id, market: o.market, ...(o.packageId ? { packageId: o.packageId } : {}) })),
      SIM_NOW,
    );
    const clean = createFakeNotifications();
    await runPollCycle(
      {
        ...w.deps({ db }),
        notices: createNoticeReconciler({ db, surface: clean.surface, now: () => w.api.control.now() }),
      },
      { batchSize: 10 },
    );
    return new Set(clean.screen.keys());
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('a poll cycle over 1,000 watched packages', () => {
  it('fetches and stores every event once, and a second cycle adds nothing', async () => {
    const w = await seededWorld(1_000);
    const expected = expectedEventCounts(w);
    expect(expected.size).toBe(1_000);

    const first = await runPollCycle(w.deps(), { batchSize: 50 });
    expect(first).toMatchObject({ checked: 1_000, failed: 0, resumed: false, finished: true, remaining: 0 });
    expect(first.stoppedBecause).toBeUndefined();
    expect(await storedEventCounts(w)).toEqual(expected);
    expect(first.newEvents).toBe(total(expected));
    expect(await countEvents(w.db)).toBe(total(expected));

    // One tracking request per package and one order-detail request per batch of 50.
    expect(w.api.control.requests({ endpoint: 'orders.tracking' })).toHaveLength(1_000);
    expect(w.api.control.requests({ endpoint: 'orders.detail' })).toHaveLength(20);

    // Alerts: one per (package, risk); notifications: one per order at risk, each created once, every alert named.
    expect(first.newAlerts).toBeGreaterThan(0);
    const atRiskOrders = new Set(
      (await w.db.packages.where('[watched+atRisk]').equals([1, 1]).toArray()).map((p) => p.orderId),
    );
    expect(new Set(w.notifications.screen.keys())).toEqual(new Set([...atRiskOrders].map((id) => `lml-order:${id}`)));
    expect(w.notifications.calls.filter((c) => c.op === 'create')).toHaveLength(atRiskOrders.size);
    expect(await listUnnotifiedAlerts(w.db)).toEqual([]);
    expect(w.badges.at(-1)).toBe(await countAtRisk(w.db));
    expect(first.atRisk).toBe(await countAtRisk(w.db));
    expect(w.connection.at(-1)).toMatchObject({ state: 'ok' });

    // Delivered parcels leave the watch list.
    const finishedOrders = deliveredByNow(seedLabelledOrders(1_000)).length;
    expect(finishedOrders).toBeGreaterThan(0);
    expect(await countWatched(w.db)).toBe(1_000 - finishedOrders);

    const second = await runPollCycle(w.deps(), { batchSize: 50 });
    expect(second).toMatchObject({
      checked: 1_000 - finishedOrders,
      newEvents: 0,
      newAlerts: 0,
      resumed: false,
      finished: true,
    });
    expect(second.cycleId).not.toBe(first.cycleId);
    expect(await countEvents(w.db)).toBe(total(expected));
    expect(await findInconsistencies(w.db)).toEqual([]);
  }, 180_000);
});

describe('rate limit', () => {
  it('paces requests under the mock platform limit, so no request is refused', async () => {
    const w = await seededWorld(30, { qps: 20 });
    // Real waits here: the pacing is what is under test.
    w.client = w.makeClient({ qps: 20, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
    const started = performance.now();
    const summary = await runPollCycle(w.deps(), { batchSize: 10 });
    const elapsedMs = performance.now() - started;
    expect(summary.finished).toBe(true);
    expect(w.api.control.requests().filter((r) => r.status === 429)).toEqual([]);
    // 30 tracking requests at 20 per second cannot take less than 29 intervals of 50 ms.
    expect(elapsedMs).toBeGreaterThanOrEqual(29 * 50 - 5);
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  }, 30_000);
});

describe('each injected fault ends in its expected state and leaves the store consistent', () => {
  it('a burst of 429s is absorbed by the client backing off', async () => {
    const w = await seededWorld(20);
    w.api.control.injectFault({ kind: 'rate-limit', count: 3, pathIncludes: '/tracking' });
    const summary = await runPollCycle(w.deps(), { batchSize: 10 });
    expect(summary).toMatchObject({ finished: true, failed: 0 });
    expect(w.api.control.requests().filter((r) => r.status === 429)).toHaveLength(3);
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
    expect(await findInconsistencies(w.db)).toEqual([]);
  });

  it('persistent 429s pause the cycle with its cursor; the next alarm resumes and completes it', async () => {
    const w = await seededWorld(30);
    w.api.control.injectFault({ kind: 'rate-limit', count: 10_000, pathIncludes: '/tracking' });
    const paused = await runPollCycle(w.deps(), { batchSize: 10 });
    expect(paused).toMatchObject({ stoppedBecause: 'rate-limit', finished: false, remaining: 30, newEvents: 0 });
    expect((await readPollCursor(w.db))?.remaining).toHaveLength(30);
    expect(await findInconsistencies(w.db)).toEqual([]);

    w.api.control.clearFaults();
    const resumed = await runPollCycle(w.deps(), { batchSize: 10 });
    expect(resumed).toMatchObject({ resumed: true, finished: true, cycleId: paused.cycleId, checked: 30 });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  });

  it('a few 5xx answers are retried; a server that stays down pauses the cycle and the packages are retried first', async () => {
    const w = await seededWorld(20);
    w.api.control.injectFault({ kind: 'server-error', count: 2, status: 503, pathIncludes: '/tracking' });
    expect(await runPollCycle(w.deps(), { batchSize: 10 })).toMatchObject({ finished: true, failed: 0 });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));

    const fresh = seedLabelledOrders(10, FIRST_SEEDED_ID + 1_000n);
    // One of them the order API already calls delivered: its trail must still be read once the server is back.
    const deliveredWhileDown = deliveredByNow(fresh);
    expect(deliveredWhileDown.length).toBeGreaterThan(0);
    w.api.control.seedOrders(fresh);
    await watchAllMockOrders(w);
    w.api.control.injectFault({ kind: 'server-error', count: 10_000, status: 500, pathIncludes: '/tracking' });
    const down = await runPollCycle(w.deps(), { batchSize: 10 });
    expect(down.stoppedBecause).toBe('server');
    expect(down.failed).toBe(10);
    const failedRows = (await w.db.packages.toArray()).filter((p) => p.lastError);
    expect(failedRows.map((p) => p.lastError!.kind)).toEqual(Array(10).fill('server'));
    // Not marked as checked: oldest first, they are the first polled when the server is back.
    expect(failedRows.map((p) => [p.orderId, p.lastCheckedAt])).toEqual(failedRows.map((p) => [p.orderId, 0]));
    // Still watched, the delivered one too: a failed fetch never drops a trail from the watch list.
    expect(failedRows.map((p) => p.orderId)).toEqual(expect.arrayContaining(deliveredWhileDown));
    expect(failedRows.map((p) => [p.orderId, p.watched])).toEqual(failedRows.map((p) => [p.orderId, 1]));
    expect(await findInconsistencies(w.db)).toEqual([]);

    w.api.control.clearFaults();
    await runUntilFinished(w, { batchSize: 10 });
    await runPollCycle(w.deps(), { batchSize: 10 });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
    expect((await w.db.packages.toArray()).filter((p) => p.lastError)).toEqual([]);
    // Read at last, the delivered parcel leaves the watch list.
    for (const id of deliveredWhileDown)
      expect((await w.db.packages.where('orderId').equals(id).first())?.watched, id).toBe(0);
  });

  it('a slow answer times out and is retried', async () => {
    world = await createWorld();
    const w = world;
    // The slow answer would come after a minute: only the client's timeout can end that request. The
    // timeout is generous so that ordinary answers on a loaded machine never reach it.
    w.client = w.makeClient({ timeoutMs: 1_000 });
    w.api.control.seedOrders(seedLabelledOrders(5));
    await watchAllMockOrders(w);
    w.api.control.injectFault({ kind: 'slow', count: 1, delayMs: 60_000, pathIncludes: '/tracking' });
    expect(await runPollCycle(w.deps())).toMatchObject({ finished: true, failed: 0 });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
    // The slow request was given up on (never answered), and the same tracking was asked for again.
    const tracking = w.api.control.requests({ endpoint: 'orders.tracking' });
    const abandoned = tracking.filter((r) => r.status === 0);
    expect(abandoned).toHaveLength(1);
    expect(
      tracking
        .slice(tracking.indexOf(abandoned[0]!) + 1)
        .some((r) => r.path === abandoned[0]!.path && r.status === 200),
    ).toBe(true);
  });

  it('a truncated body is retried; one that stays truncated is quarantined and the rest carry on', async () => {
    const w = await seededWorld(12);
    w.api.control.injectFault({ kind: 'truncated', count: 1, pathIncludes: '/tracking' });
    expect(await runPollCycle(w.deps(), { batchSize: 6 })).toMatchObject({ finished: true, failed: 0, quarantined: 0 });

    const victim = { id: seededIdsOf('in-transit', 12)[0]! };
    w.api.control.injectFault({ kind: 'truncated', count: 1_000, pathIncludes: `/orders/${victim.id}/tracking` });
    const summary = await runPollCycle(w.deps(), { batchSize: 6 });
    expect(summary).toMatchObject({ finished: true, failed: 1, quarantined: 1 });
    expect((await listQuarantine(w.db))[0]).toMatchObject({
      endpoint: 'orders.tracking',
      path: '(body)',
      orderId: victim!.id,
    });
    const victimRow = (await w.db.packages.where('orderId').equals(victim!.id).toArray())[0]!;
    expect(victimRow.lastError?.kind).toBe('schema');
    const stored = await storedEventCounts(w);
    for (const [orderId, count] of expectedEventCounts(w)) expect(stored.get(orderId), orderId).toBe(count);
    expect(await findInconsistencies(w.db)).toEqual([]);
  });

  it('a wrong-shaped tracking list is quarantined with its payload; the other packages are stored', async () => {
    const w = await seededWorld(14);
    const victim = w.api.control.listOrders().find((o) => o.id === seededIdsOf('in-transit', 14)[0]);
    expect(victim!.eventCount).toBeGreaterThan(1);
    w.api.control.injectFault({
      kind: 'wrong-shape',
      shape: 'list-as-object',
      pathIncludes: `/orders/${victim!.id}/tracking`,
    });
    const summary = await runPollCycle(w.deps(), { batchSize: 7 });
    expect(summary).toMatchObject({ finished: true, failed: 1, quarantined: 1 });
    const [row] = await listQuarantine(w.db);
    expect(row).toMatchObject({ endpoint: 'orders.tracking', path: 'data.tracking', orderId: victim!.id });
    expect(row!.payload).toContain('"items"');
    const stored = await storedEventCounts(w);
    expect(stored.get(victim!.id)).toBe(0);
    for (const [orderId, count] of expectedEventCounts(w))
      if (orderId !== victim!.id) expect(stored.get(orderId), orderId).toBe(count);
    expect(await findInconsistencies(w.db)).toEqual([]);

    // Next cycle, the payload is well-formed again and the trail is complete.
    await runPollCycle(w.deps(), { batchSize: 7 });
    expect((await storedEventCounts(w)).get(victim!.id)).toBe(victim!.eventCount);
  });

  it('one malformed tracking event is quarantined while the others of its trail are stored', async () => {
    const w = await seededWorld(7);
    const victim = w.api.control.listOrders().find((o) => o.id === seededIdsOf('in-transit', 7)[0]);
    expect(victim!.eventCount).toBeGreaterThan(2);
    w.api.control.injectFault({
      kind: 'wrong-shape',
      shape: 'missing-field',
      itemIndex: 0,
      pathIncludes: `/orders/${victim!.id}/tracking`,
    });
    const summary = await runPollCycle(w.deps());
    expect(summary).toMatchObject({ finished: true, failed: 0, quarantined: 1 });
    expect((await listQuarantine(w.db))[0]).toMatchObject({
      endpoint: 'orders.tracking',
      path: 'data.tracking[0].update_time_millis',
    });
    expect((await storedEventCounts(w)).get(victim!.id)).toBe(victim!.eventCount - 1);
    await runPollCycle(w.deps());
    expect((await storedEventCounts(w)).get(victim!.id)).toBe(victim!.eventCount);
  });

  it('a wrong-shaped order-detail answer is quarantined and tracking is still polled', async () => {
    const w = await seededWorld(10);
    w.api.control.injectFault({ kind: 'wrong-shape', shape: 'list-as-object', pathIncludes: '/order/202309/orders' });
    const summary = await runPollCycle(w.deps(), { batchSize: 10 });
    expect(summary).toMatchObject({ finished: true, quarantined: 1 });
    expect((await listQuarantine(w.db))[0]).toMatchObject({ endpoint: 'orders.detail', path: 'data.orders' });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  });

  it('an expired access token is refreshed once and the cycle completes', async () => {
    const w = await seededWorld(10);
    w.api.control.expireAccessToken();
    expect(await runPollCycle(w.deps())).toMatchObject({ finished: true, failed: 0 });
    expect(w.api.control.tokens().refreshCount).toBe(1);
    expect(w.connection.at(-1)).toMatchObject({ state: 'ok' });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  });

  it('an expired token that cannot be refreshed stops cleanly in reconnect-needed, and resumes after reconnecting', async () => {
    const w = await seededWorld(10);
    w.api.control.expireAccessToken();
    w.api.control.setRefreshFailure(36_009_004);
    const stopped = await runPollCycle(w.deps());
    expect(stopped).toMatchObject({ stoppedBecause: 'auth', finished: false, remaining: 10, newEvents: 0 });
    expect(w.connection.at(-1)).toMatchObject({ state: 'reconnect-needed' });
    expect(w.connection.at(-1)?.reason?.zh).toBeTruthy();
    expect(await findInconsistencies(w.db)).toEqual([]);

    // The seller reconnects: the auth host works again and the worker builds a fresh client.
    w.api.control.setRefreshFailure(false);
    w.client = w.makeClient();
    const resumed = await runPollCycle(w.deps());
    expect(resumed).toMatchObject({ resumed: true, finished: true, checked: 10 });
    expect(w.connection.at(-1)).toMatchObject({ state: 'ok' });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  });

  it('no network: the cycle pauses with its cursor and resumes when the network is back', async () => {
    const w = await seededWorld(10);
    w.network.down = true;
    const paused = await runPollCycle(w.deps());
    expect(paused).toMatchObject({ stoppedBecause: 'network', finished: false, remaining: 10 });
    expect(w.connection).toEqual([]);
    w.network.down = false;
    expect(await runPollCycle(w.deps())).toMatchObject({ resumed: true, finished: true });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  });

  it('the network dropping half-way keeps what was committed and resumes with the rest', async () => {
    world = await createWorld();
    const w = world;
    let calls = 0;
    const flaky: FetchLike = async (url, init) => {
      calls += 1;
      if (calls > 15) throw new TypeError('fetch failed');
      return fetch(url, init);
    };
    w.client = w.makeClient({ fetch: flaky, maxRetries: 1 });
    w.api.control.seedOrders(seedLabelledOrders(30));
    await watchAllMockOrders(w);
    const paused = await runPollCycle(w.deps(), { batchSize: 10 });
    expect(paused.stoppedBecause).toBe('network');
    expect(paused.remaining).toBeGreaterThan(0);
    expect(paused.remaining).toBeLessThan(30);
    expect(await findInconsistencies(w.db)).toEqual([]);
    w.client = w.makeClient();
    await runUntilFinished(w, { batchSize: 10 });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
  });
});

describe('a cycle killed half-way and restarted loses and duplicates nothing', () => {
  /** A clock that dies (like the MV3 worker) at its n-th reading. */
  function dyingClock(w: World, n: number): () => number {
    let reads = 0;
    return () => {
      reads += 1;
      if (reads === n) throw new Error(`worker killed at clock read ${n}`);
      return w.api.control.now();
    };
  }

  /** A client whose n-th call dies (not an API error: the worker is gone). */
  function dyingClient(client: PollClient, n: number): PollClient {
    let calls = 0;
    const tick = () => {
      calls += 1;
      if (calls === n) throw new Error(`worker killed at client call ${n}`);
    };
    return {
      getOrders: async (ids) => (tick(), client.getOrders(ids)),
      getOrderTracking: async (id) => (tick(), client.getOrderTracking(id)),
      searchOrders: async (p) => (tick(), client.searchOrders(p)),
    };
  }

  async function expectNothingLostOrDuplicated(w: World, reference: Set<string>): Promise<void> {
    await runUntilFinished(w, { batchSize: 10 });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
    expect(new Set(w.notifications.screen.keys())).toEqual(reference);
    // The browser outlives the worker: nothing created twice (a show the dead worker did not record is updated in place).
    const created = countBy(
      w.notifications.calls.filter((c) => c.op === 'create'),
      (c) => c.id,
    );
    expect([...created.values()].every((n) => n === 1)).toBe(true);
    expect(await listUnnotifiedAlerts(w.db)).toEqual([]);
    expect(await findInconsistencies(w.db)).toEqual([]);
  }

  it.each([2, 3, 4, 5, 7, 9, 12])(
    'dies at clock read %i',
    async (n) => {
      const w = await seededWorld(35);
      const reference = await referenceNoticeIds(w);
      expect(reference.size).toBeGreaterThan(0);
      await expect(runPollCycle(w.deps({ now: dyingClock(w, n) }), { batchSize: 10 })).rejects.toThrow('worker killed');
      expect(await findInconsistencies(w.db)).toEqual([]);
      await expectNothingLostOrDuplicated(w, reference);
    },
    60_000,
  );

  it.each([1, 2, 6, 13, 25])(
    'dies at client call %i',
    async (n) => {
      const w = await seededWorld(35);
      const reference = await referenceNoticeIds(w);
      await expect(runPollCycle(w.deps({ client: dyingClient(w.client, n) }), { batchSize: 10 })).rejects.toThrow(
        'worker killed',
      );
      await expectNothingLostOrDuplicated(w, reference);
    },
    60_000,
  );

  it('dies twice in a row and still converges', async () => {
    const w = await seededWorld(35);
    const reference = await referenceNoticeIds(w);
    await expect(runPollCycle(w.deps({ now: dyingClock(w, 4) }), { batchSize: 10 })).rejects.toThrow();
    await expect(runPollCycle(w.deps({ client: dyingClient(w.client, 3) }), { batchSize: 10 })).rejects.toThrow();
    await expectNothingLostOrDuplicated(w, reference);
  }, 60_000);

  it('an abort between batches stops with the cursor kept', async () => {
    const w = await seededWorld(35);
    const reference = await referenceNoticeIds(w);
    const controller = new AbortController();
    let details = 0;
    const client: PollClient = {
      ...w.client,
      getOrders: async (ids) => {
        details += 1;
        if (details === 2) controller.abort();
        return w.client.getOrders(ids);
      },
    };
    const aborted = await runPollCycle(w.deps({ client }), { batchSize: 10, signal: controller.signal });
    expect(aborted.stoppedBecause).toBe('aborted');
    expect(aborted.finished).toBe(false);
    expect(aborted.remaining).toBeGreaterThan(0);
    await expectNothingLostOrDuplicated(w, reference);
  }, 60_000);

  it('a notification that failed to show is shown on the next run, once', async () => {
    const w = await seededWorld(14);
    w.notifications.state.failing = true;
    const first = await runPollCycle(w.deps());
    expect(first.newAlerts).toBeGreaterThan(0);
    expect(await listUnnotifiedAlerts(w.db)).toHaveLength(first.newAlerts);
    expect(w.notifications.screen.size).toBe(0);
    w.notifications.state.failing = false;
    const second = await runPollCycle(w.deps());
    const orders = new Set((await w.db.alerts.toArray()).map((a) => a.orderId));
    expect(second.renotified).toBe(orders.size);
    expect(second.newAlerts).toBe(0);
    expect(w.notifications.shown).toHaveLength(orders.size);
    expect(await listUnnotifiedAlerts(w.db)).toEqual([]);
  });
});

describe('watch list housekeeping', () => {
  it('an empty watch list finishes at once and clears the badge', async () => {
    world = await createWorld();
    const summary = await runPollCycle(world.deps());
    expect(summary).toMatchObject({ checked: 0, finished: true, atRisk: 0, remaining: 0 });
    expect(world.badges).toEqual([0]);
  });

  it('a US order without a package id is re-keyed when it ships, keeping its events', async () => {
    world = await createWorld();
    const w = world;
    const labelAt = SIM_NOW - 2 * 3_600_000;
    w.api.control.seedOrders([
      {
        id: '576000000000000001',
        market: 'US',
        carrier: 'USPS',
        labelCreatedAt: labelAt,
        shipBy: SIM_NOW + 86_400_000,
        events: [{ at: SIM_NOW + 3_600_000, description: 'Accepted at USPS Origin Facility' }],
      },
    ]);
    await upsertPackages(w.db, [{ orderId: '576000000000000001', market: 'US' }], SIM_NOW);
    await runPollCycle(w.deps());
    // Not shipped yet: the API withholds the package id from US orders, the row stays keyed by order.
    expect(await w.db.packages.get('order:576000000000000001')).toMatchObject({
      orderStatus: 'AWAITING_COLLECTION',
      watched: 1,
    });
    expect(await countEvents(w.db)).toBe(0);

    w.api.control.advance(2 * 3_600_000);
    await runPollCycle(w.deps());
    expect(await w.db.packages.get('order:576000000000000001')).toBeUndefined();
    const [row] = await w.db.packages.where('orderId').equals('576000000000000001').toArray();
    expect(row).toMatchObject({ key: `pkg:${row!.packageId}`, orderStatus: 'IN_TRANSIT', status: 'picked-up' });
    expect(await w.db.events.where('packageKey').equals(row!.key).count()).toBe(1);
    expect(await findInconsistencies(w.db)).toEqual([]);
  });

  it('raises first-scan-overdue for a label with no scan after 4 h and notifies it once', async () => {
    world = await createWorld();
    const w = world;
    w.api.control.seedOrders([
      {
        id: '576000000000000002',
        market: 'US',
        carrier: 'USPS',
        labelCreatedAt: SIM_NOW - 4 * 3_600_000 - 60_000,
        events: [],
      },
    ]);
    await watchAllMockOrders(w);
    const summary = await runPollCycle(w.deps());
    expect(w.notifications.shown.map((n) => [n.notificationId, n.risks])).toEqual([
      ['lml-order:576000000000000002', ['first-scan-overdue']],
    ]);
    expect(w.notifications.shown[0]!.message.en).toContain('4 h');
    expect(summary.atRisk).toBe(1);
    expect(w.badges.at(-1)).toBe(1);
    await runPollCycle(w.deps());
    expect(w.notifications.shown).toHaveLength(1);
  });
});
