import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, classifyOrderStatus, isStillPending } from '@/lib/diagnostics';

describe('classifyOrderStatus', () => {
  it.each([
    ['Awaiting shipment', 'awaiting-shipment'],
    ['AWAITING_SHIPMENT', 'awaiting-shipment'],
    ['Pending Shipment', 'awaiting-shipment'],
    ['To ship', 'awaiting-shipment'],
    ['待发货', 'awaiting-shipment'],
    ['101', 'awaiting-shipment'],
    [111, 'awaiting-shipment'],
    ['Awaiting collection', 'awaiting-collection'],
    ['待揽收', 'awaiting-collection'],
    ['112', 'awaiting-collection'],
    ['PARTIALLY_SHIPPING', 'partially-shipping'],
    ['IN_TRANSIT', 'in-transit'],
    ['运输中', 'in-transit'],
    ['Delivered', 'delivered'],
    ['COMPLETED', 'completed'],
    ['Canceled', 'cancelled'],
    ['已取消', 'cancelled'],
    ['UNPAID', 'unpaid'],
    ['ON_HOLD', 'on-hold'],
    ['awaiting-collection', 'awaiting-collection'],
    ['  Awaiting   shipment ', 'awaiting-shipment'],
    ['999', 'unknown'],
    ['Processing soon', 'unknown'],
    [undefined, 'unknown'],
    [{}, 'unknown'],
  ] as const)('%s → %s', (raw, expected) => {
    expect(classifyOrderStatus(raw)).toBe(expected);
  });
});

describe('isStillPending', () => {
  it('awaiting shipment/collection, partial shipping and an unreadable status count as pending', () => {
    const pending = ORDER_STATUSES.filter(isStillPending);
    expect(pending.sort()).toEqual(['awaiting-collection', 'awaiting-shipment', 'partially-shipping', 'unknown']);
  });
});
