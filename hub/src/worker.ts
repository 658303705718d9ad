/**
 * The Lastmile Lens Hub Worker: HTTP routes and the webhook queue's consumer. Every shop's state lives
 * in its own Durable Object (shop-hub.ts); this file checks requests and routes them.
 *
 * POST /webhooks/tiktok               signed by the platform (webhook.ts); 200 only once stored
 * GET  /v1/shops/{id}/webhook-events  bearer token; optional ?limit=&after= paging (`next` while more follow)
 * GET  /v1/shops/{id}/alerts          bearer token; open alerts in the extension's `PollAlert` shape
 * POST /v1/shops                      bearer token; registers a shop, tokens sealed at rest; 200 (also on re-registering)
 * GET  /healthz
 */
import { z } from 'zod';
import type { HubEnv, WebhookQueueMessage } from './env';
import type { ExecutionContext, MessageBatch } from './runtime';
import { registrationSchema } from './shop-hub';
import { MAX_WEBHOOK_BYTES, parseWebhookBody, readBodyWithin, verifyWebhookSignature } from './webhook';

export { ShopHub } from './shop-hub';

const json = (body: unknown, status = 200) => Response.json(body, { status });
const errorJson = (status: number, error: string) => json({ error }, status);

function shopStub(env: HubEnv, shopId: string) {
  const stub = env.SHOPS.get(env.SHOPS.idFromName(shopId));
  return (path: string, init: RequestInit = {}) =>
    stub.fetch(`https://shop${path}`, { ...init, headers: { ...init.headers, 'x-lml-shop-id': shopId } });
}

const encoder = new TextEncoder();

/** Bearer check in constant time (same length compare of SHA-256 digests). */
async function authorized(request: Request, env: HubEnv): Promise<boolean> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match || !env.LML_HUB_TOKEN) return false;
  const [a, b] = await Promise.all(
    [match[1]!, env.LML_HUB_TOKEN].map((t) => crypto.subtle.digest('SHA-256', encoder.encode(t))),
  );
  const x = new Uint8Array(a!);
  const y = new Uint8Array(b!);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/**
 * The intake path, kept minimal so it answers well within the platform's 3 s: size check, signature,
 * envelope check, one SQLite insert in the shop's Durable Object, 200. Telling the queue happens after
 * the answer (`waitUntil`); when that fails, the shop is asked to process by its own alarm instead.
 */
async function receiveWebhook(request: Request, env: HubEnv, ctx: ExecutionContext): Promise<Response> {
  const raw = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
  if (!raw) return new Response(null, { status: 413 });
  const signed = await verifyWebhookSignature(
    request.headers.get('authorization'),
    env.LML_HUB_APP_KEY,
    env.LML_HUB_APP_SECRET,
    raw,
  );
  if (!signed) return new Response(null, { status: 401 });
  const parsed = parseWebhookBody(raw);
  if (!parsed.ok) return errorJson(400, parsed.error);
  const event = parsed.value;
  const shop = shopStub(env, event.shop_id);
  const stored = await shop('/ingest', {
    method: 'POST',
    body: JSON.stringify({
      tts_notification_id: event.tts_notification_id,
      type: event.type,
      timestamp: event.timestamp ?? null,
      data: event.data ?? null,
    }),
  });
  if (!stored.ok) return new Response(null, { status: 503 }); // not stored: the platform retries
  const { stored: isNew } = (await stored.json()) as { stored: boolean };
  if (isNew)
    ctx.waitUntil(
      env.WEBHOOK_QUEUE.send({ shopId: event.shop_id }).catch(() =>
        shop('/process-later', { method: 'POST' }).catch(() => undefined),
      ),
    );
  return new Response(null, { status: 200 });
}

const clockSchema = z.object({
  shops: z.array(z.string().min(1)),
  now: z.number(),
  speed: z.number().positive().optional(),
});

/** Test and bench controls, only with LML_HUB_TEST_CONTROL=1 (a virtual clock per shop, counters). */
async function testControl(request: Request, env: HubEnv, path: string): Promise<Response> {
  if (request.method === 'POST' && path === '/__hub/clock') {
    const body = clockSchema.parse(await request.json());
    await Promise.all(
      body.shops.map((id) => shopStub(env, id)('/__clock', { method: 'POST', body: JSON.stringify(body) })),
    );
    return json({ ok: true });
  }
  const stats = /^\/__hub\/shops\/([^/]+)\/stats$/.exec(path);
  if (request.method === 'GET' && stats) return shopStub(env, decodeURIComponent(stats[1]!))('/__stats');
  return errorJson(404, 'not found');
}

/**
 * The read API answers browsers of any origin (CORS): the extension reads alerts with its bearer token
 * in a header, never a cookie, so it needs no host permission for the hub's address.
 */
const READ_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET',
  'access-control-allow-headers': 'authorization',
  'access-control-max-age': '600',
};
const isReadRoute = (path: string) => path === '/healthz' || /^\/v1\/shops\/[^/]+\/(webhook-events|alerts)$/.test(path);

async function route(request: Request, env: HubEnv, ctx: ExecutionContext): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  if (!isReadRoute(path)) return dispatch(request, env, ctx, url);
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: READ_CORS });
  const response = await dispatch(request, env, ctx, url);
  const headers = new Headers(response.headers);
  headers.set('access-control-allow-origin', '*');
  return new Response(response.body, { status: response.status, headers });
}

async function dispatch(request: Request, env: HubEnv, ctx: ExecutionContext, url: URL): Promise<Response> {
  const path = url.pathname;
  if (path === '/healthz' && request.method === 'GET') return json({ ok: true });
  if (path === '/webhooks/tiktok') {
    return request.method === 'POST' ? receiveWebhook(request, env, ctx) : errorJson(405, 'use POST');
  }
  if (path.startsWith('/__hub/') && env.LML_HUB_TEST_CONTROL === '1') return testControl(request, env, path);
  if (!path.startsWith('/v1/')) return errorJson(404, 'not found');
  if (!(await authorized(request, env))) {
    return json({ error: 'missing or wrong bearer token' }, 401);
  }
  if (path === '/v1/shops') {
    if (request.method !== 'POST') return errorJson(405, 'use POST');
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return errorJson(400, 'body is not JSON');
    }
    const parsed = registrationSchema.safeParse(normalizeRegistration(body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return errorJson(400, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
    }
    return shopStub(env, parsed.data.shop_id)('/register', { method: 'POST', body: JSON.stringify(parsed.data) });
  }
  const shopRoute = /^\/v1\/shops\/([^/]+)\/(webhook-events|alerts)$/.exec(path);
  if (shopRoute && request.method === 'GET') {
    return shopStub(env, decodeURIComponent(shopRoute[1]!))(`/${shopRoute[2]}${url.search}`);
  }
  return errorJson(404, 'not found');
}

/** Accepts `shop_cipher` for `cipher`, `id` for `shop_id`, and tokens nested under `tokens`. */
function normalizeRegistration(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  const tokens = (typeof b.tokens === 'object' && b.tokens !== null ? b.tokens : {}) as Record<string, unknown>;
  const pick = (...values: unknown[]) => values.find((v) => v !== undefined);
  const out: Record<string, unknown> = {
    shop_id: pick(b.shop_id, b.id),
    cipher: pick(b.cipher, b.shop_cipher),
    region: b.region,
    access_token: pick(b.access_token, tokens.access_token),
    refresh_token: pick(b.refresh_token, tokens.refresh_token),
    access_token_expire_in: pick(b.access_token_expire_in, tokens.access_token_expire_in),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export default {
  async fetch(request: Request, env: HubEnv, ctx: ExecutionContext): Promise<Response> {
    try {
      return await route(request, env, ctx);
    } catch (error) {
      // Never echo internals (a stack may name a secret's variable); the status says enough.
      console.error('hub: request failed', error instanceof Error ? error.message : 'unknown error');
      return errorJson(500, 'internal error');
    }
  },

  /** The queue consumer: each message names a shop with stored webhooks to process. */
  async queue(batch: MessageBatch<WebhookQueueMessage>, env: HubEnv): Promise<void> {
    const shops = new Set(batch.messages.map((m) => m.body.shopId));
    const done = new Map<string, boolean>();
    await Promise.all(
      [...shops].map(async (shopId) => {
        const response = await shopStub(env, shopId)('/process', { method: 'POST' }).catch(() => undefined);
        done.set(shopId, response?.ok === true);
      }),
    );
    for (const message of batch.messages) {
      if (done.get(message.body.shopId)) message.ack();
      else message.retry();
    }
  },
};
