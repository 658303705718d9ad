/**
 * Reads an order status as the page or the API writes it. Seller Center shows English or Chinese
 * text ("Awaiting collection", "待揽收"), the Open API sends names or numbers (AWAITING_SHIPMENT, 111),
 * and Seller Center's own rows carry internal codes (101 = awaiting shipment). Pure.
 */
import { ORDER_STATUSES, type OrderStatus } from './types';

/** Open API numbers (ref:seller-center#3: 100, 105, 111, 112, 114, 121, 122, 130, 140) and the one confirmed internal code 101. */
const NUMERIC: Readonly<Record<string, OrderStatus>> = {
  '100': 'unpaid',
  '101': 'awaiting-shipment',
  '105': 'on-hold',
  '111': 'awaiting-shipment',
  '112': 'awaiting-collection',
  '114': 'partially-shipping',
  '121': 'in-transit',
  '122': 'delivered',
  '130': 'completed',
  '140': 'cancelled',
};

/**
 * Words after folding (lowercase, `_`/`-` as spaces). Chinese from ref:seller-center#4.
 * "Pending shipment" and "To ship" are the seller's / the tab's names for awaiting shipment.
 */
const WORDS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/^(?:unpaid|未支付|待付款)$/, 'unpaid'],
  [/^(?:on hold|处理中)$/, 'on-hold'],
  [/^(?:awaiting shipment|pending shipment|to ship|ready to ship|待发货)$/, 'awaiting-shipment'],
  [/^(?:awaiting collection|awaiting pickup|awaiting pick up|待揽收)$/, 'awaiting-collection'],
  [/^(?:partially shipping|partially shipped|部分发货)$/, 'partially-shipping'],
  [/^(?:in transit|shipped|运输中|已发货)$/, 'in-transit'],
  [/^(?:delivered|已送达|已签收)$/, 'delivered'],
  [/^(?:completed|已完成)$/, 'completed'],
  [/^(?:cancelled|canceled|已取消)$/, 'cancelled'],
];

/**
 * Maps a status text, API name or number onto `OrderStatus`; `unknown` when nothing matches.
 * Example: `classifyOrderStatus('AWAITING_COLLECTION') === 'awaiting-collection'`, `classifyOrderStatus('待发货') === 'awaiting-shipment'`.
 */
export function classifyOrderStatus(raw: unknown): OrderStatus {
  if (typeof raw === 'number' && Number.isInteger(raw)) return NUMERIC[String(raw)] ?? 'unknown';
  if (typeof raw !== 'string') return 'unknown';
  const trimmed = raw.normalize('NFKC').trim();
  if (/^\d+$/.test(trimmed)) return NUMERIC[trimmed] ?? 'unknown';
  if ((ORDER_STATUSES as readonly string[]).includes(trimmed)) return trimmed as OrderStatus;
  const folded = trimmed.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  for (const [pattern, status] of WORDS) if (pattern.test(folded)) return status;
  return 'unknown';
}

/** Statuses in which the order is still waiting for the carrier: the ones a "stuck" diagnosis is about. */
const PENDING: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'awaiting-shipment',
  'awaiting-collection',
  'partially-shipping',
]);

/**
 * Whether the order still shows as pending shipment. `unknown` counts as pending: the caller asked
 * about a stuck order, and an unreadable status is no evidence that it moved on.
 * Example: `isStillPending('unknown') === true`, `isStillPending('in-transit') === false`.
 */
export function isStillPending(status: OrderStatus): boolean {
  return status === 'unknown' || PENDING.has(status);
}
