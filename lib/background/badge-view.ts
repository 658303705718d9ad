import type { BadgeView, PageOrder, QuoteAllView } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import type { SellerProfile } from '@/lib/storage';
import { buildQuoteAllView } from './quote-view';

/**
 * The carrier badge of one order on a Seller Center page: how many certified carriers may take the
 * parcel, the cheapest priced one, and why the others may not. Weight/size the page does not show come
 * from the seller's defaults, and the badge says so (`usedDefaults`).
 */
export function buildBadgeView(order: PageOrder, market: string, pack: RulePack, profile: SellerProfile, today: string): BadgeView {
  const view: QuoteAllView = buildQuoteAllView(
    {
      market,
      ...(order.weightGrams ? { weightGrams: order.weightGrams } : {}),
      ...(order.dimensionsMm ? { dimensionsMm: order.dimensionsMm } : {}),
      ...(order.destination ? { destination: order.destination } : {}),
    },
    pack,
    profile,
    today,
  );
  const noRate = view.excluded.filter((e) => e.reasons.length > 0 && e.reasons.every((r) => r.code === 'no-rate'));
  const excluded = view.excluded.filter((e) => !noRate.includes(e));
  const cheapest = view.eligible[0];
  return {
    eligibleCount: view.eligible.length + noRate.length,
    ...(cheapest ? { cheapest: { carrierId: cheapest.carrierId, carrierName: cheapest.carrierName, totalMinor: cheapest.totalMinor, currency: cheapest.currency, exponent: cheapest.currencyExponent } } : {}),
    excluded,
    noRate: noRate.map((e) => ({ carrierId: e.carrierId, carrierName: e.carrierName })),
    usedDefaults: view.usedDefaults,
  };
}
