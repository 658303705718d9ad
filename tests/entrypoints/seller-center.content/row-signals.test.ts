import { describe, expect, it } from 'vitest';
import { checkCached, checkWaybillsUntil } from '@/entrypoints/seller-center.content/row-signals';
import type { OrderRow } from '@/lib/seller-center';

function rowWithWaybill(orderId: string, raw?: string): OrderRow {
  return { orderId, ...(raw ? { waybill: { raw } } : {}) } as OrderRow;
}

describe('checkWaybillsUntil', () => {
  const rows = [
    rowWithWaybill('1', '9400111206206406260787'),
    rowWithWaybill('2'),
    rowWithWaybill('3', '1Z999AA10123456784'),
  ];

  it('checks at least one row a call when the deadline has passed, and says where to go on', () => {
    expect(checkWaybillsUntil(rows, 0, 'US', 0)).toBe(1);
    expect(checkWaybillsUntil(rows, 1, 'US', 0)).toBe(2);
    expect(checkWaybillsUntil(rows, 2, 'US', 0)).toBe(3);
    expect(checkWaybillsUntil(rows, 3, 'US', 0)).toBe(3);
  });

  it('checks every row before a far deadline, into the cache the frame reads', () => {
    expect(checkWaybillsUntil(rows, 0, 'US', Infinity)).toBe(3);
    const again = checkCached('1Z999AA10123456784', undefined, 'US');
    expect(checkCached('1Z999AA10123456784', undefined, 'US')).toBe(again);
  });
});
