/**
 * Carrier tracking-callback check (seed:S28 step 2): the callback address configured in the carrier's
 * back office must be the endpoint TikTok specifies for the market. Pure.
 */
import type { Market } from '@/lib/carriers';
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
 * Host and path of an address with the scheme, query, fragment and trailing slash removed, host lower-cased.
 * The seed writes the endpoint without a scheme, so `https://` is neither required nor a difference.
 * Example: `splitEndpoint('HTTPS://US-API.tiktokshop.com/logistics/v3/tracking/')` → `{ host: 'us-api.tiktokshop.com', path: '/logistics/v3/tracking' }`.
 */
export function splitEndpoint(address: string): { host: string; path: string } {
  const bare = address
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[?#].*$/, '');
  const slash = bare.indexOf('/');
  const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase().replace(/:443$/, '').replace(/\.$/, '');
  const path = (slash < 0 ? '' : bare.slice(slash)).replace(/\/+$/, '');
  return { host, path };
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
  const given = splitEndpoint(url);
  const wanted = splitEndpoint(expected.url);
  if (given.host !== wanted.host) return { kind: 'mismatch', expected, differs: 'host' };
  if (given.path !== wanted.path) return { kind: 'mismatch', expected, differs: 'path' };
  return { kind: 'match', expected };
}
