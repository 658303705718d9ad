/**
 * The hub's pinned HTTP contract (issue 14): health, webhook intake (signature, duplicates, malformed,
 * size), the bearer-protected read API, shop registration with tokens sealed at rest, and a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockApi, type MockApi } from '@/tools/mock-api';
import { HUB_TOKEN, orderStatusWebhook, sign, startTestHub, type TestHub } from './hub-harness';

let hub: TestHub;
let api: MockApi;
beforeAll(async () => {
  // A registered shop polls: point it at the local mock so nothing leaves the machine.
  api = await startMockApi({ ordersPerMarket: 2 });
  hub = await startTestHub({ apiBase: api.url });
}, 60_000);
afterAll(async () => {
  await hub?.close();
  await api?.close();
});

const events = async (shopId: string) =>
  ((await (await hub.read(`/v1/shops/${shopId}/webhook-events`)).json()) as { events: Array<Record<string, unknown>> })
    .events;

describe('GET /healthz', () => {
  it('answers 200 {"ok":true}', async () => {
    const response = await hub.fetch('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('POST /webhooks/tiktok', () => {
  it('stores a signed webhook and answers 200 with an empty body; it is listed with its fields', async () => {
    const body = orderStatusWebhook('shop-contract-1', '5770001', 'AWAITING_SHIPMENT', 1_700_000_000);
    const response = await hub.webhook(body);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(await events('shop-contract-1')).toEqual([
      { tts_notification_id: body.tts_notification_id, type: 1, timestamp: 1_700_000_000, data: body.data },
    ]);
  });

  it('verifies the reference fixture byte for byte (app_key + raw body, lowercase hex)', async () => {
    // The raw bytes are signed, not a re-serialisation: extra spaces must still verify.
    const raw =
      '{ "type": 4, "shop_id": "shop-contract-2", "tts_notification_id": "n-raw",  "data": {"package_list": []} }';
    expect((await hub.webhook(raw)).status).toBe(200);
    expect((await events('shop-contract-2')).map((e) => e.tts_notification_id)).toEqual(['n-raw']);
  });

  it('stores the same tts_notification_id once and still answers 200', async () => {
    const body = orderStatusWebhook('shop-contract-3', '5770003', 'AWAITING_SHIPMENT', 1_700_000_100, 'n-dup');
    for (let i = 0; i < 4; i++) expect((await hub.webhook(body)).status).toBe(200);
    expect(await events('shop-contract-3')).toHaveLength(1);
  });

  it('answers 401 for a missing, wrong or other-secret signature, and stores nothing', async () => {
    const body = orderStatusWebhook('shop-contract-4', '5770004', 'AWAITING_SHIPMENT', 1_700_000_200);
    const raw = JSON.stringify(body);
    expect((await hub.webhook(raw, { signature: null })).status).toBe(401);
    expect((await hub.webhook(raw, { signature: 'deadbeef' })).status).toBe(401);
    expect((await hub.webhook(raw, { secret: 'not-the-app-secret' })).status).toBe(401);
    expect((await hub.webhook(raw, { signature: sign(`${raw} `) })).status).toBe(401);
    expect(await events('shop-contract-4')).toEqual([]);
  });

  it.each([
    ['not JSON', 'type=1&shop_id=x'],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"hello"'],
    ['type missing', '{"shop_id":"s","tts_notification_id":"n"}'],
    ['type as a string', '{"type":"1","shop_id":"s","tts_notification_id":"n"}'],
    ['type not an integer', '{"type":1.5,"shop_id":"s","tts_notification_id":"n"}'],
    ['shop_id as a number', '{"type":1,"shop_id":7494726673780148744,"tts_notification_id":"n"}'],
    ['tts_notification_id missing', '{"type":1,"shop_id":"s"}'],
  ])('answers 400 for a signed body that is %s', async (_what, raw) => {
    const response = await hub.webhook(raw);
    expect(response.status).toBe(400);
  });

  it('answers 413 over 64 KiB and stores nothing', async () => {
    const body = orderStatusWebhook('shop-contract-5', '5770005', 'AWAITING_SHIPMENT', 1_700_000_300);
    const raw = JSON.stringify({ ...body, data: { ...body.data, padding: 'x'.repeat(64 * 1024) } });
    expect((await hub.webhook(raw)).status).toBe(413);
    expect(await events('shop-contract-5')).toEqual([]);
  });

  it('answers fast: 20 webhooks each within a second', async () => {
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const response = await hub.webhook(
        orderStatusWebhook('shop-contract-6', `58${i}`, 'IN_TRANSIT', 1_700_000_400 + i),
      );
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    expect(await events('shop-contract-6')).toHaveLength(20);
  });
});

describe('read API', () => {
  it.each(['/v1/shops/shop-contract-1/webhook-events', '/v1/shops/shop-contract-1/alerts'])(
    '%s needs the bearer token',
    async (route) => {
      expect((await hub.fetch(route)).status).toBe(401);
      expect((await hub.read(route, 'wrong-token')).status).toBe(401);
      expect((await hub.fetch(route, { headers: { authorization: HUB_TOKEN } })).status).toBe(401);
      expect((await hub.read(route)).status).toBe(200);
    },
  );

  it('pages webhook-events with ?limit=&after=, `next` naming the last event while more follow', async () => {
    const shop = 'shop-contract-paging';
    const ids = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'];
    for (const [i, id] of ids.entries())
      expect((await hub.webhook(orderStatusWebhook(shop, `59${i}`, 'IN_TRANSIT', 1_700_000_600 + i, id))).status).toBe(
        200,
      );
    const page = async (query: string) => {
      const response = await hub.read(`/v1/shops/${shop}/webhook-events${query}`);
      expect(response.status).toBe(200);
      return (await response.json()) as { events: Array<{ tts_notification_id: string }>; next?: string };
    };
    const first = await page('?limit=2');
    expect(first.events.map((e) => e.tts_notification_id)).toEqual(['p-1', 'p-2']);
    expect(first.next).toBe('p-2');
    const second = await page(`?limit=2&after=${first.next}`);
    expect(second.events.map((e) => e.tts_notification_id)).toEqual(['p-3', 'p-4']);
    const last = await page(`?limit=2&after=${second.next}`);
    expect(last).toEqual({ events: [expect.objectContaining({ tts_notification_id: 'p-5' })] }); // no `next`
    // Unpaged: every event and no `next`, the pinned shape.
    const all = await page('');
    expect(Object.keys(all)).toEqual(['events']);
    expect(all.events.map((e) => e.tts_notification_id)).toEqual(ids);
    expect((await page('?after=p-3')).events.map((e) => e.tts_notification_id)).toEqual(['p-4', 'p-5']);
    for (const bad of ['?limit=0', '?limit=1001', '?limit=two', '?limit=1.5', '?after=p-unknown'])
      expect((await hub.read(`/v1/shops/${shop}/webhook-events${bad}`)).status).toBe(400);
  });

  it('answers browsers of any origin (CORS) on the read routes only, still behind the bearer token', async () => {
    const preflight = await hub.fetch('/v1/shops/shop-contract-1/alerts', {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');
    const read = await hub.read('/v1/shops/shop-contract-1/alerts');
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect((await hub.fetch('/v1/shops/shop-contract-1/alerts')).status).toBe(401);
    expect((await hub.fetch('/v1/shops', { method: 'OPTIONS' })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists no alerts for a shop with nothing watched', async () => {
    expect(await (await hub.read('/v1/shops/shop-contract-1/alerts')).json()).toEqual({ alerts: [] });
  });
});

describe('POST /v1/shops', () => {
  const registration = {
    shop_id: 'shop-contract-reg',
    cipher: 'ROW_contract_cipher',
    region: 'US',
    access_token: 'ROW_plaintextAccessTokenNeverStored',
    refresh_token: 'ROW_plaintextRefreshTokenNeverStored',
  };
  const post = (body: unknown, token = HUB_TOKEN) =>
    hub.fetch('/v1/shops', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('needs the bearer token', async () => {
    expect((await post(registration, 'wrong')).status).toBe(401);
  });

  it('refuses a registration without tokens or cipher with 400', async () => {
    expect((await post({ shop_id: 'x', region: 'US' })).status).toBe(400);
  });

  it('registers a shop, never returns its tokens, and keeps them encrypted on disk', async () => {
    const response = await post(registration);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('plaintext');
    expect(JSON.parse(text)).toMatchObject({ shop_id: 'shop-contract-reg', registered: true });
    const files = fs.readdirSync(hub.persistDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(file.parentPath, file.name));
      expect(bytes.includes('plaintextAccessToken')).toBe(false);
      expect(bytes.includes('plaintextRefreshToken')).toBe(false);
    }
    for (const route of ['webhook-events', 'alerts']) {
      expect(await (await hub.read(`/v1/shops/shop-contract-reg/${route}`)).text()).not.toContain('plaintext');
    }
  });
});

describe('restart', () => {
  it('keeps stored webhooks and still deduplicates after workerd restarts', async () => {
    const body = orderStatusWebhook('shop-contract-7', '5770007', 'AWAITING_SHIPMENT', 1_700_000_500, 'n-restart');
    expect((await hub.webhook(body)).status).toBe(200);
    await hub.restart();
    expect((await hub.fetch('/healthz')).status).toBe(200);
    expect(await events('shop-contract-7')).toHaveLength(1);
    expect((await hub.webhook(body)).status).toBe(200);
    expect(await events('shop-contract-7')).toHaveLength(1);
  }, 60_000);
});
