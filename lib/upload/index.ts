/**
 * `lib/upload`: Seller Center's bulk tracking-upload template (.xlsx / .csv) — read it, check every
 * row's tracking number against its carrier, and build a corrected copy with only the certain fixes.
 * Pure; heavy (papaparse, fflate, the sheet reader): it runs in the background, never in Seller Center's page.
 */
export { readTrackingTemplate } from './read-tracking-template';
export { checkTrackingRows, hasLostDigits } from './check-tracking-rows';
export { buildCorrectedCopy } from './build-corrected-copy';
export { checkUploadFile, type UploadCheckOutcome } from './check-upload-file';
export {
  describeUploadSummary,
  titleOfIssue,
  type UploadSummaryView,
  type DescribeOptions,
} from './describe-upload-summary';
export { TEMPLATE_HEADER_ALIASES, normalizeHeader, fieldOfHeader, columnLetter } from './headers';
export { MAX_UPLOAD_BYTES, correctedFileName, sniffFileKind } from './file-kind';
export {
  UPLOAD_ISSUE_CODES,
  type CellSource,
  type CertainFix,
  type CheckTrackingRowsOptions,
  type CorrectedCopy,
  type CorrectedCopyResult,
  type CsvEncoding,
  type NeedsHumanRow,
  type ReadTemplateResult,
  type TemplateColumn,
  type TemplateField,
  type TrackingRowResult,
  type TrackingTemplate,
  type TrackingTemplateRow,
  type TrackingUploadSummary,
  type UploadFileError,
  type UploadFileErrorCode,
  type UploadFileKind,
  type UploadIssueCode,
  type UploadCheckHooks,
  type UploadCheckPhase,
  type UploadProgress,
  type UploadOnlyIssueCode,
  type UploadRowIssue,
} from './types';
