import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, readTrackingTemplate, type UploadFileErrorCode } from '@/lib/upload';
import { ORDERS } from '../../fixtures/uploads/generate.mjs';
import { fixtureBytes, readOk, utf8, xlsxOf } from './helpers';

describe('readTrackingTemplate: .xlsx', () => {
  it('finds the template on the second sheet below a title, keeps row numbers across a blank row and ignores extra columns', async () => {
    const t = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    expect(t.kind).toBe('xlsx');
    // The Instructions sheet lists "Tracking ID" too, but has no order ID column and no numbers.
    expect(t.sheet).toEqual({ index: 2, name: 'Template' });
    expect(t.headerRow).toBe(3);
    expect(t.columns.tracking).toEqual({ index: 3, letter: 'D', header: '* Tracking ID' });
    expect(t.columns.orderId?.letter).toBe('A');
    expect(t.columns.skuId?.letter).toBe('B');
    expect(t.columns.provider?.letter).toBe('E');
    expect(t.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
  });

  it('keeps the tracking cell exactly as stored: spaces, invisible characters, line breaks, number cells', async () => {
    const t = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    const at = (row: number) => t.rows.find((r) => r.row === row)!;
    expect(at(5).tracking).toBe(` ${ORDERS.b![2]}`);
    expect(at(6).tracking).toBe(`${ORDERS.c![2]}\u200b`);
    expect(at(16).tracking).toBe(`${ORDERS.k![2]}\n`);
    expect(at(8)).toMatchObject({ tracking: '769610403320', stored: { tracking: 'number' } });
    // Excel's own float text, not a JavaScript re-rendering of it.
    expect(at(13)).toMatchObject({ tracking: '9.4001658291509316E+21', stored: { tracking: 'number' } });
    expect(at(4)).toMatchObject({
      orderId: ORDERS.a![0],
      skuId: ORDERS.a![1],
      provider: 'USPS Ground Advantage',
      stored: { orderId: 'text', tracking: 'text' },
      trackingColumn: 'D',
    });
    expect(at(15).orderId).toBe('');
  });

  it('reads Chinese headers and an order ID stored as a number', async () => {
    const bytes = xlsxOf([
      ['订单号', '物流单号', '物流承运商'],
      [{ n: '5.7730184620773402E+17' }, 'JX8009962760', 'J&T Express'],
    ]);
    const t = await readOk(bytes, '上传模板.xlsx');
    expect(t.columns.provider?.header).toBe('物流承运商');
    expect(t.rows[0]).toMatchObject({ row: 2, orderId: '5.7730184620773402E+17', stored: { orderId: 'number' } });
  });

  it('reads a good template with the header on row 1', async () => {
    const t = await readOk(fixtureBytes('tracking-upload-good-us.xlsx'), 'good.xlsx');
    expect(t.headerRow).toBe(1);
    expect(t.rows).toHaveLength(5);
  });
});

describe('readTrackingTemplate: .csv', () => {
  it('reads GB18030 text with Chinese headers, CRLF, quoted fields and a blank record', async () => {
    const t = await readOk(fixtureBytes('tracking-upload-defective-zh-gbk.csv'), '物流单号.csv');
    expect(t.csv).toEqual({ encoding: 'gb18030', delimiter: ',', bomBytes: 0 });
    expect(t.columns.tracking.header).toBe('物流单号');
    expect(t.columns.provider?.header).toBe('物流服务商');
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 8, 9]);
    expect(t.rows.find((r) => r.row === 3)!.tracking).toBe(`${ORDERS.b![2]}\u3000`);
    expect(t.rows.find((r) => r.row === 4)!.tracking).toBe(` ${ORDERS.c![2]}`);
  });

  it('reads UTF-8 with a BOM', async () => {
    const t = await readOk(fixtureBytes('tracking-upload-good-utf8-bom.csv'), 'good.csv');
    expect(t.csv).toEqual({ encoding: 'utf-8', delimiter: ',', bomBytes: 3 });
    expect(t.columns.orderId?.header).toBe('Order ID');
    expect(t.rows).toHaveLength(3);
  });

  it.each([
    [';', 'semicolon (European Excel)'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('detects the %j delimiter (%s)', async (delimiter) => {
    const text =
      ['Order ID', 'Tracking ID', 'Shipping provider'].join(delimiter) +
      '\n' +
      ['577301846207734015', '9261294537139618817312', 'USPS'].join(delimiter) +
      '\n';
    const t = await readOk(utf8(text), 'x.csv');
    expect(t.csv?.delimiter).toBe(delimiter);
    expect(t.rows[0]).toMatchObject({
      orderId: '577301846207734015',
      tracking: '9261294537139618817312',
      provider: 'USPS',
    });
  });

  it('reads UTF-16LE "Unicode text" as Excel saves it (BOM, tabs)', async () => {
    const text = '订单号\t运单号\r\n577301846207734015\t9261294537139618817312 \r\n';
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      body[2 * i] = text.charCodeAt(i) & 0xff;
      body[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const t = await readOk(Uint8Array.from([0xff, 0xfe, ...body]), 'export.txt');
    expect(t.csv).toEqual({ encoding: 'utf-16le', delimiter: '\t', bomBytes: 2 });
    expect(t.rows[0]!.tracking).toBe('9261294537139618817312 ');
  });

  it('keeps a quoted line break inside one row, so later row numbers match the spreadsheet', async () => {
    const t = await readOk(utf8('Order ID,Tracking ID,Note\n1,"A\nB",x\n2,JT0001,y\n'), 'x.csv');
    expect(t.rows.map((r) => [r.row, r.tracking])).toEqual([
      [2, 'A\nB'],
      [3, 'JT0001'],
    ]);
  });

  it('reads a CSV saved under an .xls name (some ERPs do that)', async () => {
    const t = await readOk(utf8('Order ID,Tracking ID\n1,JT0001\n'), 'export.xls');
    expect(t.kind).toBe('csv');
  });
});

describe('readTrackingTemplate: bad files give a specific error, never a throw', () => {
  const zipWithout = zipSync({ 'hello.txt': utf8('not a workbook') });
  const cases: Array<[string, Uint8Array, string, UploadFileErrorCode]> = [
    ['an empty file', new Uint8Array(0), 'a.xlsx', 'empty-file'],
    ['a CSV of blank lines', utf8('\n\n  \n'), 'a.csv', 'empty-file'],
    [
      'a PNG named .csv',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'a.csv',
      'not-a-spreadsheet',
    ],
    [
      'an Excel 97–2003 .xls',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'a.xls',
      'legacy-xls',
    ],
    ['a zip that is not a workbook', zipWithout, 'a.xlsx', 'corrupt-xlsx'],
    ['a truncated .xlsx', fixtureBytes('tracking-upload-good-us.xlsx').subarray(0, 900), 'a.xlsx', 'corrupt-xlsx'],
    ['text in no known encoding', Uint8Array.from([0x41, 0x2c, 0xff, 0xfe, 0xfd, 0x0a]), 'a.csv', 'unreadable-text'],
    ['a CSV without a tracking column', utf8('Order ID,Amount\n1,2\n'), 'a.csv', 'no-tracking-column'],
    [
      'a workbook without a tracking column',
      xlsxOf([
        ['Order ID', 'Amount'],
        ['1', '2'],
      ]),
      'a.xlsx',
      'no-tracking-column',
    ],
    ['a CSV with only the header', utf8('Order ID,Tracking ID\n\n'), 'a.csv', 'no-rows'],
    ['a workbook with only the header', xlsxOf([['Order ID', 'Tracking ID']]), 'a.xlsx', 'no-rows'],
  ];

  it.each(cases)('%s → %s', async (_what, bytes, name, code) => {
    const result = await readTrackingTemplate(bytes, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.text.en).toContain(
      code === 'empty-file' || code === 'no-rows' || code === 'not-a-spreadsheet' || code === 'legacy-xls' ? name : '',
    );
    expect(result.error.text.zh.trim()).not.toBe('');
  });

  it('refuses a file over the size limit without parsing it', async () => {
    const result = await readTrackingTemplate(new Uint8Array(MAX_UPLOAD_BYTES + 1), 'huge.csv');
    expect(result.ok || result.error.code).toBe('too-large');
  });

  it('answers non-buffer input with an error', async () => {
    const result = await readTrackingTemplate('not bytes' as unknown as ArrayBuffer, 'x.csv');
    expect(result.ok || result.error.code).toBe('not-a-spreadsheet');
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = fixtureBytes('tracking-upload-good-us.xlsx');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readTrackingTemplate(buffer, 'good.xlsx')).ok).toBe(true);
  });
});
