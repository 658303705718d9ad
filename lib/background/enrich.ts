import type { RequestOf, ResponseOf } from '@/lib/messaging';
import { ruleOverridesSetting, sellerProfileSetting } from '@/lib/storage';
import { buildBadgeView } from './badge-view';
import { effectivePack } from './effective-pack';
import { todayIso } from './quote';

type EnrichResponse = ResponseOf<'enrich-orders'>;

/**
 * `enrich-orders`: one batched answer per frame for the orders visible on a Seller Center page —
 * the carrier badge of each (and, when asked, the top Pending-Shipment finding).
 */
export async function enrichOrders(request: RequestOf<'enrich-orders'>): Promise<EnrichResponse> {
  const [overrides, profile] = await Promise.all([ruleOverridesSetting.getValue(), sellerProfileSetting.getValue()]);
  const { pack } = effectivePack(overrides);
  const market = request.market ?? profile.market;
  const today = todayIso();
  return {
    orders: request.orders.map((order) => ({
      orderId: order.orderId,
      ...(market ? { badge: buildBadgeView(order, market, pack, profile, today) } : {}),
    })),
  };
}
