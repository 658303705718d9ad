/**
 * Seller Center web hosts and the market each serves.
 * Source: shared/reference/seller-center.md §1.1 and tiktok-open-api.md §8.
 * This is the one list the manifest's match patterns and host permissions are built from.
 */
export type MarketCode =
  'US' | 'GB' | 'ID' | 'TH' | 'VN' | 'MY' | 'PH' | 'SG' | 'MX' | 'NL' | 'IE' | 'DE' | 'FR' | 'IT' | 'ES' | 'BR' | 'JP';

export interface SellerCenterHost {
  host: string;
  /** Market this host serves; `null` for Global Seller Center hosts, where `?shop_region=` decides. */
  market: MarketCode | null;
}

export const SELLER_CENTER_HOSTS: readonly SellerCenterHost[] = [
  { host: 'seller-us.tiktok.com', market: 'US' },
  { host: 'seller-uk.tiktok.com', market: 'GB' },
  { host: 'seller-id.tokopedia.com', market: 'ID' },
  { host: 'seller-id.tiktok.com', market: 'ID' },
  { host: 'seller-th.tiktok.com', market: 'TH' },
  { host: 'seller-vn.tiktok.com', market: 'VN' },
  { host: 'seller-my.tiktok.com', market: 'MY' },
  { host: 'seller-ph.tiktok.com', market: 'PH' },
  { host: 'seller-sg.tiktok.com', market: 'SG' },
  { host: 'seller-mx.tiktok.com', market: 'MX' },
  { host: 'seller-nl.tiktok.com', market: 'NL' },
  { host: 'seller-ie.tiktok.com', market: 'IE' },
  { host: 'seller-de.tiktok.com', market: 'DE' },
  { host: 'seller-fr.tiktok.com', market: 'FR' },
  { host: 'seller-it.tiktok.com', market: 'IT' },
  { host: 'seller-es.tiktok.com', market: 'ES' },
  { host: 'seller-br.tiktok.com', market: 'BR' },
  { host: 'seller-jp.tiktok.com', market: 'JP' },
  { host: 'seller.tiktokglobalshop.com', market: null },
  { host: 'seller.us.tiktokglobalshop.com', market: null },
  { host: 'seller.eu.tiktokglobalshop.com', market: null },
  { host: 'seller.tiktokshopglobalselling.com', market: null },
  { host: 'seller.us.tiktokshopglobalselling.com', market: null },
];

/** Manifest match patterns: every path on every Seller Center host (the SPA navigates without reloads). */
export const SELLER_CENTER_MATCHES: readonly string[] = SELLER_CENTER_HOSTS.map((h) => `https://${h.host}/*`);

/**
 * Attributes whose changes mean Seller Center re-rendered an order row or switched a tab in place
 * (ref:seller-center#2.3, #2.6): the content script's observer watches these besides child lists.
 */
export const OBSERVED_ROW_ATTRIBUTES: readonly string[] = [
  'data-log_order_id',
  'data-log_order_status',
  'value',
  'aria-selected',
];
