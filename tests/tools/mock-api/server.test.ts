/**
 * The mock rejects requests exactly as the reference documents (§2.1, §3, §4), using its own
 * Node-crypto signer. Requests here are hand-built, not made by lib/tiktok.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MOCK_AUTH_CODE,
  MOCK_CREDENTIALS,
  MOCK_SHOPS,
  computeSignature,
  startMockApi,
  type MockApi,
} from '@/tools/mock-api';

const WALL_MS = 1_700_000_000_000;
const NOW_S = WALL_MS / 1000;
let api: MockApi;

beforeAll(async () => {
  api = await startMockApi({ seed: 5, ordersPerMarket: 20, wallClock: () => WALL_MS, qps: null });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.control.reset();
  api.control.setRateLimit(null);
});

interface RawRequest {
  method?: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string>;
  body?: string;
  token?: string | null;
  secret?: string;
  sign?: string | null;
  contentType?: string | null;
  /** Sent after signing, to check the body is covered by the signature. */
  bodyOnWire?: string;
}

async function send(
  request: RawRequest,
): Promise<{ status: number; json: { code: number; message: string; request_id: string; data?: unknown } }> {
  const query: Record<string, string> = {
    app_key: MOCK_CREDENTIALS.appKey,
    timestamp: String(NOW_S),
    ...request.query,
  };
  const body = request.body ?? '';
  const sign =
    request.sign === undefined
      ? computeSignature(request.secret ?? MOCK_CREDENTIALS.appSecret, request.path, query, body)
      : request.sign;
  const search = new URLSearchParams(query);
  if (sign !== null) search.set('sign', sign);
  const headers: Record<string, string> = {};
  const token = request.token === undefined ? MOCK_CREDENTIALS.accessToken : request.token;
  if (token !== null) headers['x-tts-access-token'] = token;
  const contentType = request.contentType === undefined ? 'application/json' : request.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  const method = request.method ?? 'GET';
  const response = await fetch(`${api.url}${request.path}?${search.toString()}`, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: request.bodyOnWire ?? body }),
  });
  return {
    status: response.status,
    json: (await response.json()) as { code: number; message: string; request_id: string },
  };
}

const SHOPS = '/authorization/202309/shops';
const SEARCH = '/order/202309/orders/search';
const US = { shop_cipher: MOCK_CREDENTIALS.shopCipher };

describe('accepted requests', () => {
  it('answers a correctly signed call with the documented envelope', async () => {
    const { status, json } = await send({ path: SHOPS });
    expect(status).toBe(200);
    expect(json).toMatchObject({ code: 0, message: 'Success' });
    expect(json.request_id).toMatch(/^\d{14}[0-9A-F]+$/);
    expect((json.data as { shops: Array<{ cipher: string }> }).shops.map((s) => s.cipher)).toEqual(
      MOCK_SHOPS.map((s) => s.cipher),
    );
  });

  it('accepts a signed JSON body on POST', async () => {
    const { json } = await send({
      method: 'POST',
      path: SEARCH,
      query: { ...US, page_size: '5' },
      body: '{"order_status":"AWAITING_SHIPMENT"}',
    });
    expect(json.code).toBe(0);
    expect(
      (json.data as { orders: Array<{ status: string }> }).orders.every((o) => o.status === 'AWAITING_SHIPMENT'),
    ).toBe(true);
  });

  it.each([
    ['4 min 59 s behind', NOW_S - 299],
    ['29 s ahead', NOW_S + 29],
  ])('accepts a timestamp %s server time', async (_label, timestamp) => {
    expect((await send({ path: SHOPS, query: { timestamp: String(timestamp) } })).json.code).toBe(0);
  });

  it('verifies the reference §2.4 worked example signature (its cipher is then unknown: 101000, not 106001)', async () => {
    const local = await startMockApi({
      ordersPerMarket: 1,
      wallClock: () => 1_700_000_000_000,
      credentials: { appKey: '6abc1d2efgh3i', appSecret: '0123456789abcdef0123456789abcdef01234567' },
    });
    try {
      const url = `${local.url}/order/202309/orders/search?app_key=6abc1d2efgh3i&shop_cipher=ROW_AbCdEfGhIjKlMnOpQrStUv&timestamp=1700000000&page_size=20&sort_field=create_time&sort_order=DESC&sign=5ba82f080765317f2372406923459a0d6deff155632a066465cc01a714fde5d6`;
      const headers = { 'x-tts-access-token': MOCK_CREDENTIALS.accessToken, 'content-type': 'application/json' };
      const body = '{"order_status":"AWAITING_SHIPMENT","create_time_ge":1699913600,"create_time_lt":1700000000}';
      const ok = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { code: number };
      expect(ok.code).toBe(101000);
      const swapped = '{"create_time_ge":1699913600,"order_status":"AWAITING_SHIPMENT","create_time_lt":1700000000}';
      const bad = (await (await fetch(url, { method: 'POST', headers, body: swapped })).json()) as { code: number };
      expect(bad.code).toBe(106001);
    } finally {
      await local.close();
    }
  });
});

describe('rejections, as documented', () => {
  it.each<[string, RawRequest, number]>([
    ['a wrong signature → 106001', { path: SHOPS, sign: '0'.repeat(64) }, 106001],
    ['a signature made with another secret → 106001', { path: SHOPS, secret: 'not-the-secret' }, 106001],
    [
      'an uppercase-hex signature → 106001',
      {
        path: SHOPS,
        sign: computeSignature(
          MOCK_CREDENTIALS.appSecret,
          SHOPS,
          { app_key: MOCK_CREDENTIALS.appKey, timestamp: String(NOW_S) },
          '',
        ).toUpperCase(),
      },
      106001,
    ],
    [
      'a body changed after signing → 106001',
      {
        method: 'POST',
        path: SEARCH,
        query: { ...US, page_size: '5' },
        body: '{"order_status":"UNPAID"}',
        bodyOnWire: '{"order_status":"CANCELLED"}',
      },
      106001,
    ],
    ['no sign → 36009004', { path: SHOPS, sign: null }, 36009004],
    ['a timestamp 6 minutes old → 36009004', { path: SHOPS, query: { timestamp: String(NOW_S - 360) } }, 36009004],
    ['a timestamp 31 s ahead → 36009004', { path: SHOPS, query: { timestamp: String(NOW_S + 31) } }, 36009004],
    ['a timestamp in milliseconds → 36009004', { path: SHOPS, query: { timestamp: String(WALL_MS) } }, 36009004],
    ['an unknown app_key → 36009004', { path: SHOPS, query: { app_key: 'someone-else' } }, 36009004],
    ['no access-token header → 36009004', { path: SHOPS, token: null }, 36009004],
    ['an unknown access token → 36009004', { path: SHOPS, token: 'ROW_forged' }, 36009004],
    ['shop_cipher on /authorization → 36009004', { path: SHOPS, query: US }, 36009004],
    [
      'no shop_cipher on a shop endpoint → 106013',
      { method: 'POST', path: SEARCH, query: { page_size: '5' }, body: '{}' },
      106013,
    ],
    [
      'an unknown shop_cipher → 101000',
      { method: 'POST', path: SEARCH, query: { shop_cipher: 'ROW_nope', page_size: '5' }, body: '{}' },
      101000,
    ],
    [
      'a non-JSON content-type → 36009022',
      { method: 'POST', path: SEARCH, query: { ...US, page_size: '5' }, body: '{}', contentType: 'text/plain' },
      36009022,
    ],
    ['an unknown path → 36009009', { path: '/order/202309/nothing-here' }, 36009009],
    ['a wrong method → 36009010', { method: 'PUT', path: SHOPS }, 36009010],
  ])('%s', async (_name, request, code) => {
    expect((await send(request)).json.code).toBe(code);
  });

  it('an expired access token → 105002 until refreshed through /api/v2/token/refresh', async () => {
    api.control.expireAccessToken();
    expect((await send({ path: SHOPS })).json.code).toBe(105002);
    const refresh = new URLSearchParams({
      app_key: MOCK_CREDENTIALS.appKey,
      app_secret: MOCK_CREDENTIALS.appSecret,
      refresh_token: MOCK_CREDENTIALS.refreshToken,
      grant_type: 'refresh_token',
    });
    const tokens = (await (await fetch(`${api.url}/api/v2/token/refresh?${refresh.toString()}`)).json()) as {
      code: number;
      data: { access_token: string; access_token_expire_in: number; refresh_token: string };
    };
    expect(tokens.code).toBe(0);
    // A unix timestamp (seconds), 7 days after the server's clock.
    expect(tokens.data.access_token_expire_in).toBe(NOW_S + 7 * 86_400);
    expect((await send({ path: SHOPS, token: tokens.data.access_token })).json.code).toBe(0);
  });

  it('the refresh endpoint refuses a wrong grant type, a wrong secret and an unknown refresh token', async () => {
    const base = {
      app_key: MOCK_CREDENTIALS.appKey,
      app_secret: MOCK_CREDENTIALS.appSecret,
      refresh_token: MOCK_CREDENTIALS.refreshToken,
      grant_type: 'refresh_token',
    };
    for (const query of [
      { ...base, grant_type: 'authorized_code' },
      { ...base, app_secret: 'nope' },
      { ...base, refresh_token: 'ROW_unknown' },
    ]) {
      const json = (await (
        await fetch(`${api.url}/api/v2/token/refresh?${new URLSearchParams(query).toString()}`)
      ).json()) as { code: number };
      expect(json.code).not.toBe(0);
    }
    expect(api.control.tokens().refreshCount).toBe(0);
  });

  it('the token/get endpoint exchanges the mock auth code once', async () => {
    const query = new URLSearchParams({
      app_key: MOCK_CREDENTIALS.appKey,
      app_secret: MOCK_CREDENTIALS.appSecret,
      auth_code: MOCK_AUTH_CODE,
      grant_type: 'authorized_code',
    });
    const first = (await (await fetch(`${api.url}/api/v2/token/get?${query.toString()}`)).json()) as {
      code: number;
      data: { access_token: string };
    };
    expect(first.code).toBe(0);
    expect((await send({ path: SHOPS, token: first.data.access_token })).json.code).toBe(0);
    const second = (await (await fetch(`${api.url}/api/v2/token/get?${query.toString()}`)).json()) as { code: number };
    expect(second.code).not.toBe(0);
  });

  it('revoked tokens → 36009004', async () => {
    api.control.revokeTokens();
    expect((await send({ path: SHOPS })).json.code).toBe(36009004);
  });
});

describe('rate limit', () => {
  it('answers HTTP 429 with 36009002 past the per-endpoint QPS, per shop', async () => {
    api.control.setRateLimit(3);
    const results = await Promise.all(Array.from({ length: 5 }, () => send({ path: SHOPS })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 429).every((r) => r.json.code === 36009002)).toBe(true);
    // Another endpoint has its own budget.
    expect((await send({ method: 'POST', path: SEARCH, query: { ...US, page_size: '1' }, body: '{}' })).status).toBe(
      200,
    );
  });

  it('defaults to 50 QPS', async () => {
    const local = await startMockApi({ ordersPerMarket: 1, wallClock: () => WALL_MS });
    try {
      const shared = api;
      api = local;
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: 120 }, () => send({ path: SHOPS })));
      const elapsedS = (performance.now() - started) / 1000;
      api = shared;
      // A full bucket of 50, plus whatever refilled at 50/s while the burst was being served.
      const ok = results.filter((r) => r.status === 200).length;
      expect(ok).toBeGreaterThanOrEqual(50);
      expect(ok).toBeLessThanOrEqual(50 + Math.ceil(50 * elapsedS) + 1);
      expect(results.some((r) => r.status === 429)).toBe(true);
    } finally {
      await local.close();
    }
  });
});

describe('control over HTTP (for Playwright and the demo)', () => {
  async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${api.url}/__mock/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  }

  it('injects a fault for N requests, then clears', async () => {
    await post('faults', { kind: 'rate-limit', count: 2 });
    expect((await send({ path: SHOPS })).status).toBe(429);
    expect((await send({ path: SHOPS })).status).toBe(429);
    expect((await send({ path: SHOPS })).status).toBe(200);
    await post('faults', { kind: 'server-error', count: 5 });
    await post('faults/clear', {});
    expect((await send({ path: SHOPS })).status).toBe(200);
  });

  it('reports a bad fault as a 400 naming the field', async () => {
    const response = await fetch(`${api.url}/__mock/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'explode' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('fault.kind');
  });

  it('moves simulated time, expires tokens, seeds orders and lists requests', async () => {
    const before = (await (await fetch(`${api.url}/__mock/state`)).json()) as { now: number };
    expect((await post('time', { advance: 3_600_000 })).now).toBe(before.now + 3_600_000);
    await post('expire-token', {});
    expect((await send({ path: SHOPS })).json.code).toBe(105002);
    const seeded = await post('seed-orders', {
      orders: [
        {
          id: '576999000000000001',
          market: 'UK',
          status: 'AWAITING_SHIPMENT',
          trackingNumber: 'RB123456785GB',
          carrier: 'Royal Mail',
        },
      ],
    });
    expect(seeded.ids).toEqual(['576999000000000001']);
    const listed = (await (await fetch(`${api.url}/__mock/orders?market=GB`)).json()) as {
      orders: Array<{ id: string; carrier: string }>;
    };
    expect(listed.orders.find((o) => o.id === '576999000000000001')?.carrier).toBe('Royal Mail');
    const requests = (await (await fetch(`${api.url}/__mock/requests`)).json()) as {
      requests: Array<{ code: number }>;
    };
    expect(requests.requests.map((r) => r.code)).toEqual([105002]);
  });

  it('answers CORS preflight so a page can drive it', async () => {
    const response = await fetch(`${api.url}/__mock/state`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
