import type { LastmileDb, QuarantineRecord } from './db';

/** How much of a bad payload is kept: enough to see the shape, not a whole order list. */
export const QUARANTINE_PAYLOAD_CHARS = 2_000;
/** The quarantine keeps the newest rows only, so a broken endpoint cannot fill the disk. */
export const QUARANTINE_MAX_ROWS = 500;

export interface QuarantineEntry {
  endpoint: string;
  path: string;
  issue: string;
  at: number;
  payload?: unknown;
  orderId?: string;
}

function excerpt(payload: unknown): string | undefined {
  if (payload === undefined) return undefined;
  let text: string;
  try {
    text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  } catch {
    text = String(payload);
  }
  return text.length > QUARANTINE_PAYLOAD_CHARS ? text.slice(0, QUARANTINE_PAYLOAD_CHARS) : text;
}

/**
 * Sets aside an API payload that did not match its schema, with the field path and issue, so the rest
 * of the cycle carries on. Returns the row id. Example:
 * `await quarantinePayload(db, { endpoint: '/fulfillment/202309/orders/{order_id}/tracking', path: 'data.tracking', issue: 'expected array', at: now })`.
 */
export async function quarantinePayload(db: LastmileDb, entry: QuarantineEntry): Promise<number> {
  return db.transaction('rw', db.quarantine, async () => {
    const row: QuarantineRecord = {
      endpoint: entry.endpoint,
      path: entry.path,
      issue: entry.issue,
      at: entry.at,
      ...(entry.orderId ? { orderId: entry.orderId } : {}),
    };
    const payload = excerpt(entry.payload);
    if (payload !== undefined) row.payload = payload;
    const id = await db.quarantine.add(row);
    const count = await db.quarantine.count();
    if (count > QUARANTINE_MAX_ROWS) {
      const oldest = await db.quarantine
        .orderBy('id')
        .limit(count - QUARANTINE_MAX_ROWS)
        .primaryKeys();
      await db.quarantine.bulkDelete(oldest);
    }
    return id;
  });
}

/** Quarantined payloads, newest first. */
export async function listQuarantine(db: LastmileDb, limit = 100): Promise<QuarantineRecord[]> {
  return db.quarantine.orderBy('id').reverse().limit(limit).toArray();
}

/** How many quarantined payloads are kept. */
export async function countQuarantine(db: LastmileDb): Promise<number> {
  return db.quarantine.count();
}
