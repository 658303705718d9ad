import type { AlertRecord, LastmileDb } from './db';

export type NewAlert = Omit<AlertRecord, 'notified' | 'notifiedAt'>;

/** The id a notification for this alert should carry, so showing it twice replaces rather than duplicates. */
export function alertIdOf(alert: { packageKey: string; riskCode: string }): string {
  return `lml-alert:${alert.packageKey}:${alert.riskCode}`;
}

/**
 * Records a risk for a package once: one row per (package, risk code), written un-notified BEFORE the
 * notification is shown. Returns true when the risk is new. Example:
 * `await raiseAlert(db, { packageKey: 'pkg:1', riskCode: 'first-scan-overdue', orderId: '57', raisedAt: now })` → true, then false.
 */
export async function raiseAlert(db: LastmileDb, alert: NewAlert): Promise<boolean> {
  return (await raiseAlerts(db, [alert])).length === 1;
}

/**
 * `raiseAlert` for many risks in one transaction; returns the alerts that were new (as stored). Example:
 * `await raiseAlerts(db, [a, a, b])` → `[a, b]` the first time, `[]` the second.
 */
export async function raiseAlerts(db: LastmileDb, alerts: readonly NewAlert[]): Promise<AlertRecord[]> {
  const unique = new Map<string, AlertRecord>();
  for (const a of alerts) {
    const id = `${a.packageKey}\u0000${a.riskCode}`;
    if (!unique.has(id)) unique.set(id, { ...a, notified: 0 });
  }
  if (unique.size === 0) return [];
  const rows = [...unique.values()];
  return db.transaction('rw', db.alerts, async () => {
    const existing = await db.alerts.bulkGet(rows.map((r) => [r.packageKey, r.riskCode] as [string, string]));
    const fresh = rows.filter((_, i) => existing[i] === undefined);
    if (fresh.length > 0) await db.alerts.bulkAdd(fresh);
    return fresh;
  });
}

/** Alerts written but not yet shown (a worker killed between the two): shown again on the next run. */
export async function listUnnotifiedAlerts(db: LastmileDb): Promise<AlertRecord[]> {
  const rows = await db.alerts.where('notified').equals(0).toArray();
  return rows.sort((a, b) => a.raisedAt - b.raisedAt);
}

/** Marks an alert as shown. Returns false when no such alert exists. */
export async function markAlertNotified(
  db: LastmileDb,
  alert: { packageKey: string; riskCode: string },
  at: number,
): Promise<boolean> {
  const changed = await db.alerts.update([alert.packageKey, alert.riskCode], { notified: 1, notifiedAt: at });
  return changed > 0;
}

/** All alerts, newest first (the side panel's history), optionally for one order. */
export async function listAlerts(db: LastmileDb, filter?: { orderId?: string }): Promise<AlertRecord[]> {
  const rows = filter?.orderId
    ? await db.alerts.where('orderId').equals(filter.orderId).toArray()
    : await db.alerts.toArray();
  return rows.sort((a, b) => b.raisedAt - a.raisedAt);
}

/** How many alerts were ever raised (one per package and risk). */
export async function countAlerts(db: LastmileDb): Promise<number> {
  return db.alerts.count();
}

/**
 * Marks an order's alerts for these risks as shown (its notification now names them). Returns how many
 * changed. Example: `await markOrderAlertsNotified(db, '5770', ['exception'], now)` → 1, then 0.
 */
export async function markOrderAlertsNotified(
  db: LastmileDb,
  orderId: string,
  riskCodes: readonly string[],
  at: number,
): Promise<number> {
  return db.alerts
    .where('orderId')
    .equals(orderId)
    .filter((a) => a.notified === 0 && riskCodes.includes(a.riskCode))
    .modify({ notified: 1, notifiedAt: at });
}
