/**
 * Which Seller Center page a URL is, and for which market. Pure: takes a URL, reads no globals.
 * URL patterns from shared/reference/seller-center.md §1.2; hosts from §1.1 (see hosts.ts).
 * Each kind has an example table; tests/lib/seller-center/pages.test.ts checks that every example
 * matches its own kind and no other.
 */
import { resolveMarket, type Market } from '@/lib/carriers/markets';
import { SELLER_CENTER_HOSTS } from './hosts';

export type PageKind =
  'order-list' | 'order-detail' | 'shipping-labels' | 'tracking-upload' | 'logistics-settings' | 'other';

export interface PageInfo {
  kind: PageKind;
  /** Market of the shop: from the host, or `shop_region` on Global Seller Center hosts; null if unknown. */
  market: Market | null;
  /** Order list tab as in the URL (`all`, `to_ship`, `shipped`, `return`, …). */
  tab?: string;
  /** The order list's "To ship" tab (orders awaiting shipment / collection). */
  isToShip: boolean;
  /** The order of an order detail page (`order_no`). */
  orderId?: string;
}

type SpecificKind = Exclude<PageKind, 'other'>;

/** Path predicates on a normalised path (lower case, no trailing slash, no doubled slashes). */
const PATH_RULES: Record<SpecificKind, (path: string) => boolean> = {
  // `/order` and `/order/` (ref §1.2); not `/orders`, `/affiliate/orders`, `/order/fulfill-policy`
  'order-list': (path) => path === '/order',
  'order-detail': (path) => path === '/order/detail',
  // bulk "recreate / reprint" page; Printing History may live below it
  'shipping-labels': (path) => path === '/shipment/labels' || path.startsWith('/shipment/labels/'),
  // seen on NL only (code #58791451124); same path assumed elsewhere
  'tracking-upload': (path) => path === '/order/seller-shipping/upload',
  // "Shipping Options" (UK, code #55342280602)
  'logistics-settings': (path) => path === '/logistics/delivery' || path.startsWith('/logistics/delivery/'),
};

/** Example URLs per kind, as seen in public scripts and Seller University links (ref §1.2). */
export const PAGE_KIND_EXAMPLES: Record<PageKind, readonly string[]> = {
  'order-list': [
    'https://seller-us.tiktok.com/order',
    'https://seller-us.tiktok.com/order/',
    'https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1&selected_sort=6',
    'https://seller-us.tiktok.com/order?selected_sort=6&tab=pending',
    'https://seller-uk.tiktok.com/order?tab=all&selected_sort=6&shop_region=GB',
    'https://seller-id.tokopedia.com/order?tab=to_ship&selected_sort=11',
    'https://seller-vn.tiktok.com/order?tab=shipped&order_status%5B%5D=310',
    'https://seller.tiktokglobalshop.com/order?tab=to_ship&order_status[]=200&shop_region=GB',
    'https://seller-id.tiktok.com/order/?tab=return&order_status[]=5&selected_sort=6',
    'https://seller-us.tiktok.com//order//?lang=zh-CN',
  ],
  'order-detail': [
    'https://seller-us.tiktok.com/order/detail?order_no=577424858038964867&shop_region=US',
    'https://seller-th.tiktok.com/order/detail/?order_no=577524130949468533&shop_region=TH',
    'https://seller-my.tiktok.com/order/detail?shop_region=MY&order_no=5801234567890123456',
    'https://seller.tiktokshopglobalselling.com/order/detail?order_no=577424858038964867&shop_region=GB',
    'https://seller-id.tokopedia.com/order/detail?order_no=577424858038964867&shop_region=ID',
  ],
  'shipping-labels': [
    'https://seller-us.tiktok.com/shipment/labels',
    'https://seller-us.tiktok.com/shipment/labels?fulfillment_global_search[]=577424858038964867',
    'https://seller-th.tiktok.com/shipment/labels/',
  ],
  'tracking-upload': [
    'https://seller-nl.tiktok.com/order/seller-shipping/upload?shop_region=NL',
    'https://seller-us.tiktok.com/order/seller-shipping/upload',
  ],
  'logistics-settings': [
    'https://seller-uk.tiktok.com/logistics/delivery',
    'https://seller-uk.tiktok.com/logistics/delivery/?shop_region=GB',
  ],
  other: [
    'https://seller-us.tiktok.com/homepage',
    'https://seller-us.tiktok.com/product',
    'https://seller-uk.tiktok.com/affiliate/orders',
    'https://seller-th.tiktok.com/affiliate/order',
    'https://seller-uk.tiktok.com/order/fulfill-policy',
    'https://seller-us.tiktok.com/orders',
    'https://seller-us.tiktok.com/account/login?redirect_url=%2Forder',
    'https://seller-us.tiktok.com/university/essay?knowledge_id=7774796412471041&lang=en',
    'https://www.tiktok.com/order',
    'https://example.com/order/detail?order_no=577424858038964867',
  ],
};

const HOST_MARKETS = new Map(SELLER_CENTER_HOSTS.map((h) => [h.host, h.market]));
/** `seller-{market}.tiktok.com` (ref §1.1: the pattern is listed for every SEA market). */
const LOCAL_HOST = /^seller-([a-z]{2})\.tiktok\.com$/;
/** Global Seller Center, older and newer domains, with optional region (`seller.us.…`, `seller.eu.…`). */
const GLOBAL_HOST = /^seller(?:\.[a-z]{2})?\.(?:tiktokglobalshop|tiktokshopglobalselling)\.com$/;

function isKnownHost(host: string): boolean {
  return HOST_MARKETS.has(host) || LOCAL_HOST.test(host) || GLOBAL_HOST.test(host);
}

/**
 * Whether the URL is on a Seller Center host (any market, local or Global Seller Center).
 * Example: `isSellerCenterUrl(new URL('https://seller-uk.tiktok.com/order')) === true`.
 */
export function isSellerCenterUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && isKnownHost(url.hostname.toLowerCase());
}

function normalisedPath(url: URL): string {
  const path = url.pathname
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '');
  return path || '/';
}

/**
 * Whether `url` is a Seller Center page of `kind` (for `other`: a URL no specific kind claims).
 * Example: `matchesPageKind(new URL('https://seller-us.tiktok.com/order/'), 'order-list') === true`.
 */
export function matchesPageKind(url: URL, kind: PageKind): boolean {
  if (kind === 'other') return !(Object.keys(PATH_RULES) as SpecificKind[]).some((k) => matchesPageKind(url, k));
  return isSellerCenterUrl(url) && PATH_RULES[kind](normalisedPath(url));
}

/** The shop's market: the host's, or `shop_region` where the host serves several (Global Seller Center). */
function marketOf(url: URL): Market | null {
  const host = url.hostname.toLowerCase();
  const fromList = HOST_MARKETS.get(host);
  if (fromList) return resolveMarket(fromList) ?? null;
  const local = LOCAL_HOST.exec(host);
  if (local) return resolveMarket(local[1]) ?? null;
  if (fromList === null || GLOBAL_HOST.test(host))
    return resolveMarket(url.searchParams.get('shop_region') ?? '') ?? null;
  return null;
}

/**
 * What page `url` is: kind, market, order-list tab and whether it is To ship, the detail page's order.
 * Example: `detectPage(new URL('https://seller-uk.tiktok.com/order?tab=to_ship&order_status[]=1'))`
 * → `{ kind: 'order-list', market: 'GB', tab: 'to_ship', isToShip: true }`.
 */
export function detectPage(url: URL): PageInfo {
  if (!isSellerCenterUrl(url)) return { kind: 'other', market: null, isToShip: false };
  const kind = (Object.keys(PATH_RULES) as SpecificKind[]).find((k) => PATH_RULES[k](normalisedPath(url))) ?? 'other';
  const info: PageInfo = { kind, market: marketOf(url), isToShip: false };
  if (kind === 'order-list') {
    const tab = url.searchParams.get('tab')?.trim();
    if (tab) {
      info.tab = tab;
      info.isToShip = /^to[_-]?ship$/i.test(tab);
    }
  }
  if (kind === 'order-detail') {
    const orderId = url.searchParams.get('order_no')?.trim();
    if (orderId && /^[0-9]{6,30}$/.test(orderId)) info.orderId = orderId;
  }
  return info;
}
