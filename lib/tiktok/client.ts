/**
 * TikTok Shop Open API client (version 202309) for the endpoints the extension reads.
 * The network half of lib/tiktok: `fetch`, clocks, sleep and randomness are injected, no `browser.*`.
 *
 * Every call (shared/reference/tiktok-open-api.md §2): `app_key` + `timestamp` (seconds, from `now`)
 * + `shop_cipher` (except /authorization/* and /seller/*), header `x-tts-access-token`,
 * `content-type: application/json`, body serialised once and that exact string signed and sent.
 * Failures end as a typed `TikTokApiError` (see errors.ts): one token refresh on 105002, bounded and
 * jittered retries on 429/36009002, 5xx, timeouts and network errors, and list items that fail their
 * schema are quarantined while the rest are returned.
 */
import type { z } from 'zod';
import {
  RECONNECT_CODES,
  TIKTOK_ERROR_CODES,
  TikTokApiError,
  type TikTokApiErrorInit,
  type TikTokErrorKind,
} from './errors';
import { OPEN_API_BASE_URL, TOKEN_API_BASE_URL } from './hosts';
import { sendHttp, type FetchLike } from './http';
import { formatIssuePath, parseListItems, type QuarantineHandler } from './parse-list';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import {
  envelopeSchema,
  orderDetailDataSchema,
  orderSchema,
  orderSearchDataSchema,
  packageDetailSchema,
  packageSearchDataSchema,
  packageSummarySchema,
  shippingDocumentSchema,
  shippingProviderSchema,
  shippingProvidersDataSchema,
  shopSchema,
  shopsDataSchema,
  trackingDataSchema,
  trackingEventSchema,
  type ShippingDocumentSize,
  type ShippingDocumentType,
  type TikTokOrder,
  type TikTokOrderStatus,
  type TikTokPackageDetail,
  type TikTokPackageSummary,
  type TikTokShippingDocument,
  type TikTokShippingProvider,
  type TikTokShop,
  type TikTokTrackingEvent,
} from './schemas';
import { signRequest, type SignRequestInput } from './sign-request';
import { requestTokens, type TikTokTokens } from './token-api';

/** What the background holds for one connected shop. */
export interface TikTokSecrets {
  appSecret: string;
  accessToken: string;
  refreshToken?: string;
  shopCipher?: string;
}

export interface TikTokClientConfig {
  appKey: string;
  /** Read on every call, so a reconnect in options takes effect without rebuilding the client. */
  getSecrets: () => Promise<TikTokSecrets>;
  /** Persists tokens obtained by a refresh (storage.local in the extension). */
  saveTokens: (tokens: TikTokTokens) => Promise<void>;
  fetch: FetchLike;
  /** Wall clock, epoch ms: the source of the signed `timestamp` (the platform accepts −5 min / +30 s). */
  now: () => number;
  /**
   * Server time minus `now()`, in ms, learnt earlier (see `onClockOffset`); added to every signed
   * timestamp. Default 0: timestamps are the local clock until the platform refuses one.
   */
  clockOffsetMs?: number;
  /** Called with a clock offset that made a refused request pass, so the next client starts with it. */
  onClockOffset?: (offsetMs: number) => void;
  baseUrl?: string;
  tokenBaseUrl?: string;
  /** [0, 1) source for backoff jitter. Default `Math.random`. */
  random?: () => number;
  /** Default: a `setTimeout` promise. Tests inject an instant one. */
  sleep?: (ms: number) => Promise<void>;
  /** Retries after a transient failure (429, 5xx, timeout, network, unreadable body). Default 3. */
  maxRetries?: number;
  /** Per attempt, body included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Requests per second per endpoint, evenly paced. Default 10 (the platform allows 50, §4). */
  qps?: number;
  /** First backoff step; doubled per retry, jittered to 50–100 %. Default 500 ms. */
  backoffBaseMs?: number;
  /** Ceiling of one backoff wait. Default 30 000 ms. */
  backoffMaxMs?: number;
  /** Monotonic ms clock for pacing. Default `performance.now`. */
  monotonicNow?: () => number;
  /** Receives list items (or whole payloads) that failed their schema. Default: dropped silently. */
  onQuarantine?: QuarantineHandler;
  /** Pluggable signer (e.g. a backend that holds the secret). Default `signRequest`. */
  sign?: (input: SignRequestInput) => Promise<string>;
}

export interface SearchOrdersParams {
  status?: TikTokOrderStatus;
  /** Unix **seconds**, inclusive, as the API's `update_time_ge`. */
  updateTimeGe?: number;
  /** Unix seconds, exclusive (`update_time_lt`). */
  updateTimeLt?: number;
  createTimeGe?: number;
  createTimeLt?: number;
  shippingType?: 'TIKTOK' | 'SELLER';
  pageSize: number;
  pageToken?: string;
  sortField?: 'create_time' | 'update_time';
  sortOrder?: 'ASC' | 'DESC';
}

export interface SearchPackagesParams {
  status?: string;
  /** Unix seconds. */
  updateTimeGe?: number;
  updateTimeLt?: number;
  createTimeGe?: number;
  createTimeLt?: number;
  pageSize: number;
  pageToken?: string;
  sortField?: 'create_time' | 'update_time' | 'order_pay_time';
  sortOrder?: 'ASC' | 'DESC';
}

interface PageInfo {
  /** Absent on the last page (the API sends an empty string there). */
  nextPageToken?: string;
  totalCount?: number;
  /** Items of this page that were quarantined instead of returned. */
  quarantinedCount: number;
}

export interface OrderPage extends PageInfo {
  orders: TikTokOrder[];
}

export interface PackagePage extends PageInfo {
  packages: TikTokPackageSummary[];
}

export interface TikTokClient {
  getAuthorizedShops(): Promise<TikTokShop[]>;
  searchOrders(params: SearchOrdersParams): Promise<OrderPage>;
  /** Order detail, fetched in chunks of 50 ids (the often-quoted per-call maximum). */
  getOrders(ids: readonly string[]): Promise<TikTokOrder[]>;
  searchPackages(params: SearchPackagesParams): Promise<PackagePage>;
  getPackage(packageId: string): Promise<TikTokPackageDetail>;
  /** Events as the API gives them (`update_time_millis` in epoch ms); order not guaranteed. */
  getOrderTracking(orderId: string): Promise<TikTokTrackingEvent[]>;
  getShippingProviders(deliveryOptionId: string): Promise<TikTokShippingProvider[]>;
  getShippingDocument(
    packageId: string,
    documentType: ShippingDocumentType,
    size?: ShippingDocumentSize,
  ): Promise<TikTokShippingDocument>;
  /** Forces the documented refresh now (e.g. from a "test connection" button); saves and returns the tokens. */
  refreshAccessToken(): Promise<TikTokTokens>;
}

interface CallSpec {
  /** Stable endpoint name: rate-limit bucket, error and quarantine label. */
  endpoint: string;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: Record<string, unknown>;
}

type AttemptOutcome =
  | { type: 'ok'; data: unknown }
  | { type: 'transient'; error: Omit<TikTokApiErrorInit, 'attempts'>; retryAfterMs?: number }
  | { type: 'expired'; error: Omit<TikTokApiErrorInit, 'attempts'> }
  /** 36009004 while our timestamp was outside the window by the server's `Date`: `offsetMs` = server − local. */
  | { type: 'clock'; error: Omit<TikTokApiErrorInit, 'attempts'>; offsetMs: number }
  | { type: 'fatal'; error: Omit<TikTokApiErrorInit, 'attempts'> };

const ORDER_DETAIL_CHUNK = 50;

/** The platform accepts a timestamp from 5 min before to 30 s after its own time (ref:tiktok-open-api#2). */
const TIMESTAMP_WINDOW_MS = { before: 300_000, after: 30_000 };
/** The `Date` header has whole seconds and the request takes time: only a clear miss counts as the clock. */
const CLOCK_MARGIN_MS = 2_000;

function outsideTimestampWindow(skewMs: number): boolean {
  return skewMs > TIMESTAMP_WINDOW_MS.after - CLOCK_MARGIN_MS || skewMs < -TIMESTAMP_WINDOW_MS.before + CLOCK_MARGIN_MS;
}

/**
 * Creates the client. Example:
 * `createTikTokClient({ appKey, getSecrets, saveTokens, fetch: globalThis.fetch, now: Date.now })
 *   .searchOrders({ status: 'AWAITING_SHIPMENT', pageSize: 50 })` → `{ orders, nextPageToken, totalCount, … }`.
 */
export function createTikTokClient(config: TikTokClientConfig): TikTokClient {
  const doFetch = config.fetch; // called unbound: `fetch` throws "Illegal invocation" when `this` is an object
  const baseUrl = stripSlash(config.baseUrl ?? OPEN_API_BASE_URL);
  const tokenBaseUrl = stripSlash(config.tokenBaseUrl ?? TOKEN_API_BASE_URL);
  const random = config.random ?? Math.random;
  const sleep = config.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = config.maxRetries ?? 3;
  const timeoutMs = config.timeoutMs ?? 15_000;
  const qps = config.qps ?? 10;
  const backoffBaseMs = config.backoffBaseMs ?? 500;
  const backoffMaxMs = config.backoffMaxMs ?? 30_000;
  const monotonicNow = config.monotonicNow ?? (() => performance.now());
  const onQuarantine: QuarantineHandler = config.onQuarantine ?? (() => undefined);
  const sign = config.sign ?? signRequest;

  const limiters = new Map<string, RateLimiter>();
  /** The access token a refresh replaced, and its replacement: used if `getSecrets` still returns the old one. */
  let replaced: { from: string; tokens: TikTokTokens } | undefined;
  let refreshInFlight: { from: string; promise: Promise<TikTokTokens> } | undefined;
  /** A refresh token the auth host refused: do not hammer it again until the seller reconnects. */
  let refusedRefreshToken: string | undefined;
  let clockOffsetMs = config.clockOffsetMs ?? 0;

  function limiterFor(endpoint: string): RateLimiter {
    let limiter = limiters.get(endpoint);
    if (!limiter) {
      limiter = createRateLimiter({ qps, now: monotonicNow, sleep });
      limiters.set(endpoint, limiter);
    }
    return limiter;
  }

  async function loadSecrets(endpoint: string): Promise<TikTokSecrets> {
    let secrets: TikTokSecrets;
    try {
      secrets = await config.getSecrets();
    } catch (cause) {
      throw new TikTokApiError({
        kind: 'auth',
        reconnect: true,
        endpoint,
        message: 'The shop credentials could not be read',
        cause,
      });
    }
    if (!secrets.appSecret || !secrets.accessToken) {
      throw new TikTokApiError({
        kind: 'auth',
        reconnect: true,
        endpoint,
        message: 'No app secret or access token: connect the shop first',
      });
    }
    if (replaced && secrets.accessToken === replaced.from) {
      return { ...secrets, accessToken: replaced.tokens.accessToken, refreshToken: replaced.tokens.refreshToken };
    }
    return secrets;
  }

  function isShopScoped(path: string): boolean {
    return !path.startsWith('/authorization/') && !path.startsWith('/seller/');
  }

  async function attempt(
    spec: CallSpec,
    bodyText: string | undefined,
    secrets: TikTokSecrets,
  ): Promise<AttemptOutcome> {
    const { endpoint } = spec;
    // Wait for a slot first, so the signed timestamp is fresh however long the queue was.
    await limiterFor(endpoint).acquire();
    const offsetUsed = clockOffsetMs;
    const sentAt = config.now();
    const query: Record<string, string | number | undefined> = {
      app_key: config.appKey,
      timestamp: Math.floor((sentAt + offsetUsed) / 1000),
    };
    if (isShopScoped(spec.path)) {
      if (!secrets.shopCipher) {
        return {
          type: 'fatal',
          error: {
            kind: 'auth',
            reconnect: true,
            endpoint,
            message: 'No shop_cipher on file: pick the shop in options',
          },
        };
      }
      query.shop_cipher = secrets.shopCipher;
    }
    Object.assign(query, spec.query);
    // Sign only what is sent: empty values leave both the signature and the URL (§2.2).
    const sent = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<
      string,
      string | number
    >;
    const signature = await sign({
      appSecret: secrets.appSecret,
      path: spec.path,
      query: sent,
      ...(bodyText === undefined ? {} : { body: bodyText }),
    });
    const search = new URLSearchParams(Object.entries(sent).map(([k, v]) => [k, String(v)]));
    search.set('sign', signature);
    const outcome = await sendHttp(
      doFetch,
      `${baseUrl}${spec.path}?${search.toString()}`,
      {
        method: spec.method,
        headers: { 'x-tts-access-token': secrets.accessToken, 'content-type': 'application/json' },
        ...(bodyText === undefined ? {} : { body: bodyText }),
      },
      timeoutMs,
    );
    if (outcome.type === 'timeout')
      return transient({ kind: 'timeout', endpoint, message: `No answer within ${timeoutMs} ms` });
    if (outcome.type === 'network')
      return transient({ kind: 'network', endpoint, message: 'Network request failed', cause: outcome.cause });
    const interpreted = interpretResponse(endpoint, outcome.status, outcome.text, outcome.retryAfterMs);
    if (
      interpreted.type === 'fatal' &&
      interpreted.error.code === TIKTOK_ERROR_CODES.credentialOrParameter &&
      outcome.serverDateMs !== undefined
    ) {
      // 36009004 also means a bad token; only a timestamp the server's own clock puts outside the window
      // is the clock. The header truncates to the second: the server's time is ~500 ms past it.
      const serverAt = outcome.serverDateMs + 500;
      const receivedAt = config.now();
      if (outsideTimestampWindow(sentAt + offsetUsed - serverAt))
        return { type: 'clock', error: interpreted.error, offsetMs: Math.round(serverAt - (sentAt + receivedAt) / 2) };
    }
    return interpreted;
  }

  async function call(spec: CallSpec): Promise<unknown> {
    const bodyText = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    let attempts = 0;
    let retries = 0;
    let refreshed = false;
    /** Set when a refused timestamp was corrected: the estimate, the offset it replaced, and whether the retry is out. */
    let clockRetry: { estimatedMs: number; previousMs: number; pending: boolean } | undefined;
    for (;;) {
      const secrets = await loadSecrets(spec.endpoint);
      attempts += 1;
      const outcome = await attempt(spec, bodyText, secrets);
      if (clockRetry?.pending) {
        if (
          outcome.type === 'clock' ||
          (outcome.type === 'fatal' && outcome.error.code === TIKTOK_ERROR_CODES.credentialOrParameter)
        ) {
          // Refused again with a corrected timestamp: the estimate is not to be trusted, so forget it,
          // and tell the seller about the clock rather than to reconnect.
          clockOffsetMs = clockRetry.previousMs;
          throw clockError(outcome.error, clockRetry.estimatedMs, attempts);
        }
        clockRetry.pending = false;
        config.onClockOffset?.(clockOffsetMs);
      }
      if (outcome.type === 'clock') {
        if (clockRetry) throw clockError(outcome.error, outcome.offsetMs, attempts);
        clockRetry = { estimatedMs: outcome.offsetMs, previousMs: clockOffsetMs, pending: true };
        clockOffsetMs = outcome.offsetMs;
        continue;
      }
      if (outcome.type === 'ok') return outcome.data;
      if (outcome.type === 'fatal') throw new TikTokApiError({ ...outcome.error, attempts });
      if (outcome.type === 'expired') {
        if (refreshed) {
          throw new TikTokApiError({
            ...outcome.error,
            kind: 'auth',
            reconnect: true,
            attempts,
            message: 'Access token still rejected after a refresh',
          });
        }
        refreshed = true;
        await refreshOnce(secrets, spec.endpoint);
        continue;
      }
      if (retries >= maxRetries) throw new TikTokApiError({ ...outcome.error, attempts });
      await sleep(backoffDelay(retries, outcome.retryAfterMs));
      retries += 1;
    }
  }

  /** Exponential backoff with "equal jitter": 50–100 % of base·2^n, capped; a Retry-After wins if longer. */
  function backoffDelay(retry: number, retryAfterMs: number | undefined): number {
    const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** retry);
    const jittered = ceiling * (0.5 + 0.5 * random());
    return Math.min(backoffMaxMs, Math.max(jittered, retryAfterMs ?? 0));
  }

  /** At most one refresh per expired token, shared by every call that hit 105002 with it. */
  async function refreshOnce(expired: TikTokSecrets, endpoint: string): Promise<TikTokTokens> {
    if (replaced && replaced.from === expired.accessToken) return replaced.tokens;
    if (refreshInFlight && refreshInFlight.from === expired.accessToken) return refreshInFlight.promise;
    const promise = refreshWith(expired, endpoint);
    refreshInFlight = { from: expired.accessToken, promise };
    try {
      return await promise;
    } finally {
      if (refreshInFlight?.promise === promise) refreshInFlight = undefined;
    }
  }

  async function refreshWith(secrets: TikTokSecrets, endpoint: string): Promise<TikTokTokens> {
    const refreshToken = secrets.refreshToken;
    if (!refreshToken) {
      throw new TikTokApiError({
        kind: 'auth',
        reconnect: true,
        endpoint,
        code: TIKTOK_ERROR_CODES.accessTokenExpired,
        message: 'Access token expired and no refresh token is on file',
      });
    }
    if (refreshToken === refusedRefreshToken) {
      throw new TikTokApiError({
        kind: 'auth',
        reconnect: true,
        endpoint,
        code: TIKTOK_ERROR_CODES.accessTokenExpired,
        message: 'Access token expired and the refresh token was already refused',
      });
    }
    let tokens: TikTokTokens;
    try {
      tokens = await requestTokens({
        appKey: config.appKey,
        appSecret: secrets.appSecret,
        grant: { type: 'refresh', refreshToken },
        fetch: doFetch,
        tokenBaseUrl,
        timeoutMs,
      });
    } catch (error) {
      if (error instanceof TikTokApiError && error.reconnect) refusedRefreshToken = refreshToken;
      throw error;
    }
    replaced = { from: secrets.accessToken, tokens };
    await config.saveTokens(tokens);
    return tokens;
  }

  function parseData<S extends z.ZodType>(endpoint: string, data: unknown, schema: S): z.output<S> {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const fieldPath = formatIssuePath(['data', ...(issue?.path ?? [])]);
    const message = issue?.message ?? 'does not match the expected shape';
    onQuarantine({ endpoint, path: fieldPath, issue: message, payload: data });
    throw new TikTokApiError({
      kind: 'schema',
      endpoint,
      fieldPath,
      message: `Unexpected response shape at ${fieldPath}: ${message}`,
    });
  }

  function toPageInfo(
    quarantinedCount: number,
    nextPageToken: string | undefined,
    totalCount: number | undefined,
  ): PageInfo {
    const page: PageInfo = { quarantinedCount };
    if (nextPageToken) page.nextPageToken = nextPageToken;
    if (totalCount !== undefined) page.totalCount = totalCount;
    return page;
  }

  return {
    async getAuthorizedShops() {
      const endpoint = 'authorization.shops';
      const data = parseData(
        endpoint,
        await call({ endpoint, method: 'GET', path: '/authorization/202309/shops' }),
        shopsDataSchema,
      );
      return parseListItems(endpoint, 'data.shops', data.shops ?? [], shopSchema, onQuarantine).items;
    },

    async searchOrders(params) {
      const endpoint = 'orders.search';
      assertPageSize(params.pageSize);
      const raw = await call({
        endpoint,
        method: 'POST',
        path: '/order/202309/orders/search',
        query: {
          page_size: params.pageSize,
          page_token: params.pageToken,
          sort_field: params.sortField,
          sort_order: params.sortOrder,
        },
        body: compact({
          order_status: params.status,
          update_time_ge: params.updateTimeGe,
          update_time_lt: params.updateTimeLt,
          create_time_ge: params.createTimeGe,
          create_time_lt: params.createTimeLt,
          shipping_type: params.shippingType,
        }),
      });
      const data = parseData(endpoint, raw, orderSearchDataSchema);
      const { items, quarantinedCount } = parseListItems(
        endpoint,
        'data.orders',
        data.orders ?? [],
        orderSchema,
        onQuarantine,
      );
      return { orders: items, ...toPageInfo(quarantinedCount, data.next_page_token, data.total_count) };
    },

    async getOrders(ids) {
      const endpoint = 'orders.detail';
      ids.forEach((id) => assertId(id, 'order id'));
      const orders: TikTokOrder[] = [];
      for (let start = 0; start < ids.length; start += ORDER_DETAIL_CHUNK) {
        const chunk = ids.slice(start, start + ORDER_DETAIL_CHUNK);
        const raw = await call({
          endpoint,
          method: 'GET',
          path: '/order/202309/orders',
          query: { ids: chunk.join(',') },
        });
        const data = parseData(endpoint, raw, orderDetailDataSchema);
        orders.push(...parseListItems(endpoint, 'data.orders', data.orders ?? [], orderSchema, onQuarantine).items);
      }
      return orders;
    },

    async searchPackages(params) {
      const endpoint = 'packages.search';
      assertPageSize(params.pageSize);
      const raw = await call({
        endpoint,
        method: 'POST',
        path: '/fulfillment/202309/packages/search',
        query: {
          page_size: params.pageSize,
          page_token: params.pageToken,
          sort_field: params.sortField,
          sort_order: params.sortOrder,
        },
        body: compact({
          package_status: params.status,
          update_time_ge: params.updateTimeGe,
          update_time_lt: params.updateTimeLt,
          create_time_ge: params.createTimeGe,
          create_time_lt: params.createTimeLt,
        }),
      });
      const data = parseData(endpoint, raw, packageSearchDataSchema);
      const { items, quarantinedCount } = parseListItems(
        endpoint,
        'data.packages',
        data.packages ?? [],
        packageSummarySchema,
        onQuarantine,
      );
      return { packages: items, ...toPageInfo(quarantinedCount, data.next_page_token, data.total_count) };
    },

    async getPackage(packageId) {
      const endpoint = 'packages.detail';
      assertId(packageId, 'package id');
      const raw = await call({
        endpoint,
        method: 'GET',
        path: `/fulfillment/202309/packages/${encodeURIComponent(packageId)}`,
      });
      return parseData(endpoint, raw, packageDetailSchema);
    },

    async getOrderTracking(orderId) {
      const endpoint = 'orders.tracking';
      assertId(orderId, 'order id');
      const raw = await call({
        endpoint,
        method: 'GET',
        path: `/fulfillment/202309/orders/${encodeURIComponent(orderId)}/tracking`,
      });
      const data = parseData(endpoint, raw, trackingDataSchema);
      return parseListItems(endpoint, 'data.tracking', data.tracking ?? [], trackingEventSchema, onQuarantine).items;
    },

    async getShippingProviders(deliveryOptionId) {
      const endpoint = 'logistics.shipping-providers';
      assertId(deliveryOptionId, 'delivery option id');
      const raw = await call({
        endpoint,
        method: 'GET',
        path: `/logistics/202309/delivery_options/${encodeURIComponent(deliveryOptionId)}/shipping_providers`,
      });
      const data = parseData(endpoint, raw, shippingProvidersDataSchema);
      return parseListItems(
        endpoint,
        'data.shipping_providers',
        data.shipping_providers ?? [],
        shippingProviderSchema,
        onQuarantine,
      ).items;
    },

    async getShippingDocument(packageId, documentType, size) {
      const endpoint = 'packages.shipping-document';
      assertId(packageId, 'package id');
      const raw = await call({
        endpoint,
        method: 'GET',
        path: `/fulfillment/202309/packages/${encodeURIComponent(packageId)}/shipping_documents`,
        query: { document_type: documentType, document_size: size },
      });
      return parseData(endpoint, raw, shippingDocumentSchema);
    },

    async refreshAccessToken() {
      const secrets = await loadSecrets('token.refresh');
      return refreshWith(secrets, 'token.refresh');
    },
  };
}

function interpretResponse(
  endpoint: string,
  status: number,
  text: string,
  retryAfterMs: number | undefined,
): AttemptOutcome {
  if (status === 429) {
    return transient(
      {
        kind: 'rate-limit',
        endpoint,
        httpStatus: 429,
        code: TIKTOK_ERROR_CODES.tooManyRequests,
        message: 'Rate limited (HTTP 429)',
      },
      retryAfterMs,
    );
  }
  if (status >= 500)
    return transient(
      { kind: 'server', endpoint, httpStatus: status, message: `Server error HTTP ${status}` },
      retryAfterMs,
    );

  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    // A cut-off body is usually a dropped connection: worth another try, then reported as a schema failure.
    return transient({
      kind: 'schema',
      endpoint,
      httpStatus: status,
      fieldPath: '(body)',
      message: 'Response body is not valid JSON (truncated?)',
    });
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const fieldPath = formatIssuePath(issue?.path ?? []) || '(envelope)';
    return fatal({
      kind: 'schema',
      endpoint,
      httpStatus: status,
      fieldPath,
      message: `Response is not a TikTok envelope at ${fieldPath}: ${issue?.message ?? ''}`,
    });
  }
  const { code, message = '', request_id: requestId, data } = envelope.data;
  const base = { endpoint, httpStatus: status, code, ...(requestId ? { requestId } : {}) };
  if (code === TIKTOK_ERROR_CODES.ok) return { type: 'ok', data };
  if (code === TIKTOK_ERROR_CODES.tooManyRequests)
    return transient({ ...base, kind: 'rate-limit', message: `Rate limited: ${message}` }, retryAfterMs);
  if (code === TIKTOK_ERROR_CODES.requestTimeout)
    return transient({ ...base, kind: 'timeout', message: `Platform timeout: ${message}` });
  if (code === TIKTOK_ERROR_CODES.accessTokenExpired)
    return { type: 'expired', error: { ...base, kind: 'auth', message: `Access token expired: ${message}` } };
  if (RECONNECT_CODES.has(code))
    return fatal({ ...base, kind: 'auth', reconnect: true, message: `Credentials refused (${code}): ${message}` });
  return fatal({ ...base, kind: 'api', message: `TikTok error ${code}: ${message}` });
}

function clockError(error: Omit<TikTokApiErrorInit, 'attempts'>, offsetMs: number, attempts: number): TikTokApiError {
  return new TikTokApiError({
    ...error,
    kind: 'clock',
    reconnect: false,
    clockOffsetMs: offsetMs,
    attempts,
    message: `Timestamp refused: the local clock is off by ${Math.round(-offsetMs / 1000)} s (server Date header)`,
  });
}

function transient(
  error: Omit<TikTokApiErrorInit, 'attempts'> & { kind: TikTokErrorKind },
  retryAfterMs?: number,
): AttemptOutcome {
  return retryAfterMs === undefined ? { type: 'transient', error } : { type: 'transient', error, retryAfterMs };
}

function fatal(error: Omit<TikTokApiErrorInit, 'attempts'>): AttemptOutcome {
  return { type: 'fatal', error };
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''));
}

function assertPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
}

function assertId(id: unknown, what: string): void {
  if (typeof id !== 'string' || id.trim() === '')
    throw new TypeError(`${what} must be a non-empty string, got ${JSON.stringify(id)}`);
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
