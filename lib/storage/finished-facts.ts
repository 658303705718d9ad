import type { TrailDigest } from '@/lib/tracking';
import { checkWaybill } from '@/lib/waybill';
import type { PackageRecord } from './db';
import { storedTrailOf } from './trail';

/**
 * Bumped whenever what `finishedFactsOf` derives from a row changes (a field added, the waybill check
 * or label-time rule changed): stored facts of another version are never trusted (fact-days.ts reads
 * the day's rows instead, and the next write to the day rebuilds it). Bump it with a DB version whose
 * upgrade calls `rebuildFactDays`, so the view is fast again at once rather than as days are rewritten.
 */
export const FINISHED_FACTS_VERSION = 1;

/**
 * What the shop metrics read from a finished package (one no longer watched): a pure function of its
 * stored row — no `now` — so it can be kept with the row's day (fact-days.ts) instead of reading the
 * row on every shop view. Times are the row's own (exact), so metric windows stay exact.
 */
export interface FinishedFacts {
  key: string;
  /** The row's indexed `anchorAt`: what picks the package into the shop view's window. */
  anchorAt?: number;
  /** The row's market as stored (resolved, with the shop's fallback, when the view is built). */
  market?: string;
  carrierId?: string;
  /** The earlier of the row's label time and its order's first print-label click. */
  labelCreatedAt?: number;
  shipByAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  /** The row's trail digest when of the current version; absent = digest its stored events instead. */
  trail?: TrailDigest;
  /** `trackingValidity` of the row. */
  trackingValid?: boolean;
}

/**
 * Whether the stored tracking number is valid for its carrier: `false` only for a definite defect
 * (an `error` issue), `true` when it passes, `undefined` when it cannot be told (never held against it).
 */
export function trackingValidity(
  record: Pick<PackageRecord, 'trackingNumber' | 'carrierId' | 'market'>,
): boolean | undefined {
  if (!record.trackingNumber) return undefined;
  const check = checkWaybill(record.trackingNumber, {
    ...(record.carrierId ? { carrier: record.carrierId } : {}),
    ...(record.market ? { market: record.market } : {}),
  });
  if (check.ok) return true;
  return check.issues.some((i) => i.severity === 'error') ? false : undefined;
}

/**
 * The metric facts of a finished row, as the shop view takes them. Example: a row labelled at 10 whose
 * order's label was first clicked at 8 → `labelCreatedAt === 8`.
 */
export function finishedFactsOf(record: PackageRecord): FinishedFacts {
  const labelAt = [record.labelCreatedAt, record.labelClickAt].filter((v): v is number => v !== undefined);
  const trail = storedTrailOf(record);
  const trackingValid = trackingValidity(record);
  return {
    key: record.key,
    ...(record.anchorAt !== undefined ? { anchorAt: record.anchorAt } : {}),
    ...(record.market !== undefined ? { market: record.market } : {}),
    ...(record.carrierId ? { carrierId: record.carrierId } : {}),
    ...(labelAt.length > 0 ? { labelCreatedAt: Math.min(...labelAt) } : {}),
    ...(record.shipByAt !== undefined ? { shipByAt: record.shipByAt } : {}),
    ...(record.shippedAt !== undefined ? { shippedAt: record.shippedAt } : {}),
    ...(record.deliveredAt !== undefined ? { deliveredAt: record.deliveredAt } : {}),
    ...(trail ? { trail } : {}),
    ...(trackingValid !== undefined ? { trackingValid } : {}),
  };
}
