import { byteOffsetsOf, decodeCsvBytes, encodeAscii, scanCsvFields } from './csv-text';
import { describeThrown, makeUploadError } from './errors';
import { correctedFileName } from './file-kind';
import { readCell, StoredNumber, type RawCell } from './raw-cell';
import { parseCsv } from './read-tracking-template';
import type { CertainFix, CorrectedCopy, CorrectedCopyResult, TrackingTemplate, UploadCheckHooks } from './types';
import { openXlsx, partText } from './xlsx-workbook';
import { rememberedSheetText } from './sheet-text';
import { scanSheetRows } from './xlsx-xml';
import { compressedData, inflateEntry, readZipDirectory, type ZipEntry } from './zip-entries';
import { replaceZipEntry } from './zip-rewrite';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIME = 'text/csv';

type Skipped = CorrectedCopy['skipped'];
type Grid = ReadonlyArray<ReadonlyArray<RawCell>>;

/** A fix we may apply: it names this template's tracking column and the cell still holds `from`. */
function splitApplicable(
  template: TrackingTemplate,
  fixes: readonly CertainFix[],
): { usable: CertainFix[]; skipped: Skipped } {
  const fixRows = new Set(fixes.map((f) => f.row));
  const byRow = new Map<number, TrackingTemplate['rows'][number]>();
  for (const r of template.rows) if (fixRows.has(r.row)) byRow.set(r.row, r);
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
  hooks: UploadCheckHooks = {},
): Promise<CorrectedCopyResult> {
  try {
    const { usable, skipped } = splitApplicable(original, Array.isArray(fixes) ? fixes : []);
    if (!usable.length) return { ok: false, error: makeUploadError('nothing-to-fix') };
    const report = async (fraction: number) => hooks.onProgress?.({ phase: 'copying', fraction });
    return original.kind === 'xlsx'
      ? await patchXlsx(original, usable, skipped, report)
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

/** A cell's start tag (`<c r="D5" s="3">`, `<x:c …/>`); `<col>`, `<cfRule>` … do not match. */
const CELL_OPEN = /<((?:[A-Za-z_][\w.-]*:)?)c(\s[^>]*)?>/g;
const REF_ATTR = /\sr\s*=\s*["']([A-Z]+[0-9]+)["']/;
const TYPE_ATTR = /\st\s*=\s*["'][^"']*["']/;
const FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s/>]/;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `r` of the `<row>` element that encloses `at`, or undefined when `at` is not inside one. */
function enclosingRow(xml: string, at: number, prefix: string): number | undefined {
  const open = xml.lastIndexOf(`<${prefix}row`, at);
  if (open < 0 || xml.lastIndexOf(`</${prefix}row>`, at) > open) return undefined;
  const tag = xml.slice(open, xml.indexOf('>', open) + 1);
  if (!/^<[\w.:-]*row[\s>/]/.test(tag)) return undefined;
  const r = /\sr\s*=\s*["']([0-9]+)["']/.exec(tag)?.[1];
  return r === undefined ? undefined : Number(r);
}

/** The one cell a lone `<c>` element reads as in row `row` (the same reader as the template's), or undefined. */
async function readLoneCell(element: string, row: number): Promise<{ column: number; cell: RawCell } | undefined> {
  let found: { column: number; cell: RawCell } | undefined;
  let count = 0;
  await scanSheetRows(`<sheetData><row r="${row}">${element}</row></sheetData>`, [], {
    onRow: (_, cells) =>
      cells.forEach((cell, column) => {
        count++;
        found = { column, cell };
      }),
  });
  return count === 1 ? found : undefined;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Finds the fixed cells of one sheet XML and writes each as an inline string that keeps its style
 * and other attributes; cells with a formula are left alone. One pass over the cells' start tags.
 * Each splice is proven on its own: the replaced span is exactly one `<c>` element in the fix's row
 * and column, and the new element reads (with the template's reader) as the fixed number there.
 * Everything outside the splices is the original text, so every other cell reads as before.
 */
async function patchSheetXml(
  xml: string,
  column: number,
  fixes: readonly CertainFix[],
  skipped: Skipped,
): Promise<{ xml: string; applied: CertainFix[] } | { problem: string }> {
  const wanted = new Map(fixes.map((f) => [`${f.column}${f.row}`, f]));
  const patchedRefs = new Set<string>();
  const splices: Splice[] = [];
  const applied: CertainFix[] = [];
  const cellOpen = new RegExp(CELL_OPEN.source, 'g');
  cellOpen.lastIndex = Math.max(0, xml.indexOf('sheetData'));
  for (let m = cellOpen.exec(xml); m; m = cellOpen.exec(xml)) {
    const [open, prefix = '', rawAttrs = ''] = m;
    const ref = rawAttrs.includes('r') ? REF_ATTR.exec(rawAttrs)?.[1] : undefined;
    if (!ref) continue;
    if (patchedRefs.has(ref)) return { problem: `cell ${ref} appears twice` };
    const fix = wanted.get(ref);
    if (!fix) continue;
    wanted.delete(ref);
    const selfClosing = rawAttrs.endsWith('/');
    const innerStart = m.index + open.length;
    const close = selfClosing ? innerStart : xml.indexOf(`</${prefix}c>`, innerStart);
    if (close < 0 || enclosingRow(xml, m.index, prefix) !== fix.row) {
      skipped.push({ row: fix.row, reason: 'cell-not-found' });
      continue;
    }
    if (FORMULA.test(xml.slice(innerStart, close))) {
      skipped.push({ row: fix.row, reason: 'formula' });
      continue;
    }
    const end = selfClosing ? innerStart : close + `</${prefix}c>`.length;
    const kept = (selfClosing ? rawAttrs.slice(0, -1) : rawAttrs).replace(TYPE_ATTR, '');
    const text = `<${prefix}c${kept} t="inlineStr"><${prefix}is><${prefix}t>${escapeXml(fix.to)}</${prefix}t></${prefix}is></${prefix}c>`;
    const before = await readLoneCell(xml.slice(m.index, end), fix.row);
    const after = await readLoneCell(text, fix.row);
    if (before?.column !== column || after?.column !== column || after.cell !== fix.to)
      return { problem: `row ${fix.row} column ${column + 1} would not read back as "${fix.to}"` };
    splices.push({ start: m.index, end, text });
    applied.push(fix);
    patchedRefs.add(ref);
    cellOpen.lastIndex = end;
  }
  for (const fix of wanted.values()) skipped.push({ row: fix.row, reason: 'cell-not-found' });
  const pieces: string[] = [];
  let cursor = 0;
  for (const splice of splices) {
    pieces.push(xml.slice(cursor, splice.start), splice.text);
    cursor = splice.end;
  }
  pieces.push(xml.slice(cursor));
  return { xml: pieces.join(''), applied };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads the copy's zip back: the same entries in the same order, every other entry's stored bytes,
 * CRC and size as in the original, and the sheet inflating (within its declared size) to exactly
 * the patched XML. Undefined when all holds, else what differs.
 */
function archiveProblem(
  original: Uint8Array,
  before: ReadonlyMap<string, ZipEntry>,
  copy: Uint8Array,
  sheetPath: string,
  sheet: Uint8Array,
): string | undefined {
  const after = readZipDirectory(copy);
  const names = [...before.keys()];
  if (after.length !== names.length || after.some((e, i) => e.name !== names[i]))
    return 'the entries of the workbook changed';
  for (const entry of after) {
    const was = before.get(entry.name)!;
    if (entry.name === sheetPath) {
      if (!sameBytes(inflateEntry(copy, entry), sheet)) return 'the sheet does not read back as written';
    } else if (
      entry.crc !== was.crc ||
      entry.size !== was.size ||
      !sameBytes(compressedData(copy, entry), compressedData(original, was))
    )
      return 'another part of the workbook changed';
  }
  return undefined;
}

async function patchXlsx(
  original: TrackingTemplate,
  fixes: CertainFix[],
  skipped: Skipped,
  report: (fraction: number) => Promise<void>,
): Promise<CorrectedCopyResult> {
  const workbook = openXlsx(original.bytes, { sharedStrings: false });
  const sheetPath = workbook.sheets[(original.sheet?.index ?? 1) - 1]?.path;
  const sheetXml = sheetPath
    ? (rememberedSheetText(original) ?? partText(original.bytes, workbook.entries, sheetPath))
    : undefined;
  if (!sheetPath || sheetXml === undefined)
    return {
      ok: false,
      error: makeUploadError('copy-failed', { detail: 'the sheet could not be located in the workbook' }),
    };
  await report(0.1);
  const patched = await patchSheetXml(sheetXml, original.columns.tracking.index, fixes, skipped);
  if ('problem' in patched) return { ok: false, error: makeUploadError('copy-failed', { detail: patched.problem }) };
  const { applied } = patched;
  if (!applied.length) return finish(original, original.bytes, applied, skipped);
  await report(0.2);
  const sheet = new TextEncoder().encode(patched.xml);
  const out = await replaceZipEntry(original.bytes, [...workbook.entries.values()], sheetPath, sheet, (f) =>
    report(0.2 + 0.7 * f),
  );
  const problem = archiveProblem(original.bytes, workbook.entries, out, sheetPath, sheet);
  if (problem) return { ok: false, error: makeUploadError('copy-failed', { detail: problem }) };
  await report(1);
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
