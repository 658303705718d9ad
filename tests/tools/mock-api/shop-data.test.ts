import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTikTokClient, type TikTokClient } from '@/lib/tiktok';
import { MOCK_CREDENTIALS, MOCK_SHOPS, startMockApi, type MockApi } from '@/tools/mock-api';
import { createPrng } from '@/tools/mock-api/prng';
import { buildTrail, generateShop, statusAt, type MockOrderRecord } from '@/tools/mock-api/shop-data';
import { MARKET_CARRIERS } from '@/tools/mock-api/carriers';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 5, 9, 0, 0);

function firstScanDelayHours(order: MockOrderRecord): number | undefined {
  const scan = order.events.find((e) => e.kind !== 'label');
  return scan && order.labelCreatedAtMs !== undefined ? (scan.atMs - order.labelCreatedAtMs) / HOUR : undefined;
}

function longestGapHours(order: MockOrderRecord): number {
  let gap = 0;
  for (let i = 1; i < order.events.length; i++) gap = Math.max(gap, order.events[i]!.atMs - order.events[i - 1]!.atMs);
  return gap / HOUR;
}

describe('generated shop', () => {
  const orders = generateShop({ seed: 20240701, startAtMs: START, ordersPerMarket: 60 });

  it('is deterministic for a seed', () => {
    const again = generateShop({ seed: 20240701, startAtMs: START, ordersPerMarket: 60 });
    expect(again.map((o) => [o.id, o.trackingNumber, o.events.length])).toEqual(
      orders.map((o) => [o.id, o.trackingNumber, o.events.length]),
    );
    expect(generateShop({ seed: 2, startAtMs: START, ordersPerMarket: 60 })[0]?.id).not.toBe(orders[0]?.id);
  });

  it('has hundreds of orders across US, GB, ID, TH, VN with unique string ids', () => {
    expect(orders.length).toBe(300);
    expect(new Set(orders.map((o) => o.market))).toEqual(new Set(['US', 'GB', 'ID', 'TH', 'VN']));
    expect(new Set(orders.map((o) => o.id)).size).toBe(300);
    expect(orders.every((o) => /^\d{18}$/.test(o.id))).toBe(true);
  });

  it('covers the statuses a seller meets, ON_HOLD only in US/GB', () => {
    const statuses = new Set(orders.map((o) => statusAt(o, START)));
    for (const status of [
      'UNPAID',
      'ON_HOLD',
      'AWAITING_SHIPMENT',
      'AWAITING_COLLECTION',
      'IN_TRANSIT',
      'DELIVERED',
      'CANCELLED',
    ])
      expect(statuses).toContain(status);
    expect(
      orders.filter((o) => statusAt(o, START) === 'ON_HOLD').every((o) => o.market === 'US' || o.market === 'GB'),
    ).toBe(true);
  });

  it('has late first scans (> 4 h after the label), stale trails (> 24 h gap), exceptions, lost and delivered parcels', () => {
    expect(orders.filter((o) => (firstScanDelayHours(o) ?? 0) > 4).length).toBeGreaterThan(5);
    expect(orders.filter((o) => longestGapHours(o) > 24).length).toBeGreaterThan(5);
    expect(orders.filter((o) => o.events.some((e) => e.kind === 'exception')).length).toBeGreaterThan(3);
    const lost = orders.filter((o) => o.scenario === 'lost');
    expect(lost.length).toBeGreaterThan(3);
    expect(
      lost.every((o) => START - o.events.at(-1)!.atMs > 7 * 24 * HOUR && !o.events.some((e) => e.kind === 'delivered')),
    ).toBe(true);
    expect(
      orders.filter((o) => o.events.some((e) => e.kind === 'delivered' && e.atMs <= START)).length,
    ).toBeGreaterThan(30);
    expect(orders.filter((o) => o.scenario === 'never-scanned' && o.stuckAwaitingShipment).length).toBeGreaterThan(0);
  });

  it('gives every labelled parcel a tracking number in its carrier format and a package id', () => {
    const labelled = orders.filter((o) => o.labelCreatedAtMs !== undefined);
    expect(labelled.length).toBeGreaterThan(150);
    expect(labelled.every((o) => o.trackingNumber && o.packageId && o.providerId)).toBe(true);
    const usps = labelled.filter((o) => o.providerName === 'USPS');
    expect(usps.length).toBeGreaterThan(0);
    expect(usps.every((o) => /^9400111\d{15}$/.test(o.trackingNumber!))).toBe(true);
    expect(
      labelled.filter((o) => o.providerName === 'Royal Mail').every((o) => /^[A-Z]{2}\d{9}GB$/.test(o.trackingNumber!)),
    ).toBe(true);
  });

  it('uses each carrier’s own phrasing, Chinese for Cainiao', () => {
    const cainiao = MARKET_CARRIERS.US.find((e) => e.carrier.key === 'cainiao')!.carrier;
    const trail = buildTrail('normal', START, cainiao.phrasebook, createPrng(1));
    expect(trail.map((e) => e.description)).toContain('已签收');
    const usps = MARKET_CARRIERS.US.find((e) => e.carrier.key === 'usps')!.carrier;
    expect(buildTrail('normal', START, usps.phrasebook, createPrng(1))[0]?.description).toBe(
      'Shipping Label Created, USPS Awaiting Item',
    );
  });

  it('builds trails in time order, label first', () => {
    for (const order of orders.filter((o) => o.events.length > 0)) {
      expect(order.events[0]?.kind).toBe('label');
      expect(order.events.map((e) => e.atMs)).toEqual([...order.events.map((e) => e.atMs)].sort((a, b) => a - b));
    }
  });
});

describe('simulated time over HTTP', () => {
  let api: MockApi;
  let client: TikTokClient;

  beforeAll(async () => {
    api = await startMockApi({ seed: 77, ordersPerMarket: 60, startAt: START, qps: null });
    client = createTikTokClient({
      appKey: MOCK_CREDENTIALS.appKey,
      getSecrets: async () => ({ ...MOCK_CREDENTIALS }),
      saveTokens: async () => undefined,
      fetch: globalThis.fetch,
      now: Date.now,
      baseUrl: api.url,
      tokenBaseUrl: api.url,
      qps: 1_000_000,
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('reveals tracking events and moves statuses as the clock advances', async () => {
    api.control.setNow(START);
    const moving = api.control
      .listOrders({ market: 'US', labelled: true })
      .find((o) => o.status === 'AWAITING_COLLECTION' || o.status === 'IN_TRANSIT');
    expect(moving).toBeDefined();
    const before = await client.getOrderTracking(moving!.id);
    api.control.advance(5 * 24 * HOUR);
    const after = await client.getOrderTracking(moving!.id);
    expect(after.length).toBeGreaterThan(before.length);
    expect(Math.max(...after.map((e) => e.update_time_millis))).toBeLessThanOrEqual(api.control.now());
    const [order] = await client.getOrders([moving!.id]);
    expect(order?.status).not.toBe(moving!.status);
    expect(order!.update_time! * 1000).toBeGreaterThan(Math.max(...before.map((e) => e.update_time_millis)));
  });

  it('turns ON_HOLD into AWAITING_SHIPMENT after the hold hour, with the address restored', async () => {
    api.control.setNow(START);
    const held = api.control.listOrders({ status: 'ON_HOLD', market: 'US' })[0];
    expect(held).toBeDefined();
    if (!held) return;
    const [during] = await client.getOrders([held.id]);
    expect(during?.recipient_address?.full_address).toBe('');
    api.control.advance(HOUR);
    const [afterHold] = await client.getOrders([held.id]);
    expect(afterHold?.status).toBe('AWAITING_SHIPMENT');
    expect(afterHold?.recipient_address?.full_address).not.toBe('');
  });

  it('serves seeded orders (replica page ids) with their events as time passes', async () => {
    api.control.setNow(START);
    api.control.seedOrders([
      {
        id: '5769000000000000001',
        market: 'US',
        status: 'AWAITING_SHIPMENT',
        trackingNumber: '9400111206206406260787',
        carrier: 'USPS Ground Advantage',
        labelCreatedAt: START - 6 * HOUR,
        shipBy: new Date(START + 20 * HOUR).toISOString(),
        events: [
          { at: START - 6 * HOUR, description: 'Shipping Label Created, USPS Awaiting Item' },
          { at: START + 2 * HOUR, description: 'Accepted at USPS Origin Facility' },
        ],
      },
    ]);
    const [order] = await client.getOrders(['5769000000000000001']);
    expect(order).toMatchObject({
      status: 'AWAITING_SHIPMENT',
      tracking_number: '9400111206206406260787',
      shipping_provider: 'USPS',
      rts_sla_time: Math.floor((START + 20 * HOUR) / 1000),
    });
    expect(await client.getOrderTracking('5769000000000000001')).toEqual([
      { description: 'Shipping Label Created, USPS Awaiting Item', update_time_millis: START - 6 * HOUR },
    ]);
    api.control.advance(3 * HOUR);
    expect(await client.getOrderTracking('5769000000000000001')).toHaveLength(2);
  });

  it('rejects a seed with a bad field, naming it', () => {
    expect(() => api.control.seedOrders([{ id: 'abc', market: 'US' }])).toThrow(/orders\[0\]\.id/);
    expect(() => api.control.seedOrders([{ id: '1', market: 'FR' }])).toThrow(/market/);
    expect(() => api.control.seedOrders([{ id: '1', market: 'US', status: 'SHIPPED' }])).toThrow(/status/);
  });

  it('keeps each shop’s orders behind its own cipher', async () => {
    const gb = api.control.listOrders({ market: 'GB' })[0]!;
    expect(await client.getOrders([gb.id])).toEqual([]);
    const gbClient = createTikTokClient({
      appKey: MOCK_CREDENTIALS.appKey,
      getSecrets: async () => ({ ...MOCK_CREDENTIALS, shopCipher: MOCK_SHOPS.find((s) => s.market === 'GB')!.cipher }),
      saveTokens: async () => undefined,
      fetch: globalThis.fetch,
      now: Date.now,
      baseUrl: api.url,
      tokenBaseUrl: api.url,
      qps: 1_000_000,
    });
    expect((await gbClient.getOrders([gb.id])).map((o) => o.id)).toEqual([gb.id]);
  });
});
