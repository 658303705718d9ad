import { describe, expect, it } from 'vitest';
import {
  PAGE_KIND_EXAMPLES,
  SELLER_CENTER_HOSTS,
  detectPage,
  isSellerCenterUrl,
  matchesPageKind,
  type PageKind,
} from '@/lib/seller-center';

const KINDS = Object.keys(PAGE_KIND_EXAMPLES) as PageKind[];
const EXAMPLES = KINDS.flatMap((kind) => PAGE_KIND_EXAMPLES[kind].map((url) => [kind, url] as const));

describe('page kinds', () => {
  it('has examples for every kind', () => {
    for (const kind of KINDS) expect(PAGE_KIND_EXAMPLES[kind].length, kind).toBeGreaterThan(0);
  });

  it.each(EXAMPLES)('%s: %s matches its own kind and no other', (kind, href) => {
    const url = new URL(href);
    expect(detectPage(url).kind).toBe(kind);
    const matching = KINDS.filter((k) => matchesPageKind(url, k));
    expect(matching).toEqual([kind]);
  });
});

describe('detectPage', () => {
  it.each([
    ['https://seller-us.tiktok.com/order', 'US'],
    ['https://seller-uk.tiktok.com/order', 'GB'],
    ['https://seller-id.tokopedia.com/order', 'ID'],
    ['https://seller-id.tiktok.com/order', 'ID'],
    ['https://seller-th.tiktok.com/order', 'TH'],
    ['https://seller-vn.tiktok.com/order', 'VN'],
    ['https://seller-my.tiktok.com/order', 'MY'],
    ['https://seller-ph.tiktok.com/order', 'PH'],
    ['https://seller-sg.tiktok.com/order', 'SG'],
    // a local host decides even when a shop_region is present
    ['https://seller-us.tiktok.com/order?shop_region=GB', 'US'],
    // Global Seller Center: shop_region decides, UK is written GB
    ['https://seller.tiktokglobalshop.com/order?shop_region=UK', 'GB'],
    ['https://seller.tiktokshopglobalselling.com/order/detail?order_no=577424858038964867&shop_region=us', 'US'],
    ['https://seller.eu.tiktokglobalshop.com/order?shop_region=GB', 'GB'],
    ['https://seller.us.tiktokshopglobalselling.com/order', null],
    ['https://seller.tiktokglobalshop.com/order?shop_region=XX', null],
    // hosts of markets the extension does not cover
    ['https://seller-nl.tiktok.com/order/seller-shipping/upload?shop_region=NL', null],
    ['https://seller-mx.tiktok.com/order', null],
    ['https://www.tiktok.com/order', null],
  ])('%s → market %s', (href, market) => {
    expect(detectPage(new URL(href)).market).toBe(market);
  });

  it('reads the tab and flags To ship, ignoring order_status[] and selected_sort', () => {
    const page = detectPage(
      new URL('https://seller-us.tiktok.com/order/?selected_sort=6&tab=to_ship&order_status[]=1&order_status[]=200'),
    );
    expect(page).toEqual({ kind: 'order-list', market: 'US', tab: 'to_ship', isToShip: true });
  });

  it.each(['all', 'shipped', 'return', 'pending', 'completed'])('tab=%s is not To ship', (tab) => {
    const page = detectPage(new URL(`https://seller-us.tiktok.com/order?tab=${tab}`));
    expect(page.tab).toBe(tab);
    expect(page.isToShip).toBe(false);
  });

  it('leaves tab undefined when the URL has none', () => {
    const page = detectPage(new URL('https://seller-us.tiktok.com/order'));
    expect(page.tab).toBeUndefined();
    expect(page.isToShip).toBe(false);
  });

  it('takes the order id of a detail page from order_no, as a string', () => {
    const page = detectPage(
      new URL('https://seller-th.tiktok.com/order/detail/?order_no=5801234567890123456&shop_region=TH'),
    );
    expect(page).toEqual({ kind: 'order-detail', market: 'TH', isToShip: false, orderId: '5801234567890123456' });
  });

  it('ignores an order_no that is not digits', () => {
    expect(detectPage(new URL('https://seller-us.tiktok.com/order/detail?order_no=abc')).orderId).toBeUndefined();
    expect(detectPage(new URL('https://seller-us.tiktok.com/order/detail')).orderId).toBeUndefined();
  });

  it('is "other" with no market outside Seller Center, whatever the path', () => {
    expect(detectPage(new URL('https://example.com/order?tab=to_ship'))).toEqual({
      kind: 'other',
      market: null,
      isToShip: false,
    });
  });
});

describe('isSellerCenterUrl', () => {
  it('accepts every listed host', () => {
    for (const { host } of SELLER_CENTER_HOSTS)
      expect(isSellerCenterUrl(new URL(`https://${host}/order`)), host).toBe(true);
  });

  it.each([
    'https://www.tiktok.com/order',
    'https://seller-us.tiktok.com.evil.example/order',
    'https://evil-seller-us.tiktok.com/order',
    'https://seller-usa.tiktok.com/order',
    'ftp://seller-us.tiktok.com/order',
    'https://shop.tiktok.com/order',
  ])('rejects %s', (href) => {
    expect(isSellerCenterUrl(new URL(href))).toBe(false);
  });
});
