/**
 * Carriers of the mock shop per market: the provider name TikTok shows, a stable provider id, the
 * tracking-number format, and the phrasing each carrier uses in its tracking events (USPS, Royal Mail,
 * J&T… as sellers see them; Cainiao's in Chinese), so lib/tracking's mapping meets realistic text.
 */
import { hashString } from './prng';
import type { TrackingFormat } from './tracking-numbers';

export const MOCK_MARKETS = ['US', 'GB', 'ID', 'TH', 'VN'] as const;
export type MockMarket = (typeof MOCK_MARKETS)[number];

export interface Phrasebook {
  label: string;
  firstScan: string;
  transit: readonly string[];
  outForDelivery: string;
  delivered: string;
  attemptFailed: string;
  exception: string;
}

export interface MockCarrier {
  key: string;
  providerName: string;
  format: TrackingFormat;
  phrasebook: Phrasebook;
}

const PHRASEBOOKS = {
  usps: {
    label: 'Shipping Label Created, USPS Awaiting Item',
    firstScan: 'Accepted at USPS Origin Facility',
    transit: [
      'Arrived at USPS Regional Origin Facility',
      'Departed USPS Regional Facility',
      'In Transit to Next Facility',
      'Arrived at USPS Regional Destination Facility',
      'Arrived at Post Office',
    ],
    outForDelivery: 'Out for Delivery',
    delivered: 'Delivered, In/At Mailbox',
    attemptFailed: 'Notice Left (No Authorized Recipient Available)',
    exception: 'Alert: Delivery Exception',
  },
  ups: {
    label: 'Shipper created a label, UPS has not received the package yet.',
    firstScan: 'Pickup Scan',
    transit: ['Departed from Facility', 'Arrived at Facility', 'Processing at UPS Facility'],
    outForDelivery: 'Out For Delivery Today',
    delivered: 'Delivered',
    attemptFailed: 'The receiver was not available for delivery. We will make a second attempt the next business day.',
    exception: 'Exception: the package was damaged',
  },
  fedex: {
    label: 'Shipment information sent to FedEx',
    firstScan: 'Picked up',
    transit: ['Left FedEx origin facility', 'Arrived at FedEx location', 'In transit', 'At local FedEx facility'],
    outForDelivery: 'On FedEx vehicle for delivery',
    delivered: 'Delivered',
    attemptFailed: 'Delivery attempt: customer not available',
    exception: 'Delivery exception: package damaged',
  },
  'royal-mail': {
    label: 'Sender despatching item',
    firstScan: "We've got it",
    transit: ["It's on its way", 'Item received at Mail Centre', "It's on its way"],
    outForDelivery: 'Out for delivery',
    delivered: 'Delivered',
    attemptFailed: 'Sorry we missed you',
    exception: 'We have a problem with your item',
  },
  evri: {
    label: 'Your parcel details have been received',
    firstScan: "We've got your parcel",
    transit: ['Your parcel is at our hub', 'Your parcel is at our local depot'],
    outForDelivery: 'Your parcel is out for delivery',
    delivered: 'Your parcel has been delivered',
    attemptFailed: "We couldn't deliver your parcel",
    exception: 'There is a problem with your parcel',
  },
  dpd: {
    label: 'We have your parcel details',
    firstScan: 'We have your parcel',
    transit: ['Your parcel is at our hub', 'Your parcel is at your local depot'],
    outForDelivery: 'Your parcel is out for delivery',
    delivered: 'Your parcel has been delivered',
    attemptFailed: 'We were unable to deliver your parcel',
    exception: 'Your parcel has been damaged',
  },
  jt: {
    label: 'Order created',
    firstScan: 'Picked up',
    transit: ['Departed from sorting center', 'Arrived at sorting center', 'Departed from transit center'],
    outForDelivery: 'On delivery',
    delivered: 'Delivered',
    attemptFailed: 'Delivery attempt failed',
    exception: 'Problematic',
  },
  'ninja-van': {
    label: 'Order created',
    firstScan: 'Successfully picked up from sender',
    transit: ['Arrived at Sorting Hub', 'In transit to next sorting hub', 'Arrived at Distribution Point'],
    outForDelivery: 'On Vehicle for Delivery',
    delivered: 'Successfully delivered',
    attemptFailed: 'Delivery is unsuccessful',
    exception: 'Parcel is on hold',
  },
  spx: {
    label: 'Order created',
    firstScan: 'Parcel picked up by courier',
    transit: ['Parcel has arrived at sorting centre', 'Parcel has departed from sorting centre'],
    outForDelivery: 'Parcel is out for delivery',
    delivered: 'Parcel has been delivered',
    attemptFailed: 'Delivery failed',
    exception: 'Parcel exception',
  },
  flash: {
    label: 'Order created',
    firstScan: 'Picked up',
    transit: ['Arrived at hub', 'Departed hub'],
    outForDelivery: 'Out for delivery',
    delivered: 'Delivered',
    attemptFailed: 'Delivery attempt failed',
    exception: 'Problem parcel',
  },
  kerry: {
    label: 'Shipment information received',
    firstScan: 'Shipment picked up',
    transit: ['Arrived at hub', 'In transit'],
    outForDelivery: 'Out for delivery',
    delivered: 'Delivery successful',
    attemptFailed: 'Unable to deliver',
    exception: 'Exception',
  },
  ghn: {
    label: 'Order created',
    firstScan: 'Picked up',
    transit: ['Arrived at sorting hub', 'Transporting'],
    outForDelivery: 'Delivering',
    delivered: 'Delivered',
    attemptFailed: 'Delivery failed',
    exception: 'Exception',
  },
  cainiao: {
    label: '电子面单已生成',
    firstScan: '已揽收',
    transit: ['运输中', '已到达转运中心', '已从转运中心发出', '清关完成'],
    outForDelivery: '派送中',
    delivered: '已签收',
    attemptFailed: '派送失败',
    exception: '异常',
  },
  yunexpress: {
    label: 'Shipment information received',
    firstScan: 'Picked up by YunExpress',
    transit: ['Departed from origin country', 'Arrived at destination country', 'Customs clearance completed'],
    outForDelivery: 'Out for delivery',
    delivered: 'Delivered',
    attemptFailed: 'Delivery attempt failed',
    exception: 'Exception',
  },
} satisfies Record<string, Phrasebook>;

export type PhrasebookKey = keyof typeof PHRASEBOOKS;

function carrier(key: string, providerName: string, format: TrackingFormat, phrasebook: PhrasebookKey): MockCarrier {
  return { key, providerName, format, phrasebook: PHRASEBOOKS[phrasebook] };
}

/** Carriers per market with their share of the market's labels. */
export const MARKET_CARRIERS: Record<MockMarket, ReadonlyArray<{ carrier: MockCarrier; weight: number }>> = {
  US: [
    { carrier: carrier('usps', 'USPS', 'usps-impb-22', 'usps'), weight: 5 },
    { carrier: carrier('ups', 'UPS', 'ups-1z', 'ups'), weight: 2 },
    { carrier: carrier('fedex', 'FedEx', 'fedex-12', 'fedex'), weight: 1 },
    { carrier: carrier('cainiao', 'Cainiao', 'cainiao-lp', 'cainiao'), weight: 1 },
    { carrier: carrier('yunexpress', 'YunExpress', 'yunexpress-yt', 'yunexpress'), weight: 1 },
  ],
  GB: [
    { carrier: carrier('royal-mail', 'Royal Mail', 'royal-mail-s10', 'royal-mail'), weight: 4 },
    { carrier: carrier('evri', 'Evri', 'evri-16', 'evri'), weight: 2 },
    { carrier: carrier('dpd-uk', 'DPD', 'dpd-14', 'dpd'), weight: 2 },
    { carrier: carrier('yunexpress', 'YunExpress', 'yunexpress-yt', 'yunexpress'), weight: 1 },
  ],
  ID: [
    { carrier: carrier('jt-express', 'J&T Express', 'jt-id', 'jt'), weight: 5 },
    { carrier: carrier('ninja-van', 'Ninja Van', 'ninja-van', 'ninja-van'), weight: 2 },
    { carrier: carrier('spx', 'SPX Express', 'spx-id', 'spx'), weight: 2 },
  ],
  TH: [
    { carrier: carrier('flash-express', 'Flash Express', 'flash-th', 'flash'), weight: 3 },
    { carrier: carrier('kerry-express', 'Kerry Express', 'kerry-th', 'kerry'), weight: 2 },
    { carrier: carrier('jt-express', 'J&T Express', 'jt-numeric-12', 'jt'), weight: 2 },
    { carrier: carrier('ninja-van', 'Ninja Van', 'ninja-van', 'ninja-van'), weight: 1 },
  ],
  VN: [
    { carrier: carrier('jt-express', 'J&T Express', 'jt-numeric-12', 'jt'), weight: 3 },
    { carrier: carrier('ninja-van', 'Ninja Van', 'ninja-van', 'ninja-van'), weight: 2 },
    { carrier: carrier('ghn', 'GHN', 'ghn-vn', 'ghn'), weight: 2 },
  ],
};

/** A generic English phrasebook for carriers seeded by name that the mock does not know. */
export const GENERIC_PHRASEBOOK: Phrasebook = PHRASEBOOKS.jt;

/** Stable 19-digit provider id per market and carrier name (real ids are long numeric strings). */
export function providerIdFor(market: string, providerName: string): string {
  const a = hashString(`${market}:${providerName}`).toString().padStart(10, '0');
  const b = hashString(`${providerName}:${market}`).toString().padStart(10, '0');
  return `7${a}${b}`.slice(0, 19);
}

/** Stable delivery option id per market and tier. */
export function deliveryOptionIdFor(market: string, tier: string): string {
  const a = hashString(`option:${market}:${tier}`).toString().padStart(10, '0');
  const b = hashString(`${tier}:${market}:option`).toString().padStart(10, '0');
  return `7${a}${b}`.slice(0, 19);
}

export interface MarketProfile {
  currency: string;
  shopName: string;
  shopId: string;
  cipher: string;
  sellerType: 'LOCAL' | 'CROSS_BORDER';
  /** Delivery options and the carriers (by key) each offers. */
  deliveryOptions: ReadonlyArray<{ tier: string; name: string; carrierKeys: readonly string[] }>;
}

export const MARKET_PROFILES: Record<MockMarket, MarketProfile> = {
  US: {
    currency: 'USD',
    shopName: 'Lastmile Mock Store US',
    shopId: '7494726673780148744',
    cipher: 'ROW_MockShopCipherUS000000001',
    sellerType: 'LOCAL',
    deliveryOptions: [
      { tier: 'standard', name: 'Standard shipping', carrierKeys: ['usps', 'ups', 'fedex'] },
      { tier: 'economy', name: 'Economy shipping', carrierKeys: ['cainiao', 'yunexpress'] },
    ],
  },
  GB: {
    currency: 'GBP',
    shopName: 'Lastmile Mock Store UK',
    shopId: '7494726673780148745',
    cipher: 'ROW_MockShopCipherGB000000002',
    sellerType: 'LOCAL',
    deliveryOptions: [
      { tier: 'standard', name: 'Standard shipping', carrierKeys: ['royal-mail', 'evri', 'dpd-uk'] },
      { tier: 'economy', name: 'Economy shipping', carrierKeys: ['yunexpress'] },
    ],
  },
  ID: {
    currency: 'IDR',
    shopName: 'Lastmile Mock Store ID',
    shopId: '7494726673780148746',
    cipher: 'ROW_MockShopCipherID000000003',
    sellerType: 'LOCAL',
    deliveryOptions: [{ tier: 'standard', name: 'Standard shipping', carrierKeys: ['jt-express', 'ninja-van', 'spx'] }],
  },
  TH: {
    currency: 'THB',
    shopName: 'Lastmile Mock Store TH',
    shopId: '7494726673780148747',
    cipher: 'ROW_MockShopCipherTH000000004',
    sellerType: 'LOCAL',
    deliveryOptions: [
      {
        tier: 'standard',
        name: 'Standard shipping',
        carrierKeys: ['flash-express', 'kerry-express', 'jt-express', 'ninja-van'],
      },
    ],
  },
  VN: {
    currency: 'VND',
    shopName: 'Lastmile Mock Store VN',
    shopId: '7494726673780148748',
    cipher: 'ROW_MockShopCipherVN000000005',
    sellerType: 'LOCAL',
    deliveryOptions: [{ tier: 'standard', name: 'Standard shipping', carrierKeys: ['jt-express', 'ninja-van', 'ghn'] }],
  },
};
