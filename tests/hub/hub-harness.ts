/**
 * Starts the hub on Miniflare in-process for the hub tests (tests/hub/*.test.ts), with its storage in a
 * temporary folder so a restart keeps it, and helpers to sign webhooks and call the read API.
 * All traffic stays on 127.0.0.1.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHub, type RunningHub } from '@/hub/node/start-hub';
import { MOCK_CREDENTIALS } from '@/tools/mock-api';

export const HUB_TOKEN = 'test-hub-bearer-token';
export const APP_KEY: string = MOCK_CREDENTIALS.appKey;
export const APP_SECRET: string = MOCK_CREDENTIALS.appSecret;

/** A shop's counters (`GET /__hub/shops/{id}/stats`); `due` = watched packages due by the shop's clock. */
export interface HubStats {
  webhooks: number;
  pendingWebhooks: number;
  packages: number;
  watched: number;
  due: number;
  events: number;
  alerts: number;
  quarantined: number;
  now: number;
}

export interface TestHub {
  readonly url: string;
  readonly persistDir: string;
  /** Stops workerd and starts it again on the same storage (a new port). */
  restart(): Promise<void>;
  close(): Promise<void>;
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
  /** GET with the bearer token (or the given one). */
  read(pathname: string, token?: string): Promise<Response>;
  /** POSTs a webhook signed with the app's secret (or `secret`), as the platform does. */
  webhook(body: unknown, options?: { secret?: string; signature?: string | null }): Promise<Response>;
  stats(shopId: string): Promise<HubStats>;
  setClock(shops: string[], now: number, speed?: number): Promise<void>;
}

/**
 * `fetch`, tried again when the connection drops before an answer (undici reusing a keep-alive socket
 * workerd has just closed). Safe here: every hub request is idempotent (webhooks are deduplicated by id).
 */
async function fetchRetrying(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof TypeError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export function sign(body: string | Buffer, secret = APP_SECRET, appKey = APP_KEY): string {
  return crypto.createHmac('sha256', secret).update(appKey).update(body).digest('hex');
}

export async function startTestHub(options: { apiBase?: string; persistDir?: string } = {}): Promise<TestHub> {
  const persistDir = options.persistDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lml-hub-test-'));
  const config = {
    port: 0,
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    token: HUB_TOKEN,
    kek: 'test-kek',
    persistDir,
    testControl: true,
    ...(options.apiBase ? { apiBase: options.apiBase } : {}),
  };
  let running: RunningHub = await startHub(config);
  const hub: TestHub = {
    get url() {
      return running.url;
    },
    persistDir,
    async restart() {
      await running.close();
      running = await startHub(config);
    },
    async close() {
      await running.close();
      if (!options.persistDir) fs.rmSync(persistDir, { recursive: true, force: true });
    },
    fetch: (pathname, init) => fetchRetrying(`${running.url}${pathname}`, init),
    read: (pathname, token = HUB_TOKEN) =>
      fetchRetrying(`${running.url}${pathname}`, { headers: { authorization: `Bearer ${token}` } }),
    webhook(body, opts = {}) {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      const signature = opts.signature === undefined ? sign(raw, opts.secret) : opts.signature;
      return fetchRetrying(`${running.url}/webhooks/tiktok`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature === null ? {} : { authorization: signature }) },
        body: raw,
      });
    },
    async stats(shopId) {
      const response = await fetchRetrying(`${running.url}/__hub/shops/${encodeURIComponent(shopId)}/stats`);
      return (await response.json()) as HubStats;
    },
    async setClock(shops, now, speed = 1) {
      const response = await fetchRetrying(`${running.url}/__hub/clock`, {
        method: 'POST',
        body: JSON.stringify({ shops, now, speed }),
      });
      if (!response.ok) throw new Error(`clock: ${response.status}`);
    },
  };
  return hub;
}

/** Polls `check` until it returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let sequence = 0;
/** A webhook envelope with a fresh notification id. */
export function orderStatusWebhook(shopId: string, orderId: string, status: string, updateTime: number, id?: string) {
  sequence += 1;
  return {
    type: 1,
    tts_notification_id: id ?? `n-${process.pid}-${sequence}`,
    shop_id: shopId,
    timestamp: updateTime,
    data: { order_id: orderId, order_status: status, is_on_hold_order: false, update_time: updateTime },
  };
}
