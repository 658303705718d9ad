import { describe, expect, it } from 'vitest';
import {
  chooseInitialTarget,
  orderIdFromTabUrl,
  parseStoredTarget,
  queryOfTarget,
  STORED_TARGET_FRESH_MS,
  targetFromSearch,
} from '@/entrypoints/sidepanel/target';

const ORDER = '576800123456789012';
const NOW = 1_772_700_000_000;

describe('targetFromSearch', () => {
  it('reads ?order= (digits only) and ?q=', () => {
    expect(targetFromSearch(`?order=${ORDER}`)).toEqual({ origin: 'url', orderId: ORDER });
    expect(targetFromSearch('?q=JT%200001234567')).toEqual({ origin: 'url', query: 'JT 0001234567' });
    expect(targetFromSearch('?order=abc')).toBeUndefined();
    expect(targetFromSearch('')).toBeUndefined();
  });
});

describe('parseStoredTarget', () => {
  it('accepts what the background writes and refuses anything else', () => {
    expect(parseStoredTarget({ orderId: ORDER, at: NOW })).toEqual({ origin: 'storage', orderId: ORDER, at: NOW });
    expect(parseStoredTarget({ query: 'RB123456785GB', at: NOW })).toEqual({
      origin: 'storage',
      query: 'RB123456785GB',
      at: NOW,
    });
    expect(parseStoredTarget({ at: NOW })).toBeUndefined();
    expect(parseStoredTarget({ orderId: '<script>', at: NOW })).toBeUndefined();
    expect(parseStoredTarget('junk')).toBeUndefined();
    expect(parseStoredTarget(undefined)).toBeUndefined();
  });
});

describe('orderIdFromTabUrl', () => {
  it.each([
    [`https://seller-us.tiktok.com/order/detail?order_no=${ORDER}&shop_region=US`, ORDER],
    [`https://seller-uk.tiktok.com/order/detail/?order_no=${ORDER}`, ORDER],
    ['https://seller-us.tiktok.com/order?tab=to_ship', undefined],
    [`https://example.com/order/detail?order_no=${ORDER}`, undefined],
    ['chrome-extension://abc/sidepanel.html', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(orderIdFromTabUrl(url)).toBe(expected);
  });
});

describe('chooseInitialTarget', () => {
  const fromUrl = { origin: 'url' as const, orderId: '111111' };
  const fresh = { origin: 'storage' as const, orderId: '222222', at: NOW - 10_000 };
  const stale = { origin: 'storage' as const, orderId: '333333', at: NOW - STORED_TARGET_FRESH_MS - 1 };

  it('prefers the URL, then a fresh stored target, then the active tab, then a stale stored target', () => {
    expect(chooseInitialTarget({ fromUrl, stored: fresh, tabOrderId: '444444', now: NOW })).toBe(fromUrl);
    expect(chooseInitialTarget({ stored: fresh, tabOrderId: '444444', now: NOW })).toBe(fresh);
    expect(chooseInitialTarget({ stored: stale, tabOrderId: '444444', now: NOW })).toEqual({
      origin: 'tab',
      orderId: '444444',
    });
    expect(chooseInitialTarget({ stored: stale, now: NOW })).toBe(stale);
    expect(chooseInitialTarget({ now: NOW })).toBeUndefined();
  });

  it('does not treat a target stamped far in the future as fresh', () => {
    expect(
      chooseInitialTarget({
        stored: { ...fresh, at: NOW + 10 * STORED_TARGET_FRESH_MS },
        tabOrderId: '444444',
        now: NOW,
      }),
    ).toEqual({ origin: 'tab', orderId: '444444' });
  });

  it('searches for the order id, else the query', () => {
    expect(queryOfTarget({ origin: 'url', orderId: ORDER, query: 'x' })).toBe(ORDER);
    expect(queryOfTarget({ origin: 'url', query: 'RB123456785GB' })).toBe('RB123456785GB');
    expect(queryOfTarget(undefined)).toBeUndefined();
  });
});
