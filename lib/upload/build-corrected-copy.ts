import { strToU8, zipSync } from 'fflate';
import { byteOffsetsOf, decodeCsvBytes, encodeAscii, scanCsvFields } from './csv-text';
import { describeThrown, makeUploadError } from './errors';
import { correctedFileName } from './file-kind';
import { readCell, StoredNumber, type RawCell } from './raw-cell';
import { parseCsv } from './read-tracking-template';
import type { CertainFix, CorrectedCopy, CorrectedCopyResult, TrackingTemplate } from './types';
import { openXlsx, partText } from './xlsx-workbook';
import { scanSheetRows } from './xlsx-xml';
import { inflateEntry } from './zip-entries';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIME = 'text/csv';

type Skipped = CorrectedCopy['skipped'];
type Grid = ReadonlyArray<ReadonlyArray<RawCell>>;

/** A fix we may apply: it names this template's tracking column and the cell still holds `from`. */
function splitApplicable(
  template: TrackingTemplate,
  fixes: readonly CertainFix[],
): { usable: CertainFix[]; skipped: Skipped } {
  const byRow = new Map(template.rows.map((r) => [r.row, r]));
  const usable: CertainFix[] = [];
  const skipped: Skipped = [];
  const seen = new Set<number>();
  for (const fix of fixes) {
    const row = byRow.get(fix.row);
    const valid =
      row &&
      fix.column === template.columns.tracking.letter &&
      row.tracking === fix.from &&
      row.stored.tracking === 'text';
    // Only a clean [0-9A-Z] result may be written: that is all a certain fix can produce.
    if (!valid || !/^[0-9A-Z]+$/.test(fix.to) || seen.has(fix.row))
      skipped.push({ row: fix.row, reason: 'cell-changed' });
    else {
      usable.push(fix);
      seen.add(fix.row);
    }
  }
  return { usable, skipped };
}

/**
 * The same file with ONLY the certain fixes applied, named `<name>-corrected.<ext>`. An .xlsx keeps
 * every other zip entry, sheet, style and cell as it was: only the fixed cells of the template's sheet
 * are rewritten (as inline text with their own style kept); a cell holding a formula is left alone.
 * A .csv keeps its encoding, BOM, delimiter, quoting and line breaks byte for byte outside the fixed
 * fields. Before the copy is offered it is read back with the same parser and compared cell by cell
 * with the original; any difference other than the fixes means no copy (`copy-failed`). Fixes that do
 * not match the template (another file's, or a cell that changed) are skipped. Never throws.
 * Example: `await buildCorrectedCopy(template, summary.certainFixes)` →
 * `{ ok: true, copy: { name: 'orders-corrected.xlsx', bytes, applied: [...], skipped: [] } }`.
 */
export async function buildCorrectedCopy(
  original: TrackingTemplate,
  fixes: readonly CertainFix[],
): Promise<CorrectedCopyResult> {
  try {
    const { usable, skipped } = splitApplicable(original, Array.isArray(fixes) ? fixes : []);
    if (!usable.length) return { ok: false, error: makeUploadError('nothing-to-fix') };
    return original.kind === 'xlsx'
      ? await patchXlsx(original, usable, skipped)
      : await patchCsv(original, usable, skipped);
  } catch (error) {
    return { ok: false, error: makeUploadError('copy-failed', { detail: describeThrown(error) }) };
  }
}

function finish(
  original: TrackingTemplate,
  bytes: Uint8Array,
  applied: CertainFix[],
  skipped: Skipped,
): CorrectedCopyResult {
  if (!applied.length) return { ok: false, error: makeUploadError('nothing-to-fix') };
  const copy: CorrectedCopy = {
    name: correctedFileName(original.name, original.kind),
    mimeType: original.kind === 'xlsx' ? XLSX_MIME : CSV_MIME,
    bytes,
    applied,
    skipped: skipped.sort((a, b) => a.row - b.row),
  };
  return { ok: true, copy };
}

/** Cell equality as the reader sees it (numbers by their stored text). */
function sameCell(a: RawCell, b: RawCell): boolean {
  if (a instanceof StoredNumber || b instanceof StoredNumber)
    return a instanceof StoredNumber && b instanceof StoredNumber && a.stored === b.stored;
  return readCell(a).text === readCell(b).text && readCell(a).source === readCell(b).source;
}

/**
 * Where `after` differs from `before` other than in the expected cells (`"row:col" → new text`), as a
 * short description; undefined when they agree.
 */
function compareGrids(before: Grid, after: Grid, expected: ReadonlyMap<string, string>): string | undefined {
  const rows = Math.max(before.length, after.length);
  for (let r = 0; r < rows; r++) {
    const a = before[r] ?? [];
    const b = after[r] ?? [];
    const cols = Math.max(a.length, b.length);
    for (let c = 0; c < cols; c++) {
      const want = expected.get(`${r + 1}:${c}`);
      if (want !== undefined) {
        if (b[c] !== want) return `row ${r + 1} column ${c + 1} reads back as "${readCell(b[c]).text}"`;
      } else if (!sameCell(a[c], b[c])) return `row ${r + 1} column ${c + 1} changed`;
    }
  }
  return undefined;
}

const expectedCells = (fixes: readonly CertainFix[], column: number) =>
  new Map(fixes.map((f) => [`${f.row}:${column}`, f.to]));

// ---------------------------------------------------------------------------------------------
// xlsx

const CELL = /<((?:[A-Za-z_][\w.-]*:)?)c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const REF_ATTR = /\sr\s*=\s*["']([A-Z]+[0-9]+)["']/;
const TYPE_ATTR = /\st\s*=\s*["'][^"']*["']/;
const FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s/>]/;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rewrites the fixed cells of one sheet XML; cells with a formula are left alone. */
function patchSheetXml(
  xml: string,
  fixes: readonly CertainFix[],
  skipped: Skipped,
): { xml: string; applied: CertainFix[] } {
  const wanted = new Map(fixes.map((f) => [`${f.column}${f.row}`, f]));
  const applied: CertainFix[] = [];
  const patched = xml.replace(CELL, (whole, prefix: string, attrs: string | undefined, inner: string | undefined) => {
    const ref = REF_ATTR.exec(attrs ?? '')?.[1];
    const fix = ref ? wanted.get(ref) : undefined;
    if (!fix) return whole;
    wanted.delete(ref!);
    if (inner && FORMULA.test(inner)) {
      skipped.push({ row: fix.row, reason: 'formula' });
      return whole;
    }
    applied.push(fix);
    const kept = (attrs ?? '').replace(TYPE_ATTR, '');
    return `<${prefix}c${kept} t="inlineStr"><${prefix}is><${prefix}t>${escapeXml(fix.to)}</${prefix}t></${prefix}is></${prefix}c>`;
  });
  for (const fix of wanted.values()) skipped.push({ row: fix.row, reason: 'cell-not-found' });
  return { xml: patched, applied };
}

/** Every cell of one sheet XML, as the template reader reads it, by 0-based row. */
async function readGrid(xml: string, shared: readonly string[]): Promise<RawCell[][]> {
  const grid: RawCell[][] = [];
  await scanSheetRows(xml, shared, { onRow: (row, cells) => void (grid[row - 1] = cells) });
  return grid;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

async function patchXlsx(
  original: TrackingTemplate,
  fixes: CertainFix[],
  skipped: Skipped,
): Promise<CorrectedCopyResult> {
  const workbook = openXlsx(original.bytes);
  const sheetPath = workbook.sheets[(original.sheet?.index ?? 1) - 1]?.path;
  const sheetXml = sheetPath ? partText(original.bytes, workbook.entries, sheetPath) : undefined;
  if (!sheetPath || sheetXml === undefined)
    return {
      ok: false,
      error: makeUploadError('copy-failed', { detail: 'the sheet could not be located in the workbook' }),
    };
  const { xml, applied } = patchSheetXml(sheetXml, fixes, skipped);
  if (!applied.length) return finish(original, original.bytes, applied, skipped);
  // Same entries in the same order, each inflated within its declared size; only the one sheet's XML differs.
  const entries: Record<string, Uint8Array> = {};
  for (const entry of workbook.entries.values()) entries[entry.name] = inflateEntry(original.bytes, entry);
  // Level 1: a 200,000-row workbook recompresses in ~1 s instead of ~4 s, for a copy ~15 % larger.
  const out = zipSync({ ...entries, [sheetPath]: strToU8(xml) }, { level: 1 });

  // Read the copy back the way the reader will: every other part byte for byte, the sheet cell by cell.
  const reread = openXlsx(out);
  const otherPartChanged = [...workbook.entries.keys()].some((path) => {
    if (path === sheetPath) return false;
    const copied = reread.entries.get(path);
    return !copied || !sameBytes(entries[path]!, inflateEntry(out, copied));
  });
  if (otherPartChanged || reread.entries.size !== workbook.entries.size)
    return { ok: false, error: makeUploadError('copy-failed', { detail: 'another part of the workbook changed' }) };
  const [before, after] = await Promise.all([
    readGrid(sheetXml, workbook.sharedStrings),
    readGrid(partText(out, reread.entries, sheetPath) ?? '', reread.sharedStrings),
  ]);
  const problem = compareGrids(before, after, expectedCells(applied, original.columns.tracking.index));
  if (problem) return { ok: false, error: makeUploadError('copy-failed', { detail: problem }) };
  return finish(original, out, applied, skipped);
}

// ---------------------------------------------------------------------------------------------
// csv

async function patchCsv(
  original: TrackingTemplate,
  fixes: CertainFix[],
  skipped: Skipped,
): Promise<CorrectedCopyResult> {
  const decoded = decodeCsvBytes(original.bytes);
  const format = original.csv;
  if (!decoded || !format || decoded.encoding !== format.encoding) {
    return { ok: false, error: makeUploadError('copy-failed', { detail: 'the text could not be decoded again' }) };
  }
  const column = original.columns.tracking.index;
  const records = scanCsvFields(decoded.text, format.delimiter);
  const splices: Array<{ start: number; end: number; text: string }> = [];
  const applied: CertainFix[] = [];
  for (const fix of fixes) {
    const field = records[fix.row - 1]?.[column];
    if (!field || field.value !== fix.from) {
      skipped.push({ row: fix.row, reason: 'cell-not-found' });
      continue;
    }
    splices.push({ start: field.start, end: field.end, text: field.quoted ? `"${fix.to}"` : fix.to });
    applied.push(fix);
  }
  if (!applied.length) return finish(original, original.bytes, applied, skipped);
  splices.sort((a, b) => a.start - b.start);

  const offsets = byteOffsetsOf(
    original.bytes,
    decoded,
    splices.flatMap((s) => [s.start, s.end]),
  );
  const pieces: Uint8Array[] = [];
  let cursor = 0;
  splices.forEach((splice, i) => {
    pieces.push(original.bytes.subarray(cursor, offsets[2 * i]), encodeAscii(splice.text, format.encoding));
    cursor = offsets[2 * i + 1]!;
  });
  pieces.push(original.bytes.subarray(cursor));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }

  const reread = decodeCsvBytes(out);
  if (!reread || reread.encoding !== format.encoding)
    return { ok: false, error: makeUploadError('copy-failed', { detail: 'the copy does not decode the same way' }) };
  const [before, after] = await Promise.all([
    parseCsv(decoded.text, format.delimiter),
    parseCsv(reread.text, format.delimiter),
  ]);
  const problem = compareGrids(before, after, expectedCells(applied, column));
  if (problem) return { ok: false, error: makeUploadError('copy-failed', { detail: problem }) };
  return finish(original, out, applied, skipped);
}
