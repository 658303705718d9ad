/**
 * Carrier tracking-callback check (seed:S28 step 2): the callback address configured in the carrier's
 * back office must be the endpoint TikTok specifies for the market. Pure.
 */
import type { Market } from '@/lib/carriers';
import { compareCallbackUrl } from '@/lib/diagnostics';
import type { RulePack } from '@/lib/rules';

export interface ExpectedEndpoint {
  url: string;
  source: string;
}

export type CallbackCheck =
  | { kind: 'empty' }
  | { kind: 'no-market' }
  | { kind: 'no-endpoint-on-file'; market: Market }
  | { kind: 'match'; expected: ExpectedEndpoint }
  | { kind: 'mismatch'; expected: ExpectedEndpoint; differs: 'host' | 'path' };

/** The endpoint the rule pack gives for a market (US: `us-api.tiktokshop.com/logistics/v3/tracking`, seed:S28). */
export function findExpectedEndpoint(market: Market | undefined, pack: RulePack): ExpectedEndpoint | undefined {
  const endpoint = pack.markets.find((m) => m.code === market)?.trackingCallbackEndpoint;
  return endpoint ? { url: endpoint.url, source: endpoint.source } : undefined;
}

/**
 * Compares the seller's callback address with the market's expected endpoint. Never rejects an
 * address for lack of a figure: with no endpoint on file it says so.
 * Example: `checkCallbackUrl('https://us-api.tiktokshop.com/logistics/v3/tracking', 'US', defaultRulePack).kind` → `'match'`.
 */
export function checkCallbackUrl(url: string, market: Market | undefined, pack: RulePack): CallbackCheck {
  if (url.trim() === '') return { kind: 'empty' };
  if (!market) return { kind: 'no-market' };
  const expected = findExpectedEndpoint(market, pack);
  if (!expected) return { kind: 'no-endpoint-on-file', market };
  // The same comparison the Pending-Shipment diagnosis makes, so both say the same about one address.
  const compared = compareCallbackUrl(url, expected.url);
  if (compared.kind === 'match') return { kind: 'match', expected };
  return {
    kind: 'mismatch',
    expected,
    differs: compared.kind === 'mismatch' && compared.differs === 'path' ? 'path' : 'host',
  };
}
