import type { DurableObjectNamespace, Queue } from './runtime';

/** What the webhook queue carries: which shop has webhook events to process. */
export interface WebhookQueueMessage {
  shopId: string;
}

/** The hub's bindings (hub/wrangler.jsonc; hub/miniflare-options.ts locally). */
export interface HubEnv {
  SHOPS: DurableObjectNamespace;
  WEBHOOK_QUEUE: Queue<WebhookQueueMessage>;
  LML_HUB_APP_KEY: string;
  LML_HUB_APP_SECRET: string;
  /** Bearer token of the read and registration API. */
  LML_HUB_TOKEN: string;
  /** Key-encryption key for stored shop tokens (any string; SHA-256 of it is the AES-GCM key). */
  LML_HUB_KEK: string;
  /** Open API base URL; unset = the real host. */
  LML_HUB_API_BASE?: string;
  /** Token host; unset = LML_HUB_API_BASE when that is set (a mock serves both), else the real auth host. */
  LML_HUB_TOKEN_API_BASE?: string;
  /** "1" turns on the /__hub/* routes tests and the bench use (virtual clock, counters). Never in production. */
  LML_HUB_TEST_CONTROL?: string;
}
