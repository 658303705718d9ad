/**
 * The client against the mock Open API over real HTTP on 127.0.0.1: signing, envelopes and error
 * codes are checked by the mock's own implementation, so a drift on either side fails here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  TikTokApiError,
  createTikTokClient,
  describeTikTokError,
  type QuarantinedItem,
  type TikTokClientConfig,
  type TikTokSecrets,
  type TikTokTokens,
} from '@/lib/tiktok';
import { MOCK_CREDENTIALS, MOCK_NOT_FOUND_CODE, startMockApi, type MockApi } from '@/tools/mock-api';

let api: MockApi;

beforeAll(async () => {
  api = await startMockApi({ seed: 11, ordersPerMarket: 40, qps: null });
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.control.reset();
  api.control.setRateLimit(null);
});

function makeClient(overrides: Partial<TikTokClientConfig> = {}, initial: Partial<TikTokSecrets> = {}) {
  let secrets: TikTokSecrets = { ...MOCK_CREDENTIALS, ...initial };
  const saved: TikTokTokens[] = [];
  const sleeps: number[] = [];
  const quarantined: QuarantinedItem[] = [];
  const client = createTikTokClient({
    appKey: MOCK_CREDENTIALS.appKey,
    getSecrets: async () => secrets,
    saveTokens: async (tokens) => {
      saved.push(tokens);
      secrets = { ...secrets, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
    },
    fetch: globalThis.fetch,
    now: Date.now,
    baseUrl: api.url,
    tokenBaseUrl: api.url,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    qps: 1_000_000,
    onQuarantine: (item) => quarantined.push(item),
    ...overrides,
  });
  return { client, saved, sleeps, quarantined, secrets: () => secrets };
}

/** Runs `body` against a mock of its own (other options), then puts the shared one back. */
async function withOwnMock(options: Parameters<typeof startMockApi>[0], body: () => Promise<void>): Promise<void> {
  const shared = api;
  api = await startMockApi(options);
  try {
    await body();
  } finally {
    await api.close();
    api = shared;
  }
}

async function failure(promise: Promise<unknown>): Promise<TikTokApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TikTokApiError);
  return error as TikTokApiError;
}

function labelledUsOrder(scenario?: string) {
  const order = api.control
    .listOrders({ market: 'US', labelled: true })
    .find((o) => scenario === undefined || o.scenario === scenario);
  if (!order) throw new Error(`no labelled US order for ${scenario}`);
  return order;
}

describe('happy paths', () => {
  it('lists the authorized shops without sending shop_cipher', async () => {
    const { client } = makeClient();
    const shops = await client.getAuthorizedShops();
    expect(shops.map((s) => s.region)).toEqual(['US', 'GB', 'ID', 'TH', 'VN']);
    const [request] = api.control.requests({ endpoint: 'authorization.shops' });
    expect(request?.query.shop_cipher).toBeUndefined();
    expect(request?.headers).toEqual({ accessToken: MOCK_CREDENTIALS.accessToken, contentType: 'application/json' });
  });

  it('sends app_key, a seconds timestamp from `now`, shop_cipher and the access token header', async () => {
    const fixedNow = Date.now() - 60_000;
    const { client } = makeClient({ now: () => fixedNow });
    await client.getOrderTracking(labelledUsOrder().id);
    const [request] = api.control.requests({ endpoint: 'orders.tracking' });
    expect(request?.query).toMatchObject({
      app_key: MOCK_CREDENTIALS.appKey,
      timestamp: String(Math.floor(fixedNow / 1000)),
      shop_cipher: MOCK_CREDENTIALS.shopCipher,
    });
    expect(request?.query.sign).toMatch(/^[0-9a-f]{64}$/);
    expect(request?.query.access_token).toBeUndefined();
    expect(request?.status).toBe(200);
  });

  it('pages through orders/search until the last page, every order once', async () => {
    const { client } = makeClient();
    const ids: string[] = [];
    let pageToken: string | undefined;
    let total: number | undefined;
    do {
      const page = await client.searchOrders({ pageSize: 15, ...(pageToken ? { pageToken } : {}) });
      ids.push(...page.orders.map((o) => o.id));
      total = page.totalCount;
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    expect(ids.length).toBe(api.control.listOrders({ market: 'US' }).length);
  });

  it('signs and sends one serialisation of the body, filters included', async () => {
    const { client } = makeClient();
    const page = await client.searchOrders({ status: 'AWAITING_SHIPMENT', updateTimeGe: 1_600_000_000, pageSize: 50 });
    expect(page.orders.length).toBeGreaterThan(0);
    expect(page.orders.every((o) => o.status === 'AWAITING_SHIPMENT')).toBe(true);
    const [request] = api.control.requests({ endpoint: 'orders.search' });
    expect(request?.body).toBe('{"order_status":"AWAITING_SHIPMENT","update_time_ge":1600000000}');
    expect(request?.query.page_size).toBe('50');
    expect('page_token' in (request?.query ?? {})).toBe(false);
  });

  it('filters by update time (seconds), as a poller would', async () => {
    const { client } = makeClient();
    const cutoff = Math.floor(api.control.now() / 1000) - 6 * 3600;
    const page = await client.searchOrders({ updateTimeGe: cutoff, pageSize: 100 });
    expect(page.orders.length).toBeGreaterThan(0);
    expect(page.orders.every((o) => (o.update_time ?? 0) >= cutoff)).toBe(true);
  });

  it('fetches order detail in chunks of 50 ids', async () => {
    await withOwnMock({ seed: 11, ordersPerMarket: 70, qps: null }, async () => {
      const { client } = makeClient();
      const ids = api.control.listOrders({ market: 'US' }).map((o) => o.id);
      expect(ids.length).toBeGreaterThan(50);
      const orders = await client.getOrders(ids);
      expect(orders.map((o) => o.id).sort()).toEqual([...ids].sort());
      expect(api.control.requests({ endpoint: 'orders.detail' })).toHaveLength(Math.ceil(ids.length / 50));
    });
  });

  it('reads packages, a package, its label document, providers and tracking', async () => {
    const { client } = makeClient();
    const page = await client.searchPackages({ pageSize: 20 });
    expect(page.packages.length).toBeGreaterThan(0);
    const summary = page.packages[0]!;
    const detail = await client.getPackage(summary.id);
    expect(detail.package_id).toBe(summary.id);
    expect(detail.tracking_number).toBe(summary.tracking_number);

    const tiktokShipped = api.control.listOrders({ market: 'US', labelled: true });
    const orders = await client.getOrders(tiktokShipped.map((o) => o.id));
    const withLabel = orders.find((o) => o.shipping_type === 'TIKTOK')!;
    const packageId = tiktokShipped.find((o) => o.id === withLabel.id)!.packageId!;
    const doc = await client.getShippingDocument(packageId, 'SHIPPING_LABEL', 'A6');
    expect(doc.doc_url).toContain(`/__mock/docs/${packageId}/SHIPPING_LABEL.pdf`);
    expect((await globalThis.fetch(doc.doc_url)).headers.get('content-type')).toBe('application/pdf');

    const providers = await client.getShippingProviders(withLabel.delivery_option_id!);
    expect(providers.map((p) => p.name)).toContain(withLabel.shipping_provider);

    const delivered = labelledUsOrder('normal');
    const events = await client.getOrderTracking(delivered.id);
    expect(events.length).toBe(delivered.eventCount);
    expect(events.every((e) => typeof e.update_time_millis === 'number' && e.description.length > 0)).toBe(true);
  });

  it('uses a pluggable signer when given one', async () => {
    const calls: string[] = [];
    const { client } = makeClient({
      sign: async (input) => {
        calls.push(input.path);
        const { signRequest } = await import('@/lib/tiktok');
        return signRequest(input);
      },
    });
    await client.getAuthorizedShops();
    expect(calls).toEqual(['/authorization/202309/shops']);
  });
});

describe('auth', () => {
  it('105002 → exactly one refresh through the token endpoint → saved tokens → one retry', async () => {
    const { client, saved } = makeClient();
    api.control.expireAccessToken();
    const events = await client.getOrderTracking(labelledUsOrder().id);
    expect(events.length).toBeGreaterThan(0);
    expect(api.control.tokens().refreshCount).toBe(1);
    const [refresh] = api.control.requests({ endpoint: 'token.refresh' });
    expect(refresh?.query).toEqual({
      app_key: MOCK_CREDENTIALS.appKey,
      app_secret: MOCK_CREDENTIALS.appSecret,
      refresh_token: MOCK_CREDENTIALS.refreshToken,
      grant_type: 'refresh_token',
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.accessToken).toBe(api.control.tokens().accessTokens[1]);
    // access_token_expire_in is a unix timestamp (seconds): ~7 days from now, in ms.
    expect(Math.abs(saved[0]!.accessTokenExpiresAtMs - (Date.now() + 7 * 86_400_000))).toBeLessThan(5_000);
    const tracking = api.control.requests({ endpoint: 'orders.tracking' });
    expect(tracking.map((r) => r.code)).toEqual([105002, 0]);
    expect(tracking[1]?.headers.accessToken).toBe(saved[0]?.accessToken);
  });

  it('shares one refresh between concurrent calls that hit 105002', async () => {
    const { client } = makeClient();
    api.control.expireAccessToken();
    const ids = api.control
      .listOrders({ market: 'US', labelled: true })
      .slice(0, 5)
      .map((o) => o.id);
    await Promise.all(ids.map((id) => client.getOrderTracking(id)));
    expect(api.control.tokens().refreshCount).toBe(1);
  });

  it('keeps using the refreshed token even if storage still returns the old one', async () => {
    const { client } = makeClient({ saveTokens: async () => undefined });
    api.control.expireAccessToken();
    await client.getAuthorizedShops();
    await client.getAuthorizedShops();
    expect(api.control.tokens().refreshCount).toBe(1);
    expect(api.control.requests({ endpoint: 'authorization.shops' }).map((r) => r.code)).toEqual([105002, 0, 0]);
  });

  it('refresh refused → auth error with reconnect, and the refused refresh token is not retried', async () => {
    const { client, saved } = makeClient();
    api.control.expireAccessToken();
    api.control.setRefreshFailure(36009004);
    const error = await failure(client.getAuthorizedShops());
    expect(error).toMatchObject({ kind: 'auth', reconnect: true, endpoint: 'token.refresh', code: 36009004 });
    expect(saved).toHaveLength(0);
    const again = await failure(client.getAuthorizedShops());
    expect(again).toMatchObject({ kind: 'auth', reconnect: true });
    expect(api.control.requests({ endpoint: 'token.refresh' })).toHaveLength(1);
  });

  it('still 105002 after the refresh → reconnect, no second refresh', async () => {
    await withOwnMock({ seed: 11, ordersPerMarket: 10, qps: null, accessTokenTtlMs: 0 }, async () => {
      const { client } = makeClient();
      api.control.expireAccessToken();
      const error = await failure(client.getAuthorizedShops());
      expect(error).toMatchObject({ kind: 'auth', reconnect: true, code: 105002, attempts: 2 });
      expect(api.control.tokens().refreshCount).toBe(1);
    });
  });

  it('no refresh token on file → reconnect without calling the token endpoint', async () => {
    const { client } = makeClient({}, { refreshToken: undefined });
    api.control.expireAccessToken();
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'auth', reconnect: true });
    expect(api.control.requests({ endpoint: 'token.refresh' })).toHaveLength(0);
  });

  it.each([
    ['an unknown access token', { accessToken: 'ROW_notIssued' }, 36009004],
    ['a wrong app secret (invalid sign)', { appSecret: 'wrong-secret' }, 106001],
    ['an unknown shop cipher', { shopCipher: 'ROW_unknownCipher' }, 101000],
  ])('%s ends in a typed error without a refresh', async (_name, secrets, code) => {
    const { client } = makeClient({}, secrets);
    const error = await failure(client.getOrderTracking(labelledUsOrder().id));
    expect(error.code).toBe(code);
    expect(error.kind).toBe(code === 106001 ? 'api' : 'auth');
    expect(error.reconnect).toBe(code !== 106001);
    expect(api.control.tokens().refreshCount).toBe(0);
  });

  it('an unknown access token is not mistaken for a wrong clock: one request, reconnect', async () => {
    const { client } = makeClient({}, { accessToken: 'ROW_notIssued' });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'auth', reconnect: true, code: 36009004 });
    expect(api.control.requests({ endpoint: 'authorization.shops' })).toHaveLength(1);
  });
  it('no shop cipher on file → reconnect before any request', async () => {
    const { client } = makeClient({}, { shopCipher: undefined });
    expect(await failure(client.searchOrders({ pageSize: 10 }))).toMatchObject({ kind: 'auth', reconnect: true });
    expect(api.control.requests()).toHaveLength(0);
  });

  it('refreshAccessToken forces the documented refresh and saves the result', async () => {
    const { client, saved } = makeClient();
    const tokens = await client.refreshAccessToken();
    expect(tokens.refreshToken).toBe(MOCK_CREDENTIALS.refreshToken);
    expect(saved).toEqual([tokens]);
  });
});

/** `fetch` whose answers carry `date` as given (a proxy or CDN with its own clock), or no Date header. */
function withDateHeader(date: () => string | null): typeof globalThis.fetch {
  return (async (url: string, init: RequestInit) => {
    const response = await globalThis.fetch(url, init);
    return {
      status: response.status,
      text: () => response.text(),
      headers: { get: (name: string) => (name.toLowerCase() === 'date' ? date() : response.headers.get(name)) },
    };
  }) as unknown as typeof globalThis.fetch;
}

describe('a wrong local clock (36009004 on the timestamp window)', () => {
  it.each([
    ['45 s fast', 45_000],
    ['6 min slow', -6 * 60_000],
  ])('%s: estimated from the Date header, retried once with a corrected timestamp, remembered', async (_name, skew) => {
    const offsets: number[] = [];
    const { client } = makeClient({ now: () => Date.now() + skew, onClockOffset: (ms) => offsets.push(ms) });
    const shops = await client.getAuthorizedShops();
    expect(shops.length).toBeGreaterThan(0);
    const codes = api.control.requests({ endpoint: 'authorization.shops' }).map((r) => r.code ?? 0);
    expect(codes).toEqual([36009004, 0]);
    expect(offsets).toHaveLength(1);
    // The Date header has whole seconds: the estimate is within ~1 s of the real offset.
    expect(Math.abs(offsets[0]! + skew)).toBeLessThan(1_500);
    await client.getOrderTracking(labelledUsOrder().id);
    expect(api.control.requests().filter((r) => r.code === 36009004)).toHaveLength(1);
  });

  it('a known offset (from an earlier client) corrects the first request', async () => {
    const { client } = makeClient({ now: () => Date.now() + 45_000, clockOffsetMs: -45_000 });
    await client.getAuthorizedShops();
    expect(api.control.requests().map((r) => r.code ?? 0)).toEqual([0]);
  });

  it('the mock answers with its own wall clock in the Date header', async () => {
    await withOwnMock({ seed: 11, ordersPerMarket: 5, wallClock: () => Date.now() - 45_000 }, async () => {
      const offsets: number[] = [];
      const { client } = makeClient({ onClockOffset: (ms) => offsets.push(ms) });
      await client.getAuthorizedShops();
      expect(Math.abs(offsets[0]! + 45_000)).toBeLessThan(1_500);
    });
  });

  it('when the corrected retry is refused too, the error says the clock is off by N s (en/zh), not "reconnect"', async () => {
    // The client is 45 s fast and a proxy's Date header is 6 min behind: the correction cannot land.
    const { client } = makeClient({
      now: () => Date.now() + 45_000,
      fetch: withDateHeader(() => new Date(Date.now() - 6 * 60_000).toUTCString()) as never,
    });
    const error = await failure(client.getAuthorizedShops());
    expect(error).toMatchObject({ kind: 'clock', reconnect: false, code: 36009004 });
    expect(Math.abs(error.clockOffsetMs! + 405_000)).toBeLessThan(1_500);
    expect(api.control.requests({ endpoint: 'authorization.shops' })).toHaveLength(2);
    const text = describeTikTokError(error);
    expect(text.en).toMatch(/your computer's clock is off by 40[4-6] s/i);
    expect(text.zh).toMatch(/时钟.*40[4-6] 秒/);
  });

  it('without a Date header nothing can be estimated: the platform error stands (reconnect)', async () => {
    const { client } = makeClient({ now: () => Date.now() + 45_000, fetch: withDateHeader(() => null) as never });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'auth', reconnect: true, code: 36009004 });
    expect(api.control.requests()).toHaveLength(1);
  });
});

describe('rate limits, server errors, timeouts', () => {
  it('429 (36009002) → backs off exponentially with jitter, then succeeds', async () => {
    const { client, sleeps } = makeClient({ backoffBaseMs: 400 });
    api.control.injectFault({ kind: 'rate-limit', count: 3 });
    await client.getAuthorizedShops();
    // random() = 0.5 → 75 % of 400·2^n.
    expect(sleeps).toEqual([300, 600, 1200]);
    expect(api.control.requests().map((r) => r.status)).toEqual([429, 429, 429, 200]);
  });

  it('jitter spreads the waits between 50 % and 100 % of the step', async () => {
    const low = makeClient({ random: () => 0, backoffBaseMs: 1000 });
    api.control.injectFault({ kind: 'rate-limit', count: 1 });
    await low.client.getAuthorizedShops();
    const high = makeClient({ random: () => 0.999, backoffBaseMs: 1000 });
    api.control.injectFault({ kind: 'rate-limit', count: 1 });
    await high.client.getAuthorizedShops();
    expect(low.sleeps).toEqual([500]);
    expect(high.sleeps[0]).toBeGreaterThan(990);
    expect(high.sleeps[0]).toBeLessThanOrEqual(1000);
  });

  it('backoff is capped and the retries are bounded: rate-limit error after maxRetries', async () => {
    const { client, sleeps } = makeClient({
      maxRetries: 4,
      backoffBaseMs: 1000,
      backoffMaxMs: 3000,
      random: () => 0.999,
    });
    api.control.injectFault({ kind: 'rate-limit', count: 10 });
    const error = await failure(client.getAuthorizedShops());
    expect(error).toMatchObject({ kind: 'rate-limit', httpStatus: 429, code: 36009002, attempts: 5 });
    expect(sleeps).toHaveLength(4);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(3000);
    expect(api.control.requests()).toHaveLength(5);
  });

  it('stays under the server limit by pacing itself', async () => {
    api.control.setRateLimit(20);
    const { client } = makeClient({ qps: 16, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), maxRetries: 0 });
    const ids = api.control
      .listOrders({ market: 'US', labelled: true })
      .slice(0, 24)
      .map((o) => o.id);
    await Promise.all(ids.map((id) => client.getOrderTracking(id)));
    expect(api.control.requests().every((r) => r.status === 200)).toBe(true);
  });

  it('the mock limit is real: an unpaced burst gets 429s', async () => {
    api.control.setRateLimit(5);
    const { client } = makeClient({ maxRetries: 0 });
    const ids = api.control
      .listOrders({ market: 'US', labelled: true })
      .slice(0, 12)
      .map((o) => o.id);
    const results = await Promise.allSettled(ids.map((id) => client.getOrderTracking(id)));
    const rejected = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as TikTokApiError);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((e) => e.kind === 'rate-limit')).toBe(true);
  });

  it('5xx → bounded retries then success', async () => {
    const { client, sleeps } = makeClient();
    api.control.injectFault({ kind: 'server-error', status: 503, count: 2 });
    await client.getAuthorizedShops();
    expect(sleeps).toHaveLength(2);
    expect(api.control.requests().map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('5xx beyond the bound → server error with its status', async () => {
    const { client } = makeClient({ maxRetries: 2 });
    api.control.injectFault({ kind: 'server-error', status: 500, count: 5 });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'server', httpStatus: 500, attempts: 3 });
  });

  it('a slow answer past timeoutMs → timeout error (AbortController)', async () => {
    const { client } = makeClient({ timeoutMs: 150, maxRetries: 0 });
    api.control.injectFault({ kind: 'slow', delayMs: 2_000 });
    const started = Date.now();
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a timeout is retried within the bound', async () => {
    const { client } = makeClient({ timeoutMs: 150, maxRetries: 1 });
    api.control.injectFault({ kind: 'slow', delayMs: 1_000 });
    await expect(client.getAuthorizedShops()).resolves.toHaveLength(5);
  });

  it('a dropped connection → network error', async () => {
    const { client } = makeClient({ maxRetries: 0 });
    api.control.injectFault({ kind: 'reset' });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'network' });
  });

  it('nothing listening → network error after bounded retries', async () => {
    const { client, sleeps } = makeClient({ baseUrl: 'http://127.0.0.1:9', maxRetries: 2 });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'network', attempts: 3 });
    expect(sleeps).toHaveLength(2);
  });
});

describe('malformed responses', () => {
  it('truncated JSON is retried once and then succeeds', async () => {
    const { client } = makeClient();
    api.control.injectFault({ kind: 'truncated', count: 1 });
    await expect(client.getAuthorizedShops()).resolves.toHaveLength(5);
  });

  it('truncated JSON every time → schema error naming the body', async () => {
    const { client } = makeClient({ maxRetries: 1 });
    api.control.injectFault({ kind: 'truncated', count: 5 });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({
      kind: 'schema',
      fieldPath: '(body)',
      attempts: 2,
    });
  });

  it('`tracking` as an object → schema error at data.tracking, payload quarantined', async () => {
    const { client, quarantined } = makeClient();
    api.control.injectFault({ kind: 'wrong-shape', shape: 'list-as-object', pathIncludes: '/tracking' });
    const error = await failure(client.getOrderTracking(labelledUsOrder('normal').id));
    expect(error).toMatchObject({ kind: 'schema', fieldPath: 'data.tracking', endpoint: 'orders.tracking' });
    expect(quarantined[0]).toMatchObject({ endpoint: 'orders.tracking', path: 'data.tracking' });
  });

  it('one order missing its id is quarantined while the others are returned', async () => {
    const { client, quarantined } = makeClient();
    const full = await client.searchOrders({ pageSize: 10, sortOrder: 'ASC' });
    api.control.injectFault({
      kind: 'wrong-shape',
      shape: 'missing-field',
      itemIndex: 2,
      pathIncludes: '/orders/search',
    });
    const page = await client.searchOrders({ pageSize: 10, sortOrder: 'ASC' });
    expect(page.orders.map((o) => o.id)).toEqual(full.orders.filter((_, i) => i !== 2).map((o) => o.id));
    expect(page.quarantinedCount).toBe(1);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ endpoint: 'orders.search', path: 'data.orders[2].id' });
    expect((quarantined[0]?.payload as { status: string }).status).toBe(full.orders[2]?.status);
  });

  it('an id sent as a number is quarantined with a clear issue', async () => {
    const { client, quarantined } = makeClient();
    api.control.injectFault({
      kind: 'wrong-shape',
      shape: 'id-as-number',
      itemIndex: 0,
      pathIncludes: '/packages/search',
    });
    const page = await client.searchPackages({ pageSize: 5 });
    expect(page.packages).toHaveLength(4);
    expect(quarantined[0]).toMatchObject({ path: 'data.packages[0].id', issue: 'expected the id as a string' });
  });

  it('one tracking event missing its time is dropped, the rest kept', async () => {
    const { client, quarantined } = makeClient();
    const order = labelledUsOrder('normal');
    api.control.injectFault({ kind: 'wrong-shape', shape: 'missing-field', itemIndex: 1, pathIncludes: '/tracking' });
    const events = await client.getOrderTracking(order.id);
    expect(events).toHaveLength(order.eventCount - 1);
    expect(quarantined[0]?.path).toBe('data.tracking[1].update_time_millis');
  });

  it('integers sent as strings are accepted (lenient where the API is)', async () => {
    const { client, quarantined } = makeClient();
    api.control.injectFault({ kind: 'wrong-shape', shape: 'numbers-as-strings', pathIncludes: '/orders/search' });
    const page = await client.searchOrders({ pageSize: 5 });
    expect(page.orders).toHaveLength(5);
    expect(typeof page.orders[0]?.create_time).toBe('number');
    expect(quarantined).toHaveLength(0);
  });

  it('JSON that is not an envelope → schema error naming `code`', async () => {
    const { client } = makeClient();
    api.control.injectFault({ kind: 'wrong-shape', shape: 'not-envelope' });
    expect(await failure(client.getAuthorizedShops())).toMatchObject({ kind: 'schema', fieldPath: 'code' });
  });

  it('any other platform code → api error with code and message, not retried', async () => {
    const { client } = makeClient();
    const error = await failure(client.getOrderTracking('576000000000000000'));
    expect(error).toMatchObject({ kind: 'api', code: MOCK_NOT_FOUND_CODE, reconnect: false, attempts: 1 });
    expect(error.message).toContain('not found');
  });

  it('refuses bad arguments before any request', async () => {
    const { client } = makeClient();
    await expect(client.getOrderTracking('')).rejects.toThrow(TypeError);
    await expect(client.searchOrders({ pageSize: 0 })).rejects.toThrow(RangeError);
    expect(api.control.requests()).toHaveLength(0);
  });
});

describe('without the mock', () => {
  it('honours a Retry-After header when it asks for longer than the backoff step', async () => {
    let calls = 0;
    const fetch: TikTokClientConfig['fetch'] = async () => {
      calls += 1;
      if (calls === 1)
        return {
          status: 429,
          headers: { get: (name: string) => (name === 'retry-after' ? '7' : null) },
          text: async () => '',
        };
      return {
        status: 200,
        headers: { get: () => null },
        text: async () => '{"code":0,"message":"Success","request_id":"r","data":{"shops":[]}}',
      };
    };
    const { client, sleeps } = makeClient({ fetch, backoffBaseMs: 500 });
    await expect(client.getAuthorizedShops()).resolves.toEqual([]);
    expect(sleeps).toEqual([7000]);
  });

  it('calls fetch unbound, so the native fetch of a worker never sees a foreign `this`', async () => {
    const thisValues: unknown[] = [];
    const fetch = function (this: unknown) {
      thisValues.push(this);
      return Promise.resolve({
        status: 200,
        headers: { get: () => null },
        text: async () => '{"code":0,"data":{"shops":[]}}',
      });
    } as unknown as TikTokClientConfig['fetch'];
    const { client } = makeClient({ fetch });
    await client.getAuthorizedShops();
    expect(thisValues).toEqual([undefined]);
  });
});
