import { describe, expect, it } from 'vitest';
import { computeSignature } from '@/tools/mock-api';

// The mock's own (Node crypto) signer, checked against the reference's published vectors (§2.3, §2.4).
describe('computeSignature (mock)', () => {
  it.each([
    [
      'e59af819cc',
      '/authorization/202309/shops',
      { app_key: '29a39d', timestamp: '1623812664' },
      '',
      'b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8',
    ],
    [
      'e59af819cc',
      '/event/202309/webhooks',
      { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      '',
      'ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37',
    ],
    [
      'e59af819cc',
      '/event/202309/webhooks',
      { app_key: '68xu9ks5p4i8', shop_cipher: 'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK', timestamp: '1696909648' },
      '{"event_type":"PACKAGE_UPDATE","address":"https://partner.tiktokshop.com"}',
      '701dd6deb2389fe4c469b89bd37fc56f96a6da6afeb4d01c9077a65169752fa7',
    ],
    ['app_secret', '/test-api', { foo: 'bar' }, '', 'd3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f'],
    [
      '0123456789abcdef0123456789abcdef01234567',
      '/order/202309/orders/search',
      {
        app_key: '6abc1d2efgh3i',
        shop_cipher: 'ROW_AbCdEfGhIjKlMnOpQrStUv',
        timestamp: '1700000000',
        page_size: '20',
        sort_field: 'create_time',
        sort_order: 'DESC',
      },
      '{"order_status":"AWAITING_SHIPMENT","create_time_ge":1699913600,"create_time_lt":1700000000}',
      '5ba82f080765317f2372406923459a0d6deff155632a066465cc01a714fde5d6',
    ],
  ])('reproduces the reference value for %s %s', (secret, path, query, body, expected) => {
    expect(computeSignature(secret, path, query, body)).toBe(expected);
  });

  it('ignores sign and access_token in the query', () => {
    expect(computeSignature('app_secret', '/test-api', { foo: 'bar', sign: 'x', access_token: 'y' }, '')).toBe(
      'd3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f',
    );
  });
});
