/**
 * Maps table cells to order fields by their column header text, for real `<table>`s (with colspan /
 * rowspan, and Arco's split header/body tables) and ARIA grids (`role=row` / `role=cell`).
 * Internal to lib/seller-center.
 */
import { isElement, isOwnNode, matchesAny, queryAll, textOf } from './dom-text';
import { wholeLabelMatchLength, type SelectorKey, type SellerCenterSelectors } from './selectors';

export type ColumnField = 'orderId' | 'status' | 'carrier' | 'waybill' | 'weight' | 'dimensions' | 'postcode' | 'country';

const COLUMN_LABEL_KEYS: ReadonlyArray<readonly [ColumnField, SelectorKey]> = [
  ['orderId', 'orderIdLabel'],
  ['status', 'orderStatusLabel'],
  ['carrier', 'carrierLabel'],
  ['waybill', 'trackingNumberLabel'],
  ['weight', 'weightLabel'],
  ['dimensions', 'dimensionsLabel'],
  ['postcode', 'postcodeLabel'],
  ['country', 'countryLabel'],
];

/** A body cell that sits under a recognised column header. */
export interface ColumnCell {
  cell: Element;
  row: Element;
  field: ColumnField;
}

/** A table-like structure whose headers name at least one order field. */
export interface MappedTable {
  /** The element owning the header row (`table`, `[role=grid]`, …). */
  root: Element;
  fields: ColumnField[];
  cells: ColumnCell[];
}

interface Placed {
  cell: Element;
  col: number;
  span: number;
}

interface HeaderInfo {
  width: number;
  byColumn: Map<number, ColumnField>;
  /** Fields of header cells that have text, in visual order (for rows that leave out empty columns). */
  textHeaders: Array<ColumnField | undefined>;
}

const MAX_BODY_SEARCH_CLIMB = 4;

/** Which field a header text names; the longest matching label wins ("Order status" over "Status"). */
export function fieldOfHeader(text: string, selectors: SellerCenterSelectors): ColumnField | undefined {
  let best: ColumnField | undefined;
  let bestLength = 0;
  for (const [field, key] of COLUMN_LABEL_KEYS) {
    const length = wholeLabelMatchLength(text, selectors[key].values);
    if (length > bestLength) {
      best = field;
      bestLength = length;
    }
  }
  return best;
}

/** Every table under `root` whose headers name order fields, with its mapped body cells. */
export function mapTables(root: ParentNode, selectors: SellerCenterSelectors): MappedTable[] {
  const headerRows = new Map<Element, Element[]>(); // owner → header rows
  for (const header of queryAll(root, selectors.headerCell.values)) {
    const row = rowOf(header, selectors) ?? header.parentElement;
    if (!row) continue;
    const owner = ownerOf(row, selectors) ?? row.parentElement?.parentElement ?? row.parentElement;
    if (!owner) continue;
    const rows = headerRows.get(owner) ?? [];
    if (!rows.includes(row)) rows.push(row);
    headerRows.set(owner, rows);
  }
  const tables: MappedTable[] = [];
  const layouts = new Map<Element, Layout>();
  for (const [owner, rows] of headerRows) {
    const info = readHeaders(rows, selectors);
    if (!info.byColumn.size) continue;
    const bodyRows = findBodyRows(owner, rows, selectors);
    const cells = bodyRows.flatMap((row) => mapRow(row, info, selectors, layouts));
    tables.push({ root: owner, fields: [...new Set(info.byColumn.values())], cells });
  }
  return tables;
}

function rowOf(el: Element, selectors: SellerCenterSelectors): Element | null {
  for (let cur: Element | null = el.parentElement; cur; cur = cur.parentElement) {
    if (matchesAny(cur, selectors.row.values)) return cur;
    if (matchesAny(cur, selectors.tableRoot.values)) return null;
  }
  return null;
}

function ownerOf(el: Element, selectors: SellerCenterSelectors): Element | null {
  for (let cur: Element | null = el.parentElement; cur; cur = cur.parentElement) {
    if (matchesAny(cur, selectors.tableRoot.values)) return cur;
  }
  return null;
}

function isHeaderCell(el: Element, selectors: SellerCenterSelectors): boolean {
  return matchesAny(el, selectors.headerCell.values) && (el.tagName !== 'TH' || isHeaderRowTh(el));
}

/** A `<th>` is a column header when its row is all `<th>` (key/value tables use `<th>` as row labels). */
function isHeaderRowTh(th: Element): boolean {
  const row = th.parentElement;
  if (!row || row.tagName !== 'TR') return true;
  if (row.parentElement?.tagName === 'THEAD') return true;
  return Array.from(row.children).every((c) => c.tagName !== 'TD');
}

function cellsOf(row: Element, selectors: SellerCenterSelectors): Element[] {
  if (row.tagName === 'TR') return Array.from(row.children).filter((c) => (c.tagName === 'TD' || c.tagName === 'TH') && !isOwnNode(c));
  const cellSelectors = [...selectors.bodyCell.values, ...selectors.headerCell.values];
  return queryAll(row, cellSelectors).filter((c) => rowOf(c, selectors) === row && !nestedCell(c, row, cellSelectors));
}

/** A cell inside another cell of the same row (wrappers) is not a column of its own. */
function nestedCell(cell: Element, row: Element, cellSelectors: readonly string[]): boolean {
  for (let cur = cell.parentElement; cur && cur !== row; cur = cur.parentElement) {
    if (matchesAny(cur, cellSelectors)) return true;
  }
  return false;
}

function spanOf(cell: Element, attr: 'colspan' | 'rowspan'): number {
  const raw = cell.getAttribute(attr) ?? cell.getAttribute(attr === 'colspan' ? 'aria-colspan' : 'aria-rowspan');
  const n = raw ? Number.parseInt(raw, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Column positions of the cells of `rows` (one table section), honouring colspan and rowspan. */
function placeRows(rows: readonly Element[], selectors: SellerCenterSelectors): Map<Element, { placed: Placed[]; width: number; inherited: number }> {
  const occupied: Array<Set<number>> = rows.map(() => new Set<number>());
  const out = new Map<Element, { placed: Placed[]; width: number; inherited: number }>();
  rows.forEach((row, r) => {
    const inherited = occupied[r]!.size;
    const placed: Placed[] = [];
    let col = 0;
    for (const cell of cellsOf(row, selectors)) {
      const explicit = Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10);
      if (Number.isFinite(explicit) && explicit >= 1) col = explicit - 1;
      while (occupied[r]!.has(col)) col++;
      const span = spanOf(cell, 'colspan');
      const rowspan = Math.min(spanOf(cell, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < span; dc++) occupied[r + dr]!.add(col + dc);
      placed.push({ cell, col, span });
      col += span;
    }
    const width = occupied[r]!.size ? Math.max(...occupied[r]!) + 1 : 0;
    out.set(row, { placed, width, inherited });
  });
  return out;
}

/** Rows grouped by their section (thead / tbody / rowgroup / parent), in order. */
function placeBySection(rows: readonly Element[], selectors: SellerCenterSelectors) {
  const sections = new Map<Node | null, Element[]>();
  for (const row of rows) {
    const key = row.parentElement;
    const list = sections.get(key) ?? [];
    list.push(row);
    sections.set(key, list);
  }
  const out = new Map<Element, { placed: Placed[]; width: number; inherited: number }>();
  for (const list of sections.values()) for (const [row, p] of placeRows(list, selectors)) out.set(row, p);
  return out;
}

function readHeaders(rows: readonly Element[], selectors: SellerCenterSelectors): HeaderInfo {
  const placedRows = placeBySection(rows, selectors);
  const byColumn = new Map<number, ColumnField>();
  let width = 0;
  let textHeaders: Array<ColumnField | undefined> = [];
  for (const row of rows) {
    const placed = placedRows.get(row);
    if (!placed) continue;
    const headers = placed.placed.filter((p) => isHeaderCell(p.cell, selectors));
    if (!headers.length) continue;
    width = Math.max(width, placed.width);
    const texts: Array<ColumnField | undefined> = [];
    for (const { cell, col, span } of headers) {
      const text = textOf(cell);
      const field = fieldOfHeader(text, selectors);
      if (/\S/.test(text)) texts.push(field);
      if (!field) continue;
      for (let c = col; c < col + span; c++) byColumn.set(c, field); // a later header row refines an earlier one
    }
    textHeaders = texts;
  }
  return { width, byColumn, textHeaders };
}

/** Body rows for a header: rows of the same table; for Arco's split header/body tables, rows of the next table(s) without headers of their own. */
function findBodyRows(owner: Element, headerRows: readonly Element[], selectors: SellerCenterSelectors): Element[] {
  const own = rowsOwnedBy(owner, selectors).filter((r) => !headerRows.includes(r) && !rowHasHeaders(r, selectors));
  if (own.length) return own;
  let scope: Element | null = owner;
  for (let i = 0; i < MAX_BODY_SEARCH_CLIMB && scope; i++) {
    scope = scope.parentElement;
    if (!scope) break;
    const candidates = queryAll(scope, selectors.row.values).filter((r) => !owner.contains(r) && !headerRows.includes(r) && follows(owner, r));
    const ownerHasHeaders = new Map<Element, boolean>();
    const headerless = candidates.filter((r) => {
      const rowOwner = ownerOf(r, selectors);
      if (rowHasHeaders(r, selectors)) return false;
      if (!rowOwner) return true;
      if (!ownerHasHeaders.has(rowOwner)) ownerHasHeaders.set(rowOwner, rowsOwnedBy(rowOwner, selectors).some((x) => rowHasHeaders(x, selectors)));
      return !ownerHasHeaders.get(rowOwner);
    });
    if (headerless.length) return headerless;
  }
  return [];
}

function follows(a: Element, b: Element): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

function rowsOwnedBy(owner: Element, selectors: SellerCenterSelectors): Element[] {
  return queryAll(owner, selectors.row.values).filter((r) => (ownerOf(r, selectors) ?? null) === owner || (!ownerOf(r, selectors) && owner.contains(r)));
}

function rowHasHeaders(row: Element, selectors: SellerCenterSelectors): boolean {
  return cellsOf(row, selectors).some((c) => isHeaderCell(c, selectors));
}

/**
 * Maps a body row's cells. Rows as wide as the header map by column position (rowspans included);
 * rows that leave out an empty header column (no checkbox cell) map by the order of headers with text;
 * anything else (a header strip spanning all columns, a continuation row) maps only cells that cover
 * exactly one recognised column.
 */
function mapRow(row: Element, info: HeaderInfo, selectors: SellerCenterSelectors, layouts: Map<Element, Layout>): ColumnCell[] {
  const placed = placeRowInTable(row, selectors, layouts);
  if (!placed) return [];
  const out: ColumnCell[] = [];
  if (placed.width === info.width || placed.inherited > 0) {
    for (const { cell, col, span } of placed.placed) {
      const fields = new Set<ColumnField>();
      for (let c = col; c < col + span; c++) {
        const f = info.byColumn.get(c);
        if (f) fields.add(f);
      }
      if (fields.size === 1 && span < info.width) out.push({ cell, row, field: [...fields][0]! });
    }
    return out;
  }
  if (placed.placed.length === info.textHeaders.length && placed.placed.every((p) => p.span === 1)) {
    placed.placed.forEach(({ cell }, i) => {
      const field = info.textHeaders[i];
      if (field) out.push({ cell, row, field });
    });
  }
  return out;
}

type Layout = Map<Element, { placed: Placed[]; width: number; inherited: number }>;

/** Lays out a row's whole section once per extraction (rowspans from earlier rows shift later cells). */
function placeRowInTable(row: Element, selectors: SellerCenterSelectors, layouts: Map<Element, Layout>) {
  const section = row.parentElement;
  if (!section) return undefined;
  let placed = layouts.get(section);
  if (!placed) {
    const siblings = Array.from(section.children).filter((c) => isElement(c) && matchesAny(c, selectors.row.values) && !isOwnNode(c));
    placed = placeRows(siblings, selectors);
    layouts.set(section, placed);
  }
  return placed.get(row);
}
