import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  envelopeSchema,
  lineItemSchema,
  orderDetailDataSchema,
  orderSchema,
  orderSearchDataSchema,
  packageDetailSchema,
  packageSearchDataSchema,
  packageSummarySchema,
  shippingDocumentSchema,
  shippingProviderSchema,
  shippingProvidersDataSchema,
  shopSchema,
  shopsDataSchema,
  tokenDataSchema,
  trackingDataSchema,
  trackingEventSchema,
} from '@/lib/tiktok';

function fixture(name: string): { code: number; data: Record<string, unknown> } {
  const text = readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');
  const envelope = envelopeSchema.parse(JSON.parse(text));
  return { code: envelope.code, data: envelope.data as Record<string, unknown> };
}

describe('envelope', () => {
  it('accepts success and error envelopes (error without data)', () => {
    expect(fixture('orders-search').code).toBe(0);
    const error = envelopeSchema.parse(
      JSON.parse(readFileSync(new URL('./fixtures/error-token-expired.json', import.meta.url), 'utf8')),
    );
    expect(error.code).toBe(105002);
    expect(error.data).toBeUndefined();
  });

  it('refuses a body without a numeric code', () => {
    expect(envelopeSchema.safeParse({ message: 'ok', data: {} }).success).toBe(false);
    expect(envelopeSchema.safeParse({ code: 'zero' }).success).toBe(false);
  });
});

describe('token data', () => {
  it('parses token/get, keeping the expiry as the unix timestamp the API sends', () => {
    const data = tokenDataSchema.parse(fixture('token-get').data);
    expect(data.access_token).toBe('ROW_sampleAccessTokenAAAABBBBCCCC');
    expect(data.access_token_expire_in).toBe(1700604800);
    expect(data.granted_scopes).toEqual(['seller.order.info', 'seller.fulfillment.basic']);
  });

  it('refuses token data without an access token', () => {
    const { access_token: _dropped, ...rest } = fixture('token-get').data;
    expect(tokenDataSchema.safeParse(rest).success).toBe(false);
  });
});

describe('authorized shops', () => {
  it('parses each shop with its cipher and keeps unknown fields', () => {
    const data = shopsDataSchema.parse(fixture('authorized-shops').data);
    const shops = (data.shops ?? []).map((s) => shopSchema.parse(s));
    expect(shops.map((s) => s.cipher)).toEqual([
      'GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3',
      'ROW_xkMbgAAAeVAQra0eZWebFQq5aIK',
    ]);
    expect(shops[1]).toMatchObject({ region: 'US', seller_type: 'CROSS_BORDER', some_future_field: true });
  });

  it('refuses a shop without a cipher', () => {
    expect(shopSchema.safeParse({ id: '1', name: 'x' }).success).toBe(false);
  });
});

describe('orders', () => {
  const search = orderSearchDataSchema.parse(fixture('orders-search').data);
  const orders = (search.orders ?? []).map((o) => orderSchema.parse(o));

  it('reads paging fields', () => {
    expect(search.next_page_token).toBe('aDU2dWZKMTJhYk5oTE5yRHBteU9VQT09');
    expect(search.total_count).toBe(3);
  });

  it('reads the fields the extension uses from a full order (§5.1)', () => {
    const [order] = orders;
    expect(order).toMatchObject({
      id: '576461413038785752',
      status: 'AWAITING_SHIPMENT',
      rts_sla_time: 1700172900,
      tts_sla_time: 1700259300,
      shipping_due_time: 1700172900,
      tracking_number: '9400111206206406260787',
      shipping_provider: 'USPS',
      shipping_provider_id: '7117858858072016686',
      recipient_address: { postal_code: '99501', region_code: 'US' },
      payment: { currency: 'USD', total_amount: '12.99' },
    });
    expect(order?.line_items?.[0]).toMatchObject({
      id: '577086512123755123',
      package_status: 'TO_FULFILL',
      sale_price: '12.99',
    });
  });

  it('accepts an ON_HOLD order with a blanked address, string times, a numeric amount and null fields', () => {
    const onHold = orders[1]!;
    expect(onHold.status).toBe('ON_HOLD');
    expect(onHold.create_time).toBe(1699990000);
    expect(onHold.payment?.total_amount).toBe('10.5');
    expect(onHold.shipping_provider).toBeUndefined();
    expect(onHold.recipient_address?.full_address).toBe('');
  });

  it('reads package ids on a shipped order', () => {
    expect(orders[2]!.packages).toEqual([{ id: '1152321127278713123' }]);
  });

  it('parses order detail', () => {
    const detail = orderDetailDataSchema.parse(fixture('order-detail').data);
    expect(orderSchema.parse(detail.orders?.[0]).delivery_time).toBe(1700100000);
  });

  it('refuses an order id sent as a number (precision is already lost)', () => {
    // eslint-disable-next-line no-loss-of-precision -- the precision loss is what this test is about
    const result = orderSchema.safeParse({ id: 576461413038785752, status: 'DELIVERED' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['id']);
  });

  it('refuses a status outside the documented enum, accepts every documented one', () => {
    expect(orderSchema.safeParse({ id: '1', status: 'SHIPPED' }).success).toBe(false);
    for (const status of [
      'UNPAID',
      'ON_HOLD',
      'AWAITING_SHIPMENT',
      'PARTIALLY_SHIPPING',
      'AWAITING_COLLECTION',
      'IN_TRANSIT',
      'DELIVERED',
      'COMPLETED',
      'CANCELLED',
    ]) {
      expect(orderSchema.safeParse({ id: '1', status }).success).toBe(true);
    }
  });

  it('refuses a line item without an id and a non-integer time', () => {
    expect(lineItemSchema.safeParse({ product_name: 'x' }).success).toBe(false);
    expect(orderSchema.safeParse({ id: '1', status: 'UNPAID', create_time: '17e8' }).success).toBe(false);
  });
});

describe('packages', () => {
  it('parses package search items', () => {
    const data = packageSearchDataSchema.parse(fixture('packages-search').data);
    const pkg = packageSummarySchema.parse(data.packages?.[0]);
    expect(pkg).toMatchObject({ id: '1152321127278713123', status: 'PROCESSING', shipping_provider_name: 'USPS' });
    expect(pkg.orders?.[0]?.skus?.[0]?.quantity).toBe(1);
    expect(data.next_page_token).toBe('');
  });

  it('parses package detail, keeping weight and size as text with units', () => {
    const pkg = packageDetailSchema.parse(fixture('package-detail').data);
    expect(pkg).toMatchObject({
      package_id: '1152321127278713123',
      shipping_type: 'TIKTOK',
      handover_method: 'PICKUP',
    });
    expect(pkg.weight).toEqual({ value: '450', unit: 'GRAM' });
    expect(pkg.dimension?.unit).toBe('CM');
    expect(pkg.orders?.[0]?.skus?.[0]?.quantity).toBe(1);
  });
});

describe('tracking, providers, documents', () => {
  it('parses tracking events with update_time_millis as a number even when sent as text', () => {
    const data = trackingDataSchema.parse(fixture('tracking').data);
    const events = (data.tracking ?? []).map((e) => trackingEventSchema.parse(e));
    expect(events.map((e) => e.update_time_millis)).toEqual([
      1700100000000, 1700080000000, 1699930000000, 1699917200000,
    ]);
    expect(events[0]?.description).toBe('Delivered, In/At Mailbox');
  });

  it('refuses `tracking` sent as an object', () => {
    const result = trackingDataSchema.safeParse({ tracking: { description: 'x' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tracking']);
  });

  it('parses shipping providers', () => {
    const data = shippingProvidersDataSchema.parse(fixture('shipping-providers').data);
    expect((data.shipping_providers ?? []).map((p) => shippingProviderSchema.parse(p).name)).toEqual(['USPS', 'UPS']);
  });

  it('parses a shipping document and refuses a non-URL doc_url', () => {
    expect(shippingDocumentSchema.parse(fixture('shipping-document').data).doc_url).toMatch(/^https:\/\//);
    expect(shippingDocumentSchema.safeParse({ doc_url: 'not a url' }).success).toBe(false);
  });
});
