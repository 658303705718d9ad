import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStringToSign, signRequest } from '@/lib/tiktok';

// Reference: shared/reference/tiktok-open-api.md §2.3 (published vectors) and §2.4 (worked example).
const VECTORS = [
  {
    name: '#1 [DOC:sign] step-by-step: GET /authorization/202309/shops',
    input: {
      appSecret: 'e59af819cc',
      path: '/authorization/202309/shops',
      query: { app_key: '29a39d', timestamp: '1623812664' },
    },
    stringToSign: 'e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc',
    sign: 'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8',
  },
  {
    name: '#2 [NET] GET /event/202309/webhooks with shop_cipher',
    input: {
      appSecret: 'e59af819cc',
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
    },
    stringToSign:
      'e59af819cc/event/202309/webhooksapp_key68xu9ks5p4i8shop_cipherROW_xkMbgAAAeVAQra0eZWebFQq5aIKtimestamp1696909648e59af819cc',
    sign: 'ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37',
  },
  {
    name: '#3 [NET] PUT /event/202309/webhooks with a JSON body',
    input: {
      appSecret: 'e59af819cc',
      path: '/event/202309/webhooks',
      query: { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      body: '{"event_type":"PACKAGE_UPDATE","address":"https://partner.tiktokshop.com"}',
    },
    sign: '701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7',
  },
  {
    name: '#4 [PHP] testPrepareSignature: GET /test-api foo=bar',
    input: { appSecret: 'app_secret', path: '/test-api', query: { foo: 'bar' } },
    sign: 'd3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f',
  },
  {
    name: '§2.4 worked example: POST /order/202309/orders/search',
    input: {
      appSecret: '0123456789abcdef0123456789abcdef01234567',
      path: '/order/202309/orders/search',
      query: {
        app_key: '6abc1d2efgh3i',
        shop_cipher: 'ROW_AbCdEfGhIjKlMnOpQrStUv',
        timestamp: 1700000000,
        page_size: 20,
        sort_field: 'create_time',
        sort_order: 'DESC',
      },
      body: '{"order_status":"AWAITING_SHIPMENT","create_time_ge":1699913600,"create_time_lt":1700000000}',
    },
    stringToSign:
      '0123456789abcdef0123456789abcdef01234567/order/202309/orders/searchapp_key6abc1d2efgh3ipage_size20shop_cipherROW_AbCdEfGhIjKlMnOpQrStUvsort_fieldcreate_timesort_orderDESCtimestamp1700000000{"order_status":"AWAITING_SHIPMENT","create_time_ge":1699913600,"create_time_lt":1700000000}0123456789abcdef0123456789abcdef01234567',
    sign: '5ba82f080765317f2372406923459a0d6deff155632a066465cc01a714fde5d6',
  },
] as const;

describe('signRequest', () => {
  it.each(VECTORS)('reproduces $name', async ({ input, sign }) => {
    expect(await signRequest(input)).toBe(sign);
  });

  it.each(VECTORS.filter((v) => 'stringToSign' in v))(
    'builds the documented string-to-sign for $name',
    ({ input, ...v }) => {
      expect(buildStringToSign(input)).toBe((v as { stringToSign: string }).stringToSign);
    },
  );

  it('signs body bytes, not body meaning: swapped keys give the reference §2.3 note value', async () => {
    const swapped = {
      ...VECTORS[2].input,
      body: '{"address":"https://partner.tiktokshop.com","event_type":"PACKAGE_UPDATE"}',
    };
    expect(await signRequest(swapped)).toBe('cd0d6268252f4ba293bf7ea4c0a2873bf9beec600d22530638564ab301435f7a');
  });

  it('leaves sign and access_token out of the signature, as the platform requires', async () => {
    const withExtras = {
      ...VECTORS[0].input,
      query: { ...VECTORS[0].input.query, sign: 'deadbeef', access_token: 'TTP_abc' },
    };
    expect(await signRequest(withExtras)).toBe(VECTORS[0].sign);
  });

  it('drops empty and missing values, so an unsent parameter is never signed', async () => {
    const withEmpty = {
      ...VECTORS[0].input,
      query: { ...VECTORS[0].input.query, page_token: '', shop_cipher: undefined, foo: null },
    };
    expect(await signRequest(withEmpty)).toBe(VECTORS[0].sign);
  });

  it('uses raw values, not URL-encoded ones', () => {
    const text = buildStringToSign({ appSecret: 's', path: '/p', query: { ids: '1,2', q: 'a b&c' } });
    expect(text).toBe('s/pids1,2qa b&cs');
  });

  it('sorts keys by code unit order regardless of insertion order', () => {
    expect(buildStringToSign({ appSecret: 's', path: '/p', query: { b: '2', a: '1', B: '0' } })).toBe('s/pB0a1b2s');
  });

  it('returns 64 lowercase hex characters', async () => {
    expect(await signRequest({ appSecret: 'x', path: '/', query: {} })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('agrees with an independent Node crypto HMAC for arbitrary inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 30 }).map((s) => `/${s}`),
        fc.dictionary(fc.stringMatching(/^[a-z_]{1,12}$/), fc.string({ minLength: 1, maxLength: 20 })),
        fc.option(fc.json(), { nil: undefined }),
        async (appSecret, path, query, body) => {
          const parts = Object.keys(query)
            .filter((k) => k !== 'sign' && k !== 'access_token')
            .sort()
            .map((k) => k + query[k]);
          const expected = createHmac('sha256', appSecret)
            .update(appSecret + path + parts.join('') + (body ?? '') + appSecret, 'utf8')
            .digest('hex');
          expect(await signRequest({ appSecret, path, query, ...(body === undefined ? {} : { body }) })).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
