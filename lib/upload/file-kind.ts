/** What a chosen file really is, decided from its first bytes (the name only breaks ties). */
export type SniffedKind = 'xlsx' | 'legacy-xls' | 'csv' | 'binary';

/** Files over this size are refused rather than parsed in the page (a 200,000-row export is ~15 MB). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": every .xlsx is a zip archive
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Compound File: .xls (or an encrypted .xlsx)

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Sniffs the file type from its leading bytes: zip → xlsx, OLE compound file → legacy .xls (Excel
 * 97–2003, or an .xlsx saved with a password, which Excel also wraps in OLE), text → csv. A NUL byte
 * in the first 8 KB of what is not UTF-16 text means a binary file (a PDF or an image named .csv).
 * Example: `sniffFileKind(new TextEncoder().encode('Order ID,Tracking ID\n'))` → `'csv'`.
 */
export function sniffFileKind(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'legacy-xls';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'csv'; // UTF-16 with BOM
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : 'csv';
}

/** The file name's extension in lowercase, without the dot. Example: `extensionOf('Orders.XLSX') === 'xlsx'`. */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * `<name>-corrected.<ext>` for the corrected copy, keeping the original extension.
 * Example: `correctedFileName('tracking upload.xlsx', 'xlsx') === 'tracking upload-corrected.xlsx'`.
 */
export function correctedFileName(name: string, kind: 'xlsx' | 'csv'): string {
  const trimmed = name.trim() || `tracking-upload.${kind}`;
  const dot = trimmed.lastIndexOf('.');
  const stem = dot > 0 ? trimmed.slice(0, dot) : trimmed;
  const ext = dot > 0 ? trimmed.slice(dot + 1) : kind;
  return `${stem}-corrected.${ext}`;
}
