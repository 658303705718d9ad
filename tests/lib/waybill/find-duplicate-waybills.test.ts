import { describe, expect, it } from 'vitest';
import { findDuplicateWaybills } from '@/lib/waybill';

describe('findDuplicateWaybills', () => {
  it('groups orders sharing one number, comparing cleaned numbers', () => {
    const groups = findDuplicateWaybills([
      { orderId: '5761', raw: 'JX8009962760' },
      { orderId: '5762', raw: 'jx 8009962760' },
      { orderId: '5763', raw: 'RB123456785GB' },
      { orderId: '5764', raw: '\u200bJX8009962760' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ normalized: 'JX8009962760', orderIds: ['5761', '5762', '5764'] });
    expect(groups[0]!.issue).toMatchObject({ code: 'duplicate', severity: 'warning' });
    expect(groups[0]!.issue.message).toBe(
      'The same waybill number JX8009962760 is used on 3 orders: 5761, 5762, 5764.',
    );
    expect(groups[0]!.issue.text.zh).toContain('3 个订单');
  });

  it('does not flag one order listed twice, empty numbers, or distinct numbers', () => {
    expect(
      findDuplicateWaybills([
        { orderId: 'A', raw: 'RB123456785GB' },
        { orderId: 'A', raw: 'RB123456785GB' },
        { orderId: 'B', raw: '' },
        { orderId: 'C', raw: '  ' },
        { orderId: 'D', raw: 'RB123456785US' },
      ]),
    ).toEqual([]);
  });

  it('skips malformed entries instead of throwing', () => {
    const entries = [
      null,
      7,
      { orderId: 'A' },
      { raw: 'X1' },
      { orderId: 'B', raw: 'X1' },
      { orderId: 'C', raw: 'X1' },
    ];
    expect(findDuplicateWaybills(entries as never).map((g) => g.orderIds)).toEqual([['B', 'C']]);
    expect(findDuplicateWaybills(undefined as never)).toEqual([]);
  });
});
