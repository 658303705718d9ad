import { resolveMarket } from '@/lib/carriers';
import { quoteAll, type Quote } from '@/lib/fees';
import type { Localized } from '@/lib/i18n';
import type { QuoteAllView, QuoteRequest, QuoteView } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import type { SellerProfile } from '@/lib/storage';

type DefaultUsed = QuoteAllView['usedDefaults'][number];

/** Names of a carrier as the pack writes them; the id itself when the pack has none. */
export function carrierNameOf(pack: RulePack, carrierId: string): Localized {
  const carrier = pack.carriers.find((c) => c.id === carrierId);
  return carrier?.name ?? { en: carrierId, zh: carrierId };
}

/**
 * Fills what the page or the form did not give from the seller's profile defaults, and says which
 * defaults were used (the badge says so). Weight and size never come from thin air: without a page
 * value or a profile default they stay missing and the quote says why.
 */
export function parcelFromRequest(request: QuoteRequest, profile: SellerProfile) {
  const usedDefaults: DefaultUsed[] = [];
  let weightGrams = request.weightGrams;
  if (weightGrams === undefined && profile.defaultParcel?.weightGrams) {
    weightGrams = profile.defaultParcel.weightGrams;
    usedDefaults.push('weight');
  }
  let dimensionsMm = request.dimensionsMm;
  if (!dimensionsMm && profile.defaultParcel?.dimensionsMm) {
    dimensionsMm = profile.defaultParcel.dimensionsMm;
    usedDefaults.push('dimensions');
  }
  const market = resolveMarket(request.market) ?? request.market;
  const postcode = request.destination?.postcode ?? '';
  if (!postcode) usedDefaults.push('destination');
  const destination = { country: request.destination?.country || market, postcode };
  return { weightGrams, dimensionsMm, destination, usedDefaults };
}

/** "Royal Mail Tracked 24": the carrier with the card's service, when it has one. */
const withService = (carrier: Localized, service: Localized | undefined): Localized =>
  service ? { en: `${carrier.en} ${service.en}`, zh: `${carrier.zh} ${service.zh}` } : carrier;

function toQuoteView(quote: Quote, pack: RulePack): QuoteView {
  const market = pack.markets.find((m) => m.code === quote.market);
  return {
    carrierId: quote.carrierId,
    carrierName: withService(carrierNameOf(pack, quote.carrierId), quote.service?.name),
    ...(quote.service ? { serviceId: quote.service.id } : {}),
    ...(quote.basis ? { basis: quote.basis } : {}),
    currency: quote.currency,
    currencyExponent: quote.currencyExponent,
    chargeableWeightGrams: quote.chargeableWeightGrams,
    actualWeightGrams: quote.actualWeightGrams,
    volumetricWeightGrams: quote.volumetricWeightGrams,
    lines: quote.lines.map((line) => ({ ...line })),
    totalMinor: quote.totalMinor,
    estimate: quote.estimate,
    roundingRule: quote.roundingRule,
    warnings: quote.warnings.map(({ code, text }) => ({ code, text })),
    ...(market?.deliveryBenchmark ? { transitBenchmarkDays: market.deliveryBenchmark.maxCalendarDays } : {}),
  };
}

/**
 * Every carrier of the pack for one parcel: eligible ones with a price (cheapest first), the others
 * with their reasons. Example: US, 400 g, ZIP 99501, 2024-08-15 → J&T total 601 (USD cents).
 */
export function buildQuoteAllView(
  request: QuoteRequest,
  pack: RulePack,
  profile: SellerProfile,
  today: string,
): QuoteAllView {
  const { weightGrams, dimensionsMm, destination, usedDefaults } = parcelFromRequest(request, profile);
  const excludedForWeight = (): QuoteAllView => ({
    eligible: [],
    excluded: pack.carriers.map((c) => ({
      carrierId: c.id,
      carrierName: c.name,
      reasons: [
        {
          code: 'no-weight',
          source: 'user',
          text: {
            en: 'No parcel weight: enter it or set a default weight in Options.',
            zh: '没有包裹重量：请填写，或在设置中填写默认重量。',
          },
        },
      ],
    })),
    usedDefaults,
  });
  if (weightGrams === undefined) return excludedForWeight();
  const result = quoteAll(
    { weightGrams, ...(dimensionsMm ? { dimensionsMm } : {}), destination },
    {
      market: request.market,
      date: request.date ?? today,
      ...(request.priority ? { priority: true } : {}),
      ...((request.monthlyParcels ?? profile.monthlyParcels) !== undefined
        ? { monthlyParcels: request.monthlyParcels ?? profile.monthlyParcels }
        : {}),
    },
    pack,
    {
      businessType: profile.businessType ?? 'company',
      ...(profile.dailyOrders !== undefined ? { dailyOrders: profile.dailyOrders } : {}),
      connectedCarriers: profile.connectedCarriers,
    },
  );
  return {
    eligible: result.eligible.map((q) => toQuoteView(q, pack)),
    excluded: result.excluded.map((e) => ({
      carrierId: e.carrierId,
      carrierName: carrierNameOf(pack, e.carrierId),
      status: e.status,
      reasons: e.reasons.map(({ code, source, text }) => ({ code, source, text })),
    })),
    usedDefaults,
  };
}
