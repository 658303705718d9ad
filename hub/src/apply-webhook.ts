/**
 * What a stored webhook changes in a shop's watch list (shared/reference/tiktok-open-api.md §7):
 * ORDER_STATUS_CHANGE (type 1) starts watching an order that reached a watched status, makes a watched
 * order due now on any change, and stops watching a cancelled one; PACKAGE_UPDATE (type 4) makes every
 * order it names due now, so the next poll reads the new package split. A status older than one already
 * applied (webhooks arrive out of order, and retried) changes nothing.
 */
import { WATCHED_ORDER_STATUSES } from '@/lib/poller/discover';
import { z } from 'zod';
import type { ShopStore, StoredWebhook } from './shop-store';

export const WEBHOOK_TYPES = { orderStatusChange: 1, packageUpdate: 4 } as const;

const orderStatusData = z.looseObject({
  order_id: z.string().min(1),
  order_status: z.string().min(1),
  update_time: z.number().int().optional(),
});

const packageUpdateData = z.looseObject({
  package_list: z.array(z.looseObject({ package_id: z.string().optional(), order_id_list: z.array(z.string()) })),
});

/** Statuses after which an order has nothing more for us to watch (the webhook says `CANCEL`, §6). */
const CANCELLED = new Set(['CANCEL', 'CANCELLED']);
const WATCHED = new Set<string>(WATCHED_ORDER_STATUSES);

export type WebhookEffect = 'watch' | 'due' | 'unwatch' | 'stale' | 'ignored';

function watchOrder(store: ShopStore, orderId: string, now: number): void {
  if (store.makeOrderDue(orderId, now) > 0) return;
  if (store.packagesOfOrder(orderId).length > 0) return; // known and finished: a new status makes it due below
  store.putPackage({
    record: { key: `order:${orderId}`, orderId, watched: 1, lastCheckedAt: 0, risks: [], atRisk: 0, updatedAt: now },
    dueAt: now,
  });
}

/** Applies one webhook; returns what it did (for logs and tests). Call inside the batch's transaction. */
export function applyWebhook(store: ShopStore, event: StoredWebhook, now: number): WebhookEffect {
  if (event.type === WEBHOOK_TYPES.orderStatusChange) {
    const data = orderStatusData.safeParse(event.data);
    if (!data.success) return 'ignored';
    const { order_id: orderId, order_status: status } = data.data;
    const time = data.data.update_time ?? event.timestamp ?? 0;
    if (!store.recordOrderStatus(orderId, status, time)) return 'stale';
    if (CANCELLED.has(status)) {
      store.unwatchOrder(orderId, now);
      return 'unwatch';
    }
    if (WATCHED.has(status)) {
      watchOrder(store, orderId, now);
      return 'watch';
    }
    // Delivered, completed, on hold…: a watched order is read once more now; the poll decides to stop.
    return store.makeOrderDue(orderId, now) > 0 ? 'due' : 'ignored';
  }
  if (event.type === WEBHOOK_TYPES.packageUpdate) {
    const data = packageUpdateData.safeParse(event.data);
    if (!data.success) return 'ignored';
    const orderIds = new Set(data.data.package_list.flatMap((p) => p.order_id_list));
    for (const orderId of orderIds) watchOrder(store, orderId, now);
    return orderIds.size > 0 ? 'watch' : 'ignored';
  }
  return 'ignored';
}
