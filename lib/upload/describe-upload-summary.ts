import { fillLocalized, type Localized } from '@/lib/i18n';
import { uploadMessages as m } from '@/lib/i18n/upload-messages';
import { WAYBILL_ISSUE_TITLES, type WaybillIssueCode } from '@/lib/waybill';
import type { UploadCheckOutcome } from './check-upload-file';
import type { UploadIssueCode, UploadOnlyIssueCode } from './types';

const UPLOAD_TITLES: Record<UploadOnlyIssueCode, Localized> = {
  'number-lost-digits': m.titleNumberLostDigits,
  'missing-order-id': m.titleMissingOrderId,
  'split-order': m.titleSplitOrder,
};

/** Seller-facing name of an issue class. Example: `titleOfIssue('whitespace').en === 'Space or line break in the number'`. */
export function titleOfIssue(code: UploadIssueCode): Localized {
  if (code === 'duplicate') return m.titleDuplicate;
  return (
    (UPLOAD_TITLES as Partial<Record<UploadIssueCode, Localized>>)[code] ??
    WAYBILL_ISSUE_TITLES[code as WaybillIssueCode]
  );
}

export interface UploadSummaryView {
  tone: 'ok' | 'warning' | 'error';
  headline: Localized;
  /** Where the template was found ("Sheet "Orders", header on row 3"). */
  location: Localized;
  classes: Array<{
    code: UploadIssueCode;
    title: Localized;
    rows: number[];
    rowsText: Localized;
    fixedInCopy: boolean;
  }>;
  /** Rows whose carrier has no public format (not defects), when there are any. */
  notes?: Localized;
  download?: { name: string; label: Localized; note: Localized };
  /** Why the copy is not offered, or which fixes it left out. */
  copyProblem?: Localized;
  needsHuman: Array<{ row: number; orderId: string; text: Localized }>;
  /** All rows needing a person (the list above may be capped). */
  needsHumanTotal: number;
  /** Rows needing a person beyond those listed. */
  moreNeedsHuman?: Localized;
  /** The first defective row's order ID (for the hint's `data-order-id`), if any row is defective. */
  firstDefectiveOrderId?: string;
}

export interface DescribeOptions {
  /** Row numbers listed per class before "and N more". */
  maxRowsPerClass?: number;
  /** Rows listed under "needs your check". */
  maxHumanRows?: number;
}

/** `3, 5, 9` or `3, 5, 9 and 12 more`, in both languages. */
function describeRowList(rows: readonly number[], max: number): Localized {
  const shown = rows.slice(0, max).join(', ');
  const list =
    rows.length > max
      ? fillLocalized(m.summaryMoreRows, { rows: shown, count: rows.length - max })
      : { en: shown, zh: shown };
  return {
    en: fillLocalized(m.summaryRows, { rows: list.en }).en,
    zh: fillLocalized(m.summaryRows, { rows: list.zh }).zh,
  };
}

const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Turns a successful check into what a summary shows (headline, classes with row numbers, download,
 * rows needing a person), in both languages, so the in-page hint and the React drop zone say the
 * same thing. Example: a file with 12 rows, 3 defective → `headline.en === '12 rows checked: 9 OK, 3 with problems'`.
 */
export function describeUploadSummary(
  outcome: Extract<UploadCheckOutcome, { ok: true }>,
  opts: DescribeOptions = {},
): UploadSummaryView {
  const { template, summary, copy, copyError } = outcome;
  const maxRows = opts.maxRowsPerClass ?? 20;
  const maxHuman = opts.maxHumanRows ?? 30;
  const fixedRows = new Map(summary.certainFixes.map((f) => [f.row, new Set(f.codes)]));
  const appliedRows = new Set(copy?.applied.map((f) => f.row) ?? []);

  const classes = (Object.entries(summary.byClass) as Array<[UploadIssueCode, number[]]>).map(([code, rows]) => ({
    code,
    title: titleOfIssue(code),
    rows,
    rowsText: describeRowList(rows, maxRows),
    fixedInCopy: !!copy && rows.every((row) => appliedRows.has(row) && fixedRows.get(row)?.has(code)),
  }));

  const view: UploadSummaryView = {
    tone:
      summary.defective === 0
        ? 'ok'
        : summary.needsHuman.some((r) => r.issues.some((i) => i.severity === 'error'))
          ? 'error'
          : 'warning',
    headline:
      summary.defective === 0
        ? fillLocalized(m.summaryAllOk, { rows: summary.rows })
        : fillLocalized(m.summaryCounts, { rows: summary.rows, ok: summary.ok, defective: summary.defective }),
    location: template.sheet
      ? fillLocalized(m.summarySheet, { sheet: template.sheet.name, row: template.headerRow })
      : fillLocalized(m.summaryHeaderRow, { row: template.headerRow }),
    classes,
    needsHumanTotal: summary.needsHuman.length,
    needsHuman: summary.needsHuman.slice(0, maxHuman).map((r) => {
      const [first, ...rest] = r.issues;
      const issue = first?.text ?? { en: '', zh: '' };
      const more = rest.length ? fillLocalized(m.summaryMoreIssues, { count: rest.length }) : { en: '', zh: '' };
      const line = (locale: 'en' | 'zh') =>
        fillLocalized(m.summaryNeedsHumanRow, {
          row: r.row,
          order: r.orderId || m.summaryNoOrder[locale],
          raw: shorten(r.raw),
          issue: `${issue[locale]}${more[locale] ? ` ${more[locale]}` : ''}`,
        })[locale];
      return { row: r.row, orderId: r.orderId, text: { en: line('en'), zh: line('zh') } };
    }),
  };
  const unverifiable = summary.notes['format-not-verifiable'];
  if (unverifiable?.length) {
    const rows = describeRowList(unverifiable, maxRows);
    view.notes = {
      en: fillLocalized(m.summaryNotes, { rows: rows.en }).en,
      zh: fillLocalized(m.summaryNotes, { rows: rows.zh }).zh,
    };
  }
  if (copy) {
    view.download = {
      name: copy.name,
      label: fillLocalized(m.summaryDownload, { count: copy.applied.length }),
      note: m.summaryDownloadNote,
    };
    if (copy.skipped.length)
      view.copyProblem = fillLocalized(m.summarySkipped, { rows: copy.skipped.map((s) => s.row).join(', ') });
  } else if (copyError) view.copyProblem = copyError.text;
  if (summary.needsHuman.length > maxHuman)
    view.moreNeedsHuman = fillLocalized(m.summaryMoreHumanRows, { count: summary.needsHuman.length - maxHuman });
  const firstDefective = summary.results.find((r) => r.defective);
  if (firstDefective?.orderId) view.firstDefectiveOrderId = firstDefective.orderId;
  return view;
}
