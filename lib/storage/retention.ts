import { Dexie } from 'dexie';
import type { LastmileDb } from './db';

const DAY_MS = 86_400_000;
/** Packages deleted per transaction: keeps each transaction short in the worker. */
const CHUNK = 500;

export interface PurgeSummary {
  packages: number;
  events: number;
  alerts: number;
  labelClicks: number;
  quarantine: number;
}

/**
 * Deletes what is older than the retention: packages closed (delivered, or finished otherwise) more
 * than `retentionDays` ago with their events and alerts, label clicks last seen before then whose
 * order is no longer watched, and quarantined payloads stored before then. Watched packages are
 * never deleted. Every step walks an index from its oldest end, so the work is proportional to what
 * is deleted, not to what is kept. Example: `await purgeExpired(db, { now, retentionDays: 90 })`.
 */
export async function purgeExpired(
  db: LastmileDb,
  { now, retentionDays }: { now: number; retentionDays: number },
): Promise<PurgeSummary> {
  const cutoff = now - retentionDays * DAY_MS;
  const summary: PurgeSummary = { packages: 0, events: 0, alerts: 0, labelClicks: 0, quarantine: 0 };

  for (;;) {
    const keys = await db.packages.where('closedAt').below(cutoff).limit(CHUNK).primaryKeys();
    if (keys.length === 0) break;
    await db.transaction('rw', db.packages, db.events, db.alerts, async () => {
      // Read again inside the transaction: a row watched again since the query is kept.
      const rows = (await db.packages.bulkGet(keys)).filter(
        (r) => r && r.watched === 0 && (r.closedAt ?? now) < cutoff,
      );
      const expired = rows.map((r) => r!.key);
      summary.events += await db.events.where('packageKey').anyOf(expired).delete();
      for (const key of expired)
        summary.alerts += await db.alerts
          .where('[packageKey+riskCode]')
          .between([key, Dexie.minKey], [key, Dexie.maxKey])
          .delete();
      await db.packages.bulkDelete(expired);
      summary.packages += expired.length;
    });
    if (keys.length < CHUNK) break;
  }

  const oldClicks = await db.labelClicks.where('lastClickAt').below(cutoff).toArray();
  if (oldClicks.length > 0) {
    const stillWatched = new Set(
      (
        await db.packages
          .where('orderId')
          .anyOf(oldClicks.map((c) => c.orderId))
          .toArray()
      )
        .filter((p) => p.watched === 1)
        .map((p) => p.orderId),
    );
    const expired = oldClicks.filter((c) => !stillWatched.has(c.orderId)).map((c) => c.orderId);
    await db.labelClicks.bulkDelete(expired);
    summary.labelClicks = expired.length;
  }

  summary.quarantine = await db.quarantine.where('at').below(cutoff).delete();
  return summary;
}
