import { resolveCarrierId, resolveMarket } from '@/lib/carriers';
import type { PackageUpsert } from '@/lib/storage';
import type { TikTokOrder } from '@/lib/tiktok';
import { readApiOrderTimes } from '@/lib/tracking';

/** What one API order says about a package we track; only fields the order actually carries. */
export type OrderFacts = Omit<PackageUpsert, 'orderId'>;

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Reads the tracking-relevant facts of an Open API order (ref:tiktok-open-api#5.1), for one of its
 * packages when `packageId` is given (line items carry per-package tracking numbers and carriers).
 * Times become epoch ms. The market is the recipient's region code (a TikTok Shop market is the
 * buyer's country), else `fallbackMarket` (the shop's region). `rts_time` is the seller's "ready to
 * ship": it starts the 4 h first-scan clock (seed:S7 "after shipping/label creation") and ends the
 * dispatch clock; `tts_sla_time` is the collection deadline (`collectByAt`). Example:
 * `orderFacts({ id: '57', status: 'AWAITING_SHIPMENT', rts_sla_time: 1_700_000_000 })`
 * → `{ orderStatus: 'AWAITING_SHIPMENT', shipByAt: 1_700_000_000_000 }`.
 */
export function orderFacts(order: TikTokOrder, packageId?: string, fallbackMarket?: string): OrderFacts {
  const times = readApiOrderTimes(order);
  const item = packageId ? order.line_items?.find((li) => li.package_id === packageId) : undefined;
  const carrierName = item?.shipping_provider_name ?? order.shipping_provider;
  const market = resolveMarket(order.recipient_address?.region_code) ?? resolveMarket(fallbackMarket) ?? fallbackMarket;
  return definedOnly({
    orderStatus: order.status,
    market,
    carrierName,
    carrierId: resolveCarrierId(carrierName),
    trackingNumber: item?.tracking_number ?? order.tracking_number,
    shipByAt: times.shipByAt,
    collectByAt: times.collectByAt,
    labelCreatedAt: times.shippedAt,
    shippedAt: times.shippedAt,
    deliveredAt: times.deliveredAt,
  });
}

/**
 * The package rows an order gives: one per package id it lists, or one `order:` placeholder while it
 * lists none (US/UK orders before shipping, ref:tiktok-open-api#5.1).
 * Example: an order with `packages: [{ id: 'p1' }]` → `[{ orderId, packageId: 'p1', … }]`.
 */
export function packagesFromOrder(order: TikTokOrder, fallbackMarket?: string): PackageUpsert[] {
  const packageIds = [...new Set((order.packages ?? []).map((p) => p.id))];
  if (packageIds.length === 0) return [{ orderId: order.id, ...orderFacts(order, undefined, fallbackMarket) }];
  return packageIds.map((packageId) => ({
    orderId: order.id,
    packageId,
    ...orderFacts(order, packageId, fallbackMarket),
  }));
}
