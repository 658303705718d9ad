import type { PackageRecord } from './db';

/**
 * The time the shop metrics place a package at: shipped, else label created, else last event, else
 * ship-by (lib/tracking `computeShopMetrics` windows). Example: `packageAnchorAt({ labelCreatedAt: 5, shipByAt: 9 }) === 5`.
 */
export function packageAnchorAt(
  record: Pick<PackageRecord, 'shippedAt' | 'labelCreatedAt' | 'lastEventAt' | 'shipByAt'>,
): number | undefined {
  return record.shippedAt ?? record.labelCreatedAt ?? record.lastEventAt ?? record.shipByAt;
}

/**
 * The row with its indexed times recomputed: `anchorAt` from its facts, and `closedAt` kept from an
 * earlier write, else its delivery time, else `closedNow` once it is no longer watched (removed while
 * watched, so a package watched again is never purged). Example: a delivered row leaving the watch
 * list → `closedAt === deliveredAt`.
 */
export function withDerivedTimes<T extends PackageRecord>(row: T, closedNow: number | undefined): T {
  const { anchorAt: _anchor, closedAt: previous, ...rest } = row;
  const anchorAt = packageAnchorAt(row);
  const closedAt = row.watched === 1 ? undefined : (previous ?? row.deliveredAt ?? closedNow);
  return {
    ...rest,
    ...(anchorAt !== undefined ? { anchorAt } : {}),
    ...(closedAt !== undefined ? { closedAt } : {}),
  } as T;
}
