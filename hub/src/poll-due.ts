/**
 * One poll batch of a shop: the most urgent due packages, one order-detail call for their orders and
 * one tracking call per order, each folded in with lib/poller's `assessPackage` (the extension's SLA
 * clocks, risks and watch rules), then committed in ONE SQLite transaction. A Durable Object that dies
 * before the commit has written nothing, and its packages are still due; rows, events and alerts are
 * keyed, so running a batch twice stores each once.
 */
import { assessPackage, shouldFetchTracking, type Assessment } from '@/lib/poller/assess';
import { packagesFromOrder } from '@/lib/poller/order-facts';
import { packageKeyOf } from '@/lib/storage/packages';
import type { PackageRecord } from '@/lib/storage/db';
import {
  isTikTokApiError,
  type TikTokApiError,
  type TikTokClient,
  type TikTokOrder,
  type TikTokTrackingEvent,
} from '@/lib/tiktok';
import type { SlaPolicy } from '@/lib/tracking';
import type { DurableObjectStorage } from './runtime';
import type { ShopStore } from './shop-store';
import { nextDueAt } from './urgency';
import { watchPackages } from './watch-list';

export type PollStop = 'auth' | 'network' | 'rate-limit' | 'server';

export interface PollDueDeps {
  store: ShopStore;
  storage: Pick<DurableObjectStorage, 'transactionSync'>;
  client: Pick<TikTokClient, 'getOrders' | 'getOrderTracking'>;
  now: () => number;
  policyFor: (market: string | undefined) => SlaPolicy | undefined;
  shopRegion?: string;
}

export interface PollDueResult {
  checked: number;
  newEvents: number;
  newAlerts: number;
  /** Set when the platform refused in a way that stops the shop's polling for now (nothing was written). */
  stop?: { reason: PollStop; error: TikTokApiError };
}

async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: TikTokApiError }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (isTikTokApiError(error)) return { ok: false, error };
    throw error;
  }
}

function stopOf(error: TikTokApiError): PollStop | undefined {
  if (error.kind === 'auth' || error.kind === 'network' || error.kind === 'rate-limit') return error.kind;
  return undefined;
}

/** Server errors and timeouts: try the package again soon rather than at its steady pace. */
const RETRY_SOON_MS = 5 * 60_000;

/** Polls up to `batchSize` due packages, most urgent first. Example: `await pollDue(deps, 50)` → `{ checked: 50, newEvents: 61, newAlerts: 2 }`. */
export async function pollDue(deps: PollDueDeps, batchSize: number): Promise<PollDueResult> {
  const { store } = deps;
  const now = deps.now();
  const rows = store.duePackages(now, batchSize);
  const result: PollDueResult = { checked: 0, newEvents: 0, newAlerts: 0 };
  if (rows.length === 0) return result;

  const orderIds = [...new Set(rows.map((r) => r.orderId))];
  const ordersResult = await settle(deps.client.getOrders(orderIds));
  const orders = new Map<string, TikTokOrder>();
  if (ordersResult.ok) for (const order of ordersResult.value) orders.set(order.id, order);
  else {
    const stop = stopOf(ordersResult.error);
    if (stop) return { ...result, stop: { reason: stop, error: ordersResult.error } };
  }

  const trackingIds = [
    ...new Set(rows.filter((r) => shouldFetchTracking(r, orders.get(r.orderId))).map((r) => r.orderId)),
  ];
  const tracking = new Map(
    await Promise.all(trackingIds.map(async (id) => [id, await settle(deps.client.getOrderTracking(id))] as const)),
  );
  for (const outcome of tracking.values()) {
    const stop = !outcome.ok ? stopOf(outcome.error) : undefined;
    if (!outcome.ok && stop) return { ...result, stop: { reason: stop, error: outcome.error } };
  }

  const writes: Array<{ from: PackageRecord; assessment: Assessment; dueAt: number }> = [];
  for (const row of rows) {
    const fetched = tracking.get(row.orderId);
    const trail: readonly TikTokTrackingEvent[] | undefined = fetched?.ok ? fetched.value : undefined;
    const failure = fetched && !fetched.ok ? fetched.error : undefined;
    const order = orders.get(row.orderId);
    const market = row.market ?? (order?.recipient_address?.region_code || deps.shopRegion);
    const policy = deps.policyFor(market);
    const assessment = assessPackage({
      record: row,
      storedEvents: store.eventsOf(row.key),
      ...(trail ? { tracking: trail } : {}),
      ...(order ? { order } : {}),
      trackingUnread: failure !== undefined && failure.kind !== 'api',
      ...(deps.shopRegion ? { fallbackMarket: deps.shopRegion } : {}),
      policy,
      now,
    });
    if (failure) assessment.record.lastError = { kind: failure.kind, message: failure.message, at: now };
    const retrySoon = failure !== undefined && (failure.kind === 'server' || failure.kind === 'timeout');
    const due = nextDueAt(assessment, now, policy?.maxUpdateGapHours);
    writes.push({ from: row, assessment, dueAt: retrySoon ? Math.min(due, now + RETRY_SOON_MS) : due });
  }

  deps.storage.transactionSync(() => {
    for (const { from, assessment, dueAt } of writes) {
      let record = assessment.record;
      if (assessment.packageIdFound) {
        const key = packageKeyOf({ orderId: record.orderId, packageId: assessment.packageIdFound });
        store.rekey(from.key, key);
        record = { ...record, key, packageId: assessment.packageIdFound };
      }
      store.putPackage({ record, dueAt });
      result.newEvents += store.addEvents(record.key, assessment.newEvents, now);
      for (const riskCode of assessment.risks) {
        if (store.raiseAlert({ packageKey: record.key, riskCode, orderId: record.orderId, raisedAt: now }))
          result.newAlerts += 1;
      }
      result.checked += 1;
    }
    // An order with several packages: the ones we have no row for yet are watched from now on.
    for (const order of orders.values()) watchPackages(store, packagesFromOrder(order, deps.shopRegion), now);
  });
  return result;
}
