import { Dexie } from 'dexie';
import type { LastmileDb, PackageRecord } from './db';
import { listFinishedSince } from './fact-days';
import type { FinishedFacts } from './finished-facts';
import { withLabelClicks } from './label-clicks';
import { withDerivedTimes } from './package-times';

/**
 * The watch list: one row per tracked package. Before a US/UK package ships, the API gives no package
 * id (ref:tiktok-open-api#5.1), so the row is keyed by its order until the id appears, then re-keyed.
 */

/** Fields an upsert may set; `orderId` is required, everything else merges over what is stored. */
export type PackageUpsert = Partial<Omit<PackageRecord, 'key' | 'atRisk'>> & { orderId: string };

/**
 * The stable key of a package row. Example: `packageKeyOf({ orderId: '5770', packageId: '1152' }) === 'pkg:1152'`,
 * `packageKeyOf({ orderId: '5770' }) === 'order:5770'`.
 */
export function packageKeyOf(row: { orderId: string; packageId?: string | undefined }): string {
  return row.packageId ? `pkg:${row.packageId}` : `order:${row.orderId}`;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function mergePackage(
  key: string,
  existing: PackageRecord | undefined,
  incoming: PackageUpsert,
  now: number,
): PackageRecord {
  const merged: PackageRecord = {
    watched: 1,
    lastCheckedAt: 0,
    risks: [],
    ...existing,
    ...withoutUndefined(incoming),
    key,
    orderId: incoming.orderId,
    atRisk: 0,
    updatedAt: now,
  };
  merged.atRisk = merged.risks.length > 0 ? 1 : 0;
  return withDerivedTimes(merged, now);
}

/** Moves a placeholder `order:` row, its events and alerts to the package's real key (one transaction). */
async function rekeyPlaceholder(db: LastmileDb, fromKey: string, toKey: string): Promise<PackageRecord | undefined> {
  const placeholder = await db.packages.get(fromKey);
  if (!placeholder) return undefined;
  const events = await db.events.where('packageKey').equals(fromKey).toArray();
  await db.events.bulkPut(events.map((e) => ({ ...e, packageKey: toKey })));
  await db.events.where('packageKey').equals(fromKey).delete();
  const alerts = await db.alerts
    .where('[packageKey+riskCode]')
    .between([fromKey, Dexie.minKey], [fromKey, Dexie.maxKey])
    .toArray();
  await db.alerts.bulkPut(alerts.map((a) => ({ ...a, packageKey: toKey })));
  await db.alerts.bulkDelete(alerts.map((a) => [fromKey, a.riskCode] as [string, string]));
  await db.packages.delete(fromKey);
  return { ...placeholder, key: toKey };
}

/**
 * Inserts or merges package rows (defined fields win; poll state and risks are kept). New rows are
 * watched and never checked. Returns how many rows were new. Example:
 * `await upsertPackages(db, [{ orderId: '5770', market: 'US', shipByAt: 1_700_000_000_000 }], now)` → `{ inserted: 1, updated: 0 }`.
 */
export async function upsertPackages(
  db: LastmileDb,
  rows: PackageUpsert[],
  now: number,
): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  return db.transaction('rw', db.packages, db.events, db.alerts, db.labelClicks, async () => {
    // Later rows for the same key merge over earlier ones, as if upserted one by one.
    const merged = new Map<string, PackageUpsert>();
    for (const row of rows) {
      const key = packageKeyOf(row);
      merged.set(key, { ...merged.get(key), ...withoutUndefined(row), orderId: row.orderId });
    }
    const keys = [...merged.keys()];
    const existingRows = await db.packages.bulkGet(keys);
    let inserted = 0;
    let updated = 0;
    const out: PackageRecord[] = [];
    for (const [i, key] of keys.entries()) {
      const row = merged.get(key)!;
      let existing = existingRows[i];
      if (!existing && row.packageId)
        existing = await rekeyPlaceholder(db, packageKeyOf({ orderId: row.orderId }), key);
      out.push(mergePackage(key, existing, row, now));
      if (existing) updated += 1;
      else inserted += 1;
    }
    await db.packages.bulkPut(await withLabelClicks(db, out));
    return { inserted, updated };
  });
}

/**
 * Writes whole rows as given (the poller's batch commit), recomputing `atRisk`, the indexed times (a
 * row leaving the watch list is closed at its delivery, else at its last check) and `labelClickAt`
 * (a click recorded since the rows were read is kept).
 */
export async function putPackages(db: LastmileDb, rows: PackageRecord[]): Promise<void> {
  await db.transaction('rw', db.packages, db.labelClicks, async () => {
    const derived = rows.map((r) =>
      withDerivedTimes({ ...r, atRisk: r.risks.length > 0 ? 1 : 0 }, r.lastCheckedAt || r.updatedAt || undefined),
    );
    await db.packages.bulkPut(await withLabelClicks(db, derived));
  });
}

/** One package row by key, or `undefined`. */
export async function getPackage(db: LastmileDb, key: string): Promise<PackageRecord | undefined> {
  return db.packages.get(key);
}

/** Package rows by key, in the given order; missing keys are left out. */
export async function getPackages(db: LastmileDb, keys: string[]): Promise<PackageRecord[]> {
  const rows = await db.packages.bulkGet(keys);
  return rows.filter((r): r is PackageRecord => r !== undefined);
}

/** Every package row of one order (usually one). */
export async function listPackagesOfOrder(db: LastmileDb, orderId: string): Promise<PackageRecord[]> {
  return db.packages.where('orderId').equals(orderId).toArray();
}

/**
 * Watched packages, never-checked first, then least recently checked. Example:
 * `await listWatchedOldestFirst(db, 20)` → up to 20 rows with `watched === 1`.
 */
export async function listWatchedOldestFirst(db: LastmileDb, limit: number): Promise<PackageRecord[]> {
  return db.packages
    .where('[watched+lastCheckedAt]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .limit(Math.max(0, limit))
    .toArray();
}

/** Keys of every watched package, oldest-checked first (what a new poll cycle will visit). */
export async function listWatchedKeysOldestFirst(db: LastmileDb): Promise<string[]> {
  const keys = await db.packages
    .where('[watched+lastCheckedAt]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .primaryKeys();
  return keys;
}

/** How many packages are on the watch list. Example: `await countWatched(db)` → 1200. */
export async function countWatched(db: LastmileDb): Promise<number> {
  return db.packages.where('[watched+lastCheckedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count();
}

/** Watched packages with at least one current risk: the toolbar badge number. */
export async function countAtRisk(db: LastmileDb): Promise<number> {
  return db.packages.where('[watched+atRisk]').equals([1, 1]).count();
}

/** Starts or stops watching a package (`now` closes it for retention). Returns false when no such row exists. */
export async function setWatched(db: LastmileDb, key: string, watched: boolean, now: number): Promise<boolean> {
  const changed = await db.packages
    .where('key')
    .equals(key)
    .modify((row: PackageRecord, ref: { value: PackageRecord }) => {
      ref.value = withDerivedTimes({ ...row, watched: watched ? 1 : 0 }, now);
    });
  return changed > 0;
}

/**
 * What the shop view reads, as of one moment (one transaction): every watched package row, and the
 * facts of the finished packages the metrics place at or after `since`, from their day records
 * (fact-days.ts) — so the work follows the watch list and ~16 records, not the history.
 * Example: `await listWatchedAndRecent(db, now - 15 * DAY)`.
 */
export async function listWatchedAndRecent(
  db: LastmileDb,
  since: number,
): Promise<{ watched: PackageRecord[]; finished: FinishedFacts[] }> {
  return db.transaction('r', db.packages, db.factDays, async () => {
    const [watched, finished] = await Promise.all([
      db.packages.where('[watched+lastCheckedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray(),
      listFinishedSince(db, since),
    ]);
    return { watched, finished };
  });
}

/** Watched packages with a current risk, optionally only of some orders (what notifications show). */
export async function listAtRiskPackages(db: LastmileDb, orderIds?: readonly string[]): Promise<PackageRecord[]> {
  if (!orderIds) return db.packages.where('[watched+atRisk]').equals([1, 1]).toArray();
  if (orderIds.length === 0) return [];
  const rows = await db.packages
    .where('orderId')
    .anyOf([...orderIds])
    .toArray();
  return rows.filter((r) => r.watched === 1 && r.atRisk === 1);
}
