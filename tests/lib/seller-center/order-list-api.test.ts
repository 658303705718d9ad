import { describe, expect, it } from 'vitest';
import {
  checkOrderListPage,
  isOrderListApiUrl,
  readOrderListResponse,
  requestOffsetOf,
} from '@/lib/seller-center/order-list-api';

const item = (over: Record<string, unknown> = {}) => ({
  main_order_id: '577424858038964867',
  order_status_module: [{ main_order_status: 101, main_sub_order_status: 1 }],
  delivery_module: [{ tracking_no: '' }, { tracking_no: '9400111206206406260787' }],
  logistics_service_name: 'USPS Ground Advantage',
  latest_tts_timestamp: '1764806400',
  buyer_name: 'never relayed',
  ...over,
});

describe('isOrderListApiUrl', () => {
  it('matches the list XHR of every market and nothing else', () => {
    expect(isOrderListApiUrl('https://seller-us.tiktok.com/api/fulfillment/na/order/list?aid=4068')).toBe(true);
    expect(isOrderListApiUrl('/api/fulfillment/order/list', 'https://seller-uk.tiktok.com/order')).toBe(true);
    expect(isOrderListApiUrl('https://seller-us.tiktok.com/api/fulfillment/order/list/export')).toBe(false);
    expect(isOrderListApiUrl('http://[bad')).toBe(false);
  });
});

describe('readOrderListResponse', () => {
  it('keeps only the policy fields of each order', () => {
    const page = readOrderListResponse({ code: 0, data: { main_orders: [item()], total_count: '120', offset: 0 } });
    expect(page).toEqual({
      offset: 0,
      total: 120,
      orders: [
        {
          orderId: '577424858038964867',
          status: { code: '101', subCode: '1', kind: 'awaiting-shipment', awaitingShipment: true },
          trackingNo: '9400111206206406260787',
          carrierText: 'USPS Ground Advantage',
          shipByAt: 1764806400_000,
        },
      ],
    });
  });

  it('skips bad items one by one and takes the offset from the request when the answer has none', () => {
    const page = readOrderListResponse(
      {
        code: 0,
        data: {
          main_orders: [
            item({ main_order_id: 'x' }),
            null,
            7,
            item({ delivery_module: 'no', latest_tts_timestamp: -5 }),
          ],
        },
      },
      40,
    );
    expect(page?.offset).toBe(40);
    expect(page?.total).toBeUndefined();
    expect(page?.orders).toEqual([
      expect.objectContaining({ orderId: '577424858038964867', carrierText: 'USPS Ground Advantage' }),
    ]);
    expect(page?.orders[0]).not.toHaveProperty('trackingNo');
    expect(page?.orders[0]).not.toHaveProperty('shipByAt');
  });

  it('refuses error answers, other shapes and oversized lists', () => {
    expect(readOrderListResponse({ code: 1, data: { main_orders: [] } })).toBeUndefined();
    expect(readOrderListResponse({ code: 0, data: [] })).toBeUndefined();
    expect(readOrderListResponse('{"code":0}')).toBeUndefined();
    expect(readOrderListResponse({ code: 0, data: { main_orders: 'many' } })).toBeUndefined();
    expect(readOrderListResponse({ code: 0, data: { main_orders: new Array(2001).fill(item()) } })).toBeUndefined();
  });

  it('never reads fields inherited through a polluted prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"main_order_id": "577424858038964867"}}') as unknown;
    expect(readOrderListResponse({ code: 0, data: { main_orders: [hostile] } })?.orders).toEqual([]);
    const inherited = Object.create({ code: 0, data: { main_orders: [] } }) as unknown;
    expect(readOrderListResponse(inherited)).toBeUndefined();
  });
});

describe('requestOffsetOf', () => {
  it('reads a JSON body offset and ignores anything else', () => {
    expect(requestOffsetOf('{"offset":60,"page_size":30}')).toBe(60);
    expect(requestOffsetOf('{"offset":-1}')).toBeUndefined();
    expect(requestOffsetOf('not json')).toBeUndefined();
    expect(requestOffsetOf(new Blob())).toBeUndefined();
  });
});

describe('checkOrderListPage', () => {
  const good = {
    offset: 0,
    total: 2,
    orders: [
      { orderId: '577424858038964867', status: { code: '101', awaitingShipment: true, kind: 'awaiting-shipment' } },
      { orderId: '577424858038964868', trackingNo: 'ABC', carrierText: 'UPS', shipByAt: 1 },
    ],
  };

  it('accepts a relayed page and returns a fresh copy of the known fields only', () => {
    const withExtra = { ...good, extra: 1, orders: [{ ...good.orders[0], buyer: 'x' }] };
    const checked = checkOrderListPage(withExtra);
    expect(checked).toEqual({ ok: true, page: { offset: 0, total: 2, orders: [good.orders[0]] } });
  });

  it.each([
    [null, 'page: not an object'],
    [[], 'page: not an object'],
    [{ ...good, offset: -1 }, 'offset: not a non-negative integer'],
    [{ ...good, offset: '0' }, 'offset: not a non-negative integer'],
    [{ ...good, total: 1.5 }, 'total: not a non-negative integer'],
    [{ ...good, orders: {} }, 'orders: not an array'],
    [{ ...good, orders: new Array(2001).fill(good.orders[1]) }, 'orders: more than 2000'],
    [{ ...good, orders: ['x'] }, 'orders[0].order: not an object'],
    [{ ...good, orders: [{ orderId: 577424858 }] }, 'orders[0].orderId: not an order id'],
    [{ ...good, orders: [{ orderId: '1<img>' }] }, 'orders[0].orderId: not an order id'],
    [
      { ...good, orders: [{ orderId: '577424858038964867', status: { code: '1', awaitingShipment: 'yes' } }] },
      'orders[0].status.awaitingShipment: not a boolean',
    ],
    [
      {
        ...good,
        orders: [{ orderId: '577424858038964867', status: { code: '1', awaitingShipment: true, kind: 'lost' } }],
      },
      'orders[0].status.kind: unknown',
    ],
    [
      { ...good, orders: [{ orderId: '577424858038964867', trackingNo: 'x'.repeat(201) }] },
      'orders[0].trackingNo: not a string of at most 200',
    ],
    [
      { ...good, orders: [{ orderId: '577424858038964867', shipByAt: Infinity }] },
      'orders[0].shipByAt: not a finite number',
    ],
  ])('refuses %j with a clear error', (value, error) => {
    expect(checkOrderListPage(value)).toEqual({ ok: false, error });
  });

  it('drops __proto__ keys and never trusts inherited fields', () => {
    const hostile = JSON.parse(
      '{"offset":0,"orders":[{"orderId":"577424858038964867","__proto__":{"trackingNo":"EVIL"}}],"__proto__":{"total":9}}',
    ) as unknown;
    const checked = checkOrderListPage(hostile);
    expect(checked).toEqual({ ok: true, page: { offset: 0, orders: [{ orderId: '577424858038964867' }] } });
    expect(({} as Record<string, unknown>).trackingNo).toBeUndefined();
    expect(checkOrderListPage(Object.create(good))).toEqual({ ok: false, error: 'offset: not a non-negative integer' });
  });
});
