import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildCorrectedCopy,
  checkTrackingRows,
  checkUploadFile,
  readTrackingTemplate,
  type CertainFix,
  type TrackingTemplate,
} from '@/lib/upload';
import { decodeCsvBytes } from '@/lib/upload/csv-text';
import { compressedData, readZipDirectory } from '@/lib/upload/zip-entries';
import { buildXlsx, STYLE } from '../../fixtures/uploads/build-xlsx.mjs';
import { fixtureBytes, readOk, utf8, xlsxOf, zipEntries } from './helpers';

async function copyOf(template: TrackingTemplate, fixes?: CertainFix[]) {
  const result = await buildCorrectedCopy(
    template,
    fixes ?? checkTrackingRows(template.rows, { market: 'US' }).certainFixes,
  );
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.copy;
}

describe('buildCorrectedCopy: .xlsx', () => {
  it('rewrites only the fixed cells of the template sheet; every other part of the workbook is unchanged', async () => {
    const original = fixtureBytes('tracking-upload-defective-us.xlsx');
    const template = await readOk(original, 'orders.xlsx');
    const copy = await copyOf(template);
    expect(copy.name).toBe('orders-corrected.xlsx');
    expect(copy.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(copy.applied.map((f) => f.row)).toEqual([5, 6, 7, 10, 16, 17]);
    expect(copy.skipped).toEqual([]);

    const before = zipEntries(original);
    const after = zipEntries(copy.bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const changed = Object.keys(before).filter((k) => strFromU8(before[k]!) !== strFromU8(after[k]!));
    expect(changed).toEqual(['xl/worksheets/sheet2.xml']);
  });

  it('carries every other entry over as stored (same compressed bytes, CRC and time) and reports its progress', async () => {
    const original = fixtureBytes('tracking-upload-defective-us.xlsx');
    const template = await readOk(original, 'orders.xlsx');
    const fractions: number[] = [];
    const result = await buildCorrectedCopy(template, checkTrackingRows(template.rows, { market: 'US' }).certainFixes, {
      onProgress: (p) => void (p.phase === 'copying' && fractions.push(p.fraction)),
    });
    if (!result.ok) throw new Error(result.error.message);
    const before = readZipDirectory(original);
    const after = readZipDirectory(result.copy.bytes);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const [i, entry] of after.entries()) {
      const was = before[i]!;
      if (entry.name === 'xl/worksheets/sheet2.xml') continue;
      expect([entry.crc, entry.size, entry.dosDate, entry.dosTime]).toEqual([
        was.crc,
        was.size,
        was.dosDate,
        was.dosTime,
      ]);
      expect(compressedData(result.copy.bytes, entry)).toEqual(compressedData(original, was));
    }
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('does not patch a cell whose reference names another row than the row it sits in', async () => {
    const bytes = xlsxOf([
      ['Order ID', 'Tracking ID', 'Carrier'],
      ['1', ' 986578788855', 'FedEx'],
    ]);
    const template = await readOk(bytes, 'r.xlsx');
    const [fix] = checkTrackingRows(template.rows, { market: 'US' }).certainFixes;
    // The same cell, but its row element says row 7: the fix for row 2 must not land there.
    const entries = zipEntries(bytes);
    const sheet = strFromU8(entries['xl/worksheets/sheet1.xml']!).replace('<row r="2"', '<row r="7"');
    const moved = { ...template, bytes: zipSync({ ...entries, 'xl/worksheets/sheet1.xml': strToU8(sheet) }) };
    const result = await buildCorrectedCopy(moved, [fix!]);
    expect(result.ok || result.error.code).toBe('nothing-to-fix');
  });

  it('keeps each fixed cell’s style and writes the cleaned number as text', async () => {
    const template = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    const copy = await copyOf(template);
    const xml = strFromU8(zipEntries(copy.bytes)['xl/worksheets/sheet2.xml']!);
    expect(xml).toContain(`<c r="D5" s="${STYLE.text}" t="inlineStr"><is><t>1ZWW2H350214127617</t></is></c>`);
    // Everything outside the six cells is the same text as before.
    const originalXml = strFromU8(zipEntries(template.bytes)['xl/worksheets/sheet2.xml']!);
    const strip = (s: string) => s.replace(/<c r="D(5|6|7|10|16|17)"[^>]*>.*?<\/c>/g, '');
    expect(strip(xml)).toBe(strip(originalXml));
    expect(xml).toContain('<dataValidations count="1">');
    expect(xml).toContain('<mergeCell ref="A1:F1"/>');
  });

  it('reads back with the fixes applied and nothing else changed', async () => {
    const template = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    const copy = await copyOf(template);
    const reread = await readOk(copy.bytes, copy.name);
    const fixes = new Map(copy.applied.map((f) => [f.row, f.to]));
    expect(reread.rows.map((r) => r.row)).toEqual(template.rows.map((r) => r.row));
    for (const [i, row] of reread.rows.entries()) {
      const before = template.rows[i]!;
      expect(row).toEqual({ ...before, tracking: fixes.get(row.row) ?? before.tracking });
    }
    // And the corrected copy has nothing certain left to fix.
    expect(checkTrackingRows(reread.rows, { market: 'US' }).certainFixes).toEqual([]);
  });

  it('leaves a cell that holds a formula alone and says so', async () => {
    const bytes = xlsxOf([
      ['Order ID', 'Tracking ID', 'Carrier'],
      ['1', { formula: '" 1Z5R89390357567127"', cached: ' 1Z5R89390357567127' }, 'UPS'],
      ['2', ' 986578788855', 'FedEx'],
    ]);
    const template = await readOk(bytes, 'f.xlsx');
    const copy = await copyOf(template);
    expect(copy.applied.map((f) => f.row)).toEqual([3]);
    expect(copy.skipped).toEqual([{ row: 2, reason: 'formula' }]);
  });

  it('writes a fix into a cell that shares its text with another cell without changing the other one', async () => {
    // Both cells point at one shared string; rewriting that string would change the header row too.
    const bytes = xlsxOf([
      ['Order ID', 'Tracking ID', 'Note'],
      ['1', ' 986578788855', ' 986578788855'],
    ]);
    const template = await readOk(bytes, 's.xlsx');
    const copy = await copyOf(template);
    const row = (await readOk(copy.bytes, copy.name)).rows[0]!;
    expect(row.tracking).toBe('986578788855');
    const sheet = strFromU8(zipEntries(copy.bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<c r="C2" s="\d+" t="s"><v>\d+<\/v><\/c>/);
  });

  it('skips fixes that do not belong to this file', async () => {
    const template = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    const foreign: CertainFix[] = [
      { row: 5, column: 'D', from: 'something else', to: 'X1', codes: ['whitespace'] },
      { row: 5, column: 'A', from: ` 1ZWW2H350214127617`, to: '1ZWW2H350214127617', codes: ['whitespace'] },
      { row: 99, column: 'D', from: ' X', to: 'X', codes: ['whitespace'] },
    ];
    const result = await buildCorrectedCopy(template, foreign);
    expect(result.ok || result.error.code).toBe('nothing-to-fix');
  });

  it('refuses to write anything but a cleaned [0-9A-Z] number', async () => {
    const template = await readOk(fixtureBytes('tracking-upload-defective-us.xlsx'), 'orders.xlsx');
    const result = await buildCorrectedCopy(template, [
      { row: 5, column: 'D', from: ' 1ZWW2H350214127617', to: '<x>', codes: ['whitespace'] },
    ]);
    expect(result.ok || result.error.code).toBe('nothing-to-fix');
  });

  it('patches the right sheet when the template is not the first one', async () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'Other',
          rows: [
            ['Order ID', 'Tracking ID'],
            ['9', ' JT0009'],
          ],
        },
        {
          name: 'Upload',
          rows: [
            ['Order ID', 'SKU ID', 'Tracking ID', 'Carrier'],
            ['1', 's', ' 1Z5R89390357567127', 'UPS'],
            ['2', 's', '986578788855', 'FedEx'],
            ['3', 's', '9400111206206406260787', 'USPS'],
          ],
        },
      ],
    });
    const template = await readOk(bytes, 'two.xlsx');
    expect(template.sheet?.name).toBe('Upload');
    const copy = await copyOf(template);
    const entries = zipEntries(copy.bytes);
    expect(strFromU8(entries['xl/worksheets/sheet1.xml']!)).toBe(
      strFromU8(zipEntries(bytes)['xl/worksheets/sheet1.xml']!),
    );
    expect((await readOk(copy.bytes, copy.name)).rows[0]!.tracking).toBe('1Z5R89390357567127');
  });
});

describe('buildCorrectedCopy: .csv', () => {
  it('keeps GB18030, CRLF and quoting: the bytes differ only inside the fixed fields', async () => {
    const original = fixtureBytes('tracking-upload-defective-zh-gbk.csv');
    const template = await readOk(original, '物流单号.csv');
    const copy = await copyOf(template);
    expect(copy.name).toBe('物流单号-corrected.csv');
    expect(copy.applied.map((f) => f.row)).toEqual([3, 4, 5]);
    const before = decodeCsvBytes(original)!;
    const after = decodeCsvBytes(copy.bytes)!;
    expect(after.encoding).toBe('gb18030');
    const lines = (text: string) => text.split('\r\n');
    const [b, a] = [lines(before.text), lines(after.text)];
    expect(a.length).toBe(b.length);
    a.forEach((line, i) => {
      if (![2, 3, 4].includes(i)) expect(line).toBe(b[i]);
    });
    // Rows 3 and 4 were quoted because of their spaces: still quoted, now clean.
    expect(a[2]!.split(',')[2]).toBe('"1ZWW2H350214127617"');
    expect(a[3]).toContain('"YT2351345280210955"');
    expect(a[4]!.split(',')[2]).toBe('9261299530489637465875');
    // The Chinese note fields are byte-identical (GB18030 two-byte codes untouched).
    expect(after.text).toContain('前导空格,已加引号');
  });

  it('keeps a UTF-8 BOM and LF line ends', async () => {
    const text = 'Order ID,Tracking ID,Carrier\n1, 9400111206206406260787 ,USPS\n2,1Z5R89390357567127,UPS\n';
    const original = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const copy = await copyOf(await readOk(original, 'a.csv'));
    expect([...copy.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(copy.bytes.subarray(3))).toBe(
      'Order ID,Tracking ID,Carrier\n1,9400111206206406260787,USPS\n2,1Z5R89390357567127,UPS\n',
    );
  });

  it('writes UTF-16LE back as UTF-16LE', async () => {
    const text = '订单号\t运单号\r\n577301846207734015\t9261294537139618817312 \r\n';
    const encode = (s: string) => {
      const out = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        out[2 * i] = s.charCodeAt(i) & 0xff;
        out[2 * i + 1] = s.charCodeAt(i) >> 8;
      }
      return out;
    };
    const original = Uint8Array.from([0xff, 0xfe, ...encode(text)]);
    const copy = await copyOf(await readOk(original, 'u.txt'));
    expect([...copy.bytes]).toEqual([0xff, 0xfe, ...encode(text.replace('7312 ', '7312'))]);
  });

  it('fixes a number split by a quoted line break', async () => {
    const copy = await copyOf(await readOk(utf8('Order ID,Tracking ID\n1,"1Z5R893903\n57567127"\n'), 'q.csv'));
    expect(new TextDecoder().decode(copy.bytes)).toBe('Order ID,Tracking ID\n1,"1Z5R89390357567127"\n');
  });

  it('has nothing to fix in a good file', async () => {
    const template = await readOk(fixtureBytes('tracking-upload-good-utf8-bom.csv'), 'good.csv');
    const result = await buildCorrectedCopy(template, []);
    expect(result.ok || result.error.code).toBe('nothing-to-fix');
  });
});

describe('checkUploadFile', () => {
  it('reads, checks and builds the copy in one call', async () => {
    const outcome = await checkUploadFile(fixtureBytes('tracking-upload-defective-zh-gbk.csv'), 'zh.csv', {
      market: 'US',
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary).toMatchObject({ rows: 7, ok: 3, defective: 4 });
    expect(outcome.copy?.applied).toHaveLength(3);
    expect(outcome.summary.needsHuman.map((r) => r.row)).toEqual([6]);
  });

  it('offers no copy for a good file', async () => {
    const outcome = await checkUploadFile(fixtureBytes('tracking-upload-good-us.xlsx'), 'good.xlsx', { market: 'US' });
    expect(outcome.ok && outcome.copy).toBeUndefined();
    expect(outcome.ok && outcome.summary).toMatchObject({ rows: 5, ok: 5, defective: 0 });
  });

  it('passes a bad file’s error through', async () => {
    const outcome = await checkUploadFile(new Uint8Array(0), 'e.csv');
    expect(outcome.ok || outcome.error.code).toBe('empty-file');
  });

  it('re-reading the untouched original after a copy still gives the original rows (the input is not mutated)', async () => {
    const bytes = fixtureBytes('tracking-upload-defective-us.xlsx');
    const snapshot = bytes.slice();
    await checkUploadFile(bytes, 'o.xlsx');
    expect(bytes).toEqual(snapshot);
    expect((await readTrackingTemplate(bytes, 'o.xlsx')).ok).toBe(true);
  });
});
