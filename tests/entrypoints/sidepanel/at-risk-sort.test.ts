import { describe, expect, it } from 'vitest';
import { DEFAULT_AT_RISK_SORT, nextSort, sortAtRisk, type AtRiskRow } from '@/entrypoints/sidepanel/at-risk-sort';
import { NOW } from './fixtures';

const row = (orderId: string, extra: Partial<AtRiskRow> = {}): AtRiskRow => ({
  orderId,
  packageKey: `pkg:${orderId}`,
  risks: [{ code: 'exception', text: { en: 'x', zh: 'x' } }],
  ...extra,
});
const rows = [
  row('576800000000000100', { shipByAt: NOW + 3, carrierName: { en: 'USPS', zh: '美国邮政' } }),
  row('99999999', { carrierName: { en: 'J&T Express', zh: '极兔速递' } }),
  row('576800000000000020', { shipByAt: NOW + 1, carrierName: { en: 'Royal Mail', zh: '皇家邮政' } }),
];
const ids = (list: AtRiskRow[]) => list.map((r) => r.orderId);

describe('sortAtRisk', () => {
  it('keeps the background’s urgency order by default', () => {
    expect(ids(sortAtRisk(rows, DEFAULT_AT_RISK_SORT, 'en'))).toEqual(ids(rows));
    expect(ids(sortAtRisk(rows, { column: 'risks', direction: 'descending' }, 'en'))).toEqual(ids(rows).reverse());
  });

  it('sorts order ids numerically, not as text', () => {
    expect(ids(sortAtRisk(rows, { column: 'order', direction: 'ascending' }, 'en'))).toEqual([
      '99999999',
      '576800000000000020',
      '576800000000000100',
    ]);
  });

  it('puts rows without a value last in both directions', () => {
    expect(ids(sortAtRisk(rows, { column: 'shipByAt', direction: 'ascending' }, 'en'))).toEqual([
      '576800000000000020',
      '576800000000000100',
      '99999999',
    ]);
    expect(ids(sortAtRisk(rows, { column: 'shipByAt', direction: 'descending' }, 'en'))).toEqual([
      '576800000000000100',
      '576800000000000020',
      '99999999',
    ]);
  });

  it('sorts carriers by their name in the UI language', () => {
    expect(ids(sortAtRisk(rows, { column: 'carrier', direction: 'ascending' }, 'en'))).toEqual([
      '99999999',
      '576800000000000020',
      '576800000000000100',
    ]);
  });

  it('does not change the input array', () => {
    const copy = [...rows];
    sortAtRisk(rows, { column: 'order', direction: 'descending' }, 'en');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and flips the same column', () => {
    expect(nextSort(DEFAULT_AT_RISK_SORT, 'shipByAt')).toEqual({ column: 'shipByAt', direction: 'ascending' });
    expect(nextSort({ column: 'shipByAt', direction: 'ascending' }, 'shipByAt')).toEqual({
      column: 'shipByAt',
      direction: 'descending',
    });
    expect(nextSort({ column: 'shipByAt', direction: 'descending' }, 'shipByAt')).toEqual({
      column: 'shipByAt',
      direction: 'ascending',
    });
  });
});
