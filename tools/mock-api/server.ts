/**
 * A local, faithful mock of the TikTok Shop Open API (202309) and its token endpoints, over real HTTP
 * on 127.0.0.1 (shared/reference/tiktok-open-api.md). It checks requests the way the platform
 * documents: app_key, timestamp window (−5 min / +30 s → 36009004), signature (106001, own Node-crypto
 * implementation), access-token header (expired → 105002, unknown → 36009004), shop_cipher (missing →
 * 106013, present on /authorization → 36009004), per-endpoint rate limit (429 + 36009002).
 * Tests, Playwright and the demo drive it through `control` in-process or `POST /__mock/…`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  MARKET_PROFILES,
  MOCK_MARKETS,
  deliveryOptionIdFor,
  providerIdFor,
  MARKET_CARRIERS,
  type MockMarket,
} from './carriers';
import { createFaultQueue, distortData, validateFaultRule, type ActiveFault, type FaultRule } from './faults';
import { createPrng } from './prng';
import {
  ORDER_STATUSES,
  buildSeededOrder,
  generateShop,
  hasLabel,
  isVisible,
  packageStatusAt,
  renderOrder,
  renderPackageDetail,
  renderPackageSummary,
  renderTracking,
  statusAt,
  updatedAt,
  type MockOrderRecord,
  type OrderScenario,
  type SeedOrderInput,
} from './shop-data';
import { computeSignature, signaturesMatch } from './signature';

const DAY_MS = 86_400_000;

/** Default credentials the mock accepts (and the e2e/demo type into the options page). */
export const MOCK_CREDENTIALS = {
  appKey: '6mockl1m2len3',
  appSecret: 'mock0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2',
  accessToken: 'ROW_mockAccessToken0001',
  refreshToken: 'ROW_mockRefreshToken0001',
  shopCipher: MARKET_PROFILES.US.cipher,
} as const;
export type MockCredentials = {
  appKey: string;
  appSecret: string;
  accessToken: string;
  refreshToken: string;
  shopCipher: string;
};

/** The one-time code `/api/v2/token/get` accepts. */
export const MOCK_AUTH_CODE = 'mock-auth-code-0001';

/** Shops the default token is authorized for: one per market, each with its own cipher. */
export const MOCK_SHOPS = MOCK_MARKETS.map((market) => ({
  market,
  id: MARKET_PROFILES[market].shopId,
  name: MARKET_PROFILES[market].shopName,
  cipher: MARKET_PROFILES[market].cipher,
}));

/** Code the mock uses for "no such order/package" — the platform's own code for it is undocumented. */
export const MOCK_NOT_FOUND_CODE = 99_000_404;

export const MOCK_ERROR_CODES = {
  credentialOrParameter: 36_009_004,
  tooManyRequests: 36_009_002,
  invalidPath: 36_009_009,
  invalidMethod: 36_009_010,
  invalidContentType: 36_009_022,
  accessTokenExpired: 105_002,
  invalidSign: 106_001,
  shopCipherMissing: 106_013,
  tokenShopMismatch: 101_000,
  notFound: MOCK_NOT_FOUND_CODE,
} as const;

export interface MockApiOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: number;
  /** Simulated clock at start, epoch ms. Default: the wall clock. */
  startAt?: number;
  /** Let the simulated clock run with the wall clock (demo). Default false: it moves only by setNow/advance. */
  flow?: boolean;
  /** The server's real clock: timestamp window and token expiry. Default `Date.now`. */
  wallClock?: () => number;
  ordersPerMarket?: number;
  markets?: readonly MockMarket[];
  /** Requests per second per endpoint per shop before 429; `null` disables. Default 50 (reference §4). */
  qps?: number | null;
  credentials?: Partial<MockCredentials>;
  /** Access-token lifetime. Default 7 days (reference §1.2). */
  accessTokenTtlMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: { accessToken?: string; contentType?: string };
  body: string;
  /** Route name (`orders.search`, `token.refresh`…) or `unknown`. */
  endpoint: string;
  atMs: number;
  status: number;
  code?: number;
}

export interface MockOrderSummary {
  id: string;
  market: MockMarket;
  shopCipher: string;
  scenario: OrderScenario;
  status: string;
  trackingNumber?: string;
  carrier?: string;
  packageId?: string;
  labelCreatedAt?: number;
  shipBy: number;
  lastEventAt?: number;
  eventCount: number;
}

export interface MockControl {
  /** Simulated now, epoch ms. */
  now(): number;
  setNow(ms: number): void;
  advance(ms: number): void;
  wallNow(): number;
  injectFault(rule: FaultRule): number;
  clearFaults(): void;
  faults(): ActiveFault[];
  /** Expires one access token (default: every issued one) → 105002 until refreshed. */
  expireAccessToken(token?: string): void;
  /** Forget every token → 36009004 for calls and refreshes alike. */
  revokeTokens(): void;
  /** Make the refresh endpoint refuse (with `code`, default 36009004) or behave again (`false`). */
  setRefreshFailure(code: number | false): void;
  /** Adds or replaces orders; returns their ids. */
  seedOrders(orders: SeedOrderInput[]): string[];
  listOrders(filter?: {
    market?: string;
    scenario?: OrderScenario;
    status?: string;
    labelled?: boolean;
  }): MockOrderSummary[];
  setRateLimit(qps: number | null): void;
  requests(filter?: { endpoint?: string; pathIncludes?: string }): RecordedRequest[];
  clearRequests(): void;
  /** Access tokens issued so far (the initial one first) and how many refreshes succeeded. */
  tokens(): { accessTokens: string[]; refreshCount: number };
  /** Back to the state right after start (orders, tokens, clock, faults, requests). */
  reset(): void;
}

export interface MockApi {
  url: string;
  port: number;
  control: MockControl;
  close(): Promise<void>;
}

interface Route {
  name: string;
  method: 'GET' | 'POST';
  pattern: RegExp;
  shopScoped: boolean;
}

const ROUTES: readonly Route[] = [
  { name: 'authorization.shops', method: 'GET', pattern: /^\/authorization\/202309\/shops$/, shopScoped: false },
  { name: 'orders.search', method: 'POST', pattern: /^\/order\/202309\/orders\/search$/, shopScoped: true },
  { name: 'orders.detail', method: 'GET', pattern: /^\/order\/202309\/orders$/, shopScoped: true },
  { name: 'packages.search', method: 'POST', pattern: /^\/fulfillment\/202309\/packages\/search$/, shopScoped: true },
  {
    name: 'packages.shipping-document',
    method: 'GET',
    pattern: /^\/fulfillment\/202309\/packages\/([^/]+)\/shipping_documents$/,
    shopScoped: true,
  },
  { name: 'packages.detail', method: 'GET', pattern: /^\/fulfillment\/202309\/packages\/([^/]+)$/, shopScoped: true },
  {
    name: 'orders.tracking',
    method: 'GET',
    pattern: /^\/fulfillment\/202309\/orders\/([^/]+)\/tracking$/,
    shopScoped: true,
  },
  {
    name: 'logistics.shipping-providers',
    method: 'GET',
    pattern: /^\/logistics\/202309\/delivery_options\/([^/]+)\/shipping_providers$/,
    shopScoped: true,
  },
];

const DOCUMENT_TYPES = [
  'SHIPPING_LABEL',
  'PACKING_SLIP',
  'SHIPPING_LABEL_AND_PACKING_SLIP',
  'SHIPPING_LABEL_PICTURE',
  'HAZMAT_LABEL',
  'INVOICE_LABEL',
];

class ApiFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
  }
}

const paramError = (message: string) => new ApiFailure(MOCK_ERROR_CODES.credentialOrParameter, message);

/** Starts the mock on 127.0.0.1. Example: `const api = await startMockApi({ seed: 7 }); api.url` → `http://127.0.0.1:53117`. */
export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const wallClock = options.wallClock ?? Date.now;
  const seed = options.seed ?? 20_240_701;
  const markets = options.markets ?? MOCK_MARKETS;
  const credentials: MockCredentials = { ...MOCK_CREDENTIALS, ...options.credentials };
  const accessTokenTtlMs = options.accessTokenTtlMs ?? 7 * DAY_MS;
  const startSim = options.startAt ?? wallClock();
  const flow = options.flow ?? false;

  // ---- mutable state (everything `reset` restores) ----
  let simBase = startSim;
  let wallBase = wallClock();
  let orders = new Map<string, MockOrderRecord>();
  let accessTokens = new Map<string, { expiresAtMs: number }>();
  let refreshTokens = new Map<string, { expiresAtMs: number }>();
  let issuedAccessTokens: string[] = [];
  let usedAuthCodes = new Set<string>();
  let refreshCount = 0;
  let refreshFailure: number | false = false;
  let qps: number | null = options.qps === undefined ? 50 : options.qps;
  let requestLog: RecordedRequest[] = [];
  let requestCounter = 0;
  const faults = createFaultQueue();
  const buckets = new Map<string, { tokens: number; atMs: number }>();
  const seedPrng = createPrng(seed ^ 0x5eed);

  function simNow(): number {
    return flow ? simBase + (wallClock() - wallBase) : simBase;
  }

  function initState(): void {
    simBase = startSim;
    wallBase = wallClock();
    orders = new Map(
      generateShop({ seed, startAtMs: startSim, ordersPerMarket: options.ordersPerMarket ?? 60, markets }).map((o) => [
        o.id,
        o,
      ]),
    );
    const wall = wallClock();
    accessTokens = new Map([[credentials.accessToken, { expiresAtMs: wall + accessTokenTtlMs }]]);
    refreshTokens = new Map([[credentials.refreshToken, { expiresAtMs: wall + 365 * DAY_MS }]]);
    issuedAccessTokens = [credentials.accessToken];
    usedAuthCodes = new Set();
    refreshCount = 0;
    refreshFailure = false;
    qps = options.qps === undefined ? 50 : options.qps;
    requestLog = [];
    faults.clear();
    buckets.clear();
  }
  initState();

  const marketByCipher = new Map<string, MockMarket>(markets.map((m) => [MARKET_PROFILES[m].cipher, m]));

  // ---- control ----
  const control: MockControl = {
    now: simNow,
    setNow(ms) {
      if (!Number.isFinite(ms)) throw new RangeError('setNow: expected epoch ms');
      simBase = ms;
      wallBase = wallClock();
    },
    advance(ms) {
      if (!Number.isFinite(ms)) throw new RangeError('advance: expected ms');
      simBase += ms;
    },
    wallNow: () => wallClock(),
    injectFault: (rule) => faults.add(validateFaultRule(rule)),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    expireAccessToken(token) {
      for (const [key, value] of accessTokens) if (token === undefined || key === token) value.expiresAtMs = 0;
    },
    revokeTokens() {
      accessTokens.clear();
      refreshTokens.clear();
    },
    setRefreshFailure(code) {
      refreshFailure =
        code === false ? false : Number.isInteger(code) && code !== 0 ? code : MOCK_ERROR_CODES.credentialOrParameter;
    },
    seedOrders(list) {
      if (!Array.isArray(list)) throw new RangeError('seedOrders: expected an array');
      const built = list.map((input, index) => {
        try {
          return buildSeededOrder(input, simNow(), seedPrng);
        } catch (error) {
          throw new RangeError(`orders[${index}].${error instanceof Error ? error.message : String(error)}`);
        }
      });
      for (const order of built) orders.set(order.id, order);
      return built.map((o) => o.id);
    },
    listOrders(filter = {}) {
      const now = simNow();
      return [...orders.values()]
        .filter(
          (o) =>
            (filter.market === undefined || o.market === filter.market) &&
            (filter.scenario === undefined || o.scenario === filter.scenario),
        )
        .filter((o) => filter.labelled === undefined || (o.labelCreatedAtMs !== undefined) === filter.labelled)
        .filter((o) => isVisible(o, now))
        .map((o) => summarise(o, now))
        .filter((s) => filter.status === undefined || s.status === filter.status);
    },
    setRateLimit(value) {
      if (value !== null && !(value > 0)) throw new RangeError('setRateLimit: expected a positive qps or null');
      qps = value;
      buckets.clear();
    },
    requests(filter = {}) {
      return requestLog.filter(
        (r) =>
          (filter.endpoint === undefined || r.endpoint === filter.endpoint) &&
          (filter.pathIncludes === undefined || r.path.includes(filter.pathIncludes)),
      );
    },
    clearRequests() {
      requestLog = [];
    },
    tokens: () => ({ accessTokens: [...issuedAccessTokens], refreshCount }),
    reset: initState,
  };

  function summarise(o: MockOrderRecord, now: number): MockOrderSummary {
    const visible = o.events.filter((e) => e.atMs <= now);
    const summary: MockOrderSummary = {
      id: o.id,
      market: o.market,
      shopCipher: MARKET_PROFILES[o.market].cipher,
      scenario: o.scenario,
      status: statusAt(o, now),
      shipBy: o.shipByMs,
      eventCount: visible.length,
    };
    if (o.trackingNumber) summary.trackingNumber = o.trackingNumber;
    if (o.providerName) summary.carrier = o.providerName;
    if (o.packageId) summary.packageId = o.packageId;
    if (o.labelCreatedAtMs !== undefined) summary.labelCreatedAt = o.labelCreatedAtMs;
    if (visible.length > 0) summary.lastEventAt = visible[visible.length - 1]!.atMs;
    return summary;
  }

  // ---- helpers ----
  function nextRequestId(): string {
    requestCounter += 1;
    const stamp = new Date(wallClock()).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    return `${stamp}${requestCounter.toString(16).toUpperCase().padStart(18, '0')}`;
  }

  function envelope(code: number, message: string, data?: unknown): Record<string, unknown> {
    const body: Record<string, unknown> = { code, message, request_id: nextRequestId() };
    if (data !== undefined) body.data = data;
    return body;
  }

  /** Server-side token bucket per endpoint and shop (reference §4: 50 QPS per API, per app + shop). */
  function allowRequest(key: string): boolean {
    if (qps === null) return true;
    const nowMs = performance.now();
    const bucket = buckets.get(key) ?? { tokens: qps, atMs: nowMs };
    bucket.tokens = Math.min(qps, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * qps);
    bucket.atMs = nowMs;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  const pendingDelays = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  function delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          pendingDelays.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      pendingDelays.add(entry);
    });
  }

  // ---- Open API handlers ----
  function shopOrders(market: MockMarket): MockOrderRecord[] {
    const now = simNow();
    return [...orders.values()].filter((o) => o.market === market && isVisible(o, now));
  }

  function findOrder(market: MockMarket, id: string): MockOrderRecord {
    const order = orders.get(id);
    if (!order || order.market !== market || !isVisible(order, simNow()))
      throw new ApiFailure(MOCK_NOT_FOUND_CODE, `[mock] order ${id} not found in this shop`);
    return order;
  }

  function findPackage(market: MockMarket, packageId: string): MockOrderRecord {
    const now = simNow();
    const order = [...orders.values()].find(
      (o) => o.packageId === packageId && o.market === market && hasLabel(o, now),
    );
    if (!order) throw new ApiFailure(MOCK_NOT_FOUND_CODE, `[mock] package ${packageId} not found in this shop`);
    return order;
  }

  function readPaging(query: Record<string, string>): { size: number; offset: number } {
    const size = Number(query.page_size);
    if (!Number.isInteger(size) || size < 1 || size > 100)
      throw paramError('page_size is required and must be an integer from 1 to 100');
    let offset = 0;
    if (query.page_token) {
      const decoded = Buffer.from(query.page_token, 'base64url').toString('utf8');
      const match = /^offset:(\d+)$/.exec(decoded);
      if (!match) throw paramError('page_token is invalid');
      offset = Number(match[1]);
    }
    return { size, offset };
  }

  function readTimeFilter(body: Record<string, unknown>, key: string): number | undefined {
    const value = body[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw paramError(`${key} must be an integer unix timestamp (seconds)`);
    return value;
  }

  function page<T>(items: T[], query: Record<string, string>): { slice: T[]; next: string; total: number } {
    const { size, offset } = readPaging(query);
    const slice = items.slice(offset, offset + size);
    const next =
      offset + size < items.length ? Buffer.from(`offset:${offset + size}`, 'utf8').toString('base64url') : '';
    return { slice, next, total: items.length };
  }

  function sortBy<T>(items: T[], key: (item: T) => number, id: (item: T) => string, order: string | undefined): T[] {
    const direction = order === 'ASC' ? 1 : -1;
    return items.sort((a, b) => (key(a) - key(b)) * direction || id(a).localeCompare(id(b)));
  }

  function handleRoute(
    route: Route,
    params: string[],
    market: MockMarket | undefined,
    query: Record<string, string>,
    body: Record<string, unknown>,
  ): unknown {
    const now = simNow();
    switch (route.name) {
      case 'authorization.shops':
        return {
          shops: markets.map((m) => ({
            id: MARKET_PROFILES[m].shopId,
            name: MARKET_PROFILES[m].shopName,
            region: m,
            seller_type: MARKET_PROFILES[m].sellerType,
            cipher: MARKET_PROFILES[m].cipher,
            code: `${m}LCMOCK${MARKET_PROFILES[m].shopId.slice(-4)}`,
          })),
        };
      case 'orders.search': {
        const status = body.order_status;
        if (status !== undefined && !(ORDER_STATUSES as readonly unknown[]).includes(status))
          throw paramError('order_status is invalid');
        const filters = ['create_time_ge', 'create_time_lt', 'update_time_ge', 'update_time_lt'].map(
          (k) => [k, readTimeFilter(body, k)] as const,
        );
        const sortField = query.sort_field ?? 'create_time';
        if (sortField !== 'create_time' && sortField !== 'update_time') throw paramError('sort_field is invalid');
        const matching = shopOrders(market!).filter((o) => {
          if (status !== undefined && statusAt(o, now) !== status) return false;
          if (body.shipping_type !== undefined && o.shippingType !== body.shipping_type) return false;
          const created = Math.floor(o.createdAtMs / 1000);
          const updated = Math.floor(updatedAt(o, now) / 1000);
          for (const [key, value] of filters) {
            if (value === undefined) continue;
            const t = key.startsWith('create') ? created : updated;
            if (key.endsWith('_ge') ? t < value : t >= value) return false;
          }
          return true;
        });
        const sorted = sortBy(
          matching,
          (o) => (sortField === 'update_time' ? updatedAt(o, now) : o.createdAtMs),
          (o) => o.id,
          query.sort_order,
        );
        const { slice, next, total } = page(sorted, query);
        return { orders: slice.map((o) => renderOrder(o, now)), next_page_token: next, total_count: total };
      }
      case 'orders.detail': {
        const ids = (query.ids ?? '').split(',').filter(Boolean);
        if (ids.length === 0) throw paramError('ids is required');
        if (ids.length > 50) throw paramError('ids accepts at most 50 order ids');
        const found = ids
          .map((id) => orders.get(id))
          .filter((o): o is MockOrderRecord => !!o && o.market === market && isVisible(o, now));
        return { orders: found.map((o) => renderOrder(o, now)) };
      }
      case 'packages.search': {
        const status = body.package_status;
        const filters = ['create_time_ge', 'create_time_lt', 'update_time_ge', 'update_time_lt'].map(
          (k) => [k, readTimeFilter(body, k)] as const,
        );
        const matching = shopOrders(market!).filter((o) => {
          if (!hasLabel(o, now)) return false;
          if (status !== undefined && packageStatusAt(o, now) !== status) return false;
          const created = Math.floor(o.labelCreatedAtMs! / 1000);
          const updated = Math.floor(updatedAt(o, now) / 1000);
          for (const [key, value] of filters) {
            if (value === undefined) continue;
            const t = key.startsWith('create') ? created : updated;
            if (key.endsWith('_ge') ? t < value : t >= value) return false;
          }
          return true;
        });
        const sortField = query.sort_field ?? 'create_time';
        const key = (o: MockOrderRecord) =>
          sortField === 'update_time'
            ? updatedAt(o, now)
            : sortField === 'order_pay_time'
              ? (o.paidAtMs ?? 0)
              : o.labelCreatedAtMs!;
        const { slice, next, total } = page(
          sortBy(matching, key, (o) => o.packageId!, query.sort_order),
          query,
        );
        return { packages: slice.map((o) => renderPackageSummary(o, now)), next_page_token: next, total_count: total };
      }
      case 'packages.detail':
        return renderPackageDetail(findPackage(market!, params[0]!), now);
      case 'packages.shipping-document': {
        const order = findPackage(market!, params[0]!);
        const type = query.document_type;
        if (!type || !DOCUMENT_TYPES.includes(type))
          throw paramError('document_type is required and must be a documented value');
        if (query.document_size !== undefined && query.document_size !== 'A6' && query.document_size !== 'A5')
          throw paramError('document_size must be A6 or A5');
        if (order.shippingType !== 'TIKTOK')
          throw new ApiFailure(
            MOCK_NOT_FOUND_CODE,
            '[mock] shipping documents exist only for packages shipped via TikTok (shipping_type TIKTOK)',
          );
        return { doc_url: `${baseUrl()}/__mock/docs/${encodeURIComponent(order.packageId!)}/${type}.pdf` };
      }
      case 'orders.tracking': {
        const order = findOrder(market!, params[0]!);
        return { tracking: renderTracking(order, now) };
      }
      case 'logistics.shipping-providers': {
        const option = MARKET_PROFILES[market!].deliveryOptions.find(
          (o) => deliveryOptionIdFor(market!, o.tier) === params[0],
        );
        if (!option)
          throw new ApiFailure(MOCK_NOT_FOUND_CODE, `[mock] delivery option ${params[0]} not found in this shop`);
        const carriers = MARKET_CARRIERS[market!]
          .map((e) => e.carrier)
          .filter((c) => option.carrierKeys.includes(c.key));
        return {
          shipping_providers: carriers.map((c) => ({
            id: providerIdFor(market!, c.providerName),
            name: c.providerName,
          })),
        };
      }
      default:
        throw new ApiFailure(MOCK_ERROR_CODES.invalidPath, 'Invalid path', 404);
    }
  }

  // ---- verification (reference §2.1, §3) ----
  function verify(
    route: Route,
    path: string,
    query: Record<string, string>,
    body: string,
    accessToken: string | undefined,
  ): MockMarket | undefined {
    if (!query.app_key || query.app_key !== credentials.appKey) throw paramError('Invalid app_key');
    if (!query.timestamp || !/^\d{10}$/.test(query.timestamp))
      throw paramError('Invalid timestamp: expected unix seconds');
    const skewSeconds = Number(query.timestamp) - wallClock() / 1000;
    if (skewSeconds < -300 || skewSeconds > 30)
      throw paramError(
        'Invalid timestamp: outside the accepted window (5 minutes before to 30 seconds after server time)',
      );
    if (!query.sign) throw paramError('Missing sign');
    const expected = computeSignature(credentials.appSecret, path, query, route.method === 'GET' ? '' : body);
    if (!signaturesMatch(expected, query.sign)) throw new ApiFailure(MOCK_ERROR_CODES.invalidSign, 'Invalid sign');
    if (!accessToken) throw paramError('Invalid access_token: header x-tts-access-token is missing');
    const token = accessTokens.get(accessToken);
    if (!token) throw paramError('Invalid access_token');
    if (token.expiresAtMs <= wallClock())
      throw new ApiFailure(MOCK_ERROR_CODES.accessTokenExpired, 'Access token is expired, please refresh it');
    if (!route.shopScoped) {
      if (query.shop_cipher !== undefined)
        throw paramError('Unexpected identifier: shop_cipher is not accepted on this API');
      return undefined;
    }
    if (!query.shop_cipher) throw new ApiFailure(MOCK_ERROR_CODES.shopCipherMissing, 'shop_cipher is missing');
    const market = marketByCipher.get(query.shop_cipher);
    if (!market)
      throw new ApiFailure(MOCK_ERROR_CODES.tokenShopMismatch, 'The access token does not match shop_cipher');
    return market;
  }

  // ---- token endpoints (reference §1.2) ----
  function issueTokens(): Record<string, unknown> {
    const wall = wallClock();
    const accessToken = `ROW_mockAccessToken${String(issuedAccessTokens.length + 1).padStart(4, '0')}`;
    accessTokens.set(accessToken, { expiresAtMs: wall + accessTokenTtlMs });
    issuedAccessTokens.push(accessToken);
    const refreshToken = [...refreshTokens.keys()][0] ?? credentials.refreshToken;
    if (!refreshTokens.has(refreshToken)) refreshTokens.set(refreshToken, { expiresAtMs: wall + 365 * DAY_MS });
    return {
      access_token: accessToken,
      access_token_expire_in: Math.floor((wall + accessTokenTtlMs) / 1000),
      refresh_token: refreshToken,
      refresh_token_expire_in: Math.floor(refreshTokens.get(refreshToken)!.expiresAtMs / 1000),
      open_id: 'mock-open-id-0001',
      seller_name: 'Lastmile Mock Seller',
      seller_base_region: 'US',
      user_type: 0,
      granted_scopes: [
        'seller.order.info',
        'seller.fulfillment.basic',
        'seller.logistics',
        'seller.authorization.info',
      ],
    };
  }

  function handleToken(kind: 'refresh' | 'get', query: Record<string, string>): Record<string, unknown> {
    if (query.app_key !== credentials.appKey || query.app_secret !== credentials.appSecret)
      throw paramError('Invalid app_key or app_secret');
    if (kind === 'refresh') {
      if (query.grant_type !== 'refresh_token') throw paramError('grant_type must be refresh_token');
      if (refreshFailure !== false) throw new ApiFailure(refreshFailure, 'refresh_token is invalid or expired');
      const stored = query.refresh_token ? refreshTokens.get(query.refresh_token) : undefined;
      if (!stored || stored.expiresAtMs <= wallClock()) throw paramError('refresh_token is invalid or expired');
      refreshCount += 1;
      return issueTokens();
    }
    if (query.grant_type !== 'authorized_code') throw paramError('grant_type must be authorized_code');
    if (query.auth_code !== MOCK_AUTH_CODE || usedAuthCodes.has(query.auth_code))
      throw paramError('auth_code is invalid or already used');
    usedAuthCodes.add(query.auth_code);
    return issueTokens();
  }

  // ---- HTTP ----
  let serverUrl = '';
  const baseUrl = () => serverUrl;

  function sendJson(res: ServerResponse, status: number, body: unknown, record?: RecordedRequest): void {
    const text = JSON.stringify(body);
    if (record) {
      record.status = status;
      const code = (body as { code?: unknown }).code;
      if (typeof code === 'number') record.code = code;
    }
    // The Date header from the mock's own wall clock (not Node's), so a client can estimate its offset.
    res.writeHead(status, {
      'content-type': 'application/json',
      date: new Date(wallClock()).toUTCString(),
      ...CORS_HEADERS,
    });
    res.end(text);
  }

  async function handleOpenApi(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams.entries());
    const accessToken = header(req, 'x-tts-access-token');
    const contentType = header(req, 'content-type');
    const tokenKind = path === '/api/v2/token/refresh' ? 'refresh' : path === '/api/v2/token/get' ? 'get' : undefined;
    const matches = ROUTES.filter((r) => r.pattern.test(path));
    const route = matches.find((r) => r.method === req.method);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query,
      headers: { ...(accessToken ? { accessToken } : {}), ...(contentType ? { contentType } : {}) },
      body,
      endpoint: tokenKind ? `token.${tokenKind}` : (route?.name ?? 'unknown'),
      atMs: wallClock(),
      status: 0,
    };
    requestLog.push(record);

    const slow = faults.take(path, ['slow']);
    if (slow) await delay(slow.delayMs ?? 2000);
    if (faults.take(path, ['reset'])) {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    const limited = faults.take(path, ['rate-limit']);
    if (limited) return sendJson(res, 429, envelope(MOCK_ERROR_CODES.tooManyRequests, 'Too many requests'), record);
    const broken = faults.take(path, ['server-error']);
    if (broken) {
      record.status = broken.status ?? 503;
      res.writeHead(record.status, { 'content-type': 'text/plain', ...CORS_HEADERS });
      res.end(record.status === 503 ? 'Service Unavailable' : 'Internal Server Error');
      return;
    }

    try {
      let data: unknown;
      if (tokenKind) {
        if (req.method !== 'GET') throw new ApiFailure(MOCK_ERROR_CODES.invalidMethod, 'Invalid method', 405);
        data = handleToken(tokenKind, query);
      } else {
        if (!route) {
          if (matches.length > 0) throw new ApiFailure(MOCK_ERROR_CODES.invalidMethod, 'Invalid method', 405);
          throw new ApiFailure(MOCK_ERROR_CODES.invalidPath, 'Invalid path', 404);
        }
        // JSON for every non-multipart call; a GET may omit the header (reference §2.1).
        if ((contentType && !/^application\/json\b/i.test(contentType)) || (!contentType && route.method === 'POST')) {
          throw new ApiFailure(MOCK_ERROR_CODES.invalidContentType, 'Invalid content-type: expected application/json');
        }
        const market = verify(route, path, query, body, accessToken);
        if (!allowRequest(`${route.name}|${query.shop_cipher ?? ''}`)) {
          return sendJson(res, 429, envelope(MOCK_ERROR_CODES.tooManyRequests, 'Too many requests'), record);
        }
        let parsedBody: Record<string, unknown> = {};
        if (route.method === 'POST' && body.trim() !== '') {
          try {
            const value = JSON.parse(body) as unknown;
            if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
            parsedBody = value as Record<string, unknown>;
          } catch {
            throw paramError('Request body must be a JSON object');
          }
        }
        const params = (route.pattern.exec(path) ?? []).slice(1).map((p) => decodeURIComponent(p));
        data = handleRoute(route, params, market, query, parsedBody);
      }
      sendSuccess(res, path, data as Record<string, unknown>, record);
    } catch (error) {
      if (error instanceof ApiFailure)
        return sendJson(res, error.httpStatus, envelope(error.code, error.message), record);
      return sendJson(
        res,
        500,
        envelope(-1, `[mock] internal error: ${error instanceof Error ? error.message : String(error)}`),
        record,
      );
    }
  }

  function sendSuccess(
    res: ServerResponse,
    path: string,
    data: Record<string, unknown>,
    record: RecordedRequest,
  ): void {
    const distortion = faults.take(path, ['wrong-shape']);
    if (distortion?.shape === 'not-envelope') return sendJson(res, 200, { result: 'ok', payload: data }, record);
    const body = envelope(
      0,
      'Success',
      distortion ? distortData(data, distortion.shape ?? 'list-as-object', distortion.itemIndex ?? 0) : data,
    );
    if (faults.take(path, ['truncated'])) {
      const text = JSON.stringify(body);
      record.status = 200;
      record.code = 0;
      res.writeHead(200, { 'content-type': 'application/json', ...CORS_HEADERS });
      res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
      return;
    }
    sendJson(res, 200, body, record);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
    const path = url.pathname.slice('/__mock'.length);
    const input = parseControlBody(body);
    try {
      if (req.method === 'GET' && path.startsWith('/docs/')) {
        res.writeHead(200, { 'content-type': 'application/pdf', ...CORS_HEADERS });
        res.end(MINIMAL_PDF);
        return;
      }
      if (req.method === 'GET' && path === '/state') {
        return sendJson(res, 200, {
          now: simNow(),
          wallNow: wallClock(),
          orderCount: orders.size,
          faults: faults.list(),
          qps,
          ...control.tokens(),
        });
      }
      if (req.method === 'GET' && path === '/requests')
        return sendJson(res, 200, {
          requests: control.requests({
            ...(url.searchParams.get('endpoint') ? { endpoint: url.searchParams.get('endpoint')! } : {}),
          }),
        });
      if (req.method === 'GET' && path === '/orders') {
        const filter: Parameters<MockControl['listOrders']>[0] = {};
        const market = url.searchParams.get('market');
        const scenario = url.searchParams.get('scenario');
        const status = url.searchParams.get('status');
        if (market) filter.market = market;
        if (scenario) filter.scenario = scenario as OrderScenario;
        if (status) filter.status = status;
        return sendJson(res, 200, { orders: control.listOrders(filter) });
      }
      if (req.method !== 'POST')
        return sendJson(res, 404, { error: `unknown control endpoint ${req.method} ${url.pathname}` });
      switch (path) {
        case '/time':
          if (typeof input.setNow === 'number') control.setNow(input.setNow);
          if (typeof input.advance === 'number') control.advance(input.advance);
          return sendJson(res, 200, { now: simNow() });
        case '/faults':
          return sendJson(res, 200, { id: control.injectFault(input as unknown as FaultRule) });
        case '/faults/clear':
          control.clearFaults();
          return sendJson(res, 200, { ok: true });
        case '/expire-token':
          control.expireAccessToken(typeof input.token === 'string' ? input.token : undefined);
          return sendJson(res, 200, { ok: true });
        case '/revoke-tokens':
          control.revokeTokens();
          return sendJson(res, 200, { ok: true });
        case '/refresh-failure':
          control.setRefreshFailure(
            input.enabled === false
              ? false
              : typeof input.code === 'number'
                ? input.code
                : MOCK_ERROR_CODES.credentialOrParameter,
          );
          return sendJson(res, 200, { ok: true });
        case '/seed-orders': {
          const list = Array.isArray(input.orders) ? input.orders : Array.isArray(input) ? input : undefined;
          if (!list) throw new RangeError('seed-orders: expected { orders: [...] }');
          return sendJson(res, 200, { ids: control.seedOrders(list as SeedOrderInput[]) });
        }
        case '/rate-limit':
          control.setRateLimit(input.qps === null ? null : Number(input.qps));
          return sendJson(res, 200, { qps });
        case '/requests/clear':
          control.clearRequests();
          return sendJson(res, 200, { ok: true });
        case '/reset':
          control.reset();
          return sendJson(res, 200, { ok: true });
        default:
          return sendJson(res, 404, { error: `unknown control endpoint POST ${url.pathname}` });
      }
    } catch (error) {
      return sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  const server = createServer((req, res) => {
    res.on('error', () => undefined);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        res.end();
        return;
      }
      const handler = url.pathname.startsWith('/__mock/') ? handleControl : handleOpenApi;
      handler(req, res, url, body).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  serverUrl = `http://127.0.0.1:${port}`;

  return {
    url: serverUrl,
    port,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        for (const entry of pendingDelays) {
          clearTimeout(entry.timer);
          entry.resolve();
        }
        pendingDelays.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'content-type, x-tts-access-token',
};

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseControlBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A one-page blank PDF, so a label download link opens something real. */
const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 298 420]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'utf8',
);
