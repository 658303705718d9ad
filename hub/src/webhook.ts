/**
 * TikTok Shop webhook intake checks (shared/reference/tiktok-open-api.md §7): the `Authorization`
 * signature, the body size and the envelope `{type, shop_id, tts_notification_id, timestamp, data}`.
 */
import { z } from 'zod';

/** Larger bodies are refused with 413 before they are read whole. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

export const webhookEnvelopeSchema = z.looseObject({
  type: z.number().int(),
  shop_id: z.string().min(1),
  tts_notification_id: z.string().min(1),
  // Only the three fields above decide 400; an odd timestamp is kept out rather than refusing the event.
  timestamp: z
    .unknown()
    .transform((t) => (Number.isSafeInteger(t) ? (t as number) : undefined))
    .optional(),
  data: z.unknown().optional(),
});

export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Lowercase hex HMAC-SHA256(key = app_secret, message = app_key + raw body). Example (the reference's
 * fixture): `webhookSignature('fake_app_key', 'fake_app_secret', body)` → `'21109834de72…fdf62b27'`.
 */
export async function webhookSignature(appKey: string, appSecret: string, rawBody: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(appSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const prefix = encoder.encode(appKey);
  const message = new Uint8Array(prefix.length + rawBody.length);
  message.set(prefix);
  message.set(rawBody, prefix.length);
  return toHex(await crypto.subtle.sign('HMAC', key, message));
}

/** Compares every byte whatever the first difference, so the time taken says nothing about the secret. */
function constantTimeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Whether `authorization` is the body's signature. A missing header is simply false. */
export async function verifyWebhookSignature(
  authorization: string | null,
  appKey: string,
  appSecret: string,
  rawBody: Uint8Array,
): Promise<boolean> {
  if (!authorization) return false;
  const expected = await webhookSignature(appKey, appSecret, rawBody);
  return constantTimeEqual(authorization.trim(), expected);
}

/**
 * Reads a request body up to `limit` bytes; `undefined` when it is larger (the rest is not read).
 * A declared `content-length` over the limit is refused without reading at all.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The envelope of a raw body, or why it is not one (for the 400 answer). */
export function parseWebhookBody(raw: Uint8Array): { ok: true; value: WebhookEnvelope } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  const parsed = webhookEnvelopeSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return { ok: false, error: `${where}: ${issue?.message ?? 'invalid'}` };
}
