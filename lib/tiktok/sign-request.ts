/**
 * Request signing for the TikTok Shop Open API, version 202309+
 * (shared/reference/tiktok-open-api.md §2.2, checked against the four published vectors in §2.3).
 *
 * WebCrypto only (`globalThis.crypto.subtle`), so the very same code signs in the MV3 worker, in Node
 * and in tests.
 */

/** A query value as the caller holds it; numbers are written in their plain decimal form. */
export type QueryValue = string | number | boolean | null | undefined;

export interface SignRequestInput {
  /** The app secret from Partner Center: both the HMAC key and the wrapper around the message. */
  appSecret: string;
  /** Request path only: no host, no query string, e.g. `/order/202309/orders/search`. */
  path: string;
  /** Raw (not URL-encoded) query parameters. `sign` and `access_token` may be present: they are left out. */
  query: Readonly<Record<string, QueryValue>>;
  /** The exact JSON text sent as the body; omit for GET and for multipart uploads. */
  body?: string;
}

/** Keys the platform leaves out of the signature (§2.2 step 1). */
const UNSIGNED_KEYS: ReadonlySet<string> = new Set(['sign', 'access_token']);

/**
 * Builds the text that gets HMAC'd: `secret + path + sorted {key}{value}… + body + secret`.
 * Empty and missing values are dropped, as the [NET] SDK does, so a parameter that is never sent
 * is never signed either.
 * Example: `buildStringToSign({ appSecret: 's', path: '/p', query: { b: 2, a: 1 } }) === 's/pa1b2s'`.
 */
export function buildStringToSign({ appSecret, path, query, body }: SignRequestInput): string {
  const parts = Object.keys(query)
    .filter((key) => !UNSIGNED_KEYS.has(key) && isSignedValue(query[key]))
    // Default sort compares UTF-16 code units: ordinal order for the ASCII keys the API uses.
    .sort()
    .map((key) => key + String(query[key]));
  return appSecret + path + parts.join('') + (body ?? '') + appSecret;
}

/**
 * Signs one Open API request: lowercase hex HMAC-SHA256 (64 chars) keyed with the app secret.
 * The body bytes are part of the signature, so pass the very string that goes on the wire.
 * Example (reference §2.3 #1):
 * `await signRequest({ appSecret: 'e59af819cc', path: '/authorization/202309/shops',
 *   query: { app_key: '29a39d', timestamp: 1623812664 } })`
 * → `'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8'`.
 */
export async function signRequest(input: SignRequestInput): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(input.appSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(buildStringToSign(input)));
  return toHex(new Uint8Array(mac));
}

function isSignedValue(value: QueryValue): boolean {
  return value !== undefined && value !== null && value !== '';
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
