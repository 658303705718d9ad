import type { LastmileDb } from './db';

/**
 * Deletes everything the store holds about the connected shop: packages (orders, tracking numbers),
 * events, alerts, label clicks, quarantined payloads, the poll cursor and meta (watermarks). One
 * transaction over every table, so a table added later is wiped too. The store holds one shop.
 * Example: `await wipeShopData(db)` on disconnect.
 */
export async function wipeShopData(db: LastmileDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
