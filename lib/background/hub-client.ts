/**
 * "Connect through a hub" (issue 14): with a hub configured, the extension stops polling the Open API
 * itself and mirrors the hub's open alerts into its store, so the badge, the notifications, the side
 * panel and the in-page deadlines show them; no TikTok secret lives in the browser then. The hub URL, its bearer token and the shop id are kept in storage.local,
 * which content scripts cannot read.
 */
import { z } from 'zod';
import type { PollAlert } from '@/lib/poller';
import {
  connectionStateSetting,
  countAtRisk,
  credentialStore,
  defineSetting,
  listAtRiskPackages,
  packageKeyOf,
  raiseAlerts,
  upsertPackages,
  wipeShopData,
  type LastmileDb,
  type PackageUpsert,
} from '@/lib/storage';
import type { FetchLike } from '@/lib/tiktok';
import { reconcileNotifications } from './notifications';
import { cancelPoll, database, pollOnce, setBadge } from './poll';

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
  package: z
    .object({
      packageId: z.string().optional(),
      market: z.string().optional(),
      carrierId: z.string().optional(),
      carrierName: z.string().optional(),
      trackingNumber: z.string().optional(),
      labelCreatedAt: z.number().optional(),
      shipByAt: z.number().optional(),
      shippedAt: z.number().optional(),
      deliveredAt: z.number().optional(),
      orderStatus: z.string().optional(),
      status: z.string().optional(),
      lastCheckedAt: z.number().optional(),
      lastEventAt: z.number().optional(),
    })
    .optional(),
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
  // zod's output keeps absent optional keys absent, as PollAlert wants (exactOptionalPropertyTypes).
  return parsed.data.alerts as PollAlert[];
}

/**
 * Makes the store say what the hub says: each alerted package is written with the hub's clock and its
 * open risks (and its alerts recorded, for the side panel); every other package loses its risks, since
 * the hub lists all the shop's open alerts. The side panel, the in-page deadlines, the badge and the
 * notification reconciler then read the store as in direct mode. Returns the orders now at risk.
 * Example: `await mirrorHubAlerts(db, [alert], now)` → `{ atRiskOrders: ['5770'] }`.
 */
export async function mirrorHubAlerts(
  db: LastmileDb,
  alerts: readonly PollAlert[],
  now: number,
): Promise<{ atRiskOrders: string[] }> {
  const byKey = new Map<string, PackageUpsert & { risks: string[] }>();
  for (const alert of alerts) {
    // The hub keys rows as the extension does (`pkg:<id>` or `order:<id>`): the id rebuilds the same key.
    const packageId = alert.packageKey.startsWith('pkg:') ? alert.packageKey.slice(4) : undefined;
    const row = byKey.get(alert.packageKey) ?? {
      ...alert.package,
      orderId: alert.orderId,
      ...(packageId ? { packageId } : {}),
      ...(alert.trackingNumber ? { trackingNumber: alert.trackingNumber } : {}),
      ...(alert.market ? { market: alert.market } : {}),
      watched: 1,
      risks: [],
    };
    if (!row.risks.includes(alert.riskCode)) row.risks.push(alert.riskCode);
    byKey.set(alert.packageKey, row);
  }
  const rows = [...byKey.values()];
  const alertedOrders = new Set(rows.map((r) => r.orderId));
  const ended = (await listAtRiskPackages(db))
    // an `order:` placeholder of an alerted order is re-keyed by the upsert below, not cleared
    .filter(
      (p) => !byKey.has(p.key) && !(p.key === packageKeyOf({ orderId: p.orderId }) && alertedOrders.has(p.orderId)),
    )
    .map((p) => ({ orderId: p.orderId, ...(p.packageId ? { packageId: p.packageId } : {}), risks: [] }));
  await upsertPackages(db, [...ended, ...rows], now);
  await raiseAlerts(
    db,
    alerts.map((a) => ({ packageKey: a.packageKey, riskCode: a.riskCode, orderId: a.orderId, raisedAt: a.raisedAt })),
  );
  return { atRiskOrders: [...alertedOrders] };
}

export interface HubSyncDeps {
  connection: HubConnection;
  fetch: FetchLike;
  db: LastmileDb;
  now: () => number;
  /** The notification reconciler (lib/poller/notices.ts): one notification per order, its worst risk. */
  reconcile: () => Promise<unknown>;
  setBadge: (count: number) => Promise<void>;
}

/**
 * Reads the hub's open alerts, mirrors them into the store, reconciles the notifications (one per order,
 * `lml-order:<id>`, updated in place) and sets the badge to the packages at risk.
 * Example: `await syncHubAlerts(deps)` → `{ open: 3, atRisk: 2 }`.
 */
export async function syncHubAlerts(deps: HubSyncDeps): Promise<{ open: number; atRisk: number }> {
  const alerts = await fetchHubAlerts(deps.connection, deps.fetch);
  await mirrorHubAlerts(deps.db, alerts, deps.now());
  await deps.reconcile();
  const atRisk = await countAtRisk(deps.db);
  await deps.setBadge(atRisk);
  return { open: alerts.length, atRisk };
}

/** Hub mode keeps no TikTok secret: stored credentials are deleted and a running poll is stopped. */
async function dropDirectConnection(): Promise<void> {
  const credentials = credentialStore();
  if ((await credentials.read()).credentials === null) return;
  await credentials.clear();
  await cancelPoll();
  await connectionStateSetting.removeValue();
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
  await dropDirectConnection();
  await syncHubAlerts({
    connection,
    fetch: (url, init) => fetch(url, init),
    db: await database(),
    now: Date.now,
    reconcile: () => reconcileNotifications(),
    setBadge,
  });
}

/** Whether a hub keeps the store current (hub mode): the views then treat tracking as connected. */
export async function hubConnected(): Promise<boolean> {
  return (await hubConnectionSetting.getValue()) !== null;
}

/** Leaving the hub: what was mirrored from it is the hub's shop, not this browser's: it goes, with its notifications. */
export async function leaveHub(): Promise<void> {
  await wipeShopData(await database());
  await reconcileNotifications();
  await setBadge(0);
}
