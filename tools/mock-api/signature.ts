/**
 * The mock's own signature check, written against Node's crypto on purpose: if lib/tiktok's WebCrypto
 * signer drifted from the documented algorithm (reference §2.2), the mock would catch it instead of
 * agreeing with the same bug.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256(secret, secret + path + sorted key+value (minus sign/access_token, empty dropped) + body + secret), lowercase hex. */
export function computeSignature(appSecret: string, path: string, query: Record<string, string>, body: string): string {
  const parts = Object.keys(query)
    .filter((key) => key !== 'sign' && key !== 'access_token' && query[key] !== '')
    .sort()
    .map((key) => `${key}${query[key]}`);
  return createHmac('sha256', appSecret)
    .update(`${appSecret}${path}${parts.join('')}${body}${appSecret}`, 'utf8')
    .digest('hex');
}

export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
