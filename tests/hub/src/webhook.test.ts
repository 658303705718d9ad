import { describe, expect, it } from 'vitest';
import {
  MAX_WEBHOOK_BYTES,
  parseWebhookBody,
  readBodyWithin,
  verifyWebhookSignature,
  webhookSignature,
} from '@/hub/src/webhook';

const encode = (text: string) => new TextEncoder().encode(text);
// shared/reference/tiktok-open-api.md §7, the PHP SDK's fixture.
const FIXTURE_BODY =
  '{"type":1,"shop_id":"7494726673780148744","timestamp":1664095733,"data":{"order_id":"576684019603311365","order_status":"AWAITING_SHIPMENT","update_time":1664095610}}';
const FIXTURE_SIGNATURE = '21109834de72ec53c9959716d8514ae388ce1f123e5ffdcafc46713fcdf62b27';

describe('webhookSignature', () => {
  it('reproduces the reference fixture', async () => {
    expect(await webhookSignature('fake_app_key', 'fake_app_secret', encode(FIXTURE_BODY))).toBe(FIXTURE_SIGNATURE);
  });
});

describe('verifyWebhookSignature', () => {
  const verify = (header: string | null, body = FIXTURE_BODY) =>
    verifyWebhookSignature(header, 'fake_app_key', 'fake_app_secret', encode(body));

  it('accepts the exact signature and refuses missing, truncated, other-body and other-key ones', async () => {
    expect(await verify(FIXTURE_SIGNATURE)).toBe(true);
    expect(await verify(null)).toBe(false);
    expect(await verify('')).toBe(false);
    expect(await verify(FIXTURE_SIGNATURE.slice(0, -1))).toBe(false);
    expect(await verify(FIXTURE_SIGNATURE, `${FIXTURE_BODY} `)).toBe(false);
    expect(await verifyWebhookSignature(FIXTURE_SIGNATURE, 'other_key', 'fake_app_secret', encode(FIXTURE_BODY))).toBe(
      false,
    );
  });
});

describe('parseWebhookBody', () => {
  it('reads the envelope and keeps unknown fields', () => {
    const parsed = parseWebhookBody(encode('{"type":4,"shop_id":"1","tts_notification_id":"n","extra":true}'));
    expect(parsed).toEqual({ ok: true, value: { type: 4, shop_id: '1', tts_notification_id: 'n', extra: true } });
  });

  it('names the field that is wrong', () => {
    expect(parseWebhookBody(encode('{"type":"1","shop_id":"1","tts_notification_id":"n"}'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('type'),
    });
    expect(parseWebhookBody(encode('\xff'))).toMatchObject({ ok: false, error: 'body is not JSON' });
  });
});

describe('readBodyWithin', () => {
  it('reads up to the limit and refuses one byte more', async () => {
    const exact = new Request('http://x/', { method: 'POST', body: 'a'.repeat(MAX_WEBHOOK_BYTES) });
    expect((await readBodyWithin(exact, MAX_WEBHOOK_BYTES))?.length).toBe(MAX_WEBHOOK_BYTES);
    const over = new Request('http://x/', { method: 'POST', body: 'a'.repeat(MAX_WEBHOOK_BYTES + 1) });
    expect(await readBodyWithin(over, MAX_WEBHOOK_BYTES)).toBeUndefined();
  });
});

describe('parseWebhookBody timestamp', () => {
  it('keeps an integer timestamp and drops any other value without refusing the event', () => {
    const body = (timestamp: unknown) =>
      parseWebhookBody(encode(JSON.stringify({ type: 1, shop_id: '1', tts_notification_id: 'n', timestamp })));
    expect(body(1_664_095_733)).toMatchObject({ ok: true, value: { timestamp: 1_664_095_733 } });
    expect(body('1664095733')).toMatchObject({ ok: true, value: { timestamp: undefined } });
  });
});
