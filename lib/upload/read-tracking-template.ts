import { decodeCsvBytes, type DecodedCsv } from './csv-text';
import { describeThrown, makeUploadError } from './errors';
import { MAX_UPLOAD_BYTES, sniffFileKind } from './file-kind';
import { HEADER_SEARCH_ROWS, findHeaderRow, type HeaderMatch } from './headers';
import type { CellSource, ReadTemplateResult, TemplateColumn, TrackingTemplate, TrackingTemplateRow } from './types';

/** A number cell as stored in the sheet XML (`<v>9.4001112062064063E+21</v>`), never converted to a float. */
export class StoredNumber {
  constructor(readonly stored: string) {}
}

/** One cell as the parsers hand it over. */
export type RawCell = string | StoredNumber | boolean | Date | number | null | undefined;

/** Cell text and how it was stored. Strings are kept exactly (no trimming: spaces are what we look for). */
export function readCell(cell: RawCell): { text: string; source: CellSource } {
  if (cell === null || cell === undefined || cell === '') return { text: '', source: 'empty' };
  if (typeof cell === 'string') return { text: cell, source: 'text' };
  if (cell instanceof StoredNumber) return { text: cell.stored, source: 'number' };
  if (typeof cell === 'number') return { text: String(cell), source: 'number' };
  if (cell instanceof Date) return { text: Number.isNaN(cell.getTime()) ? '' : cell.toISOString(), source: 'other' };
  return { text: String(cell).toUpperCase(), source: 'other' };
}

const isBlankCell = (cell: RawCell) => {
  const { text, source } = readCell(cell);
  return source === 'empty' || (source === 'text' && text.trim() === '');
};

/** Delimiters tried in turn for CSV: the one that shows a tracking header wins. */
const CSV_DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * Reads Seller Center's bulk tracking-upload template (.xlsx or .csv) into rows with their original
 * row numbers and the header mapping. Tolerates a title above the header (searched in the first 50
 * rows), extra columns, blank rows, English and Chinese headers (Order ID/订单号, SKU ID, Tracking
 * ID/物流单号/运单号, Shipping provider/物流服务商 …) and, for CSV, UTF-8 (with or without BOM),
 * UTF-16 and GB18030 text with `,` `;` tab or `|` delimiters. On an .xlsx the first sheet with a
 * tracking header is used. Bad files (empty, not a spreadsheet, old .xls, damaged, no tracking column,
 * no rows) give `{ ok: false, error }` with a specific code; it never throws.
 * The .xlsx parser (read-excel-file) and the CSV parser (papaparse) are loaded on first use.
 * Example: `await readTrackingTemplate(bytes, 'orders.csv')` with text
 * `"Order ID,Tracking ID,Shipping provider\n5770001, 9400111206206406260787,USPS\n"` →
 * `{ ok: true, template: { kind: 'csv', headerRow: 1, rows: [{ row: 2, orderId: '5770001', tracking: ' 9400…', … }] } }`.
 */
export async function readTrackingTemplate(file: ArrayBuffer | Uint8Array, name: string): Promise<ReadTemplateResult> {
  try {
    return await readTemplate(file, name);
  } catch (error) {
    // A parser bug must not reach the page: the seller gets a reason instead.
    return { ok: false, error: makeUploadError('corrupt-xlsx', { name, detail: describeThrown(error) }) };
  }
}

async function readTemplate(file: ArrayBuffer | Uint8Array, name: string): Promise<ReadTemplateResult> {
  if (!(file instanceof ArrayBuffer) && !(file instanceof Uint8Array))
    return { ok: false, error: makeUploadError('not-a-spreadsheet', { name }) };
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  if (bytes.length === 0) return { ok: false, error: makeUploadError('empty-file', { name }) };
  if (bytes.length > MAX_UPLOAD_BYTES) {
    const sizeMb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, error: makeUploadError('too-large', { name, sizeMb, maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 }) };
  }
  switch (sniffFileKind(bytes)) {
    case 'legacy-xls':
      return { ok: false, error: makeUploadError('legacy-xls', { name }) };
    case 'binary':
      return { ok: false, error: makeUploadError('not-a-spreadsheet', { name }) };
    case 'xlsx':
      return readXlsxTemplate(bytes, name);
    case 'csv':
      return readCsvTemplate(bytes, name);
  }
}

/** Rows below the header as template rows; blank rows are skipped. */
function collectRows(grid: readonly (readonly RawCell[])[], match: HeaderMatch): TrackingTemplateRow[] {
  const rows: TrackingTemplateRow[] = [];
  const { columns } = match;
  const at = (cells: readonly RawCell[], column: TemplateColumn | undefined) =>
    column ? readCell(cells[column.index]) : { text: '', source: 'empty' as const };
  for (let r = match.headerRow; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every(isBlankCell)) continue;
    const orderId = at(cells, columns.orderId);
    const tracking = at(cells, columns.tracking);
    rows.push({
      row: r + 1,
      orderId: orderId.text.trim(),
      skuId: at(cells, columns.skuId).text.trim(),
      tracking: tracking.text,
      provider: at(cells, columns.provider).text.trim(),
      stored: { orderId: orderId.source, tracking: tracking.source },
      trackingColumn: columns.tracking.letter,
    });
  }
  return rows;
}

function headerTexts(cells: readonly RawCell[] | undefined): string[] {
  return (cells ?? []).map((cell) => (typeof cell === 'string' ? cell : ''));
}

async function readXlsxTemplate(bytes: Uint8Array, name: string): Promise<ReadTemplateResult> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: Array<{ sheet: string; data: RawCell[][] }>;
  try {
    // read-excel-file wants an ArrayBuffer of exactly the file.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer, {
      trim: false,
      parseNumber: (stored: string) => new StoredNumber(stored),
    })) as unknown as Array<{
      sheet: string;
      data: RawCell[][];
    }>;
  } catch (error) {
    return { ok: false, error: makeUploadError('corrupt-xlsx', { name, detail: describeThrown(error) }) };
  }
  // An instructions sheet may list "Tracking ID" in a table of its own: prefer the sheet whose header
  // also has an order ID column, then the one with more filled tracking cells.
  let best: { template: TrackingTemplate; score: number } | undefined;
  let emptyHeader: HeaderMatch | undefined;
  for (const [i, sheet] of sheets.entries()) {
    const grid = sheet.data;
    const match = findHeaderRow(grid.length, (r) => headerTexts(grid[r]));
    if (!match) continue;
    const rows = collectRows(grid, match);
    if (!rows.length) {
      emptyHeader ??= match;
      continue;
    }
    const score = (match.columns.orderId ? 1_000_000_000 : 0) + rows.filter((r) => r.tracking.trim()).length;
    if (!best || score > best.score)
      best = {
        score,
        template: { kind: 'xlsx', name, sheet: { index: i + 1, name: sheet.sheet }, ...match, rows, bytes },
      };
  }
  if (best) return { ok: true, template: best.template };
  if (emptyHeader) return { ok: false, error: makeUploadError('no-rows', { name, row: emptyHeader.headerRow }) };
  return { ok: false, error: makeUploadError('no-tracking-column', { name, rows: HEADER_SEARCH_ROWS }) };
}

async function readCsvTemplate(bytes: Uint8Array, name: string): Promise<ReadTemplateResult> {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) return { ok: false, error: makeUploadError('unreadable-text', { name }) };
  if (!decoded.text.trim()) return { ok: false, error: makeUploadError('empty-file', { name }) };
  const found = await findCsvHeader(decoded);
  if (!found) return { ok: false, error: makeUploadError('no-tracking-column', { name, rows: HEADER_SEARCH_ROWS }) };
  const grid = await parseCsv(decoded.text, found.delimiter);
  const rows = collectRows(grid, found.match);
  if (!rows.length) return { ok: false, error: makeUploadError('no-rows', { name, row: found.match.headerRow }) };
  const template: TrackingTemplate = {
    kind: 'csv',
    name,
    ...found.match,
    rows,
    csv: { encoding: decoded.encoding, delimiter: found.delimiter, bomBytes: decoded.bomBytes },
    bytes,
  };
  return { ok: true, template };
}

/**
 * Parses CSV text into records with papaparse (quotes, `""`, line breaks inside quotes), keeping
 * every field exactly (no trimming, no type guessing) and blank lines (so record numbers match rows).
 */
export async function parseCsv(text: string, delimiter: string, preview = 0): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false, preview });
  return result.data;
}

async function findCsvHeader(decoded: DecodedCsv): Promise<{ delimiter: string; match: HeaderMatch } | undefined> {
  for (const delimiter of CSV_DELIMITERS) {
    const head = await parseCsv(decoded.text, delimiter, HEADER_SEARCH_ROWS);
    const match = findHeaderRow(head.length, (r) => head[r] ?? []);
    if (match) return { delimiter, match };
  }
  return undefined;
}
