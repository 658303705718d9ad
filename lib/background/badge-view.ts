import { eligibleCarriers } from '@/lib/eligibility';
import type { BadgeView, PageOrder, QuoteAllView } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import type { SellerProfile } from '@/lib/storage';
import { buildQuoteAllView, carrierNameOf, parcelFromRequest } from './quote-view';

/** Reasons that depend on the parcel's weight or size: unknowable when the page shows no weight. */
const WEIGHT_REASONS = new Set(['invalid-parcel', 'below-min-weight', 'over-max-weight', 'over-max-size']);

/** Eligibility when no weight is known: every other rule applies, weight limits are left unchecked. */
function badgeWithoutWeight(order: PageOrder, market: string, pack: RulePack, profile: SellerProfile): BadgeView {
  const { destination, usedDefaults } = parcelFromRequest(
    { market, ...(order.destination ? { destination: order.destination } : {}) },
    profile,
  );
  // 1 g stands in for "unknown": only its weight-limit verdicts could depend on it, and those are dropped below.
  const verdicts = eligibleCarriers(
    { market, parcel: { weightGrams: 1 }, destination },
    { businessType: profile.businessType ?? 'company', connectedCarriers: profile.connectedCarriers },
    pack,
  );
  // Blocking and unknown reasons both keep a carrier out of the count; only blocking ones refuse it.
  const against = (v: (typeof verdicts)[number]) =>
    v.reasons.filter((r) => r.effect !== 'advice' && !WEIGHT_REASONS.has(r.code));
  return {
    eligibleCount: verdicts.filter((v) => against(v).length === 0).length,
    excluded: verdicts
      .filter((v) => against(v).length > 0)
      .map((v) => ({
        carrierId: v.carrierId,
        carrierName: carrierNameOf(pack, v.carrierId),
        status: against(v).some((r) => r.effect === 'blocks') ? ('not-eligible' as const) : ('unknown' as const),
        reasons: against(v).map(({ code, source, text }) => ({ code, source, text })),
      })),
    noRate: [],
    usedDefaults,
    needsWeight: true,
  };
}

/**
 * The carrier badge of one order on a Seller Center page: how many certified carriers may take the
 * parcel, the cheapest priced one, and why the others may not. Weight/size the page does not show come
 * from the seller's defaults, and the badge says so (`usedDefaults`).
 */
export function buildBadgeView(
  order: PageOrder,
  market: string,
  pack: RulePack,
  profile: SellerProfile,
  today: string,
): BadgeView {
  if (!order.weightGrams && !profile.defaultParcel?.weightGrams)
    return badgeWithoutWeight(order, market, pack, profile);
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
    ...(cheapest
      ? {
          cheapest: {
            carrierId: cheapest.carrierId,
            carrierName: cheapest.carrierName,
            totalMinor: cheapest.totalMinor,
            currency: cheapest.currency,
            exponent: cheapest.currencyExponent,
          },
        }
      : {}),
    excluded,
    noRate: noRate.map((e) => ({ carrierId: e.carrierId, carrierName: e.carrierName })),
    usedDefaults: view.usedDefaults,
  };
}
