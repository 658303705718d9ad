import type { LabelClickRecord, LastmileDb, PackageRecord } from './db';

/**
 * Records a "print label" click seen by the content script. The FIRST click time is kept: it is the
 * best local evidence of when the label was created, which starts the 4 h first-scan clock (seed:S27);
 * it is copied onto the order's package rows (`labelClickAt`) in the same transaction.
 * Example: `await recordLabelClick(db, '5770', t1); await recordLabelClick(db, '5770', t2)` → `firstClickAt === t1`.
 */
export async function recordLabelClick(db: LastmileDb, orderId: string, at: number): Promise<LabelClickRecord> {
  return db.transaction('rw', db.labelClicks, db.packages, async () => {
    const existing = await db.labelClicks.get(orderId);
    const next: LabelClickRecord = existing
      ? {
          orderId,
          firstClickAt: Math.min(existing.firstClickAt, at),
          lastClickAt: Math.max(existing.lastClickAt, at),
          clicks: existing.clicks + 1,
        }
      : { orderId, firstClickAt: at, lastClickAt: at, clicks: 1 };
    await db.labelClicks.put(next);
    await db.packages.where('orderId').equals(orderId).modify({ labelClickAt: next.firstClickAt });
    return next;
  });
}

/** The recorded print-label clicks of one order, or `undefined`. Example: `(await getLabelClick(db, '5770'))?.firstClickAt`. */
export async function getLabelClick(db: LastmileDb, orderId: string): Promise<LabelClickRecord | undefined> {
  return db.labelClicks.get(orderId);
}

/**
 * Rows with their order's first print-label click copied on (`labelClickAt`), read from the clicks
 * table: what every package write stores, so a row never disagrees with the clicks.
 */
export async function withLabelClicks(db: LastmileDb, rows: PackageRecord[]): Promise<PackageRecord[]> {
  if (rows.length === 0) return rows;
  const clicks = await getLabelClicks(db, [...new Set(rows.map((r) => r.orderId))]);
  return rows.map((row) => {
    const { labelClickAt: _stale, ...rest } = row;
    const clickAt = clicks.get(row.orderId)?.firstClickAt;
    return clickAt !== undefined ? { ...rest, labelClickAt: clickAt } : rest;
  });
}

/** Recorded clicks of many orders at once, by order id (orders without clicks are left out). */
export async function getLabelClicks(db: LastmileDb, orderIds: string[]): Promise<Map<string, LabelClickRecord>> {
  const rows = await db.labelClicks.bulkGet(orderIds);
  return new Map(rows.filter((r): r is LabelClickRecord => r !== undefined).map((r) => [r.orderId, r]));
}
