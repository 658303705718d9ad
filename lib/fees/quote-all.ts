import { eligibleCarriers } from '@/lib/eligibility';
import type { RulePack } from '@/lib/rules';
import { hasQuoteInputProblem, quote, quoteServices } from './quote';
import type { Parcel, Quote, QuoteAllResult, QuoteContext, SellerProfile } from './types';

/**
 * Ranks every carrier of the pack for one parcel (contract: architecture.md, lib/fees).
 * `eligible`: carriers that pass `eligibleCarriers` AND have a price, cheapest first (ties by id),
 * each with its advisory reasons (e.g. `low-volume`) in `advisories`. `excluded`: every other carrier,
 * with a `status` — `not-eligible` (blocking reasons), `unknown` (nothing on file: where to check), or
 * `no-rate` (eligible, one reason of code `no-rate` whose `reasonCode` says why, e.g. `no-fee-table`).
 * One list, so "why not" is always in one place.
 * Example: US, 400 g to ZIP 99501 on 2024-08-15 with the default pack → `eligible: [J&T 601 ¢]`,
 * `excluded` lists USPS, Cainiao, Winit, Zongteng (`no-rate`) and UPS, FedEx (`certification-unknown`)…
 */
export function quoteAll(
  parcel: Parcel,
  context: QuoteContext,
  pack: RulePack,
  profile?: SellerProfile,
): QuoteAllResult {
  const verdicts = eligibleCarriers(
    {
      market: context?.market,
      parcel: {
        weightGrams: parcel?.weightGrams,
        ...(parcel?.dimensionsMm ? { dimensionsMm: parcel.dimensionsMm } : {}),
      },
      destination: parcel?.destination,
    },
    profile,
    pack,
  );
  // Checked once here rather than once per carrier.
  const inputOk = !hasQuoteInputProblem(parcel, context);
  const eligible: Quote[] = [];
  const excluded: QuoteAllResult['excluded'] = [];
  for (const verdict of verdicts) {
    if (!verdict.eligible) {
      excluded.push({
        carrierId: verdict.carrierId,
        status: verdict.status === 'unknown' ? 'unknown' : 'not-eligible',
        reasons: verdict.reasons
          .filter((r) => r.effect !== 'advice')
          .map(({ code, source, text }) => ({ code, source, text })),
      });
      continue;
    }
    // One quote per service (Royal Mail Tracked 24 and Tracked 48 are separate offers).
    const results = inputOk
      ? quoteServices(parcel, verdict.carrierId, context, pack)
      : [quote(parcel, verdict.carrierId, context, pack)];
    const quotes = results.filter((r) => r.kind === 'quote');
    if (quotes.length === 0) {
      const result = results[0]!;
      if (result.kind === 'no-rate')
        excluded.push({
          carrierId: verdict.carrierId,
          status: 'no-rate',
          reasons: [{ code: 'no-rate', source: result.source, text: result.text, reasonCode: result.reasonCode }],
        });
      continue;
    }
    const advisories = verdict.reasons.filter((r) => !r.blocking);
    for (const result of quotes) eligible.push(advisories.length ? { ...result, advisories } : result);
  }
  eligible.sort(
    (a, b) =>
      a.totalMinor - b.totalMinor ||
      a.carrierId.localeCompare(b.carrierId) ||
      (a.service?.id ?? '').localeCompare(b.service?.id ?? ''),
  );
  return { eligible, excluded };
}
