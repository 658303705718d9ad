import { fillLocalized, type Localized } from '@/lib/i18n';
import { uploadMessages as m } from '@/lib/i18n/upload-messages';
import type { UploadFileError, UploadFileErrorCode } from './types';

const ERROR_TEXTS: Record<UploadFileErrorCode, Localized> = {
  'empty-file': m.errorEmptyFile,
  'too-large': m.errorTooLarge,
  'legacy-xls': m.errorLegacyXls,
  'not-a-spreadsheet': m.errorNotSpreadsheet,
  'corrupt-xlsx': m.errorCorruptXlsx,
  'unpacks-too-large': m.errorUnpacksTooLarge,
  'suspicious-compression': m.errorSuspiciousCompression,
  'unreadable-text': m.errorUnreadableText,
  'no-tracking-column': m.errorNoTrackingColumn,
  'no-rows': m.errorNoRows,
  'nothing-to-fix': m.errorNothingToFix,
  'copy-failed': m.errorCopyFailed,
};

/**
 * A bad-file result with its sentence in both languages; `values` fill the `{placeholders}`.
 * Example: `makeUploadError('empty-file', { name: 'a.csv' }).message === 'The file "a.csv" is empty.'`.
 */
export function makeUploadError(
  code: UploadFileErrorCode,
  values: Record<string, string | number> = {},
): UploadFileError {
  const text = fillLocalized(ERROR_TEXTS[code], values);
  return { code, message: text.en, text };
}

/** The message of anything thrown by a parser, kept short for a seller-facing sentence. */
export function describeThrown(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 160);
}
