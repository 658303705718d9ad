import { describe, expect, it } from 'vitest';
import { defaultRulePack, mergeRulePacks } from '@/lib/rules';
import { checkCallbackUrl, findExpectedEndpoint } from '@/entrypoints/options/callback-check';
import { compareCallbackUrl } from '@/lib/diagnostics';

const US_ENDPOINT = { url: 'us-api.tiktokshop.com/logistics/v3/tracking', source: 'seed:S28' };

describe('checkCallbackUrl (seed S28 step 2)', () => {
  it('finds the US endpoint the seed gives', () => {
    expect(findExpectedEndpoint('US', defaultRulePack)).toEqual(US_ENDPOINT);
  });
  it.each([
    'us-api.tiktokshop.com/logistics/v3/tracking',
    'https://us-api.tiktokshop.com/logistics/v3/tracking',
    'HTTPS://US-API.TikTokShop.com/logistics/v3/tracking/',
    'https://us-api.tiktokshop.com:443/logistics/v3/tracking?app=1',
    'http://us-api.tiktokshop.com:80/logistics/v3/tracking',
  ])('accepts %j as the same endpoint', (url) => {
    expect(checkCallbackUrl(url, 'US', defaultRulePack)).toEqual({ kind: 'match', expected: US_ENDPOINT });
  });
  it('flags another host and another path, saying which', () => {
    expect(checkCallbackUrl('https://api.carrier.example/push', 'US', defaultRulePack)).toEqual({
      kind: 'mismatch',
      expected: US_ENDPOINT,
      differs: 'host',
    });
    expect(checkCallbackUrl('https://us-api.tiktokshop.com/logistics/v2/tracking', 'US', defaultRulePack)).toEqual({
      kind: 'mismatch',
      expected: US_ENDPOINT,
      differs: 'path',
    });
  });
  it('says "no endpoint on file" for a market the pack has none for, instead of inventing one', () => {
    expect(checkCallbackUrl('https://anything.example', 'GB', defaultRulePack)).toEqual({
      kind: 'no-endpoint-on-file',
      market: 'GB',
    });
  });
  it('needs a market and a URL', () => {
    expect(checkCallbackUrl('  ', 'US', defaultRulePack)).toEqual({ kind: 'empty' });
    expect(checkCallbackUrl('https://x.example', undefined, defaultRulePack)).toEqual({ kind: 'no-market' });
  });
  it('uses an endpoint from the seller’s imported pack', () => {
    const gb = defaultRulePack.markets.find((m) => m.code === 'GB')!;
    const pack = mergeRulePacks(defaultRulePack, {
      markets: [{ ...gb, trackingCallbackEndpoint: { url: 'uk-api.example/tracking', source: 'user' } }],
    });
    expect(checkCallbackUrl('https://uk-api.example/tracking', 'GB', pack).kind).toBe('match');
  });
  it.each([
    'http://us-api.tiktokshop.com:80/logistics/v3/tracking',
    'https://us-api.tiktokshop.com:8443/logistics/v3/tracking',
    'us-api.tiktokshop.com/Logistics/v3/tracking',
    'https://us-api.tiktokshop.com./logistics/v3/tracking',
    'not a url',
  ])('gives the same verdict as the Pending-Shipment diagnosis for %j (they once disagreed on :80)', (url) => {
    const options = checkCallbackUrl(url, 'US', defaultRulePack).kind;
    const diagnosis = compareCallbackUrl(url, US_ENDPOINT.url).kind;
    expect(options === 'match').toBe(diagnosis === 'match');
  });
});
