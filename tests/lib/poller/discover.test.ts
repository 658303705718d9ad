import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { countWatched, listQuarantine, readMeta } from '@/lib/storage';
import { DISCOVERY_WATERMARK_KEY, WATCHED_ORDER_STATUSES, discoverPackages } from '@/lib/poller';
import { SIM_NOW, createWorld, seedLabelledOrders, type World } from './mock-shop';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function watchable(w: World): string[] {
  return w.api.control
    .listOrders()
    .filter((o) => (WATCHED_ORDER_STATUSES as readonly string[]).includes(o.status))
    .map((o) => o.id);
}

describe('discoverPackages against the mock shop', () => {
  it('puts every order awaiting shipment or in transit on the watch list, once', async () => {
    world = await createWorld({ ordersPerMarket: 120 });
    const w = world;
    const expected = watchable(w);
    expect(expected.length).toBeGreaterThan(20);

    const first = await discoverPackages(
      { db: w.db, client: w.client, now: () => w.api.control.now(), shopRegion: 'US' },
      { pageSize: 20 },
    );
    expect(first.discovered).toBe(expected.length);
    expect(first.pages).toBeGreaterThanOrEqual(WATCHED_ORDER_STATUSES.length);
    expect(first.stoppedBecause).toBeUndefined();
    expect(new Set((await w.db.packages.toArray()).map((p) => p.orderId))).toEqual(new Set(expected));
    expect(await countWatched(w.db)).toBe(expected.length);
    expect(first.watermark).toBeGreaterThan(0);
    expect(await readMeta(w.db, DISCOVERY_WATERMARK_KEY)).toBe(first.watermark);

    // Orders the mock withholds package ids for (US, not shipped) are keyed by order until they ship.
    const awaiting = (await w.db.packages.toArray()).filter((p) => p.orderStatus === 'AWAITING_SHIPMENT');
    expect(awaiting.length).toBeGreaterThan(0);
    expect(awaiting.every((p) => p.key === `order:${p.orderId}`)).toBe(true);
    expect(
      (await w.db.packages.toArray())
        .filter((p) => p.orderStatus === 'IN_TRANSIT')
        .every((p) => p.key.startsWith('pkg:')),
    ).toBe(true);

    const again = await discoverPackages({
      db: w.db,
      client: w.client,
      now: () => w.api.control.now(),
      shopRegion: 'US',
    });
    expect(again.discovered).toBe(0);
  }, 30_000);

  it('fills in ship-by deadlines, carriers and markets from the orders', async () => {
    world = await createWorld();
    const w = world;
    const [seeded] = seedLabelledOrders(2).slice(1);
    w.api.control.seedOrders([seeded!]);
    await discoverPackages({ db: w.db, client: w.client, now: () => w.api.control.now() });
    const [row] = await w.db.packages.toArray();
    expect(row).toMatchObject({
      orderId: seeded!.id,
      market: 'US',
      carrierId: 'usps',
      carrierName: 'USPS',
      shipByAt: Math.floor((seeded!.shipBy as number) / 1000) * 1000,
      labelCreatedAt: Math.floor((seeded!.labelCreatedAt as number) / 1000) * 1000,
      orderStatus: 'IN_TRANSIT',
      watched: 1,
      lastCheckedAt: 0,
    });
  });

  it('a wrong-shaped page is quarantined, the other statuses still load, and the watermark does not move', async () => {
    world = await createWorld({ ordersPerMarket: 60 });
    const w = world;
    w.api.control.injectFault({
      kind: 'wrong-shape',
      shape: 'list-as-object',
      count: 1,
      pathIncludes: '/orders/search',
    });
    const summary = await discoverPackages({ db: w.db, client: w.client, now: () => w.api.control.now() });
    expect(summary).toMatchObject({ stoppedBecause: 'schema', quarantined: 1 });
    expect(summary.watermark).toBeUndefined();
    expect(await readMeta(w.db, DISCOVERY_WATERMARK_KEY)).toBeUndefined();
    expect((await listQuarantine(w.db))[0]).toMatchObject({ endpoint: 'orders.search', path: 'data.orders' });
    // The first status lost its page; the next run (full window again) finds everything.
    await discoverPackages({ db: w.db, client: w.client, now: () => w.api.control.now() });
    expect(new Set((await w.db.packages.toArray()).map((p) => p.orderId))).toEqual(new Set(watchable(w)));
  });

  it('refused credentials stop discovery in reconnect-needed', async () => {
    world = await createWorld({ ordersPerMarket: 10 });
    const w = world;
    w.api.control.revokeTokens();
    const summary = await discoverPackages({
      db: w.db,
      client: w.client,
      now: () => w.api.control.now(),
      setConnectionState: async (s) => void w.connection.push(s),
    });
    expect(summary).toMatchObject({ stoppedBecause: 'auth', discovered: 0 });
    expect(w.connection.at(-1)).toMatchObject({ state: 'reconnect-needed' });
  });

  it('reads only orders updated since the last run (with a 5-minute overlap)', async () => {
    world = await createWorld();
    const w = world;
    w.api.control.seedOrders(seedLabelledOrders(3));
    const first = await discoverPackages({ db: w.db, client: w.client, now: () => w.api.control.now() });
    expect(first.discovered).toBe(3);
    w.api.control.clearRequests();
    await discoverPackages({ db: w.db, client: w.client, now: () => w.api.control.now() });
    const bodies = w.api.control
      .requests({ endpoint: 'orders.search' })
      .map((r) => JSON.parse(r.body) as { update_time_ge?: number });
    expect(bodies.every((b) => b.update_time_ge === first.watermark! - 300)).toBe(true);
    expect(first.watermark! * 1000).toBeLessThanOrEqual(SIM_NOW);
  });
});
