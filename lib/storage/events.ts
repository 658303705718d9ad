import { Dexie } from 'dexie';
import type { EventRecord, LastmileDb } from './db';

export type NewEvent = Omit<EventRecord, 'packageKey' | 'storedAt'>;

/**
 * Stores the events not stored yet for one package; re-adding an event (same `eventKey`) is a no-op,
 * so a poll cycle killed half-way and run again never duplicates. Returns how many were new. Example:
 * `await addEvents(db, 'pkg:1152', [{ eventKey: '1700000000000|picked up', at: 1_700_000_000_000, status: 'picked-up', description: 'Picked up', isCarrierScan: true }], now)` → 1, then 0.
 */
export async function addEvents(
  db: LastmileDb,
  packageKey: string,
  events: NewEvent[],
  storedAt: number,
): Promise<number> {
  const counts = await addEventsOfPackages(db, [{ packageKey, events }], storedAt);
  return counts.get(packageKey) ?? 0;
}

/**
 * `addEvents` for many packages in one transaction (one read, one write): what a poll batch commits.
 * Returns how many events were new, per package key. Example:
 * `await addEventsOfPackages(db, [{ packageKey: 'pkg:1', events }, { packageKey: 'pkg:2', events: [] }], now)` → `Map { 'pkg:1' => 3, 'pkg:2' => 0 }`.
 */
export async function addEventsOfPackages(
  db: LastmileDb,
  entries: ReadonlyArray<{ packageKey: string; events: readonly NewEvent[] }>,
  storedAt: number,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(entries.map((e) => [e.packageKey, 0]));
  const candidates = new Map<string, EventRecord>();
  for (const { packageKey, events } of entries) {
    for (const e of events) {
      const id = `${packageKey}\u0000${e.eventKey}`;
      if (!candidates.has(id)) candidates.set(id, { ...e, packageKey, storedAt });
    }
  }
  if (candidates.size === 0) return counts;
  const rows = [...candidates.values()];
  return db.transaction('rw', db.events, async () => {
    const existing = await db.events.bulkGet(rows.map((r) => [r.packageKey, r.eventKey] as [string, string]));
    const fresh = rows.filter((_, i) => existing[i] === undefined);
    if (fresh.length > 0) await db.events.bulkAdd(fresh);
    for (const row of fresh) counts.set(row.packageKey, (counts.get(row.packageKey) ?? 0) + 1);
    return counts;
  });
}

/** A package's stored events, oldest first. */
export async function listEvents(db: LastmileDb, packageKey: string): Promise<EventRecord[]> {
  return db.events.where('[packageKey+at]').between([packageKey, Dexie.minKey], [packageKey, Dexie.maxKey]).toArray();
}

/** Stored events of many packages at once, grouped by package key (oldest first). */
export async function listEventsOfPackages(db: LastmileDb, packageKeys: string[]): Promise<Map<string, EventRecord[]>> {
  const rows = await db.events.where('packageKey').anyOf(packageKeys).toArray();
  const grouped = new Map<string, EventRecord[]>(packageKeys.map((k) => [k, []]));
  for (const row of rows) grouped.get(row.packageKey)?.push(row);
  for (const list of grouped.values()) list.sort((a, b) => a.at - b.at);
  return grouped;
}

/** How many events are stored, all packages together. */
export async function countEvents(db: LastmileDb): Promise<number> {
  return db.events.count();
}
