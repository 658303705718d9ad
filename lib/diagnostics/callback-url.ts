/**
 * Compares a carrier's configured tracking callback with the endpoint the platform specifies (S28 step 2).
 * The seed writes the endpoint without a scheme (`us-api.tiktokshop.com/logistics/v3/tracking`), and
 * carriers' back offices show it with `https://` and sometimes a trailing slash, so those differences
 * are not mismatches; host case is irrelevant (DNS), path case is kept (servers may distinguish it).
 */

export type CallbackComparison =
  | { kind: 'match'; entered: string; expected: string }
  | {
      kind: 'mismatch';
      entered: string;
      expected: string;
      enteredHostPath: string;
      expectedHostPath: string;
      differs: 'host' | 'path' | 'host-and-path';
    }
  | { kind: 'not-a-url'; entered: string; expected: string }
  | { kind: 'empty' };

/**
 * `host/path` of an address, lowercase host, no scheme, no default port, no trailing slash, no query
 * or fragment; `undefined` when it is not a web address.
 * Example: `readHostPath('HTTPS://US-API.tiktokshop.com/logistics/v3/tracking/') === 'us-api.tiktokshop.com/logistics/v3/tracking'`.
 */
export function readHostPath(address: string): { host: string; path: string } | undefined {
  const trimmed = address.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname.includes('.')) return undefined;
  // URL drops default ports for the scheme it parsed; an explicit 443 under http:// stays, so drop both.
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return { host: url.hostname.toLowerCase() + port, path };
}

/**
 * Whether `entered` points at the same host and path as `expected` (scheme- and trailing-slash-insensitive).
 * Example: `compareCallbackUrl('https://us-api.tiktokshop.com/logistics/v3/tracking/', 'us-api.tiktokshop.com/logistics/v3/tracking').kind === 'match'`.
 */
export function compareCallbackUrl(entered: string | undefined, expected: string): CallbackComparison {
  if (typeof entered !== 'string' || !entered.trim()) return { kind: 'empty' };
  const shown = entered.trim();
  const got = readHostPath(shown);
  const want = readHostPath(expected);
  if (!got || !want) return { kind: 'not-a-url', entered: shown, expected };
  const hostDiffers = got.host !== want.host;
  const pathDiffers = got.path !== want.path;
  if (!hostDiffers && !pathDiffers) return { kind: 'match', entered: shown, expected };
  return {
    kind: 'mismatch',
    entered: shown,
    expected,
    enteredHostPath: got.host + got.path,
    expectedHostPath: want.host + want.path,
    differs: hostDiffers && pathDiffers ? 'host-and-path' : hostDiffers ? 'host' : 'path',
  };
}
