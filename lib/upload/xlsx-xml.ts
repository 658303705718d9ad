import type { RawCell } from './raw-cell';
import { StoredNumber } from './raw-cell';

/**
 * Every start or end tag, with a namespace prefix (`x:c`) dropped. Quoted attribute values may hold
 * `>`. One flat regex walk over the text: no recursion, no tree, linear in the size of the XML.
 */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/g;

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** OOXML escapes characters XML cannot carry as `_xHHHH_` (`_x000D_` is a carriage return). */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePointText(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Text content as the document means it: entities and `_xHHHH_` escapes decoded. */
function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.includes('&'))
    text = text.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
      name ? NAMED[name]! : codePointText(hex ? parseInt(hex, 16) : parseInt(dec!, 10)),
    );
  if (text.includes('_x'))
    text = text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** One attribute's value from a tag's attribute text, e.g. `attribute(' r="B2" t="s"', 'r') === 'B2'`. */
function attribute(attrs: string, name: string): string | undefined {
  // Fast path for how every spreadsheet program writes them (` r="B2"`): most cells need no regex.
  const quick = attrs.indexOf(` ${name}="`);
  if (quick >= 0) {
    const from = quick + name.length + 3;
    const to = attrs.indexOf('"', from);
    const value = attrs.slice(from, to);
    return value.includes('&') ? decodeXmlText(value) : value;
  }
  if (!attrs.includes(`${name}=`) && !attrs.includes(`${name} `)) return undefined;
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  return match ? decodeXmlText(match[1] ?? match[2] ?? '') : undefined;
}

const CELL_REF = /^([A-Z]{1,3})([0-9]+)$/;

/** 0-based column of a cell reference (`D5` → 3), or undefined. */
function columnOfRef(ref: string | undefined): number | undefined {
  const letters = ref ? CELL_REF.exec(ref)?.[1] : undefined;
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The shared-string table (`xl/sharedStrings.xml`): each `<si>` as its text, rich-text runs joined
 * and phonetic guides (`<rPh>`) left out, as Excel shows the cell.
 */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let textStart = -1;
  let inPhonetic = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const closing = m[1] === '/';
    const name = m[2];
    const selfClosing = m[3]!.endsWith('/');
    if (name === 'si') {
      if (!closing) current = '';
      if (closing || selfClosing) {
        strings.push(current ?? '');
        current = undefined;
      }
    } else if (name === 'rPh') inPhonetic = !closing && !selfClosing;
    else if (name === 't' && current !== undefined && !inPhonetic) {
      if (!closing && !selfClosing) textStart = TAG.lastIndex;
      else if (closing && textStart >= 0) {
        current += decodeXmlText(xml.slice(textStart, m.index));
        textStart = -1;
      }
    }
  }
  return strings;
}

export interface SheetScanOptions {
  /** Called with the 1-based row number and its cells (sparse, by 0-based column); `false` stops the scan. */
  onRow: (row: number, cells: RawCell[]) => boolean | void;
  /** Awaited every `progressEvery` rows with how far into the XML the scan is (a caller may yield here). */
  onProgress?: (position: number, length: number) => void | Promise<void>;
  progressEvery?: number;
}

interface CellState {
  column: number;
  type: string;
  value: string | undefined;
  inline: string | undefined;
}

function cellValue(cell: CellState, shared: readonly string[]): RawCell {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline ?? '';
  if (value === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number.parseInt(value, 10)] ?? '';
    case 'b':
      return value.trim() === '1';
    case 'str':
    case 'e':
    case 'd':
      return decodeXmlText(value);
    default:
      // Excel's stored number text, never turned into a float (a 22-digit number must stay visibly wrong).
      return new StoredNumber(value.trim());
  }
}

/**
 * Walks a worksheet's `<sheetData>` row by row, handing each row's cell values to `onRow`: shared
 * strings resolved, inline and formula strings as text, numbers as `StoredNumber` with Excel's own
 * text, booleans as booleans. A flat loop over the tags (no recursion, no DOM), so a sheet of any
 * length costs time in proportion to its size and a constant stack.
 */
export async function scanSheetRows(xml: string, shared: readonly string[], opts: SheetScanOptions): Promise<void> {
  const every = opts.progressEvery ?? 4096;
  const start = xml.indexOf('sheetData');
  if (start < 0) return;
  let row = 0;
  let cells: RawCell[] | undefined;
  let cell: CellState | undefined;
  let textStart = -1;
  let inPhonetic = false;
  let rowsSeen = 0;
  const tag = new RegExp(TAG.source, 'g');
  tag.lastIndex = start - 1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const closing = m[1] === '/';
    const name = m[2];
    const attrs = m[3]!;
    const selfClosing = attrs.endsWith('/');
    switch (name) {
      case 'row':
        if (!closing) {
          const declared = Number.parseInt(attribute(attrs, 'r') ?? '', 10);
          row = Number.isFinite(declared) && declared > row ? declared : row + 1;
          cells = [];
        }
        if ((closing || selfClosing) && cells) {
          const go = opts.onRow(row, cells);
          cells = undefined;
          if (go === false) return;
          if (++rowsSeen % every === 0) await opts.onProgress?.(m.index, xml.length);
        }
        break;
      case 'c':
        if (!closing && cells) {
          const previous = cells.length - 1;
          cell = {
            column: columnOfRef(attribute(attrs, 'r')) ?? previous + 1,
            type: attribute(attrs, 't') ?? 'n',
            value: undefined,
            inline: undefined,
          };
        }
        if ((closing || selfClosing) && cell && cells) {
          cells[cell.column] = cellValue(cell, shared);
          cell = undefined;
        }
        break;
      case 'v':
        if (!cell) break;
        if (!closing) textStart = selfClosing ? -1 : tag.lastIndex;
        else if (textStart >= 0) {
          cell.value = xml.slice(textStart, m.index);
          textStart = -1;
        }
        if (selfClosing) cell.value = '';
        break;
      case 'rPh':
        inPhonetic = !closing && !selfClosing;
        break;
      case 't':
        if (!cell || cell.type !== 'inlineStr' || inPhonetic) break;
        cell.inline ??= '';
        if (!closing && !selfClosing) textStart = tag.lastIndex;
        else if (closing && textStart >= 0) {
          cell.inline += decodeXmlText(xml.slice(textStart, m.index));
          textStart = -1;
        }
        break;
      case 'sheetData':
        if (closing || selfClosing) return;
        break;
    }
  }
}
