/**
 * Maps table cells to order fields by their column header text, for real `<table>`s (with colspan /
 * rowspan, and Arco's split header/body tables) and ARIA grids (`role=row` / `role=cell`).
 * Internal to lib/seller-center.
 */
import { isElement, isOwnMarked, matchesAny, queryAll, textOf } from './dom-text';
import { wholeLabelMatchLength, type SelectorKey, type SellerCenterSelectors } from './selectors';

export type ColumnField =
  'orderId' | 'status' | 'carrier' | 'waybill' | 'weight' | 'dimensions' | 'postcode' | 'country';

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
  return mapTablesInSteps(root, selectors)(Infinity)!;
}

/** A table being mapped: its rows' cells found a few rows a step, then its body rows mapped a few a step. */
interface TableInProgress {
  owner: Element;
  headerRows: Element[];
  info: HeaderInfo;
  /** Every row under the table, whose cells are looked up (and remembered in the scan) first. */
  rows: Element[];
  looked: number;
  bodyRows?: Element[];
  mapped: number;
  cells: ColumnCell[];
}

/**
 * `mapTables` spread over steps: each call works until `deadline` (a `performance.now()` time) — at
 * least one row — and returns the tables once every one is mapped. Finding each row's cells is most of
 * the work on a 500-order grid (tens of ms in one go, issue #11), so rows are looked at a few a step.
 */
export function mapTablesInSteps(
  root: ParentNode,
  selectors: SellerCenterSelectors,
): (deadline: number) => MappedTable[] | undefined {
  const scan = createScan(selectors);
  const layouts = new Map<Element, Layout>();
  const tables: MappedTable[] = [];
  let owners: Array<[Element, Element[]]> | undefined;
  let next = 0;
  let current: TableInProgress | undefined;
  let done: MappedTable[] | undefined;
  return (deadline) => {
    if (done) return done;
    owners ??= [...headerRowsByOwner(root, scan)];
    while (next < owners.length) {
      if (!current) {
        const [owner, headerRows] = owners[next]!;
        const info = readHeaders(headerRows, scan);
        if (!info.byColumn.size) {
          next++;
          continue;
        }
        current = {
          owner,
          headerRows,
          info,
          rows: queryAll(owner, selectors.row.values),
          looked: 0,
          mapped: 0,
          cells: [],
        };
      }
      while (current.looked < current.rows.length) {
        cellsOf(current.rows[current.looked++]!, scan);
        if (performance.now() >= deadline) return undefined;
      }
      const bodyRows = (current.bodyRows ??= findBodyRows(current.owner, current.headerRows, scan));
      while (current.mapped < bodyRows.length) {
        current.cells.push(...mapRow(bodyRows[current.mapped++]!, current.info, scan, layouts));
        if (performance.now() >= deadline && current.mapped < bodyRows.length) return undefined;
      }
      tables.push({ root: current.owner, fields: [...new Set(current.info.byColumn.values())], cells: current.cells });
      current = undefined;
      next++;
    }
    return (done = tables);
  };
}

/** The header rows of the page, per table-like element owning them. */
function headerRowsByOwner(root: ParentNode, scan: Scan): Map<Element, Element[]> {
  const headerRows = new Map<Element, Element[]>(); // owner → header rows
  for (const header of queryAll(root, scan.selectors.headerCell.values)) {
    const row = rowOf(header, scan.selectors) ?? header.parentElement;
    if (!row) continue;
    const owner = ownerOf(row, scan) ?? row.parentElement?.parentElement ?? row.parentElement;
    if (!owner) continue;
    const rows = headerRows.get(owner) ?? [];
    if (!rows.includes(row)) rows.push(row);
    headerRows.set(owner, rows);
  }
  return headerRows;
}

function rowOf(el: Element, selectors: SellerCenterSelectors): Element | null {
  for (let cur: Element | null = el.parentElement; cur; cur = cur.parentElement) {
    if (matchesAny(cur, selectors.row.values)) return cur;
    if (matchesAny(cur, selectors.tableRoot.values)) return null;
  }
  return null;
}

/**
 * Per-call memory of one `mapTables` run: a 500-row list asks for the cells and the owning table of
 * the same rows several times (header check, layout, mapping), and each answer costs selector matching.
 */
interface Scan {
  selectors: SellerCenterSelectors;
  cells: Map<Element, Element[]>;
  owners: Map<Element, Element | null>;
  headerCells: Map<Element, boolean>;
}

function createScan(selectors: SellerCenterSelectors): Scan {
  return { selectors, cells: new Map(), owners: new Map(), headerCells: new Map() };
}

/** The closest table-like ancestor (not `el` itself). */
function ownerOf(el: Element, scan: Scan): Element | null {
  const parent = el.parentElement;
  return parent ? tableRootAtOrAbove(parent, scan) : null;
}

/** `el` or its closest ancestor that is table-like; remembered for every element passed on the way (rows share their tbody). */
function tableRootAtOrAbove(el: Element, scan: Scan): Element | null {
  const path: Element[] = [];
  let found: Element | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = scan.owners.get(cur);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(cur);
    if (matchesAny(cur, scan.selectors.tableRoot.values)) {
      found = cur;
      break;
    }
  }
  for (const visited of path) scan.owners.set(visited, found);
  return found;
}

function isHeaderCell(el: Element, scan: Scan): boolean {
  let header = scan.headerCells.get(el);
  if (header === undefined) {
    header = matchesAny(el, scan.selectors.headerCell.values) && (el.tagName !== 'TH' || isHeaderRowTh(el));
    scan.headerCells.set(el, header);
  }
  return header;
}

/** A `<th>` is a column header when its row is all `<th>` (key/value tables use `<th>` as row labels). */
function isHeaderRowTh(th: Element): boolean {
  const row = th.parentElement;
  if (!row || row.tagName !== 'TR') return true;
  if (row.parentElement?.tagName === 'THEAD') return true;
  return Array.from(row.children).every((c) => c.tagName !== 'TD');
}

/** The cells of a row. Rows come from page queries, so they are never ours: a cell is ours only if marked. */
function cellsOf(row: Element, scan: Scan): Element[] {
  let cells = scan.cells.get(row);
  if (!cells) {
    cells = findCells(row, scan.selectors);
    scan.cells.set(row, cells);
  }
  return cells;
}

function findCells(row: Element, selectors: SellerCenterSelectors): Element[] {
  if (row.tagName === 'TR') {
    const cells: Element[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling)
      if ((c.tagName === 'TD' || c.tagName === 'TH') && !isOwnMarked(c)) cells.push(c);
    return cells;
  }
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

function spanOf(cell: Element, names: readonly string[], attr: 'colspan' | 'rowspan'): number {
  const aria = attr === 'colspan' ? 'aria-colspan' : 'aria-rowspan';
  const raw = names.includes(attr) ? cell.getAttribute(attr) : names.includes(aria) ? cell.getAttribute(aria) : null;
  const n = raw ? Number.parseInt(raw, 10) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Column positions of the cells of `rows` (one table section), honouring colspan and rowspan. */
function placeRows(
  rows: readonly Element[],
  scan: Scan,
): Map<Element, { placed: Placed[]; width: number; inherited: number }> {
  const occupied = rows.map(() => new OccupiedColumns());
  const out = new Map<Element, { placed: Placed[]; width: number; inherited: number }>();
  rows.forEach((row, r) => {
    const inherited = occupied[r]!.size;
    const placed: Placed[] = [];
    let col = 0;
    for (const cell of cellsOf(row, scan)) {
      // one call for the names: most cells carry none of the five placement attributes
      const names = cell.getAttributeNames();
      const explicit = names.includes('aria-colindex')
        ? Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10)
        : NaN;
      if (Number.isFinite(explicit) && explicit >= 1) col = explicit - 1;
      while (occupied[r]!.has(col)) col++;
      const span = spanOf(cell, names, 'colspan');
      const rowspan = Math.min(spanOf(cell, names, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < span; dc++) occupied[r + dr]!.add(col + dc);
      placed.push({ cell, col, span });
      col += span;
    }
    out.set(row, { placed, width: occupied[r]!.width, inherited });
  });
  return out;
}

/**
 * The columns taken in one row (by its cells and by rowspans from rows above): a plain array plus a
 * count and the width, cheaper than a Set per row when a list has 1,500 rows.
 */
class OccupiedColumns {
  private readonly taken: boolean[] = [];
  /** How many columns are taken. */
  size = 0;
  /** One past the rightmost taken column (0 when none). */
  width = 0;

  has(col: number): boolean {
    return this.taken[col] === true;
  }

  add(col: number): void {
    if (this.taken[col]) return;
    this.taken[col] = true;
    this.size++;
    if (col + 1 > this.width) this.width = col + 1;
  }
}

/** Rows grouped by their section (thead / tbody / rowgroup / parent), in order. */
function placeBySection(rows: readonly Element[], scan: Scan) {
  const sections = new Map<Node | null, Element[]>();
  for (const row of rows) {
    const key = row.parentElement;
    const list = sections.get(key) ?? [];
    list.push(row);
    sections.set(key, list);
  }
  const out = new Map<Element, { placed: Placed[]; width: number; inherited: number }>();
  for (const list of sections.values()) for (const [row, p] of placeRows(list, scan)) out.set(row, p);
  return out;
}

function readHeaders(rows: readonly Element[], scan: Scan): HeaderInfo {
  const { selectors } = scan;
  const placedRows = placeBySection(rows, scan);
  const byColumn = new Map<number, ColumnField>();
  let width = 0;
  let textHeaders: Array<ColumnField | undefined> = [];
  for (const row of rows) {
    const placed = placedRows.get(row);
    if (!placed) continue;
    const headers = placed.placed.filter((p) => isHeaderCell(p.cell, scan));
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
function findBodyRows(owner: Element, headerRows: readonly Element[], scan: Scan): Element[] {
  const { selectors } = scan;
  const own = rowsOwnedBy(owner, scan).filter((r) => !headerRows.includes(r) && !rowHasHeaders(r, scan));
  if (own.length) return own;
  let scope: Element | null = owner;
  for (let i = 0; i < MAX_BODY_SEARCH_CLIMB && scope; i++) {
    scope = scope.parentElement;
    if (!scope) break;
    const candidates = queryAll(scope, selectors.row.values).filter(
      (r) => !owner.contains(r) && !headerRows.includes(r) && follows(owner, r),
    );
    const ownerHasHeaders = new Map<Element, boolean>();
    const headerless = candidates.filter((r) => {
      const rowOwner = ownerOf(r, scan);
      if (rowHasHeaders(r, scan)) return false;
      if (!rowOwner) return true;
      if (!ownerHasHeaders.has(rowOwner))
        ownerHasHeaders.set(
          rowOwner,
          rowsOwnedBy(rowOwner, scan).some((x) => rowHasHeaders(x, scan)),
        );
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

function rowsOwnedBy(owner: Element, scan: Scan): Element[] {
  return queryAll(owner, scan.selectors.row.values).filter((r) => {
    const rowOwner = ownerOf(r, scan);
    return rowOwner === owner || (!rowOwner && owner.contains(r));
  });
}

function rowHasHeaders(row: Element, scan: Scan): boolean {
  return cellsOf(row, scan).some((c) => isHeaderCell(c, scan));
}

/**
 * Maps a body row's cells. Rows as wide as the header map by column position (rowspans included);
 * rows that leave out an empty header column (no checkbox cell) map by the order of headers with text;
 * anything else (a header strip spanning all columns, a continuation row) maps only cells that cover
 * exactly one recognised column.
 */
function mapRow(row: Element, info: HeaderInfo, scan: Scan, layouts: Map<Element, Layout>): ColumnCell[] {
  const placed = placeRowInTable(row, scan, layouts);
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
function placeRowInTable(row: Element, scan: Scan, layouts: Map<Element, Layout>) {
  const section = row.parentElement;
  if (!section) return undefined;
  let placed = layouts.get(section);
  if (!placed) {
    // the section holds a page row, so it is not ours: a sibling row is ours only if marked
    const siblings = Array.from(section.children).filter(
      (c) => isElement(c) && matchesAny(c, scan.selectors.row.values) && !isOwnMarked(c),
    );
    placed = placeRows(siblings, scan);
    layouts.set(section, placed);
  }
  return placed.get(row);
}
