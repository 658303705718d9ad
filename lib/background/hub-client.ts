/**
 * "Connect through a hub" (issue 14): with a hub configured, the extension stops polling the Open API
 * itself and shows the hub's open alerts instead (badge and notifications), so no TikTok secret has
 * to live in the browser. The hub URL, its bearer token and the shop id are kept in storage.local,
 * which content scripts cannot read.
 */
import { z } from 'zod';
import type { PollAlert } from '@/lib/poller';
import { defineSetting } from '@/lib/storage';
import type { FetchLike } from '@/lib/tiktok';
import { notify, pollOnce, setBadge } from './poll';

export const hubConnectionSchema = z.object({
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, 'an http(s) address such as https://hub.example.com')
    .transform((url) => url.replace(/\/+$/, '')),
  token: z.string().trim().min(1),
  shopId: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z_-]{1,64}$/, 'the shop id the hub knows the shop by'),
});
export type HubConnection = z.infer<typeof hubConnectionSchema>;

export const hubConnectionSetting = defineSetting<HubConnection | null>('local:hub-connection', {
  schema: hubConnectionSchema.nullable(),
  fallback: null,
  version: 1,
});

/** Ids of hub alerts already shown as notifications, so each is shown once. */
export const shownHubAlertsSetting = defineSetting<string[]>('local:hub-alerts-shown', {
  schema: z.array(z.string()),
  fallback: [],
  version: 1,
});

const localizedSchema = z.object({ en: z.string(), zh: z.string() });
const hubAlertSchema = z.object({
  notificationId: z.string().min(1),
  packageKey: z.string().min(1),
  orderId: z.string().min(1),
  riskCode: z.string().min(1),
  raisedAt: z.number(),
  text: localizedSchema,
  trackingNumber: z.string().optional(),
  market: z.string().optional(),
});
const alertsResponseSchema = z.object({ alerts: z.array(hubAlertSchema) });

/** Why talking to the hub failed: `auth` (token refused), `http` (another status), `network`, `shape`. */
export class HubError extends Error {
  constructor(
    readonly kind: 'auth' | 'http' | 'network' | 'shape',
    message: string,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

/**
 * The shop's open alerts from `GET {url}/v1/shops/{shopId}/alerts`, validated.
 * Example: `await fetchHubAlerts(conn, fetch)` → `[{ notificationId: 'lml-alert:pkg:1:first-scan-overdue', … }]`.
 */
export async function fetchHubAlerts(connection: HubConnection, fetchFn: FetchLike): Promise<PollAlert[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  let status: number;
  let text: string;
  try {
    const response = await fetchFn(`${connection.url}/v1/shops/${encodeURIComponent(connection.shopId)}/alerts`, {
      method: 'GET',
      headers: { authorization: `Bearer ${connection.token}` },
      signal: controller.signal,
    });
    status = response.status;
    text = await response.text();
  } catch {
    throw new HubError('network', 'The hub could not be reached');
  } finally {
    clearTimeout(timer);
  }
  if (status === 401) throw new HubError('auth', 'The hub refused the token');
  if (status < 200 || status > 299) throw new HubError('http', `The hub answered HTTP ${status}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HubError('shape', 'The hub answered something that is not JSON');
  }
  const parsed = alertsResponseSchema.safeParse(json);
  if (!parsed.success)
    throw new HubError('shape', `The hub's alerts are malformed at ${parsed.error.issues[0]?.path.join('.')}`);
  return parsed.data.alerts.map((a) => ({
    ...a,
    ...(a.trackingNumber === undefined ? {} : { trackingNumber: a.trackingNumber }),
    ...(a.market === undefined ? {} : { market: a.market }),
  })) as PollAlert[];
}

export interface HubSyncDeps {
  connection: HubConnection;
  fetch: FetchLike;
  notify: (alert: PollAlert) => Promise<void>;
  setBadge: (count: number) => Promise<void>;
  shown: { get(): Promise<string[]>; set(ids: string[]): Promise<void> };
}

/**
 * Shows each open hub alert once (a failed notification is tried again next time) and sets the badge to
 * the number of open alerts. Returns the counts. Example: `await syncHubAlerts(deps)` → `{ open: 3, notified: 1 }`.
 */
export async function syncHubAlerts(deps: HubSyncDeps): Promise<{ open: number; notified: number }> {
  const alerts = await fetchHubAlerts(deps.connection, deps.fetch);
  const open = new Set(alerts.map((a) => a.notificationId));
  // Forget alerts the hub closed: if the same risk comes back later, it is news again.
  const shown = new Set((await deps.shown.get()).filter((id) => open.has(id)));
  let notified = 0;
  for (const alert of alerts) {
    if (shown.has(alert.notificationId)) continue;
    try {
      await deps.notify(alert);
    } catch {
      continue;
    }
    shown.add(alert.notificationId);
    notified += 1;
  }
  await deps.shown.set([...shown]);
  await deps.setBadge(new Set(alerts.map((a) => a.packageKey)).size);
  return { open: alerts.length, notified };
}

/**
 * The poll alarm's work: with a hub configured, read the hub's alerts; otherwise poll the Open API
 * as before (`pollOnce`). Errors are logged without the token or the URL's query.
 */
export async function pollOrSyncHub(): Promise<void> {
  const connection = await hubConnectionSetting.getValue();
  if (!connection) {
    await pollOnce();
    return;
  }
  await syncHubAlerts({
    connection,
    fetch: (url, init) => fetch(url, init),
    notify,
    setBadge,
    shown: {
      get: () => shownHubAlertsSetting.getValue(),
      set: async (ids) => void (await shownHubAlertsSetting.setValue(ids)),
    },
  });
}
