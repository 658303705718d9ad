import { describe, expect, it } from 'vitest';
import {
  UPLOAD_ISSUE_CODES,
  checkUploadFile,
  describeUploadSummary,
  titleOfIssue,
  type UploadCheckOutcome,
} from '@/lib/upload';
import { WAYBILL_ISSUE_CODES } from '@/lib/waybill';
import { fixtureBytes } from './helpers';

async function outcomeOf(name: string): Promise<Extract<UploadCheckOutcome, { ok: true }>> {
  const outcome = await checkUploadFile(fixtureBytes(name), name, { market: 'US' });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome;
}

describe('describeUploadSummary', () => {
  it('says "all N rows OK" for a good file, in both languages', async () => {
    const view = describeUploadSummary(await outcomeOf('tracking-upload-good-us.xlsx'));
    expect(view.tone).toBe('ok');
    expect(view.headline).toEqual({ en: 'All 5 rows OK', zh: '全部 5 行均无问题' });
    expect(view.classes).toEqual([]);
    expect(view.download).toBeUndefined();
    expect(view.firstDefectiveOrderId).toBeUndefined();
  });

  it('counts, lists classes with row numbers, offers the copy and lists rows for a person', async () => {
    const view = describeUploadSummary(await outcomeOf('tracking-upload-defective-us.xlsx'));
    expect(view.tone).toBe('error');
    expect(view.headline.en).toBe('19 rows checked: 5 OK, 14 with problems');
    expect(view.location.en).toBe('Sheet "Template", header on row 3');
    const whitespace = view.classes.find((c) => c.code === 'whitespace')!;
    expect(whitespace).toMatchObject({ rows: [5, 16, 17], fixedInCopy: true });
    expect(whitespace.rowsText).toEqual({ en: 'rows 5, 16, 17', zh: '第 5, 16, 17 行' });
    expect(view.classes.find((c) => c.code === 'cjk')!.fixedInCopy).toBe(false);
    expect(view.download).toMatchObject({ name: 'tracking-upload-defective-us-corrected.xlsx' });
    expect(view.download!.label.en).toBe('Download corrected copy (6 rows fixed)');
    expect(view.needsHuman.map((r) => r.row)).toEqual([4, 8, 11, 12, 13, 14, 15, 17, 19]);
    expect(view.needsHuman.find((r) => r.row === 15)!.text.en).toMatch(
      /^Row 15 · order \(none\) · "1ZEM47451256169144": This row has/,
    );
    expect(view.notes?.en).toContain('rows 7, 18');
    expect(view.firstDefectiveOrderId).toBe('577301846207734015');
  });

  it('caps long row lists and the rows shown for a person', async () => {
    const view = describeUploadSummary(await outcomeOf('tracking-upload-defective-us.xlsx'), {
      maxRowsPerClass: 2,
      maxHumanRows: 3,
    });
    expect(view.classes.find((c) => c.code === 'whitespace')!.rowsText.en).toBe('rows 5, 16 and 1 more');
    expect(view.needsHuman).toHaveLength(3);
    expect(view.moreNeedsHuman?.en).toBe('… and 6 more rows');
  });
});

describe('titleOfIssue', () => {
  it.each([...WAYBILL_ISSUE_CODES, ...UPLOAD_ISSUE_CODES])('%s has a title in both languages', (code) => {
    const title = titleOfIssue(code);
    expect(title.en.trim()).not.toBe('');
    expect(title.zh.trim()).not.toBe('');
  });
});
