import { describe, expect, it } from 'vitest';
import { checkUploadFile, readTrackingTemplate, type UploadProgress } from '@/lib/upload';
import { MAX_INFLATED_XML_BYTES, readZipDirectory } from '@/lib/upload/zip-entries';
import { largeTemplate, zipBomb } from '../../fixtures/uploads/large-files';

// Issue #12 item 4. Before the fix, read-excel-file inflated the bomb's 300 MB (62 s, 1.9 GB) and both
// files ended in "Maximum call stack size exceeded". Timings live in scripts/bench/upload.bench.ts.

describe('zip bombs are refused from the zip directory, before inflating', () => {
  it('a ~300 KB workbook whose sheet XML is 300 MB: unpacks-too-large, with the sizes in en and zh', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const sheet = readZipDirectory(bomb).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.size).toBeGreaterThan(299 * 1024 * 1024);
    const result = await readTrackingTemplate(bomb, 'bomb.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unpacks-too-large');
    expect(result.error.text.en).toContain('"bomb.xlsx" was not opened: it unpacks to 300 MB');
    expect(result.error.text.en).toContain(`${MAX_INFLATED_XML_BYTES / 1024 / 1024} MB`);
    expect(result.error.text.zh).toContain('未打开“bomb.xlsx”');
  }, 60_000);

  it('a bomb under the size limit but compressed ~1,000 to 1: suspicious-compression', async () => {
    const result = await readTrackingTemplate(zipBomb(40 * 1024 * 1024), 'dense.xlsx');
    expect(result.ok || result.error.code).toBe('suspicious-compression');
    if (!result.ok) expect(result.error.text.en).toMatch(/compressed \d{3,4} to 1/);
  }, 60_000);

  it('a directory that lies about the size: stops at the declared size and says the file is damaged', async () => {
    const result = await readTrackingTemplate(zipBomb(20 * 1024 * 1024, { lieAboutSize: 1024 * 1024 }), 'liar.xlsx');
    expect(result.ok || result.error.code).toBe('corrupt-xlsx');
    if (!result.ok) expect(result.error.message).toContain('inflates past its declared size');
  }, 60_000);
});

describe('a 200,000-row template', () => {
  it('is read and checked in full (no stack overflow), with progress through every phase', async () => {
    const { bytes, spacedRows, duplicateRows } = largeTemplate(200_000);
    const progress: UploadProgress[] = [];
    const outcome = await checkUploadFile(
      bytes,
      'big.xlsx',
      { market: 'US' },
      { onProgress: (p) => void progress.push(p) },
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.summary.rows).toBe(200_000);
    expect(outcome.template.rows.at(-1)?.row).toBe(200_001);
    expect(outcome.summary.byClass.whitespace).toEqual(spacedRows);
    expect(outcome.summary.byClass.duplicate).toEqual(duplicateRows);
    expect(outcome.summary.defective).toBe(spacedRows.length + duplicateRows.length);
    expect(outcome.copy?.applied.map((f) => f.row)).toEqual(spacedRows);

    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['reading', 'checking', 'copying']);
    const reading = progress.filter((p) => p.phase === 'reading').map((p) => p.fraction);
    expect(reading.length).toBeGreaterThan(10);
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
    expect(progress.filter((p) => p.phase === 'checking').length).toBeGreaterThan(10);
    // The copy reports too (it used to say 0 % and nothing more for a third of the time).
    const copying = progress.filter((p) => p.phase === 'copying').map((p) => p.fraction);
    expect(copying.length).toBeGreaterThan(5);
    expect(copying).toEqual([...copying].sort((a, b) => a - b));
    expect(copying.at(-1)).toBe(1);
  }, 240_000);

  it('the corrected copy reads back with the spaces gone and every other row unchanged', async () => {
    const { bytes, spacedRows } = largeTemplate(20_000);
    const outcome = await checkUploadFile(bytes, 'big.xlsx', { market: 'US' });
    if (!outcome.ok || !outcome.copy) throw new Error('expected a corrected copy');
    const reread = await readTrackingTemplate(outcome.copy.bytes, 'big-corrected.xlsx');
    if (!reread.ok) throw new Error(reread.error.message);
    const original = outcome.template.rows;
    reread.template.rows.forEach((row, i) => {
      const before = original[i]!;
      expect(row.row).toBe(before.row);
      expect(row.tracking).toBe(spacedRows.includes(row.row) ? before.tracking.trim() : before.tracking);
    });
  }, 120_000);
});
