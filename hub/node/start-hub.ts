/**
 * Starts the hub on Miniflare (workerd) in this process: the Worker, one SQLite Durable Object per
 * shop, and the webhook queue. Used by `npm run hub`, the tests and the bench.
 */
import { Miniflare } from 'miniflare';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWorker } from './build-worker';

export interface HubConfig {
  port: number;
  appKey: string;
  appSecret: string;
  token: string;
  kek: string;
  /** Durable Object storage folder; survives restarts. `undefined` = in memory. */
  persistDir?: string;
  apiBase?: string;
  tokenApiBase?: string;
  /** Enables /__hub/* (virtual clock, counters) for tests and the bench. */
  testControl?: boolean;
}

export interface RunningHub {
  url: string;
  miniflare: Miniflare;
  close(): Promise<void>;
}

export const WEBHOOK_QUEUE_NAME = 'lml-hub-webhooks';

/** The bundle, built once per process: a restart (tests, bench) reuses it instead of running esbuild again. */
let bundle: Promise<string> | undefined;
function workerBundle(): Promise<string> {
  bundle ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lml-hub-build-'));
    try {
      return fs.readFileSync(await buildWorker(dir), 'utf8');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  })();
  bundle.catch(() => (bundle = undefined)); // a failed build is tried again by the next start
  return bundle;
}

export async function startHub(config: HubConfig): Promise<RunningHub> {
  const script = await workerBundle();
  const bindings: Record<string, string> = {
    LML_HUB_APP_KEY: config.appKey,
    LML_HUB_APP_SECRET: config.appSecret,
    LML_HUB_TOKEN: config.token,
    LML_HUB_KEK: config.kek,
    ...(config.apiBase ? { LML_HUB_API_BASE: config.apiBase } : {}),
    ...(config.tokenApiBase ? { LML_HUB_TOKEN_API_BASE: config.tokenApiBase } : {}),
    ...(config.testControl ? { LML_HUB_TEST_CONTROL: '1' } : {}),
  };
  const miniflare = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2025-09-01',
    host: '127.0.0.1',
    port: config.port,
    bindings,
    durableObjects: { SHOPS: { className: 'ShopHub', useSQLite: true } },
    queueProducers: { WEBHOOK_QUEUE: { queueName: WEBHOOK_QUEUE_NAME } },
    queueConsumers: { [WEBHOOK_QUEUE_NAME]: { maxBatchSize: 100, maxBatchTimeout: 0.5, maxRetries: 10 } },
    ...(config.persistDir ? { durableObjectsPersist: path.join(config.persistDir, 'durable-objects') } : {}),
  });
  const url = await miniflare.ready;
  return {
    url: url.href.replace(/\/$/, ''),
    miniflare,
    close: () => miniflare.dispose(),
  };
}
