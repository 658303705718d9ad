import type { LastmileDb, NoticeRecord } from './db';
import { markOrderAlertsNotified } from './alerts';

/** Our notification ids start with this. */
const NOTICE_ID_PREFIX = 'lml-';

/**
 * The stable notification id of an order: showing it again replaces (updates in place), never duplicates.
 * Example: `noticeIdOf('5770') === 'lml-order:5770'`; `orderIdOfNotice('lml-order:5770') === '5770'`.
 */
export function noticeIdOf(orderId: string): string {
  return `${NOTICE_ID_PREFIX}order:${orderId}`;
}

/** The order a notification id names, or `undefined` for an id that is not one of our order notices. */
export function orderIdOfNotice(notificationId: string): string | undefined {
  const prefix = `${NOTICE_ID_PREFIX}order:`;
  return notificationId.startsWith(prefix) ? notificationId.slice(prefix.length) || undefined : undefined;
}

/** Notices of some orders, or all of them. */
export async function listNotices(db: LastmileDb, orderIds?: readonly string[]): Promise<NoticeRecord[]> {
  if (!orderIds) return db.notices.toArray();
  const rows = await db.notices.bulkGet([...orderIds]);
  return rows.filter((r): r is NoticeRecord => r !== undefined);
}

export async function putNotice(db: LastmileDb, notice: NoticeRecord): Promise<void> {
  await db.notices.put(notice);
}

/**
 * An order's notification reached the screen: its notice and its alerts' "notified" mark are written in
 * one transaction, so a worker stopped between the two leaves neither and the next reconcile shows it
 * again (issue #12.1: apart, the notice said "shown" and its alerts stayed unnotified for good).
 */
export async function recordNoticeShown(db: LastmileDb, notice: NoticeRecord): Promise<void> {
  await db.transaction('rw', db.notices, db.alerts, async () => {
    await db.notices.put(notice);
    await markOrderAlertsNotified(db, notice.orderId, notice.risks, notice.at);
  });
}

export async function deleteNotice(db: LastmileDb, orderId: string): Promise<void> {
  await db.notices.delete(orderId);
}

/**
 * The seller closed an order's notification: it stays closed until the order gets a risk it did not
 * have. Example: `await dismissNotice(db, '5770', now)`.
 */
export async function dismissNotice(db: LastmileDb, orderId: string, at: number): Promise<void> {
  await db.transaction('rw', db.notices, async () => {
    const existing = await db.notices.get(orderId);
    await db.notices.put({ orderId, risks: existing?.risks ?? [], state: 'dismissed', at });
  });
}
