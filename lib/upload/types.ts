import type { Localized } from '@/lib/i18n';
import type { WaybillIssueCode, WaybillIssueSeverity } from '@/lib/waybill';

/** The two template formats Seller Center's upload takes that we can read (.xls is refused with a reason). */
export type UploadFileKind = 'xlsx' | 'csv';

/** The template's columns we use (ref:seller-center#5: order ID / SKU ID / tracking / provider). */
export type TemplateField = 'orderId' | 'skuId' | 'tracking' | 'provider';

export interface TemplateColumn {
  /** 0-based column index. */
  index: number;
  /** The column as a spreadsheet names it: `A`, `B`, … `AA`. */
  letter: string;
  /** The header text as written in the file. */
  header: string;
}

/**
 * How a cell was stored. A tracking number or order ID stored as a `number` may have lost digits:
 * Excel keeps 15 significant digits (a 22-digit USPS number becomes 9.40011E+21).
 */
export type CellSource = 'text' | 'number' | 'empty' | 'other';

export interface TrackingTemplateRow {
  /** 1-based row number as the spreadsheet shows it (CSV: record number, a quoted line break stays in one row). */
  row: number;
  orderId: string;
  skuId: string;
  /** The tracking cell exactly as stored (nothing trimmed); a number cell as its stored digits. */
  tracking: string;
  provider: string;
  stored: { orderId: CellSource; tracking: CellSource };
  /** Column letter of the tracking cell (`D` → the cell is `D<row>`). */
  trackingColumn: string;
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface TrackingTemplate {
  kind: UploadFileKind;
  /** The file name as chosen. */
  name: string;
  /** xlsx: the sheet the template was found on (1-based index in workbook order). */
  sheet?: { index: number; name: string };
  /** 1-based row of the header. */
  headerRow: number;
  columns: { tracking: TemplateColumn } & Partial<Record<Exclude<TemplateField, 'tracking'>, TemplateColumn>>;
  /** Data rows below the header; blank rows are left out (their numbers are skipped, not reused). */
  rows: TrackingTemplateRow[];
  /** csv: how the text was stored, so the corrected copy is written the same way. */
  csv?: { encoding: CsvEncoding; delimiter: string; bomBytes: number };
  /** The original file, kept for `buildCorrectedCopy`. */
  bytes: Uint8Array;
}

export type UploadFileErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'legacy-xls'
  | 'not-a-spreadsheet'
  | 'corrupt-xlsx'
  | 'unpacks-too-large'
  | 'suspicious-compression'
  | 'unreadable-text'
  | 'no-tracking-column'
  | 'no-rows'
  | 'nothing-to-fix'
  | 'copy-failed';

export interface UploadFileError {
  code: UploadFileErrorCode;
  /** Plain English (`text.en`). */
  message: string;
  text: Localized;
}

export type ReadTemplateResult = { ok: true; template: TrackingTemplate } | { ok: false; error: UploadFileError };

/** Codes lib/upload adds to lib/waybill's: problems of the file rather than of one number. */
export const UPLOAD_ISSUE_CODES = ['number-lost-digits', 'missing-order-id', 'split-order'] as const;
export type UploadOnlyIssueCode = (typeof UPLOAD_ISSUE_CODES)[number];
export type UploadIssueCode = WaybillIssueCode | UploadOnlyIssueCode;

export interface UploadRowIssue {
  code: UploadIssueCode;
  /** `error` and `warning` make the row defective; `info` is a note. */
  severity: WaybillIssueSeverity;
  column: TemplateField;
  text: Localized;
  fix?: Localized;
  source: string;
}

/** A cleaning that is certainly right (see README "Certain fixes"), applied by `buildCorrectedCopy`. */
export interface CertainFix {
  row: number;
  /** Column letter of the tracking cell. */
  column: string;
  from: string;
  to: string;
  /** The character classes removed or converted (`whitespace`, `zero-width`, `fullwidth`, `lowercase`). */
  codes: UploadIssueCode[];
}

export interface NeedsHumanRow {
  row: number;
  orderId: string;
  raw: string;
  /** The problems left once the certain fixes are applied (what the person has to look at). */
  issues: UploadRowIssue[];
  /** True when the row's number is also cleaned in the corrected copy. */
  partlyFixed: boolean;
}

export interface TrackingRowResult {
  row: number;
  orderId: string;
  raw: string;
  provider: string;
  /**
   * The number as lib/waybill cleans it; absent when it could not be checked as text (a number cell
   * that lost digits). The full `WaybillCheck` is not kept: 200,000 of them cost seconds of GC.
   */
  normalized?: string;
  issues: UploadRowIssue[];
  defective: boolean;
  fix?: CertainFix;
}

export interface TrackingUploadSummary {
  /** Data rows checked. */
  rows: number;
  ok: number;
  defective: number;
  /** Error/warning code → row numbers (ascending, each row once per code). */
  byClass: Partial<Record<UploadIssueCode, number[]>>;
  /** Info code (`format-not-verifiable`, `unknown-carrier`) → row numbers: not defects. */
  notes: Partial<Record<UploadIssueCode, number[]>>;
  certainFixes: CertainFix[];
  needsHuman: NeedsHumanRow[];
  results: TrackingRowResult[];
}

export interface CheckTrackingRowsOptions {
  /** Market code (US, GB or UK, ID, TH, VN, MY, PH, SG): ranks carrier detection. */
  market?: string;
}

export interface CorrectedCopy {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  applied: CertainFix[];
  /** Fixes left out: the cell holds a formula, or could not be located safely. */
  skipped: Array<{ row: number; reason: 'formula' | 'cell-not-found' | 'cell-changed' }>;
}

export type CorrectedCopyResult = { ok: true; copy: CorrectedCopy } | { ok: false; error: UploadFileError };

/** The steps of a check, in order; `fraction` runs 0 → 1 within each. */
export type UploadCheckPhase = 'reading' | 'checking' | 'copying';

export interface UploadProgress {
  phase: UploadCheckPhase;
  fraction: number;
}

export interface UploadCheckHooks {
  /**
   * Called between slices of work (every few thousand rows); awaited, so a caller can report progress
   * and yield to other work there. Pure code never waits on its own.
   */
  onProgress?: (progress: UploadProgress) => void | Promise<void>;
}
