import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_HEADER_ALIASES,
  columnLetter,
  fieldOfHeader,
  normalizeHeader,
  type TemplateField,
} from '@/lib/upload';
import { findHeaderRow } from '@/lib/upload/headers';

describe('fieldOfHeader', () => {
  const every = (Object.entries(TEMPLATE_HEADER_ALIASES) as Array<[TemplateField, readonly string[]]>).flatMap(
    ([field, aliases]) => aliases.map((alias) => [alias, field] as const),
  );

  it.each(every)('maps the alias "%s" to %s', (alias, field) => {
    expect(fieldOfHeader(alias)).toBe(field);
  });

  it.each([
    ['* Tracking ID', 'tracking'],
    ['Tracking ID (required)', 'tracking'],
    ['物流单号（必填）', 'tracking'],
    ['运单号\n请填写承运商面单上的号码', 'tracking'],
    ['  TRACKING   NUMBER ', 'tracking'],
    ['Ｏｒｄｅｒ ＩＤ', 'orderId'],
    ['\ufeffOrder ID', 'orderId'],
    ['Order No.', 'orderId'],
    ['SKU_ID', 'skuId'],
    ['【物流服务商】', undefined],
    ['物流服务商:', 'provider'],
  ] as const)('reads the decorated header %j as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['Product name', 'Note', 'Tracking ID of the parcel you shipped last week', '', '   '])(
    'ignores the unrelated header %j',
    (header) => {
      expect(fieldOfHeader(header)).toBeUndefined();
    },
  );
});

describe('normalizeHeader', () => {
  it('keeps only the first line, drops notes in brackets and the required marker', () => {
    expect(normalizeHeader('* Tracking ID（必填）\nEnter the number')).toBe('tracking id');
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [3, 'D'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});

describe('findHeaderRow', () => {
  it('finds a header below a title and blank rows, and maps the other columns from the same row', () => {
    const rows = [['Upload template'], [], ['Order ID', 'Product', 'Tracking ID', 'Carrier']];
    const match = findHeaderRow(rows.length, (r) => rows[r] ?? []);
    expect(match?.headerRow).toBe(3);
    expect(match?.columns.tracking).toEqual({ index: 2, letter: 'C', header: 'Tracking ID' });
    expect(match?.columns.orderId?.letter).toBe('A');
    expect(match?.columns.provider?.letter).toBe('D');
    expect(match?.columns.skuId).toBeUndefined();
  });

  it('gives nothing when no row in the first 50 has a tracking column', () => {
    const rows = [...Array.from({ length: 50 }, () => ['x']), ['Tracking ID']];
    expect(findHeaderRow(rows.length, (r) => rows[r] ?? [])).toBeUndefined();
  });
});
