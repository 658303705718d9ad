/**
 * Seller Center's own order-list XHR (ref:seller-center#3): `POST /api/fulfillment/order/list` (US:
 * `/api/fulfillment/na/order/list`), answered `{ code: 0, data: { main_orders, total_count, offset } }`.
 * The page's answer holds every order of the list page, including rows a virtualised table has not
 * rendered; the page summary counts over it. We only READ the page's own answers (we never call the
 * API: requests are signed in-page, ref §3), and keep just the fields the signal policy needs.
 */
import { z } from 'zod';
import type { OrderStatusKind } from './selectors';

const ORDER_LIST_PATH = /\/api\/fulfillment\/(?:na\/)?order\/(?:na\/)?list$/;

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

const seconds = z.union([z.string(), z.number()]).optional().nullable();
const listItem = z.object({
  main_order_id: z.union([z.string(), z.number()]).transform(String),
  order_status_module: z
    .array(
      z.object({
        main_order_status: z.union([z.string(), z.number()]).optional(),
        main_sub_order_status: z.union([z.string(), z.number()]).optional(),
      }),
    )
    .optional()
    .nullable(),
  delivery_module: z
    .array(z.object({ tracking_no: z.string().max(200).optional().nullable() }))
    .optional()
    .nullable(),
  logistics_service_name: z.string().max(200).optional().nullable(),
  latest_tts_timestamp: seconds,
});
const listResponse = z.object({
  code: z.literal(0),
  data: z.object({
    main_orders: z.array(z.unknown()).max(2000).optional().nullable(),
    total_count: z.union([z.string(), z.number()]).optional().nullable(),
    offset: z.union([z.string(), z.number()]).optional().nullable(),
  }),
});

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

function toMs(value: string | number | null | undefined): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n * 1000 : undefined;
}

function readItem(raw: unknown): ListedOrder | undefined {
  const parsed = listItem.safeParse(raw);
  if (!parsed.success || !/^\d{6,30}$/.test(parsed.data.main_order_id)) return undefined;
  const item = parsed.data;
  const order: ListedOrder = { orderId: item.main_order_id };
  const status = item.order_status_module?.[0];
  if (status?.main_order_status !== undefined) {
    const code = String(status.main_order_status);
    const subCode = status.main_sub_order_status !== undefined ? String(status.main_sub_order_status) : undefined;
    const kind = statusKindOf(code, subCode);
    order.status = {
      code,
      awaitingShipment: kind === 'awaiting-shipment',
      ...(subCode ? { subCode } : {}),
      ...(kind ? { kind } : {}),
    };
  }
  const tracking = item.delivery_module?.find((d) => d.tracking_no)?.tracking_no;
  if (tracking) order.trackingNo = tracking;
  if (item.logistics_service_name) order.carrierText = item.logistics_service_name;
  const shipBy = toMs(item.latest_tts_timestamp);
  if (shipBy) order.shipByAt = shipBy;
  return order;
}

/**
 * The policy-relevant fields of one order-list answer; `undefined` for anything else (an error answer,
 * another shape). Bad items are skipped one by one. `requestOffset` is the request body's `offset`,
 * used when the answer does not repeat it.
 */
export function readOrderListResponse(json: unknown, requestOffset?: number): OrderListPage | undefined {
  const parsed = listResponse.safeParse(json);
  if (!parsed.success) return undefined;
  const { data } = parsed.data;
  const orders = (data.main_orders ?? []).map(readItem).filter((o): o is ListedOrder => !!o);
  const total = Number(data.total_count);
  const offset = Number(data.offset ?? requestOffset ?? 0);
  return {
    offset: Number.isFinite(offset) && offset >= 0 ? offset : 0,
    orders,
    ...(Number.isFinite(total) && total >= 0 && data.total_count !== null && data.total_count !== undefined
      ? { total }
      : {}),
  };
}

/** The request body's `offset` (a JSON string body), when readable. */
export function requestOffsetOf(body: unknown): number | undefined {
  if (typeof body !== 'string' || body.length > 100_000) return undefined;
  try {
    const offset = Number((JSON.parse(body) as { offset?: unknown }).offset);
    return Number.isFinite(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

/** Schema of an `OrderListPage` crossing from the page world to the content script (never trusted blindly). */
export const orderListPageSchema = z.object({
  offset: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().optional(),
  orders: z
    .array(
      z.object({
        orderId: z.string().regex(/^\d{6,30}$/),
        status: z
          .object({
            kind: z
              .enum([
                'awaiting-collection',
                'awaiting-shipment',
                'in-transit',
                'shipped',
                'delivered',
                'completed',
                'cancelled',
                'unpaid',
                'on-hold',
              ])
              .optional(),
            awaitingShipment: z.boolean(),
            code: z.string().max(10),
            subCode: z.string().max(10).optional(),
          })
          .optional(),
        trackingNo: z.string().max(200).optional(),
        carrierText: z.string().max(200).optional(),
        shipByAt: z.number().optional(),
      }),
    )
    .max(2000),
}) satisfies z.ZodType<OrderListPage>;
