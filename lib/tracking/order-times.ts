/**
 * The times of an Open API order, read as epoch ms. The API sends them as Unix SECONDS
 * (ref:tiktok-open-api#5: "seconds unless a field ends in _millis"); everything in lib/tracking is ms.
 * Field meanings follow the Partner Center field descriptions of Get Order Detail (202309).
 */

type ApiSeconds = number | string | null | undefined;

/** Fields of an Open API order (§5.1) that carry deadlines and milestones. */
export interface ApiOrderTimeFields {
  create_time?: ApiSeconds;
  paid_time?: ApiSeconds;
  /** "The latest shipping time specified by the platform" — the ship-by deadline. */
  rts_sla_time?: ApiSeconds;
  /** "The latest collection time specified by the platform." */
  tts_sla_time?: ApiSeconds;
  /** The order is cancelled if not AWAITING_COLLECTION by then. */
  shipping_due_time?: ApiSeconds;
  /** The order is cancelled if not IN_TRANSIT by then. */
  collection_due_time?: ApiSeconds;
  /** "The latest delivery time specified by the platform." */
  delivery_sla_time?: ApiSeconds;
  /** "Order should be delivered before this time." */
  delivery_option_required_delivery_time?: ApiSeconds;
  /** The order is cancelled if not DELIVERED by then. */
  delivery_due_time?: ApiSeconds;
  /** When the seller shipped (ready to ship). */
  rts_time?: ApiSeconds;
  /** When the status became IN_TRANSIT (carrier collected). */
  collection_time?: ApiSeconds;
  /** When the status became DELIVERED. */
  delivery_time?: ApiSeconds;
}

export interface OrderTimes {
  createdAt?: number;
  paidAt?: number;
  shipByAt?: number;
  collectByAt?: number;
  cancelUnlessCollectionArrangedAt?: number;
  cancelUnlessCollectedAt?: number;
  shippedAt?: number;
  collectedAt?: number;
  deliveredAt?: number;
  /** The deliver-by time: `delivery_sla_time`, else `delivery_option_required_delivery_time`, else `delivery_due_time`. */
  deliveryDueAt?: number;
  deliveryDueField?: 'delivery_sla_time' | 'delivery_option_required_delivery_time' | 'delivery_due_time';
}

/**
 * Unix seconds (number or digit string) → epoch ms; 0, blanks and junk → undefined (the API sends 0 for
 * "not set"). Example: `secondsToMs('1717200000')` → `1717200000000`.
 */
export function secondsToMs(value: ApiSeconds): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return Math.round(n * 1000);
}

/**
 * Reads an Open API order's deadlines and milestones as epoch ms.
 * Example: `readApiOrderTimes({ rts_sla_time: 1717200000, delivery_time: '1717400000' })` → `{ shipByAt: 1717200000000, deliveredAt: 1717400000000 }`.
 */
export function readApiOrderTimes(order: ApiOrderTimeFields): OrderTimes {
  const out: OrderTimes = {};
  const set = (key: Exclude<keyof OrderTimes, 'deliveryDueField'>, value: ApiSeconds) => {
    const ms = secondsToMs(value);
    if (ms !== undefined) out[key] = ms;
  };
  set('createdAt', order.create_time);
  set('paidAt', order.paid_time);
  set('shipByAt', order.rts_sla_time);
  set('collectByAt', order.tts_sla_time);
  set('cancelUnlessCollectionArrangedAt', order.shipping_due_time);
  set('cancelUnlessCollectedAt', order.collection_due_time);
  set('shippedAt', order.rts_time);
  set('collectedAt', order.collection_time);
  set('deliveredAt', order.delivery_time);
  for (const field of ['delivery_sla_time', 'delivery_option_required_delivery_time', 'delivery_due_time'] as const) {
    const ms = secondsToMs(order[field]);
    if (ms !== undefined) {
      out.deliveryDueAt = ms;
      out.deliveryDueField = field;
      break;
    }
  }
  return out;
}
