import Papa from 'papaparse';
import { decodeCsvBytes, type DecodedCsv } from './csv-text';
import { describeThrown, makeUploadError } from './errors';
import { MAX_UPLOAD_BYTES, sniffFileKind } from './file-kind';
import { HEADER_SEARCH_ROWS, findHeaderRow, type HeaderMatch } from './headers';
import { readCell, type RawCell } from './raw-cell';
import type {
  ReadTemplateResult,
  TemplateColumn,
  TrackingTemplate,
  TrackingTemplateRow,
  UploadCheckHooks,
} from './types';
import { openXlsx, partText, type XlsxWorkbook } from './xlsx-workbook';
import { rememberSheetText } from './sheet-text';
import { scanSheetRows } from './xlsx-xml';
import { MAX_INFLATED_XML_BYTES, ZipRefusedError } from './zip-entries';

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
 * An .xlsx is refused from its zip directory when it would unpack past the budget (`unpacks-too-large`,
 * `suspicious-compression`), then read in one flat pass per sheet (lib/upload/xlsx-xml.ts).
 * Example: `await readTrackingTemplate(bytes, 'orders.csv')` with text
 * `"Order ID,Tracking ID,Shipping provider\n5770001, 9400111206206406260787,USPS\n"` →
 * `{ ok: true, template: { kind: 'csv', headerRow: 1, rows: [{ row: 2, orderId: '5770001', tracking: ' 9400…', … }] } }`.
 */
export async function readTrackingTemplate(
  file: ArrayBuffer | Uint8Array,
  name: string,
  hooks: UploadCheckHooks = {},
): Promise<ReadTemplateResult> {
  try {
    return await readTemplate(file, name, hooks);
  } catch (error) {
    // A parser bug must not reach the page: the seller gets a reason instead.
    return { ok: false, error: xlsxError(error, name) };
  }
}

/** The seller-facing reason for an archive the reader refused or could not open. */
function xlsxError(error: unknown, name: string) {
  if (!(error instanceof ZipRefusedError))
    return makeUploadError('corrupt-xlsx', { name, detail: describeThrown(error) });
  const { refusal } = error;
  switch (refusal.kind) {
    case 'damaged':
      return makeUploadError('corrupt-xlsx', { name, detail: refusal.detail });
    case 'inflates-too-large':
      return makeUploadError('unpacks-too-large', {
        name,
        sizeMb: Math.ceil(refusal.size / 1024 / 1024),
        maxMb: MAX_INFLATED_XML_BYTES / 1024 / 1024,
      });
    case 'compression-ratio':
      return makeUploadError('suspicious-compression', { name, ratio: Math.round(refusal.ratio) });
  }
}

async function readTemplate(
  file: ArrayBuffer | Uint8Array,
  name: string,
  hooks: UploadCheckHooks,
): Promise<ReadTemplateResult> {
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
      return readXlsxTemplate(bytes, name, hooks);
    case 'csv':
      return readCsvTemplate(bytes, name);
  }
}

/** A data row as a template row, or undefined for a blank row. */
function templateRow(cells: readonly RawCell[], row: number, match: HeaderMatch): TrackingTemplateRow | undefined {
  if (cells.every(isBlankCell)) return undefined;
  const { columns } = match;
  const at = (column: TemplateColumn | undefined) =>
    column ? readCell(cells[column.index]) : { text: '', source: 'empty' as const };
  const orderId = at(columns.orderId);
  const tracking = at(columns.tracking);
  return {
    row,
    orderId: orderId.text.trim(),
    skuId: at(columns.skuId).text.trim(),
    tracking: tracking.text,
    provider: at(columns.provider).text.trim(),
    stored: { orderId: orderId.source, tracking: tracking.source },
    trackingColumn: columns.tracking.letter,
  };
}

/** Rows below the header as template rows; blank rows are skipped. */
function collectRows(grid: readonly (readonly RawCell[])[], match: HeaderMatch): TrackingTemplateRow[] {
  const rows: TrackingTemplateRow[] = [];
  for (let r = match.headerRow; r < grid.length; r++) {
    const row = templateRow(grid[r] ?? [], r + 1, match);
    if (row) rows.push(row);
  }
  return rows;
}

function headerTexts(cells: readonly RawCell[] | undefined): string[] {
  return Array.from(cells ?? [], (cell) => (typeof cell === 'string' ? cell : ''));
}

/**
 * One sheet's template, read in a single pass: the first 50 rows are kept to find the header, then
 * each row below it becomes a template row as the scan reaches it (other columns are never kept).
 * A sheet with no header in its first 50 rows stops being read there.
 */
async function readSheetTemplate(
  xml: string,
  shared: readonly string[],
  onProgress: (position: number, length: number) => void | Promise<void>,
): Promise<{ match: HeaderMatch; rows: TrackingTemplateRow[] } | undefined> {
  const head: RawCell[][] = [];
  const rows: TrackingTemplateRow[] = [];
  let match: HeaderMatch | undefined;
  let decided = false;
  const decide = () => {
    decided = true;
    match = findHeaderRow(head.length, (r) => headerTexts(head[r]));
    if (match) rows.push(...collectRows(head, match));
  };
  await scanSheetRows(xml, shared, {
    onRow(row, cells) {
      if (!decided) {
        if (row <= HEADER_SEARCH_ROWS) {
          head[row - 1] = cells;
          return;
        }
        decide();
        if (!match) return false;
      }
      const data = templateRow(cells, row, match!);
      if (data) rows.push(data);
    },
    onProgress,
  });
  if (!decided) decide();
  return match ? { match, rows } : undefined;
}

async function readXlsxTemplate(bytes: Uint8Array, name: string, hooks: UploadCheckHooks): Promise<ReadTemplateResult> {
  let workbook: XlsxWorkbook;
  try {
    workbook = openXlsx(bytes);
  } catch (error) {
    return { ok: false, error: xlsxError(error, name) };
  }
  // An instructions sheet may list "Tracking ID" in a table of its own: prefer the sheet whose header
  // also has an order ID column, then the one with more filled tracking cells.
  let best: { template: TrackingTemplate; score: number; xml: string } | undefined;
  let emptyHeader: HeaderMatch | undefined;
  const sheetCount = workbook.sheets.length;
  for (const [i, sheet] of workbook.sheets.entries()) {
    await hooks.onProgress?.({ phase: 'reading', fraction: i / sheetCount });
    const xml = partText(bytes, workbook.entries, sheet.path);
    if (xml === undefined) continue;
    const found = await readSheetTemplate(xml, workbook.sharedStrings, (position, length) =>
      hooks.onProgress?.({ phase: 'reading', fraction: (i + position / length) / sheetCount }),
    );
    if (!found) continue;
    const { match, rows } = found;
    if (!rows.length) {
      emptyHeader ??= match;
      continue;
    }
    let filled = 0;
    for (const r of rows) if (r.tracking.trim()) filled++;
    const score = (match.columns.orderId ? 1_000_000_000 : 0) + filled;
    if (!best || score > best.score)
      best = {
        score,
        xml,
        template: { kind: 'xlsx', name, sheet: { index: i + 1, name: sheet.name }, ...match, rows, bytes },
      };
  }
  if (best) {
    rememberSheetText(best.template, best.xml);
    return { ok: true, template: best.template };
  }
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
