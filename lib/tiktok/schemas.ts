/**
 * zod schemas for every Open API response the extension reads, with the platform's real field names
 * (shared/reference/tiktok-open-api.md §1.2, §1.3, §3, §5, §5.1, §6).
 *
 * Lenient where the real API is: unknown extra fields pass through (`looseObject`), almost every
 * field is optional (the platform omits empty ones, and blanks the address while an order is
 * ON_HOLD), `null` counts as absent, and integers / money may arrive as strings.
 * Strict where it matters: ids are strings (18–19 digit ids do not survive a JS number), the
 * envelope `code` is an integer, and the order status is the documented enum.
 */
import { z } from 'zod';

/** `null` → absent, then optional: the API sends both for "no value". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/** An integer that may arrive as a JSON number or as a decimal string (`"1700000000"`). */
const looseIntSchema = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/, 'expected an integer or an integer string')
    .transform((text) => Number(text)),
]);

/** A decimal amount kept as text (`"7.99"`): money is converted to minor units by its consumer, never via float here. */
const decimalTextSchema = z.union([
  z.string(),
  z
    .number()
    .finite()
    .transform((value) => String(value)),
]);

/** Platform ids: non-empty strings. A number here means precision was already lost upstream. */
const idSchema = z.string({ error: 'expected the id as a string' }).min(1, 'expected a non-empty id');

// ---------------------------------------------------------------------------------------------
// Envelope (§3)
// ---------------------------------------------------------------------------------------------

/** Every Open API and token API response: `{ code, message, request_id, data }`; `code === 0` is success. */
export const envelopeSchema = z.looseObject({
  code: looseIntSchema,
  message: optional(z.string()),
  request_id: optional(z.string()),
  data: z.unknown().optional(),
});
export type TikTokEnvelope = z.infer<typeof envelopeSchema>;

// ---------------------------------------------------------------------------------------------
// Tokens (§1.2) and authorized shops (§1.3)
// ---------------------------------------------------------------------------------------------

/** `data` of `/api/v2/token/get` and `/api/v2/token/refresh`. The `*_expire_in` fields are unix timestamps in seconds. */
export const tokenDataSchema = z.looseObject({
  access_token: z.string().min(1),
  access_token_expire_in: looseIntSchema,
  refresh_token: z.string().min(1),
  refresh_token_expire_in: optional(looseIntSchema),
  open_id: optional(z.string()),
  seller_name: optional(z.string()),
  seller_base_region: optional(z.string()),
  user_type: optional(looseIntSchema),
  granted_scopes: optional(z.array(z.string())),
  // The [NET] model spells it this way; the official docs say `granted_scopes`.
  granted_permissions: optional(z.array(z.string())),
});
export type TikTokTokenData = z.infer<typeof tokenDataSchema>;

/** One entry of `data.shops[]`; `cipher` is the `shop_cipher` every shop-scoped call sends. */
export const shopSchema = z.looseObject({
  id: idSchema,
  cipher: z.string().min(1),
  name: optional(z.string()),
  region: optional(z.string()),
  seller_type: optional(z.string()),
  code: optional(z.string()),
});
export type TikTokShop = z.infer<typeof shopSchema>;

export const shopsDataSchema = z.looseObject({ shops: optional(z.array(z.unknown())) });

// ---------------------------------------------------------------------------------------------
// Orders (§5, §5.1, §6)
// ---------------------------------------------------------------------------------------------

/** `order_status` of version 202309 (§6). `ON_HOLD` exists for US/UK shops. */
const ORDER_STATUSES = [
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
const orderStatusSchema = z.enum(ORDER_STATUSES);
export type TikTokOrderStatus = z.infer<typeof orderStatusSchema>;

const addressSchema = z.looseObject({
  name: optional(z.string()),
  phone_number: optional(z.string()),
  full_address: optional(z.string()),
  address_detail: optional(z.string()),
  postal_code: optional(z.string()),
  region_code: optional(z.string()),
  district_info: optional(
    z.array(
      z.looseObject({
        address_level: optional(z.string()),
        address_level_name: optional(z.string()),
        address_name: optional(z.string()),
      }),
    ),
  ),
});
export type TikTokAddress = z.infer<typeof addressSchema>;

export const lineItemSchema = z.looseObject({
  id: idSchema,
  product_id: optional(z.string()),
  product_name: optional(z.string()),
  sku_id: optional(z.string()),
  sku_name: optional(z.string()),
  seller_sku: optional(z.string()),
  sku_image: optional(z.string()),
  display_status: optional(z.string()),
  package_id: optional(z.string()),
  package_status: optional(z.string()),
  tracking_number: optional(z.string()),
  shipping_provider_id: optional(z.string()),
  shipping_provider_name: optional(z.string()),
  rts_time: optional(looseIntSchema),
  sale_price: optional(decimalTextSchema),
  original_price: optional(decimalTextSchema),
  currency: optional(z.string()),
  is_gift: optional(z.boolean()),
  cancel_user: optional(z.string()),
  cancel_reason: optional(z.string()),
});
export type TikTokLineItem = z.infer<typeof lineItemSchema>;

const paymentSchema = z.looseObject({
  currency: optional(z.string()),
  total_amount: optional(decimalTextSchema),
  sub_total: optional(decimalTextSchema),
  shipping_fee: optional(decimalTextSchema),
});

/** One order of `orders/search` and of order detail. Times are unix seconds. */
export const orderSchema = z.looseObject({
  id: idSchema,
  status: orderStatusSchema,
  create_time: optional(looseIntSchema),
  update_time: optional(looseIntSchema),
  paid_time: optional(looseIntSchema),
  rts_time: optional(looseIntSchema),
  rts_sla_time: optional(looseIntSchema),
  tts_sla_time: optional(looseIntSchema),
  shipping_due_time: optional(looseIntSchema),
  collection_due_time: optional(looseIntSchema),
  delivery_due_time: optional(looseIntSchema),
  delivery_time: optional(looseIntSchema),
  cancel_time: optional(looseIntSchema),
  fulfillment_type: optional(z.string()),
  shipping_type: optional(z.string()),
  delivery_type: optional(z.string()),
  delivery_option_id: optional(z.string()),
  delivery_option_name: optional(z.string()),
  shipping_provider: optional(z.string()),
  shipping_provider_id: optional(z.string()),
  tracking_number: optional(z.string()),
  warehouse_id: optional(z.string()),
  packages: optional(z.array(z.looseObject({ id: idSchema }))),
  is_on_hold_order: optional(z.boolean()),
  is_cod: optional(z.boolean()),
  is_sample_order: optional(z.boolean()),
  is_replacement_order: optional(z.boolean()),
  split_or_combine_tag: optional(z.string()),
  buyer_message: optional(z.string()),
  seller_note: optional(z.string()),
  user_id: optional(z.string()),
  recipient_address: optional(addressSchema),
  payment: optional(paymentSchema),
  cancel_reason: optional(z.string()),
  cancellation_initiator: optional(z.string()),
  line_items: optional(z.array(lineItemSchema)),
});
export type TikTokOrder = z.infer<typeof orderSchema>;

/** `data` of `POST /order/202309/orders/search`; `orders` items are parsed one by one by the client. */
export const orderSearchDataSchema = z.looseObject({
  orders: optional(z.array(z.unknown())),
  next_page_token: optional(z.string()),
  total_count: optional(looseIntSchema),
});

/** `data` of `GET /order/202309/orders?ids=…`. */
export const orderDetailDataSchema = z.looseObject({ orders: optional(z.array(z.unknown())) });

// ---------------------------------------------------------------------------------------------
// Packages (§5)
// ---------------------------------------------------------------------------------------------

const packageOrderSchema = z.looseObject({
  id: idSchema,
  skus: optional(
    z.array(
      z.looseObject({
        id: optional(z.string()),
        name: optional(z.string()),
        image_url: optional(z.string()),
        quantity: optional(looseIntSchema),
      }),
    ),
  ),
});

/** One entry of `data.packages[]` from `POST /fulfillment/202309/packages/search`. */
export const packageSummarySchema = z.looseObject({
  id: idSchema,
  status: optional(z.string()),
  tracking_number: optional(z.string()),
  shipping_provider_id: optional(z.string()),
  shipping_provider_name: optional(z.string()),
  order_line_item_ids: optional(z.array(z.string())),
  orders: optional(z.array(packageOrderSchema)),
  create_time: optional(looseIntSchema),
  update_time: optional(looseIntSchema),
});
export type TikTokPackageSummary = z.infer<typeof packageSummarySchema>;

export const packageSearchDataSchema = z.looseObject({
  packages: optional(z.array(z.unknown())),
  next_page_token: optional(z.string()),
  total_count: optional(looseIntSchema),
});

const timeSlotSchema = z.looseObject({ start_time: optional(looseIntSchema), end_time: optional(looseIntSchema) });

/** `data` of `GET /fulfillment/202309/packages/{package_id}`. Weight and size values stay as text with their unit. */
export const packageDetailSchema = z.looseObject({
  package_id: idSchema,
  package_status: optional(z.string()),
  tracking_number: optional(z.string()),
  shipping_provider_id: optional(z.string()),
  shipping_provider_name: optional(z.string()),
  shipping_type: optional(z.string()),
  handover_method: optional(z.string()),
  delivery_option_id: optional(z.string()),
  delivery_option_name: optional(z.string()),
  pickup_slot: optional(timeSlotSchema),
  orders: optional(z.array(packageOrderSchema)),
  order_line_item_ids: optional(z.array(z.string())),
  recipient_address: optional(addressSchema),
  sender_address: optional(addressSchema),
  weight: optional(z.looseObject({ value: optional(decimalTextSchema), unit: optional(z.string()) })),
  dimension: optional(
    z.looseObject({
      length: optional(decimalTextSchema),
      width: optional(decimalTextSchema),
      height: optional(decimalTextSchema),
      unit: optional(z.string()),
    }),
  ),
  split_and_combine_tag: optional(z.string()),
  note_tag: optional(z.string()),
  has_multi_skus: optional(z.boolean()),
  create_time: optional(looseIntSchema),
  update_time: optional(looseIntSchema),
});
export type TikTokPackageDetail = z.infer<typeof packageDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Tracking, shipping providers, shipping documents (§5)
// ---------------------------------------------------------------------------------------------

/** One entry of `data.tracking[]` from `GET /fulfillment/202309/orders/{order_id}/tracking`; time in epoch **ms**. */
export const trackingEventSchema = z.looseObject({
  description: z.string(),
  update_time_millis: looseIntSchema,
});
export type TikTokTrackingEvent = z.infer<typeof trackingEventSchema>;

export const trackingDataSchema = z.looseObject({ tracking: optional(z.array(z.unknown())) });

/** One entry of `data.shipping_providers[]` (e.g. `{ id, name: 'USPS' }`). */
export const shippingProviderSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
});
export type TikTokShippingProvider = z.infer<typeof shippingProviderSchema>;

export const shippingProvidersDataSchema = z.looseObject({ shipping_providers: optional(z.array(z.unknown())) });

/** `data` of `GET /fulfillment/202309/packages/{package_id}/shipping_documents`: a download URL. */
export const shippingDocumentSchema = z.looseObject({
  doc_url: z.url({ error: 'expected doc_url to be a URL' }),
});
export type TikTokShippingDocument = z.infer<typeof shippingDocumentSchema>;

/** `document_type` values of the shipping-document endpoint (§5). */
export type ShippingDocumentType =
  | 'SHIPPING_LABEL'
  | 'PACKING_SLIP'
  | 'SHIPPING_LABEL_AND_PACKING_SLIP'
  | 'SHIPPING_LABEL_PICTURE'
  | 'HAZMAT_LABEL'
  | 'INVOICE_LABEL';
export type ShippingDocumentSize = 'A6' | 'A5';
