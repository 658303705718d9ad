import { describe, expect, it } from 'vitest';
import { orderFacts, packagesFromOrder } from '@/lib/poller';
import { orderSchema } from '@/lib/tiktok';

const order = (fields: Record<string, unknown>) =>
  orderSchema.parse({ id: '576', status: 'AWAITING_SHIPMENT', ...fields });

describe('orderFacts', () => {
  it('turns API seconds into ms and names the ship-by deadline (rts_sla_time)', () => {
    expect(orderFacts(order({ rts_sla_time: 1_700_000_000, delivery_time: '1700100000' }))).toEqual({
      orderStatus: 'AWAITING_SHIPMENT',
      shipByAt: 1_700_000_000_000,
      deliveredAt: 1_700_100_000_000,
    });
  });

  it('keeps the collection deadline (tts_sla_time) apart from the ship-by, for the collection-overdue watch', () => {
    expect(
      orderFacts(order({ status: 'AWAITING_COLLECTION', rts_sla_time: 1_700_000_000, tts_sla_time: 1_700_086_400 })),
    ).toEqual({ orderStatus: 'AWAITING_COLLECTION', shipByAt: 1_700_000_000_000, collectByAt: 1_700_086_400_000 });
    expect(orderFacts(order({ tts_sla_time: 0 })).collectByAt).toBeUndefined(); // 0 = not set
  });

  it('reads the market from the recipient region, else the shop region', () => {
    expect(orderFacts(order({ recipient_address: { region_code: 'GB' } }), undefined, 'US').market).toBe('GB');
    expect(orderFacts(order({ recipient_address: { region_code: '' } }), undefined, 'uk').market).toBe('GB');
  });

  it('takes carrier and tracking number of the package from its line items', () => {
    const o = order({
      status: 'IN_TRANSIT',
      shipping_provider: 'USPS',
      tracking_number: '9400',
      line_items: [
        { id: 'li1', package_id: 'p1', tracking_number: 'JT0001', shipping_provider_name: 'J&T Express' },
        { id: 'li2', package_id: 'p2', tracking_number: '9400', shipping_provider_name: 'USPS' },
      ],
    });
    expect(orderFacts(o, 'p1')).toMatchObject({
      carrierId: 'jt-express',
      carrierName: 'J&T Express',
      trackingNumber: 'JT0001',
    });
    expect(orderFacts(o, 'p2')).toMatchObject({ carrierId: 'usps', trackingNumber: '9400' });
  });

  it('keeps a carrier name it cannot map, without an id', () => {
    const facts = orderFacts(order({ shipping_provider: 'Pony Express Deluxe' }));
    expect(facts.carrierName).toBe('Pony Express Deluxe');
    expect(facts.carrierId).toBeUndefined();
  });
});

describe('packagesFromOrder', () => {
  it('gives one placeholder row while the order lists no package', () => {
    expect(packagesFromOrder(order({})).map((r) => [r.orderId, r.packageId])).toEqual([['576', undefined]]);
  });

  it('gives one row per listed package', () => {
    expect(
      packagesFromOrder(order({ packages: [{ id: 'p1' }, { id: 'p2' }, { id: 'p1' }] })).map((r) => r.packageId),
    ).toEqual(['p1', 'p2']);
  });
});
