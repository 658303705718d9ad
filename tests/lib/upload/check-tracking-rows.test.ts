import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTrackingRows, hasLostDigits, type TrackingTemplateRow } from '@/lib/upload';
import { fixtureBytes, readOk } from './helpers';

let nextOrder = 577301846207734000n;
/** A template row; order IDs count up so rows are distinct orders unless told otherwise. */
function rowOf(
  row: number,
  tracking: string,
  provider = '',
  extra: Partial<TrackingTemplateRow> = {},
): TrackingTemplateRow {
  return {
    row,
    orderId: String(nextOrder++),
    skuId: '',
    tracking,
    provider,
    stored: { orderId: 'text', tracking: 'text' },
    trackingColumn: 'C',
    ...extra,
  };
}

const USPS = '9400111206206406260787'; // ref:carriers-and-labels#1.2 public example
const UPS = '1Z5R89390357567127';
const FEDEX = '986578788855';

describe('checkTrackingRows: certain fixes', () => {
  it.each([
    ['a leading space', ` ${USPS}`, 'USPS', 'whitespace'],
    ['a trailing tab', `${USPS}\t`, 'USPS', 'whitespace'],
    ['inner spaces', '9400 1112 0620 6406 2607 87', 'USPS Ground Advantage', 'whitespace'],
    ['a line break', `${UPS}\r\n`, 'UPS', 'whitespace'],
    ['a no-break space', `${FEDEX}\u00a0`, 'FedEx', 'whitespace'],
    ['an ideographic space', `\u3000${FEDEX}`, 'FedEx', 'whitespace'],
    ['a zero-width space', `${UPS.slice(0, 5)}\u200b${UPS.slice(5)}`, 'UPS', 'zero-width'],
    ['a byte-order mark', `\ufeff${USPS}`, 'USPS', 'zero-width'],
    ['full-width digits', '９８６５７８７８８８５５', 'FedEx', 'fullwidth'],
    ['full-width letters', 'ＲＢ123456785GB', 'Royal Mail', 'fullwidth'],
    ['lowercase with the carrier named', UPS.toLowerCase(), 'UPS Ground', 'lowercase'],
    ['lowercase detected as a known format without a carrier', UPS.toLowerCase(), '', 'lowercase'],
  ])('%s is fixed for certain and the row needs nobody', (_what, raw, provider, code) => {
    const summary = checkTrackingRows([rowOf(2, raw, provider)], { market: 'US' });
    expect(summary.certainFixes).toHaveLength(1);
    expect(summary.certainFixes[0]).toMatchObject({ row: 2, column: 'C', from: raw });
    expect(summary.certainFixes[0]!.to).toMatch(/^[0-9A-Z]+$/);
    expect(summary.certainFixes[0]!.codes).toContain(code);
    expect(summary.byClass[code as 'whitespace']).toEqual([2]);
    expect(summary.needsHuman).toEqual([]);
    // Still a defect in the file as chosen: the platform filters such labels (seed:S28).
    expect(summary).toMatchObject({ rows: 1, ok: 0, defective: 1 });
  });

  it('cleans the spaces of a number whose check digit is also wrong, and still asks a person about the check digit', () => {
    const summary = checkTrackingRows([rowOf(7, '9400 1112 0620 6406 2607 88', 'USPS')]);
    expect(summary.certainFixes[0]!.to).toBe('9400111206206406260788');
    expect(summary.needsHuman).toHaveLength(1);
    expect(summary.needsHuman[0]!.partlyFixed).toBe(true);
    expect(summary.needsHuman[0]!.issues.map((i) => i.code)).toEqual(['bad-check-digit']);
  });
});

describe('checkTrackingRows: rows that need a person', () => {
  it.each([
    ['CJK brackets', `【${UPS}】`, 'UPS', 'cjk'],
    ['Chinese text in full-width brackets', `${UPS}（补发）`, 'UPS', 'cjk'],
    ['ASCII brackets with content', `${USPS}(2)`, 'USPS', 'illegal-char'],
    ['a hyphen', '1Z5R8939-0357567127', 'UPS', 'illegal-char'],
    ['a wrong check digit', '9400111206206406260788', 'USPS', 'bad-check-digit'],
    ['another carrier’s number', USPS, 'UPS', 'carrier-mismatch'],
    ['an empty tracking cell', '', 'USPS', 'empty'],
    ['a cell of spaces only', '   ', 'USPS', 'empty'],
  ])('%s: no certain fix, listed for a person', (_what, raw, provider, code) => {
    const summary = checkTrackingRows([rowOf(3, raw, provider)], { market: 'US' });
    expect(summary.certainFixes).toEqual([]);
    expect(summary.byClass[code as 'cjk']).toEqual([3]);
    expect(summary.needsHuman).toHaveLength(1);
    expect(summary.needsHuman[0]).toMatchObject({ row: 3, raw, partlyFixed: false });
    expect(summary.needsHuman[0]!.issues.map((i) => i.code)).toContain(code);
  });

  it('does not uppercase a number when no carrier is named or recognised', () => {
    const summary = checkTrackingRows([rowOf(2, 'abc12345')]);
    expect(summary.byClass.lowercase).toEqual([2]);
    expect(summary.certainFixes).toEqual([]);
    expect(summary.needsHuman[0]!.issues.map((i) => i.code)).toContain('lowercase');
  });

  it('does not fix a number cell (a number has no spaces to remove)', () => {
    const summary = checkTrackingRows([rowOf(2, FEDEX, 'FedEx', { stored: { orderId: 'text', tracking: 'number' } })]);
    expect(summary).toMatchObject({ ok: 1, defective: 0, certainFixes: [] });
  });

  it.each([
    ['a number cell in E-notation', '9.4001112062064063E+21', 'number'],
    ['a number cell of 22 digits', '9400111206206406000000', 'number'],
    ['a CSV cell Excel saved in E-notation', '9.40011E+21', 'text'],
  ] as const)('%s lost digits: a person must re-enter it', (_what, raw, stored) => {
    const summary = checkTrackingRows([rowOf(4, raw, 'USPS', { stored: { orderId: 'text', tracking: stored } })]);
    expect(summary.byClass['number-lost-digits']).toEqual([4]);
    expect(summary.certainFixes).toEqual([]);
    expect(summary.needsHuman[0]!.issues[0]!.text.en).toContain('15 digits');
    expect(summary.needsHuman[0]!.issues[0]!.text.zh).toContain('15 位');
  });

  it('flags an order ID that lost digits in a number cell', () => {
    const summary = checkTrackingRows([
      rowOf(5, USPS, 'USPS', { orderId: '5.7730184620773402E+17', stored: { orderId: 'number', tracking: 'text' } }),
    ]);
    expect(summary.byClass['number-lost-digits']).toEqual([5]);
    expect(summary.needsHuman[0]!.issues[0]).toMatchObject({ column: 'orderId' });
    expect(summary.needsHuman[0]!.issues[0]!.text.en).toContain('order ID cell');
  });

  it('flags a row without an order ID', () => {
    const summary = checkTrackingRows([rowOf(6, USPS, 'USPS', { orderId: '' })]);
    expect(summary.byClass['missing-order-id']).toEqual([6]);
  });
});

describe('checkTrackingRows: across the file', () => {
  it('warns on every row that shares a number with another order, even when one copy needs cleaning', () => {
    const rows = [rowOf(2, USPS, 'USPS'), rowOf(3, UPS, 'UPS'), rowOf(4, ` ${USPS}`, 'USPS')];
    const summary = checkTrackingRows(rows);
    expect(summary.byClass.duplicate).toEqual([2, 4]);
    expect(summary.needsHuman.map((r) => r.row)).toEqual([2, 4]);
    expect(summary.needsHuman[0]!.issues[0]!.text.en).toContain('rows 2, 4');
    expect(summary).toMatchObject({ rows: 3, ok: 1, defective: 2 });
  });

  it('does not call one order on two rows (one per SKU) with the same number a duplicate', () => {
    const rows = [
      rowOf(2, USPS, 'USPS', { orderId: '1', skuId: 'a' }),
      rowOf(3, USPS, 'USPS', { orderId: '1', skuId: 'b' }),
    ];
    expect(checkTrackingRows(rows)).toMatchObject({ ok: 2, defective: 0, byClass: {} });
  });

  it('warns when one order has two different numbers (split orders cannot be bulk-uploaded)', () => {
    const rows = [
      rowOf(2, USPS, 'USPS', { orderId: '1' }),
      rowOf(3, '9405803699300124287899', 'USPS', { orderId: '1' }),
    ];
    const summary = checkTrackingRows(rows);
    expect(summary.byClass['split-order']).toEqual([2, 3]);
    expect(summary.needsHuman[0]!.issues[0]!.source).toBe('ref:seller-center#5');
  });

  it('keeps "format not verifiable" as a note, not a defect', () => {
    const summary = checkTrackingRows([rowOf(2, 'JX8009962760', 'J&T Express')], { market: 'ID' });
    expect(summary).toMatchObject({ ok: 1, defective: 0 });
    expect(summary.notes['format-not-verifiable']).toEqual([2]);
  });
});

describe('checkTrackingRows on the defective sample template', () => {
  it('gives the summary the README lists', async () => {
    const t = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    const summary = checkTrackingRows(t.rows, { market: 'US' });
    expect(summary).toMatchObject({ rows: 19, ok: 5, defective: 14 });
    expect(summary.byClass).toEqual({
      'split-order': [4, 19],
      whitespace: [5, 16, 17],
      'zero-width': [6],
      fullwidth: [7],
      duplicate: [8, 14],
      lowercase: [10],
      cjk: [11],
      'bad-check-digit': [12, 17],
      'number-lost-digits': [13],
      'missing-order-id': [15],
    });
    expect(summary.certainFixes.map((f) => f.row)).toEqual([5, 6, 7, 10, 16, 17]);
    expect(summary.needsHuman.map((r) => r.row)).toEqual([4, 8, 11, 12, 13, 14, 15, 17, 19]);
  });
});

describe('checkTrackingRows never throws', () => {
  it('on arbitrary row contents', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            orderId: fc.string(),
            tracking: fc.string({ unit: 'grapheme', maxLength: 80 }),
            provider: fc.string(),
          }),
          { maxLength: 20 },
        ),
        (cells) => {
          const rows = cells.map((c, i) => rowOf(i + 2, c.tracking, c.provider, { orderId: c.orderId }));
          const summary = checkTrackingRows(rows);
          expect(summary.rows).toBe(rows.length);
          expect(summary.ok + summary.defective).toBe(rows.length);
          for (const fix of summary.certainFixes) expect(fix.to).toMatch(/^[0-9A-Z]+$/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on a non-array', () => {
    expect(checkTrackingRows(null as unknown as TrackingTemplateRow[])).toMatchObject({ rows: 0, ok: 0, defective: 0 });
  });
});

describe('hasLostDigits', () => {
  it.each([
    ['9.4001112062064063E+21', true],
    ['9.40011E+21', true],
    ['1E+15', true],
    ['9400111206206406000000', true],
    ['1234567890123456', true],
    ['123456789012345', false],
    ['000123456789012345', false],
    ['986578788855', false],
    ['12.5', true],
    ['JT0001', false],
  ])('%s → %s', (stored, lost) => {
    expect(hasLostDigits(stored)).toBe(lost);
  });
});
