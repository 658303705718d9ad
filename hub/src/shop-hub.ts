/**
 * One Durable Object per shop: its SQLite store, its Open API client (tokens sealed at rest, a 50 QPS
 * bucket for the whole shop), and one alarm that does the shop's work in order: process stored
 * webhooks, run the hourly safety net, then poll due packages most urgent first until none is due.
 * Internal routes are called by the Worker (worker.ts) only.
 */
import type { HubPackageSnapshot, PollAlert } from '@/lib/poller/cycle';
import type { PackageRecord } from '@/lib/storage/db';
import { alertIdOf } from '@/lib/storage/alerts';
import { defaultRulePack } from '@/lib/rules/default-pack';
import { createRateLimiter, createTikTokClient, type TikTokClient, type TikTokTokens } from '@/lib/tiktok';
import { OPEN_API_BASE_URL, TOKEN_API_BASE_URL } from '@/lib/tiktok/hosts';
import { riskTexts, slaPolicyFromMarketRules, type RiskCode, type SlaPolicy } from '@/lib/tracking';
import { z } from 'zod';
import { applyWebhook } from './apply-webhook';
import type { HubEnv } from './env';
import { pollDue, type PollStop } from './poll-due';
import type { DurableObjectState } from './runtime';
import { runSafetyNet, SAFETY_NET_INTERVAL_MS } from './safety-net';
import { createShopStore, type ShopStore, type StoredWebhook } from './shop-store';
import { openForShop, sealForShop } from './token-box';

/** The platform's default limit: 50 requests per second per endpoint per app + shop (reference §4). */
export const SHOP_QPS = 50;
const BATCH_SIZE = 50;
const WEBHOOKS_PER_PASS = 100;
/** The largest page of `GET /v1/shops/{id}/webhook-events?limit=`. */
const MAX_EVENTS_PAGE = 1_000;
/** Wall-clock work per alarm; the rest continues in the next alarm, set for now. */
const ALARM_BUDGET_MS = 20_000;
/** How long a shop rests after the platform refused, before it tries again. */
const PAUSE_MS: Record<PollStop, number> = {
  'rate-limit': 30_000,
  network: 60_000,
  server: 5 * 60_000,
  auth: 60 * 60_000,
};

export const registrationSchema = z.object({
  shop_id: z.string().min(1),
  cipher: z.string().min(1),
  region: z.string().min(2).max(3).optional(),
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  /** Unix seconds, as the token API gives it. */
  access_token_expire_in: z.number().int().optional(),
});
export type Registration = z.infer<typeof registrationSchema>;

interface SealedTokens {
  accessToken: string;
  refreshToken?: string;
  accessTokenExpiresAtMs?: number;
}

/** A virtual clock for tests and the bench: `virtualAt` at wall time `realAt`, running `speed`× faster. */
interface ClockSetting {
  virtualAt: number;
  realAt: number;
  speed: number;
}

const policies = new Map<string, SlaPolicy | undefined>(
  defaultRulePack.markets.map((m) => [m.code, slaPolicyFromMarketRules(m)]),
);

const SNAPSHOT_FIELDS = [
  'packageId',
  'market',
  'carrierId',
  'carrierName',
  'trackingNumber',
  'labelCreatedAt',
  'shipByAt',
  'shippedAt',
  'deliveredAt',
  'orderStatus',
  'status',
  'lastCheckedAt',
  'lastEventAt',
] as const satisfies ReadonlyArray<keyof HubPackageSnapshot>;

/** The package's clock for the extension's side panel and in-page deadlines (never the shop's tokens). */
function snapshotOf(record: PackageRecord): HubPackageSnapshot {
  const out: Record<string, unknown> = {};
  for (const field of SNAPSHOT_FIELDS) if (record[field] !== undefined) out[field] = record[field];
  return out as HubPackageSnapshot;
}

export class ShopHub {
  private readonly store: ShopStore;
  private client: TikTokClient | undefined;
  private tokens: SealedTokens | undefined;
  private clock: ClockSetting | undefined;
  /** Wall times of this shop's requests in the last second, and the most seen in any one second. */
  private readonly sent: number[] = [];
  private highestQps = 0;

  constructor(
    private readonly state: DurableObjectState,
    private readonly env: HubEnv,
  ) {
    this.store = createShopStore(state.storage.sql);
    this.clock = this.store.readMeta<ClockSetting>('clock');
  }

  private now(): number {
    const c = this.clock;
    return c ? c.virtualAt + (Date.now() - c.realAt) * c.speed : Date.now();
  }

  private toWallTime(virtual: number): number {
    const c = this.clock;
    return c ? c.realAt + (virtual - c.virtualAt) / c.speed : virtual;
  }

  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const shopId = request.headers.get('x-lml-shop-id') ?? '';
    if (shopId && this.store.readMeta<string>('shop-id') === undefined) this.store.writeMeta('shop-id', shopId);
    switch (`${request.method} ${url.pathname}`) {
      case 'POST /ingest':
        return this.ingest((await request.json()) as StoredWebhook);
      case 'POST /process-later': // the queue could not be told: the alarm processes instead
        await this.scheduleAt(this.now());
        return Response.json({ ok: true });
      case 'POST /process':
        await this.processWebhooks();
        await this.schedule();
        return Response.json({ ok: true });
      case 'GET /webhook-events':
        return this.webhookEvents(url.searchParams);
      case 'GET /alerts':
        return Response.json({ alerts: this.openAlerts() });
      case 'POST /register':
        return this.register(registrationSchema.parse(await request.json()));
      case 'POST /__clock':
        return this.setClock((await request.json()) as { now: number; speed?: number });
      case 'GET /__stats':
        return Response.json({ ...this.store.stats(this.now()), now: this.now(), highestQps: this.highestQps });
      default:
        return new Response('not found', { status: 404 });
    }
  }

  /**
   * `{"events":[…]}`, all of them; with `?limit=N` (1 to 1000) a page, and `next` (the id to pass as
   * `?after=`) while more follow. An unknown `after` is a 400, not an empty page that would end a loop.
   */
  private webhookEvents(query: URLSearchParams): Response {
    const limitText = query.get('limit');
    const after = query.get('after') ?? undefined;
    const limit = limitText === null ? undefined : Number(limitText);
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_EVENTS_PAGE))
      return Response.json({ error: `limit must be an integer from 1 to ${MAX_EVENTS_PAGE}` }, { status: 400 });
    // One more than asked tells whether a next page exists.
    const events = this.store.listWebhooks({ ...(limit ? { limit: limit + 1 } : {}), ...(after ? { after } : {}) });
    if (!events) return Response.json({ error: 'after names no stored event of this shop' }, { status: 400 });
    if (limit === undefined || events.length <= limit) return Response.json({ events });
    const page = events.slice(0, limit);
    return Response.json({ events: page, next: page[limit - 1]!.tts_notification_id });
  }

  /** Stored (durably: the SQLite write commits before this answers) once per notification id. */
  private ingest(event: StoredWebhook): Response {
    // One INSERT, committed before this answers; nothing else on the intake path (processing is the queue's).
    return Response.json({ stored: this.store.addWebhook(event, this.now()) });
  }

  private async processWebhooks(): Promise<number> {
    let applied = 0;
    for (;;) {
      const pending = this.store.pendingWebhooks(WEBHOOKS_PER_PASS);
      if (pending.length === 0) return applied;
      const now = this.now();
      this.state.storage.transactionSync(() => {
        for (const event of pending) {
          applyWebhook(this.store, event, now);
          this.store.markWebhookProcessed(event.tts_notification_id, now);
        }
      });
      applied += pending.length;
      // Let the shop's waiting requests (webhook intake) in between passes: each pass holds the object.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private async register(body: Registration): Promise<Response> {
    const tokens: SealedTokens = {
      accessToken: body.access_token,
      ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
      ...(body.access_token_expire_in ? { accessTokenExpiresAtMs: body.access_token_expire_in * 1000 } : {}),
    };
    const sealed = await sealForShop(this.env.LML_HUB_KEK, body.shop_id, tokens);
    this.store.putShop(
      { shopId: body.shop_id, region: body.region ?? null, cipher: body.cipher, tokens: sealed },
      this.now(),
    );
    this.store.writeMeta('paused-until', 0);
    this.store.writeMeta('connection', { state: 'ok', checkedAt: this.now() });
    this.tokens = tokens;
    this.client = undefined;
    await this.scheduleAt(this.now());
    return Response.json({ shop_id: body.shop_id, region: body.region ?? null, registered: true });
  }

  private async setClock(body: { now: number; speed?: number }): Promise<Response> {
    if (this.env.LML_HUB_TEST_CONTROL !== '1') return new Response('not found', { status: 404 });
    this.clock = { virtualAt: body.now, realAt: Date.now(), speed: body.speed ?? 1 };
    this.store.writeMeta('clock', this.clock);
    await this.schedule();
    return Response.json({ now: this.now() });
  }

  private openAlerts(): PollAlert[] {
    return this.store.openAlerts().map(({ record, ...alert }) => ({
      notificationId: alertIdOf(alert),
      packageKey: alert.packageKey,
      orderId: alert.orderId,
      riskCode: alert.riskCode,
      raisedAt: alert.raisedAt,
      text: riskTexts[alert.riskCode as RiskCode] ?? { en: alert.riskCode, zh: alert.riskCode },
      ...(record.trackingNumber ? { trackingNumber: record.trackingNumber } : {}),
      ...(record.market ? { market: record.market } : {}),
      package: snapshotOf(record),
    }));
  }

  private async clientFor(shopId: string, cipher: string, sealed: string): Promise<TikTokClient> {
    if (this.client) return this.client;
    const kek = this.env.LML_HUB_KEK;
    this.tokens ??= (await openForShop(kek, shopId, sealed)) as SealedTokens;
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    // One bucket for the whole shop, whatever the endpoint: the shop never sends more than SHOP_QPS.
    const bucket = createRateLimiter({ qps: SHOP_QPS, now: () => performance.now(), sleep });
    const apiBase = this.env.LML_HUB_API_BASE || OPEN_API_BASE_URL;
    const tokenBase = this.env.LML_HUB_TOKEN_API_BASE || (this.env.LML_HUB_API_BASE ? apiBase : TOKEN_API_BASE_URL);
    this.client = createTikTokClient({
      appKey: this.env.LML_HUB_APP_KEY,
      getSecrets: async () => ({
        appSecret: this.env.LML_HUB_APP_SECRET,
        accessToken: this.tokens!.accessToken,
        ...(this.tokens!.refreshToken ? { refreshToken: this.tokens!.refreshToken } : {}),
        shopCipher: cipher,
      }),
      saveTokens: async (fresh: TikTokTokens) => {
        this.tokens = {
          accessToken: fresh.accessToken,
          refreshToken: fresh.refreshToken,
          accessTokenExpiresAtMs: fresh.accessTokenExpiresAtMs,
        };
        this.store.setTokens(await sealForShop(kek, shopId, this.tokens));
      },
      fetch: async (url, init) => {
        await bucket.acquire();
        this.countRequest();
        return fetch(url, init);
      },
      // The signed timestamp is checked against the platform's real clock, never the virtual one.
      now: () => Date.now(),
      baseUrl: apiBase,
      tokenBaseUrl: tokenBase,
      qps: SHOP_QPS,
      onQuarantine: (item) => this.store.quarantine({ ...item, at: this.now() }),
    });
    return this.client;
  }

  private countRequest(): void {
    const at = performance.now();
    this.sent.push(at);
    while (this.sent.length > 0 && at - this.sent[0]! >= 1_000) this.sent.shift();
    this.highestQps = Math.max(this.highestQps, this.sent.length);
  }

  async alarm(): Promise<void> {
    const started = Date.now();
    await this.processWebhooks();
    const shop = this.store.getShop();
    const pausedUntil = this.store.readMeta<number>('paused-until') ?? 0;
    const client =
      shop && this.now() >= pausedUntil
        ? await this.clientFor(shop.shopId, shop.cipher, shop.tokens).catch(() => {
            this.pause('auth', 'The stored tokens cannot be decrypted with this LML_HUB_KEK: register the shop again');
            return undefined;
          })
        : undefined;
    if (shop && client) {
      const deps = { store: this.store, storage: this.state.storage, client, now: () => this.now() };
      const region = shop.region ?? undefined;
      while (
        Date.now() - started < ALARM_BUDGET_MS &&
        this.now() >= (this.store.readMeta<number>('paused-until') ?? 0)
      ) {
        const polled = await pollDue(
          { ...deps, policyFor: (m) => (m ? policies.get(m) : undefined), ...(region ? { shopRegion: region } : {}) },
          BATCH_SIZE,
        );
        if (polled.stop) {
          this.pause(polled.stop.reason, polled.stop.error.message);
          break;
        }
        if (polled.checked === 0) break;
        await this.processWebhooks(); // webhooks that came in meanwhile go before the next batch
      }
      // The safety net after the due packages: deadlines first; it runs once polling has caught up.
      const netDue = this.now() >= (this.store.readMeta<number>('safety-net-due') ?? 0);
      const paused = this.now() < (this.store.readMeta<number>('paused-until') ?? 0);
      if (netDue && !paused && Date.now() - started < ALARM_BUDGET_MS) {
        const net = await runSafetyNet(deps, region);
        const retry = net.error?.kind === 'auth' ? PAUSE_MS.auth : net.error ? PAUSE_MS.network : 0;
        this.store.writeMeta('safety-net-due', this.now() + (retry || SAFETY_NET_INTERVAL_MS));
        if (net.error?.kind === 'auth') this.pause('auth', net.error.message);
      }
    }
    await this.schedule(true);
  }

  private pause(reason: PollStop, detail: string): void {
    this.store.writeMeta('paused-until', this.now() + PAUSE_MS[reason]);
    if (reason === 'auth')
      this.store.writeMeta('connection', { state: 'reconnect-needed', detail, checkedAt: this.now() });
  }

  /** Sets the alarm for the earliest work: pending webhooks, the safety net, the most urgent package. */
  private async schedule(replace = false): Promise<void> {
    const times: number[] = [];
    if (this.store.countPendingWebhooks() > 0) times.push(this.now());
    if (this.store.getShop()) {
      const pausedUntil = this.store.readMeta<number>('paused-until') ?? 0;
      const next = Math.min(this.store.nextDueAt() ?? Infinity, this.store.readMeta<number>('safety-net-due') ?? 0);
      if (Number.isFinite(next)) times.push(Math.max(next, pausedUntil));
    }
    if (times.length > 0) await this.scheduleAt(Math.min(...times), replace);
  }

  /** Moves the alarm earlier only, unless `replace` (from the alarm itself, whose own alarm has fired). */
  private async scheduleAt(virtual: number, replace = false): Promise<void> {
    const at = Math.max(Date.now(), Math.ceil(this.toWallTime(virtual)));
    const current = replace ? null : await this.state.storage.getAlarm();
    if (current === null || current > at) await this.state.storage.setAlarm(at);
  }
}
