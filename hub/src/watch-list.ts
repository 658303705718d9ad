import { packageKeyOf, type PackageUpsert } from '@/lib/storage/packages';
import { DEFAULT_SLA_FIGURES, HOUR_MS } from '@/lib/tracking';
import type { ShopStore } from './shop-store';

/**
 * A new package is due now, or earlier when what the order says already puts a deadline in the past
 * (label older than the first-scan window, ship-by time gone): those are read first.
 */
function firstDueAt(row: PackageUpsert, now: number): number {
  const firstScanDue =
    row.labelCreatedAt !== undefined ? row.labelCreatedAt + DEFAULT_SLA_FIGURES.firstScanHours.value * HOUR_MS : now;
  return Math.min(now, firstScanDue, row.shipByAt ?? now);
}

/**
 * Starts watching the packages an order gives (lib/poller `packagesFromOrder`), due now. A known row is
 * left as it is (polling keeps it current); a placeholder `order:` row gives way to the real package
 * key with its events and alerts. Returns how many rows were new. Call inside a transaction.
 */
export function watchPackages(store: ShopStore, rows: readonly PackageUpsert[], now: number): number {
  let added = 0;
  for (const row of rows) {
    const key = packageKeyOf(row);
    if (store.getPackage(key)) continue;
    const placeholderKey = packageKeyOf({ orderId: row.orderId });
    const placeholder = row.packageId ? store.getPackage(placeholderKey) : undefined;
    if (placeholder) store.rekey(placeholderKey, key);
    store.putPackage({
      record: { watched: 1, lastCheckedAt: 0, risks: [], ...placeholder, ...row, key, atRisk: 0, updatedAt: now },
      dueAt: firstDueAt(row, now),
    });
    added += 1;
  }
  return added;
}
