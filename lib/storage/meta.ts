import type { LastmileDb } from './db';

/**
 * A small key → value store for bookkeeping such as the order-discovery watermark; `undefined` when unset.
 * Example: `await readMeta<number>(db, 'discovery:update-time')` → 1700000000.
 */
export async function readMeta<T>(db: LastmileDb, key: string): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

/** Stores a bookkeeping value under `key`. Example: `await writeMeta(db, 'discovery:update-time', 1700000000)`. */
export async function writeMeta(db: LastmileDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
