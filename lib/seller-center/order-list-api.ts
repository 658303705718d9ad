/**
 * Seller Center's own order-list XHR (ref:seller-center#3): `POST /api/fulfillment/order/list` (US:
 * `/api/fulfillment/na/order/list`), answered `{ code: 0, data: { main_orders, total_count, offset } }`.
 * The page's answer holds every order of the list page, including rows a virtualised table has not
 * rendered; the page summary counts over it. We only READ the page's own answers (we never call the
 * API: requests are signed in-page, ref §3), and keep just the fields the signal policy needs.
 * Hand-written readers, no zod: this module runs in Seller Center's page on every load (the MAIN-world
 * relay and the feature module), where a schema library costs more script than everything else (issue #11).
 */
import type { OrderStatusKind } from './selectors';

const ORDER_LIST_PATH = /\/api\/fulfillment\/(?:na\/)?order\/(?:na\/)?list$/;

/** `window.postMessage` types between the page-world relay and the content script. */
export const RELAY_PAGE = 'lml:order-list-page';
export const RELAY_REPLAY = 'lml:order-list-replay';

/** The most orders one answer (or one relayed page) may hold; more is not a Seller Center list page. */
const MAX_ORDERS = 2000;
const MAX_TEXT = 200;
const ORDER_ID = /^\d{6,30}$/;

/** Whether a request URL is the order-list XHR. Example: `isOrderListApiUrl('https://seller-us.tiktok.com/api/fulfillment/na/order/list?aid=4068')` → true. */
export function isOrderListApiUrl(url: string, base = 'https://seller.invalid/'): boolean {
  try {
    return ORDER_LIST_PATH.test(new URL(url, base).pathname);
  } catch {
    return false;
  }
}

export interface ListedOrder {
  orderId: string;
  status?: { kind?: OrderStatusKind; awaitingShipment: boolean; code: string; subCode?: string };
  trackingNo?: string;
  carrierText?: string;
  /** `latest_tts_timestamp` (ship-by), epoch ms. */
  shipByAt?: number;
}

export interface OrderListPage {
  offset: number;
  total?: number;
  orders: ListedOrder[];
}

const STATUS_KINDS: ReadonlySet<string> = new Set<OrderStatusKind>([
  'awaiting-collection',
  'awaiting-shipment',
  'in-transit',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'unpaid',
  'on-hold',
]);

type Fields = Record<string, unknown>;

/** A plain object's OWN field (never one inherited through a polluted prototype). */
function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Fields)[key]
    : undefined;
}

/** A string or a finite number as text (ids and codes come either way), else undefined. */
function idText(value: unknown, max: number): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function shortText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? value : undefined;
}

/**
 * Internal `main_order_status` / `main_sub_order_status` → our status reading. Only 101 (+1) is observed
 * on the real page (ref §2.3); the others follow the replica's reading, marked UNCONFIRMED in the reference.
 */
function statusKindOf(code: string, sub: string | undefined): OrderStatusKind | undefined {
  if (code === '101') return sub === '2' ? 'awaiting-collection' : 'awaiting-shipment';
  if (code === '102') return sub === '2' ? 'delivered' : 'in-transit';
  if (code === '103') return 'completed';
  if (code === '104') return 'cancelled';
  return undefined;
}

/** Seconds (number or digit string) → epoch ms; undefined for anything else. */
function toMs(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n * 1000 : undefined;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : undefined;
}

function readItem(raw: unknown): ListedOrder | undefined {
  const orderId = idText(own(raw, 'main_order_id'), 30);
  if (!orderId || !ORDER_ID.test(orderId)) return undefined;
  const order: ListedOrder = { orderId };
  const statusModule = firstOf(own(raw, 'order_status_module'));
  const code = idText(own(statusModule, 'main_order_status'), 10);
  if (code !== undefined) {
    const subCode = idText(own(statusModule, 'main_sub_order_status'), 10);
    const kind = statusKindOf(code, subCode);
    order.status = {
      code,
      awaitingShipment: kind === 'awaiting-shipment',
      ...(subCode ? { subCode } : {}),
      ...(kind ? { kind } : {}),
    };
  }
  const delivery = own(raw, 'delivery_module');
  if (Array.isArray(delivery))
    for (let i = 0; i < delivery.length && i < 50; i++) {
      const tracking = shortText(own(delivery[i], 'tracking_no'));
      if (tracking) {
        order.trackingNo = tracking;
        break;
      }
    }
  const carrier = shortText(own(raw, 'logistics_service_name'));
  if (carrier) order.carrierText = carrier;
  const shipBy = toMs(own(raw, 'latest_tts_timestamp'));
  if (shipBy) order.shipByAt = shipBy;
  return order;
}

function count(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/**
 * The policy-relevant fields of one order-list answer; `undefined` for anything else (an error answer,
 * another shape, more than 2000 orders). Bad items are skipped one by one. `requestOffset` is the
 * request body's `offset`, used when the answer does not repeat it.
 */
export function readOrderListResponse(json: unknown, requestOffset?: number): OrderListPage | undefined {
  if (own(json, 'code') !== 0) return undefined;
  const data = own(json, 'data');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const items = own(data, 'main_orders') ?? [];
  if (!Array.isArray(items) || items.length > MAX_ORDERS) return undefined;
  const orders: ListedOrder[] = [];
  for (const item of items) {
    const order = readItem(item);
    if (order) orders.push(order);
  }
  const total = count(own(data, 'total_count'));
  return {
    offset: count(own(data, 'offset')) ?? requestOffset ?? 0,
    orders,
    ...(total !== undefined ? { total } : {}),
  };
}

/** The request body's `offset` (a JSON string body), when readable. */
export function requestOffsetOf(body: unknown): number | undefined {
  if (typeof body !== 'string' || body.length > 100_000) return undefined;
  try {
    return count(own(JSON.parse(body), 'offset'));
  } catch {
    return undefined;
  }
}

export type OrderListPageCheck = { ok: true; page: OrderListPage } | { ok: false; error: string };

/**
 * Checks an `OrderListPage` crossing from the page world to the content script: any page script could
 * post one, so it is never trusted blindly. Returns a fresh copy of exactly the known fields (extra keys,
 * `__proto__` included, are dropped), or the first problem found, by path.
 * Example: `checkOrderListPage({ offset: 0, orders: [{ orderId: 'x' }] })` → `{ ok: false, error: 'orders[0].orderId: not an order id' }`.
 */
export function checkOrderListPage(value: unknown): OrderListPageCheck {
  const fail = (error: string): OrderListPageCheck => ({ ok: false, error });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('page: not an object');
  const offset = own(value, 'offset');
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) return fail('offset: not a non-negative integer');
  const total = own(value, 'total');
  if (total !== undefined && (!Number.isSafeInteger(total) || (total as number) < 0))
    return fail('total: not a non-negative integer');
  const orders = own(value, 'orders');
  if (!Array.isArray(orders)) return fail('orders: not an array');
  if (orders.length > MAX_ORDERS) return fail(`orders: more than ${MAX_ORDERS}`);
  const copy: ListedOrder[] = [];
  for (let i = 0; i < orders.length; i++) {
    const checked = checkListedOrder(orders[i]);
    if (typeof checked === 'string') return fail(`orders[${i}].${checked}`);
    copy.push(checked);
  }
  return {
    ok: true,
    page: { offset: offset as number, orders: copy, ...(total !== undefined ? { total: total as number } : {}) },
  };
}

/** A fresh, checked copy of one relayed order, or the path and problem of its first bad field. */
function checkListedOrder(value: unknown): ListedOrder | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'order: not an object';
  const orderId = own(value, 'orderId');
  if (typeof orderId !== 'string' || !ORDER_ID.test(orderId)) return 'orderId: not an order id';
  const order: ListedOrder = { orderId };
  const status = own(value, 'status');
  if (status !== undefined) {
    if (typeof status !== 'object' || status === null) return 'status: not an object';
    const kind = own(status, 'kind');
    const awaitingShipment = own(status, 'awaitingShipment');
    const code = own(status, 'code');
    const subCode = own(status, 'subCode');
    if (kind !== undefined && (typeof kind !== 'string' || !STATUS_KINDS.has(kind))) return 'status.kind: unknown';
    if (typeof awaitingShipment !== 'boolean') return 'status.awaitingShipment: not a boolean';
    if (typeof code !== 'string' || code.length > 10) return 'status.code: not a short string';
    if (subCode !== undefined && (typeof subCode !== 'string' || subCode.length > 10))
      return 'status.subCode: not a short string';
    order.status = {
      awaitingShipment,
      code,
      ...(kind !== undefined ? { kind: kind as OrderStatusKind } : {}),
      ...(subCode !== undefined ? { subCode } : {}),
    };
  }
  for (const key of ['trackingNo', 'carrierText'] as const) {
    const text = own(value, key);
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.length > MAX_TEXT) return `${key}: not a string of at most ${MAX_TEXT}`;
    order[key] = text;
  }
  const shipByAt = own(value, 'shipByAt');
  if (shipByAt !== undefined) {
    if (typeof shipByAt !== 'number' || !Number.isFinite(shipByAt)) return 'shipByAt: not a finite number';
    order.shipByAt = shipByAt;
  }
  return order;
}
