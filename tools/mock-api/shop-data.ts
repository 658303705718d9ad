/**
 * The mock seller's data: orders, packages and tracking trails generated from a seed, plus orders
 * seeded explicitly by tests. Everything is stored as a timeline (created, paid, label, scans…) and
 * rendered "as of" the simulated clock, so trails advance and statuses move as time passes.
 *
 * Fixture figures (ship-by 72 h after payment, COMPLETED 7 days after delivery, trail timings) are
 * test data chosen to exercise the extension's SLA logic, not claims about the platform.
 */
import { resolveCarrierId, resolveMarket } from '@/lib/carriers';
import {
  GENERIC_PHRASEBOOK,
  MARKET_CARRIERS,
  MARKET_PROFILES,
  MOCK_MARKETS,
  deliveryOptionIdFor,
  providerIdFor,
  type MockCarrier,
  type MockMarket,
  type Phrasebook,
} from './carriers';
import { createPrng, hashString, type Prng } from './prng';
import { makeTrackingNumber } from './tracking-numbers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const ORDER_STATUSES = [
  'UNPAID',
  'ON_HOLD',
  'AWAITING_SHIPMENT',
  'PARTIALLY_SHIPPING',
  'AWAITING_COLLECTION',
  'IN_TRANSIT',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type MockOrderStatus = (typeof ORDER_STATUSES)[number];

/** How a labelled parcel's trail unfolds. */
export const TRAIL_SCENARIOS = [
  'normal',
  'late-first-scan',
  'stale',
  'exception',
  'attempt-failed',
  'lost',
  'never-scanned',
] as const;
export type TrailScenario = (typeof TRAIL_SCENARIOS)[number];
export type OrderScenario = TrailScenario | 'no-label' | 'unpaid' | 'on-hold' | 'cancelled' | 'seeded';

export type EventKind = 'label' | 'scan' | 'out-for-delivery' | 'attempt-failed' | 'delivered' | 'exception';

export interface TrailEvent {
  atMs: number;
  description: string;
  kind: EventKind;
}

export interface MockLineItem {
  id: string;
  productId: string;
  productName: string;
  skuId: string;
  skuName: string;
  sellerSku: string;
  salePrice: string;
}

export interface MockOrderRecord {
  id: string;
  market: MockMarket;
  scenario: OrderScenario;
  createdAtMs: number;
  paidAtMs?: number;
  onHoldUntilMs?: number;
  cancelledAtMs?: number;
  /** A status fixed by a test's seed; otherwise the status follows the timeline. */
  fixedStatus?: MockOrderStatus;
  /** Label printed but the carrier never pushed a scan: the order stays AWAITING_SHIPMENT (seed S27). */
  stuckAwaitingShipment: boolean;
  shipByMs: number;
  shippingType: 'TIKTOK' | 'SELLER';
  deliveryOptionId: string;
  deliveryOptionName: string;
  providerId?: string;
  providerName?: string;
  carrierKey?: string;
  trackingNumber?: string;
  packageId?: string;
  labelCreatedAtMs?: number;
  events: TrailEvent[];
  lineItems: MockLineItem[];
  recipient: { name: string; phone: string; fullAddress: string; postalCode: string; regionCode: string };
  currency: string;
  totalAmount: string;
  shippingFee: string;
  userId: string;
}

export interface GenerateShopOptions {
  seed: number;
  /** Simulated "now" the shop is generated around (epoch ms). */
  startAtMs: number;
  ordersPerMarket: number;
  markets?: readonly MockMarket[];
}

const PRODUCTS: ReadonlyArray<{ name: string; sku: string; prices: Record<MockMarket, string> }> = [
  {
    name: 'Silicone Phone Case',
    sku: 'Black / iPhone 15',
    prices: { US: '12.99', GB: '10.99', ID: '59000', TH: '199', VN: '129000' },
  },
  { name: 'LED Desk Lamp', sku: 'White', prices: { US: '24.50', GB: '21.00', ID: '189000', TH: '459', VN: '349000' } },
  {
    name: 'Stainless Water Bottle 750 ml',
    sku: 'Sage',
    prices: { US: '18.00', GB: '15.50', ID: '99000', TH: '299', VN: '219000' },
  },
  {
    name: 'Wireless Earbuds',
    sku: 'Standard',
    prices: { US: '29.99', GB: '26.99', ID: '259000', TH: '690', VN: '499000' },
  },
  { name: 'Yoga Mat 6 mm', sku: 'Purple', prices: { US: '21.99', GB: '19.99', ID: '149000', TH: '390', VN: '299000' } },
  {
    name: 'Ceramic Mug Set (2)',
    sku: 'Cream',
    prices: { US: '16.49', GB: '13.99', ID: '89000', TH: '259', VN: '189000' },
  },
];

const NAMES: Record<MockMarket, readonly string[]> = {
  US: ['Jordan Miller', 'Avery Johnson', 'Taylor Smith', 'Morgan Davis', 'Casey Brown'],
  GB: ['Olivia Taylor', 'Harry Wilson', 'Amelia Evans', 'George Thomas', 'Isla Roberts'],
  ID: ['Budi Santoso', 'Siti Rahayu', 'Agus Wijaya', 'Dewi Lestari', 'Rizky Pratama'],
  TH: ['Somchai Srisuk', 'Nattaya Wongsa', 'Anan Chaiyaporn', 'Pimchanok Boonmee', 'Kittipong Saetang'],
  VN: ['Nguyen Van An', 'Tran Thi Mai', 'Le Minh Tuan', 'Pham Thu Ha', 'Hoang Duc Anh'],
};

function postalCode(market: MockMarket, prng: Prng): { postalCode: string; regionCode: string; city: string } {
  switch (market) {
    case 'US': {
      const roll = prng.next();
      if (roll < 0.05) return { postalCode: `995${prng.digits(2)}`, regionCode: 'US', city: 'Anchorage, AK' };
      if (roll < 0.1) return { postalCode: `967${prng.digits(2)}`, regionCode: 'US', city: 'Honolulu, HI' };
      return {
        postalCode: `${prng.int(100, 949)}${prng.digits(2)}`,
        regionCode: 'US',
        city: prng.pick(['Austin, TX', 'Columbus, OH', 'Denver, CO', 'Atlanta, GA']),
      };
    }
    case 'GB': {
      const roll = prng.next();
      const outward = roll < 0.08 ? prng.pick(['IV2', 'HS1', 'ZE1']) : prng.pick(['SW1A', 'M1', 'B2', 'LS1', 'EH1']);
      return {
        postalCode: `${outward} ${prng.int(1, 9)}${prng.pick(['AA', 'BD', 'XY', 'QT'])}`,
        regionCode: 'GB',
        city: 'United Kingdom',
      };
    }
    case 'ID':
      return {
        postalCode: `${prng.int(10, 99)}${prng.digits(3)}`,
        regionCode: 'ID',
        city: prng.pick(['Jakarta', 'Bandung', 'Surabaya']),
      };
    case 'TH':
      return {
        postalCode: `${prng.int(10, 96)}${prng.digits(3)}`,
        regionCode: 'TH',
        city: prng.pick(['Bangkok', 'Chiang Mai', 'Khon Kaen']),
      };
    case 'VN':
      return {
        postalCode: `${prng.int(10, 99)}${prng.digits(4)}`,
        regionCode: 'VN',
        city: prng.pick(['Ha Noi', 'Ho Chi Minh City', 'Da Nang']),
      };
  }
}

/** A unique numeric id of `length` digits starting with `prefix`. */
function uniqueId(prefix: string, length: number, prng: Prng, used: Set<string>): string {
  for (;;) {
    const id = prefix + prng.digits(length - prefix.length);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/**
 * The trail of one labelled parcel: the label event plus the carrier's scans, in time order.
 * Times may lie after the simulated "now"; they appear as the clock passes them.
 */
export function buildTrail(scenario: TrailScenario, labelAtMs: number, phrases: Phrasebook, prng: Prng): TrailEvent[] {
  return buildTrailExact(scenario, labelAtMs, phrases, prng).map((e) => ({ ...e, atMs: Math.round(e.atMs) }));
}

function buildTrailExact(scenario: TrailScenario, labelAtMs: number, phrases: Phrasebook, prng: Prng): TrailEvent[] {
  const events: TrailEvent[] = [{ atMs: labelAtMs, description: phrases.label, kind: 'label' }];
  if (scenario === 'never-scanned') return events;
  const firstScanDelay = scenario === 'late-first-scan' ? prng.between(4.5, 10) * HOUR : prng.between(0.4, 3.5) * HOUR;
  let t = labelAtMs + firstScanDelay;
  events.push({ atMs: t, description: phrases.firstScan, kind: 'scan' });
  const transitCount = scenario === 'lost' ? prng.int(1, 2) : prng.int(2, 4);
  for (let i = 0; i < transitCount; i++) {
    // The stale trail goes quiet for more than a day after its first transit scan (seed S7: ≥ 1 update / 24 h).
    t += scenario === 'stale' && i === 1 ? prng.between(30, 60) * HOUR : prng.between(5, 18) * HOUR;
    events.push({ atMs: t, description: phrases.transit[i % phrases.transit.length]!, kind: 'scan' });
  }
  if (scenario === 'lost') return events;
  if (scenario === 'exception') {
    events.push({ atMs: t + prng.between(6, 20) * HOUR, description: phrases.exception, kind: 'exception' });
    return events;
  }
  t += prng.between(6, 16) * HOUR;
  events.push({ atMs: t, description: phrases.outForDelivery, kind: 'out-for-delivery' });
  if (scenario === 'attempt-failed') {
    t += prng.between(2, 6) * HOUR;
    events.push({ atMs: t, description: phrases.attemptFailed, kind: 'attempt-failed' });
    t += prng.between(18, 26) * HOUR;
    events.push({ atMs: t, description: phrases.outForDelivery, kind: 'out-for-delivery' });
  }
  events.push({ atMs: t + prng.between(1, 6) * HOUR, description: phrases.delivered, kind: 'delivered' });
  return events;
}

const SCENARIO_WEIGHTS: Record<OrderScenario & string, number> = {
  unpaid: 5,
  'on-hold': 4,
  cancelled: 7,
  'no-label': 20,
  normal: 30,
  'late-first-scan': 8,
  stale: 7,
  exception: 5,
  'attempt-failed': 4,
  lost: 4,
  'never-scanned': 6,
  seeded: 0,
};

/** Generates the seeded shop: `ordersPerMarket` orders in each market, deterministic for a seed. */
export function generateShop(options: GenerateShopOptions): MockOrderRecord[] {
  const prng = createPrng(options.seed);
  const usedIds = new Set<string>();
  const orders: MockOrderRecord[] = [];
  for (const market of options.markets ?? MOCK_MARKETS) {
    for (let i = 0; i < options.ordersPerMarket; i++) {
      orders.push(generateOrder(market, options.startAtMs, prng, usedIds));
    }
  }
  return orders;
}

function pickCarrier(market: MockMarket, prng: Prng): MockCarrier {
  const entries = MARKET_CARRIERS[market];
  const weights = Object.fromEntries(entries.map((e, index) => [String(index), e.weight])) as Record<string, number>;
  return entries[Number(prng.weighted(weights))]!.carrier;
}

function deliveryOptionFor(market: MockMarket, carrierKey: string | undefined): { id: string; name: string } {
  const options = MARKET_PROFILES[market].deliveryOptions;
  const option = options.find((o) => carrierKey !== undefined && o.carrierKeys.includes(carrierKey)) ?? options[0]!;
  return { id: deliveryOptionIdFor(market, option.tier), name: option.name };
}

function generateOrder(market: MockMarket, startAtMs: number, prng: Prng, usedIds: Set<string>): MockOrderRecord {
  let scenario = prng.weighted(SCENARIO_WEIGHTS);
  // ON_HOLD exists for US and UK shops only (reference §6).
  if (scenario === 'on-hold' && market !== 'US' && market !== 'GB') scenario = 'unpaid';
  const isLabelled = (TRAIL_SCENARIOS as readonly string[]).includes(scenario);
  const labelAtMs = isLabelled
    ? startAtMs - (scenario === 'lost' ? prng.between(11, 16) * DAY : prng.between(0.1, 10 * 24) * HOUR)
    : undefined;
  let createdAtMs: number;
  if (labelAtMs !== undefined) createdAtMs = labelAtMs - prng.between(2, 40) * HOUR;
  else if (scenario === 'on-hold') createdAtMs = startAtMs - prng.between(5, 50) * 60_000;
  else createdAtMs = startAtMs - prng.between(1, 80) * HOUR;
  const paidAtMs = scenario === 'unpaid' ? undefined : createdAtMs + prng.between(1, 30) * 60_000;
  const carrier = pickCarrier(market, prng);
  const option = deliveryOptionFor(market, carrier.key);
  const product = prng.pick(PRODUCTS);
  const place = postalCode(market, prng);
  const orderId = uniqueId('576', 18, prng, usedIds);
  const record: MockOrderRecord = {
    id: orderId,
    market,
    scenario,
    createdAtMs: Math.round(createdAtMs),
    stuckAwaitingShipment: scenario === 'never-scanned' && prng.chance(0.5),
    shipByMs: Math.round((paidAtMs ?? createdAtMs) + 72 * HOUR),
    shippingType: prng.chance(0.75) ? 'TIKTOK' : 'SELLER',
    deliveryOptionId: option.id,
    deliveryOptionName: option.name,
    events: [],
    lineItems: [
      {
        id: uniqueId('5770', 18, prng, usedIds),
        productId: `17294${hashString(product.name).toString().padStart(14, '0')}`.slice(0, 19),
        productName: product.name,
        skuId: `17295${hashString(product.name + product.sku)
          .toString()
          .padStart(14, '0')}`.slice(0, 19),
        skuName: product.sku,
        sellerSku: `LML-${hashString(product.name).toString(36).toUpperCase().slice(0, 6)}`,
        salePrice: product.prices[market],
      },
    ],
    recipient: {
      name: prng.pick(NAMES[market]),
      phone: `(+${market === 'US' ? '1' : market === 'GB' ? '44' : market === 'ID' ? '62' : market === 'TH' ? '66' : '84'})${prng.digits(3)}*****${prng.digits(2)}`,
      fullAddress: `${prng.int(1, 999)} Mock Street, ${place.city}`,
      postalCode: place.postalCode,
      regionCode: place.regionCode,
    },
    currency: MARKET_PROFILES[market].currency,
    totalAmount: product.prices[market],
    shippingFee: '0',
    userId: uniqueId('7494', 19, prng, usedIds),
  };
  if (paidAtMs !== undefined) record.paidAtMs = Math.round(paidAtMs);
  if (scenario === 'on-hold' && paidAtMs !== undefined) record.onHoldUntilMs = Math.round(paidAtMs + HOUR);
  if (scenario === 'cancelled') record.cancelledAtMs = Math.round(createdAtMs + prng.between(1, 20) * HOUR);
  if (labelAtMs !== undefined) {
    record.labelCreatedAtMs = Math.round(labelAtMs);
    record.carrierKey = carrier.key;
    record.providerName = carrier.providerName;
    record.providerId = providerIdFor(market, carrier.providerName);
    record.trackingNumber = makeTrackingNumber(carrier.format, prng, market);
    record.packageId = uniqueId('1152', 19, prng, usedIds);
    record.events = buildTrail(scenario as TrailScenario, Math.round(labelAtMs), carrier.phrasebook, prng).map((e) => ({
      ...e,
      atMs: Math.round(e.atMs),
    }));
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Orders seeded by tests (e.g. the ids shown on the replica Seller Center pages)
// ---------------------------------------------------------------------------------------------

/** A time as epoch ms or an ISO string. */
export type TimeInput = number | string;

export interface SeedOrderInput {
  id: string;
  /** `US`, `GB` (or `UK`), `ID`, `TH`, `VN`. */
  market: string;
  /** API status (`AWAITING_SHIPMENT`, also `awaiting-shipment`); fixed as given. Omit to follow the timeline. */
  status?: string;
  trackingNumber?: string;
  /** Carrier name as Seller Center shows it (`USPS`, `J&T Express`, `Royal Mail`…). */
  carrier?: string;
  carrierName?: string;
  labelCreatedAt?: TimeInput;
  /** Dispatch deadline, sent as `rts_sla_time` / `tts_sla_time` / `shipping_due_time`. */
  shipBy?: TimeInput;
  createdAt?: TimeInput;
  /** Tracking events as the carrier pushed them; shown once the simulated clock reaches `at`. */
  events?: Array<{ at: TimeInput; description: string }>;
  /** Generate a trail instead of giving `events` (needs `labelCreatedAt`). */
  scenario?: TrailScenario;
  packageId?: string;
  shippingType?: 'TIKTOK' | 'SELLER';
  postalCode?: string;
  productName?: string;
}

export function toEpochMs(value: TimeInput, field: string): number {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`${field}: not a time: ${JSON.stringify(value)}`);
  return ms;
}

function normaliseStatus(status: string): MockOrderStatus {
  const upper = status
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  const mapped = upper === 'CANCEL' ? 'CANCELLED' : upper;
  if (!(ORDER_STATUSES as readonly string[]).includes(mapped))
    throw new RangeError(`status: unknown order status ${JSON.stringify(status)}`);
  return mapped as MockOrderStatus;
}

function carrierForName(market: MockMarket, name: string): { carrier?: MockCarrier; phrases: Phrasebook } {
  const wanted = resolveCarrierId(name);
  const all = MOCK_MARKETS.flatMap((m) => MARKET_CARRIERS[m].map((e) => e.carrier));
  const inMarket = MARKET_CARRIERS[market].map((e) => e.carrier);
  const found =
    inMarket.find((c) => c.key === wanted || c.providerName.toLowerCase() === name.toLowerCase()) ??
    all.find((c) => c.key === wanted || c.providerName.toLowerCase() === name.toLowerCase());
  return found ? { carrier: found, phrases: found.phrasebook } : { phrases: GENERIC_PHRASEBOOK };
}

/**
 * Turns a test's seed entry into a stored order. Throws a RangeError naming the field on bad input
 * (the caller is a test or the control endpoint, which reports it as a 400).
 */
export function buildSeededOrder(input: SeedOrderInput, nowMs: number, prng: Prng): MockOrderRecord {
  if (typeof input.id !== 'string' || !/^\d{1,25}$/.test(input.id))
    throw new RangeError(`id: expected a numeric string, got ${JSON.stringify(input.id)}`);
  const market = resolveMarket(input.market);
  if (!market || !(MOCK_MARKETS as readonly string[]).includes(market))
    throw new RangeError(`market: unsupported ${JSON.stringify(input.market)}`);
  const mockMarket = market as MockMarket;
  const labelAtMs = input.labelCreatedAt === undefined ? undefined : toEpochMs(input.labelCreatedAt, 'labelCreatedAt');
  const firstEventMs = input.events?.length
    ? Math.min(...input.events.map((e, i) => toEpochMs(e.at, `events[${i}].at`)))
    : undefined;
  const createdAtMs =
    input.createdAt !== undefined
      ? toEpochMs(input.createdAt, 'createdAt')
      : Math.min(labelAtMs ?? nowMs, firstEventMs ?? nowMs, nowMs) - 6 * HOUR;
  const carrierName = input.carrier ?? input.carrierName;
  const { carrier, phrases } = carrierName
    ? carrierForName(mockMarket, carrierName)
    : { carrier: undefined, phrases: GENERIC_PHRASEBOOK };
  const option = deliveryOptionFor(mockMarket, carrier?.key);
  const product = PRODUCTS[hashString(input.id) % PRODUCTS.length]!;
  const record: MockOrderRecord = {
    id: input.id,
    market: mockMarket,
    scenario: 'seeded',
    createdAtMs,
    paidAtMs: createdAtMs + 5 * 60_000,
    stuckAwaitingShipment: false,
    shipByMs: input.shipBy === undefined ? createdAtMs + 72 * HOUR : toEpochMs(input.shipBy, 'shipBy'),
    shippingType: input.shippingType ?? 'TIKTOK',
    deliveryOptionId: option.id,
    deliveryOptionName: option.name,
    events: [],
    lineItems: [
      {
        id: `5770${input.id.slice(-14).padStart(14, '0')}`,
        productId: `17294${hashString(product.name).toString().padStart(14, '0')}`.slice(0, 19),
        productName: input.productName ?? product.name,
        skuId: `17295${hashString(product.name + product.sku)
          .toString()
          .padStart(14, '0')}`.slice(0, 19),
        skuName: product.sku,
        sellerSku: `LML-${hashString(product.name).toString(36).toUpperCase().slice(0, 6)}`,
        salePrice: product.prices[mockMarket],
      },
    ],
    recipient: {
      name: NAMES[mockMarket][hashString(input.id) % NAMES[mockMarket].length]!,
      phone: '(+1)555*****00',
      fullAddress: '1 Seeded Street',
      postalCode: input.postalCode ?? '',
      regionCode: mockMarket,
    },
    currency: MARKET_PROFILES[mockMarket].currency,
    totalAmount: product.prices[mockMarket],
    shippingFee: '0',
    userId: `7494${input.id.slice(-15).padStart(15, '0')}`,
  };
  if (input.status !== undefined) record.fixedStatus = normaliseStatus(input.status);
  if (carrierName) {
    record.providerName = carrier?.providerName ?? carrierName;
    record.providerId = providerIdFor(mockMarket, record.providerName);
    if (carrier) record.carrierKey = carrier.key;
  }
  if (input.trackingNumber !== undefined) record.trackingNumber = input.trackingNumber;
  if (labelAtMs !== undefined || input.trackingNumber !== undefined) {
    record.labelCreatedAtMs = labelAtMs ?? firstEventMs ?? createdAtMs;
    record.packageId =
      input.packageId ??
      `1152${String(hashString(input.id)).padStart(10, '0').slice(-10)}${input.id.slice(-5).padStart(5, '0')}`;
  }
  if (input.events) {
    record.events = input.events
      .map((e, i) => ({
        atMs: toEpochMs(e.at, `events[${i}].at`),
        description: String(e.description),
        kind: seededEventKind(String(e.description)),
      }))
      .sort((a, b) => a.atMs - b.atMs);
  } else if (input.scenario && record.labelCreatedAtMs !== undefined) {
    record.events = buildTrail(input.scenario, record.labelCreatedAtMs, phrases, prng);
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Rendering the timeline "as of" the simulated clock
// ---------------------------------------------------------------------------------------------

const COMPLETED_AFTER_DELIVERY_MS = 7 * DAY;

/** The kind of a seeded event, read from its wording (English and Chinese carrier phrasing). */
function seededEventKind(description: string): EventKind {
  const text = description.toLowerCase();
  if (/label created|shipping label|awaiting item|面单已创建|已下单/.test(text)) return 'label';
  if (/out for delivery|派送中|派件中/.test(text)) return 'out-for-delivery';
  if (/delivery attempt|notice left|未妥投|派送失败/.test(text)) return 'attempt-failed';
  if (/delivered|已签收|妥投/.test(text)) return 'delivered';
  if (/exception|refused|damaged|lost|异常|拒收/.test(text)) return 'exception';
  return 'scan';
}

export function visibleEvents(order: MockOrderRecord, nowMs: number): TrailEvent[] {
  return order.events.filter((e) => e.atMs <= nowMs);
}

/** True for events a carrier scanner produced (the label event is not one). */
function isCarrierScan(event: TrailEvent): boolean {
  return event.kind !== 'label';
}

/** The order status as of `nowMs`. */
export function statusAt(order: MockOrderRecord, nowMs: number): MockOrderStatus {
  if (order.fixedStatus) return order.fixedStatus;
  if (order.cancelledAtMs !== undefined && order.cancelledAtMs <= nowMs) return 'CANCELLED';
  if (order.paidAtMs === undefined || order.paidAtMs > nowMs) return 'UNPAID';
  if (order.onHoldUntilMs !== undefined && nowMs < order.onHoldUntilMs) return 'ON_HOLD';
  const events = visibleEvents(order, nowMs);
  const delivered = events.find((e) => e.kind === 'delivered');
  if (delivered) return nowMs >= delivered.atMs + COMPLETED_AFTER_DELIVERY_MS ? 'COMPLETED' : 'DELIVERED';
  const scanned = events.some(isCarrierScan);
  if (scanned && !order.stuckAwaitingShipment) return 'IN_TRANSIT';
  if (order.labelCreatedAtMs !== undefined && order.labelCreatedAtMs <= nowMs) {
    return order.stuckAwaitingShipment ? 'AWAITING_SHIPMENT' : 'AWAITING_COLLECTION';
  }
  return 'AWAITING_SHIPMENT';
}

export function isVisible(order: MockOrderRecord, nowMs: number): boolean {
  return order.createdAtMs <= nowMs;
}

export function hasLabel(order: MockOrderRecord, nowMs: number): boolean {
  return order.labelCreatedAtMs !== undefined && order.labelCreatedAtMs <= nowMs && order.packageId !== undefined;
}

/** Latest change as of `nowMs` (epoch ms). */
export function updatedAt(order: MockOrderRecord, nowMs: number): number {
  const moments = [
    order.createdAtMs,
    order.paidAtMs,
    order.onHoldUntilMs,
    order.cancelledAtMs,
    order.labelCreatedAtMs,
    ...order.events.map((e) => e.atMs),
  ];
  const delivered = order.events.find((e) => e.kind === 'delivered');
  if (delivered) moments.push(delivered.atMs + COMPLETED_AFTER_DELIVERY_MS);
  return Math.max(...moments.filter((m): m is number => m !== undefined && m <= nowMs));
}

export function packageStatusAt(order: MockOrderRecord, nowMs: number): string {
  const status = statusAt(order, nowMs);
  if (status === 'CANCELLED') return 'CANCELLED';
  if (status === 'DELIVERED' || status === 'COMPLETED') return 'COMPLETED';
  if (status === 'IN_TRANSIT') return 'FULFILLING';
  return 'PROCESSING';
}

const sec = (ms: number) => Math.floor(ms / 1000);

/** The order as `orders/search` and order detail return it (reference §5.1 field names). */
export function renderOrder(order: MockOrderRecord, nowMs: number): Record<string, unknown> {
  const status = statusAt(order, nowMs);
  const labelled = hasLabel(order, nowMs);
  const events = visibleEvents(order, nowMs);
  const shipped =
    events.some(isCarrierScan) || status === 'IN_TRANSIT' || status === 'DELIVERED' || status === 'COMPLETED';
  // US/UK local shops get package ids only once the package has shipped (reference §5.1).
  const showPackage = labelled && (shipped || (order.market !== 'US' && order.market !== 'GB'));
  const onHold = status === 'ON_HOLD';
  const delivered = events.find((e) => e.kind === 'delivered');
  const json: Record<string, unknown> = {
    id: order.id,
    status,
    create_time: sec(order.createdAtMs),
    update_time: sec(updatedAt(order, nowMs)),
    rts_sla_time: sec(order.shipByMs),
    tts_sla_time: sec(order.shipByMs),
    shipping_due_time: sec(order.shipByMs),
    fulfillment_type: 'FULFILLMENT_BY_SELLER',
    shipping_type: order.shippingType,
    delivery_type: 'HOME_DELIVERY',
    delivery_option_id: order.deliveryOptionId,
    delivery_option_name: order.deliveryOptionName,
    warehouse_id: `7${hashString(order.market + ':warehouse')
      .toString()
      .padStart(18, '0')}`.slice(0, 19),
    is_on_hold_order: onHold,
    is_cod: false,
    is_sample_order: false,
    is_replacement_order: false,
    buyer_message: '',
    user_id: order.userId,
    recipient_address: onHold
      ? {
          name: '',
          phone_number: '',
          full_address: '',
          postal_code: '',
          region_code: order.recipient.regionCode,
          district_info: [],
        }
      : {
          name: order.recipient.name,
          phone_number: order.recipient.phone,
          full_address: order.recipient.fullAddress,
          postal_code: order.recipient.postalCode,
          region_code: order.recipient.regionCode,
          district_info: [
            { address_level: 'L0', address_level_name: 'Country', address_name: order.recipient.regionCode },
          ],
        },
    payment: {
      currency: order.currency,
      total_amount: order.totalAmount,
      sub_total: order.totalAmount,
      shipping_fee: order.shippingFee,
    },
    line_items: order.lineItems.map((item) => ({
      id: item.id,
      product_id: item.productId,
      product_name: item.productName,
      sku_id: item.skuId,
      sku_name: item.skuName,
      seller_sku: item.sellerSku,
      sku_image: `https://p16-oec-va.ibyteimg.com/mock/${item.skuId}.jpeg`,
      display_status: status,
      sale_price: item.salePrice,
      original_price: item.salePrice,
      currency: order.currency,
      is_gift: false,
      ...(showPackage
        ? { package_id: order.packageId, package_status: packageStatusAt(order, nowMs) }
        : { package_status: 'TO_FULFILL' }),
      ...(labelled && order.trackingNumber ? { tracking_number: order.trackingNumber } : {}),
      ...(labelled && order.providerId
        ? { shipping_provider_id: order.providerId, shipping_provider_name: order.providerName }
        : {}),
      ...(labelled ? { rts_time: sec(order.labelCreatedAtMs!) } : {}),
    })),
  };
  if (order.paidAtMs !== undefined && order.paidAtMs <= nowMs) json.paid_time = sec(order.paidAtMs);
  if (labelled) {
    json.rts_time = sec(order.labelCreatedAtMs!);
    if (order.trackingNumber) json.tracking_number = order.trackingNumber;
    if (order.providerId) {
      json.shipping_provider = order.providerName;
      json.shipping_provider_id = order.providerId;
    }
  }
  if (showPackage) json.packages = [{ id: order.packageId }];
  if (delivered) json.delivery_time = sec(delivered.atMs);
  if (status === 'CANCELLED') {
    json.cancel_time = sec(order.cancelledAtMs ?? order.createdAtMs);
    json.cancel_reason = 'No longer needed';
    json.cancellation_initiator = 'BUYER';
  }
  return json;
}

/** One entry of `packages/search`. */
export function renderPackageSummary(order: MockOrderRecord, nowMs: number): Record<string, unknown> {
  return {
    id: order.packageId,
    status: packageStatusAt(order, nowMs),
    tracking_number: order.trackingNumber ?? '',
    shipping_provider_id: order.providerId ?? '',
    shipping_provider_name: order.providerName ?? '',
    order_line_item_ids: order.lineItems.map((i) => i.id),
    orders: [
      {
        id: order.id,
        skus: order.lineItems.map((i) => ({
          id: i.skuId,
          name: i.skuName,
          image_url: `https://p16-oec-va.ibyteimg.com/mock/${i.skuId}.jpeg`,
          quantity: 1,
        })),
      },
    ],
    create_time: sec(order.labelCreatedAtMs!),
    update_time: sec(updatedAt(order, nowMs)),
  };
}

/** `data` of package detail. */
export function renderPackageDetail(order: MockOrderRecord, nowMs: number): Record<string, unknown> {
  const summary = renderPackageSummary(order, nowMs);
  return {
    package_id: order.packageId,
    package_status: summary.status,
    tracking_number: summary.tracking_number,
    shipping_provider_id: summary.shipping_provider_id,
    shipping_provider_name: summary.shipping_provider_name,
    shipping_type: order.shippingType,
    handover_method: 'DROP_OFF',
    delivery_option_id: order.deliveryOptionId,
    delivery_option_name: order.deliveryOptionName,
    orders: summary.orders,
    order_line_item_ids: summary.order_line_item_ids,
    recipient_address: {
      name: order.recipient.name,
      full_address: order.recipient.fullAddress,
      postal_code: order.recipient.postalCode,
      region_code: order.recipient.regionCode,
    },
    weight: { value: '450', unit: 'GRAM' },
    dimension: { length: '20', width: '15', height: '8', unit: 'CM' },
    split_and_combine_tag: '',
    has_multi_skus: false,
    create_time: summary.create_time,
    update_time: summary.update_time,
  };
}

/** `data.tracking` as of `nowMs`: newest first. */
export function renderTracking(order: MockOrderRecord, nowMs: number): Array<Record<string, unknown>> {
  return visibleEvents(order, nowMs)
    .slice()
    .sort((a, b) => b.atMs - a.atMs)
    .map((e) => ({ description: e.description, update_time_millis: e.atMs }));
}
