/**
 * Reading the orders a Seller Center page shows into typed rows. Works on the console's table view,
 * card/div layouts (ARIA rows), the order detail page and the shipping-labels page, in English and
 * Chinese, without relying on hashed class names. Strategies, merged per order id:
 *  1. analytics hooks: `data-log_order_id`, `data-log_main_order_id`, `data-log_click_for="order_id_link"`,
 *     links to /order/detail?order_no=…;
 *  2. table columns mapped by header text (`th`, `[role=columnheader]`), any order, either language;
 *  3. label:value pairs ("Tracking number: X", "物流单号：X", dt/dd, label cell + value cell);
 *  4. on the detail page, `order_no` from the URL.
 * Odd DOM never throws: missing things stay undefined.
 */
import { resolveCarrierId, type CarrierId } from '@/lib/carriers';
import {
  closestAny,
  collapseSpaces,
  forEachTextNode,
  isOwnMarked,
  matchesAny,
  queryAll,
  queryTextControls,
  pageReadMemory,
  readingPage,
  rootElementOf,
  spacedTextOf,
  textOf,
  textPiecesOf,
  trimFormattingWhitespace,
  valueTextOf,
} from './dom-text';
import {
  FIELD_LABEL_KEYS,
  descendToValueElement,
  displayTextOf,
  findLabelHits,
  isValueControl,
  resolveLabelValue,
  type FormControl,
  type LabelHit,
  type LabelValue,
} from './label-pairs';
import { parseDimensionsMm, parseLengthMm, parseShownNumber, parseWeightGrams } from './measurements';
import { toGrams, toMillimetres } from '@/lib/units';
import { countryCodeOf } from './country-names';
import type { PageInfo } from './pages';
import { findParcelFormFields } from './parcel-form';
import {
  containsPhrase,
  defaultSellerCenterSelectors,
  normalizeWholeLabelText,
  STATUS_ENTRY_KEYS,
  trimEndChars,
  wholeLabelMatchLengthOf,
  type OrderStatusKind,
  type SellerCenterSelectors,
} from './selectors';
import { fieldOfHeader, mapTables, mapTablesInSteps, type ColumnCell, type ColumnField } from './table-columns';

export interface OrderStatus {
  /** The status as shown ("Awaiting shipment", "待发货"); '' when only the row's status code is known. */
  text: string;
  /** Seller Center's internal status code from `data-log_order_status` ("101"), when present. */
  code?: string;
  /** `data-log_order_sub_status` ("1"), when present. */
  subCode?: string;
  /** Our reading of the shown text. */
  kind?: OrderStatusKind;
  /** "Awaiting shipment" (待发货), by the shown text or, without text, by status code 101. */
  isAwaitingShipment: boolean;
  element?: Element;
}

export interface OrderRow {
  /** Digits only, as a string (ids exceed the safe-integer range). */
  orderId: string;
  /** Where order-level hints go: the element showing the order id. */
  anchor: Element;
  /** The order's card, row group or (table view) the first row of its group. */
  container: Element;
  /** Every element of the order: the card, or all `<tr>` of its group (header strip, body rows, spacer). */
  rows: Element[];
  status?: OrderStatus;
  carrier?: { text: string; carrierId?: CarrierId; element: Element };
  /** `raw` is exactly what is shown (inner spaces, NBSP, zero-width, full-width kept); input values verbatim. */
  waybill?: { raw: string; element: Element };
  weightGrams?: number;
  dimensionsMm?: { length: number; width: number; height: number };
  destination?: { country?: string; postcode?: string };
}

const STATUS_KINDS = Object.keys(STATUS_ENTRY_KEYS) as OrderStatusKind[];

type AnchorSource = 'id-link' | 'attribute' | 'label' | 'column' | 'detail-link' | 'shape';

interface Anchor {
  id: string;
  element: Element;
  source: AnchorSource;
}

/** Lower = preferred as the order's anchor element. */
const ANCHOR_RANK: Record<AnchorSource, number> = {
  'id-link': 0,
  label: 1,
  column: 2,
  'detail-link': 3,
  attribute: 4,
  shape: 5,
};

/** Order ids seen: 18 digits starting 57… (ref §2.5); 19 allowed as ids grow. Used where no hook or label vouches for a number. */
const ORDER_ID_SHAPE = /(?<![0-9])[0-9]{18,19}(?![0-9])/;
/** A value a hook or label vouches for: digits only, of a plausible length. */
const TRUSTED_ID = /^[0-9]{6,30}$/;
/** Attribute names that carry an order id (`data-log_order_id`, `data-log_main_order_id`). */
const ORDER_ID_ATTRIBUTE = /order[_-]?id/i;

interface Context {
  root: ParentNode;
  rootElement: Element | null;
  selectors: SellerCenterSelectors;
  columnCells: ColumnCell[];
  labelHits: LabelHit[];
  values: Map<LabelHit, LabelValue | undefined>;
  /** Package forms already read, per scope element (weight and size read the same ones). */
  forms: Map<Element, ReturnType<typeof findParcelFormFields>>;
  hooked?: { idLinks: Element[]; idAttributes: Element[]; detailLinks: Element[] };
  controlHolders?: { all: Set<Element>; inputs: Set<Element> };
  carrierIds: Map<string, CarrierId | undefined>;
  statusKinds: Map<string, OrderStatusKind | undefined>;
}

/**
 * Extracts one row per order shown under `root`. On an order detail page (`page.kind`), returns the
 * single order of the page (its id from the page or from `order_no` in the URL).
 * Example: `extractOrders(document, detectPage(new URL(location.href)))` on the To ship tab →
 * `[{ orderId: '577424858038964867', status: { text: 'Awaiting shipment', code: '101', isAwaitingShipment: true, … }, waybill: { raw: '9400111206206406260787', … }, … }]`.
 */
export function extractOrders(
  root: ParentNode,
  page: PageInfo,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): OrderRow[] {
  try {
    return readingPage(() => extractOrdersFrom(root, page, selectors));
  } catch {
    // Seller Center's DOM is not ours to predict: a surprise there must not break every hint on the page.
    return [];
  }
}

function extractOrdersFrom(root: ParentNode, page: PageInfo, selectors: SellerCenterSelectors): OrderRow[] {
  const fast = page.kind === 'order-detail' ? undefined : extractHookedTable(root, selectors);
  return fast ?? readGeneralInSteps(root, page, selectors)(Infinity)!;
}

function createContext(root: ParentNode, selectors: SellerCenterSelectors): Context {
  return {
    ...createBareContext(root, selectors),
    columnCells: mapTables(root, selectors).flatMap((t) => t.cells),
    labelHits: findLabelHits(root, selectors),
  };
}

/**
 * The general reading (any shape but Seller Center's own table: cards, grids, the detail page) in
 * stages that each end a step once `deadline` (a `performance.now()` time) has passed: the page's
 * tables (a few rows a step), its field labels, the orders' ids and groups, then the rows a few at a time. A 500-card list
 * read in one go held Seller Center's main thread 170–370 ms (issue #11). Returns the rows when done.
 */
function readGeneralInSteps(
  root: ParentNode,
  page: PageInfo,
  selectors: SellerCenterSelectors,
): (deadline: number) => OrderRow[] | undefined {
  const tables = mapTablesInSteps(root, selectors);
  let columnCells: ColumnCell[] | undefined;
  let ctx: Context | undefined;
  let plan: ListPlan | undefined;
  let done: OrderRow[] | undefined;
  const rows: OrderRow[] = [];
  return (deadline) => {
    if (done) return done;
    if (!columnCells) {
      const mapped = tables(deadline);
      if (!mapped) return undefined;
      columnCells = mapped.flatMap((t) => t.cells);
      if (performance.now() >= deadline) return undefined;
    }
    if (!ctx) {
      ctx = { ...createBareContext(root, selectors), columnCells, labelHits: findLabelHits(root, selectors) };
      if (performance.now() >= deadline) return undefined;
    }
    if (!plan) {
      const anchors = findAnchors(ctx);
      if (page.kind === 'order-detail' && new Set(anchors.map((a) => a.id)).size <= 1)
        return (done = extractDetailOrder(ctx, anchors, page));
      plan = planListOrders(ctx, anchors);
      if (performance.now() >= deadline) return undefined;
    }
    while (rows.length < plan.orders.length) {
      const i = rows.length;
      const o = plan.orders[i]!;
      rows.push(buildRow(ctx, o.orderId, o.anchor, o.container, o.scope, plan.owned.hits[i]!, plan.owned.cells[i]!));
      if (performance.now() >= deadline && rows.length < plan.orders.length) return undefined;
    }
    // rows usually come out in page order already (ids are met in document order): check before sorting
    return (done = isInDocumentOrder(rows) ? rows : rows.sort((a, b) => documentOrder(a.anchor, b.anchor)));
  };
}

function valueOf(ctx: Context, hit: LabelHit): LabelValue | undefined {
  if (!ctx.values.has(hit)) ctx.values.set(hit, resolveLabelValue(hit, ctx.selectors));
  return ctx.values.get(hit);
}

// ---------------------------------------------------------------------------------------------------
// Fast path: Seller Center's own order table

/**
 * Seller Center's order table (ref:seller-center#2.3) read in one pass over its rows: each order's
 * header strip is a `<tr>` carrying `data-log_order_id` with the id link inside, its body rows follow
 * it, and the columns are named by the table's own `<thead>`. No page-wide text walk (label search,
 * table discovery): on a 500-order list those cost over 100 ms, this a few (issue #11). The fields are
 * read by the same code as the general path (`buildRow`). `undefined` whenever the page is not exactly
 * that shape (cards, split header tables, inputs in rows, label:value cells, an id the hook and the link
 * disagree on): the general path then reads it.
 */
function extractHookedTable(root: ParentNode, selectors: SellerCenterSelectors): OrderRow[] | undefined {
  const table = prepareHookedTable(root, selectors);
  if (!table) return undefined;
  const rows: OrderRow[] = [];
  for (const start of table.starts) {
    const row = readHookedRow(table, start);
    if (!row) return undefined;
    rows.push(row);
  }
  return rows;
}

interface OrderStart {
  id: string;
  link: Element;
  head: Element;
}

interface HookedTable {
  ctx: Context;
  starts: OrderStart[];
  heads: ReadonlySet<Element>;
  columns: ReadonlyMap<number, ColumnField>;
  holders: ReadonlySet<Element>;
}

/** The order starts and columns of Seller Center's own table, when the page is exactly that shape. */
function prepareHookedTable(root: ParentNode, selectors: SellerCenterSelectors): HookedTable | undefined {
  const links = queryAll(root, selectors.orderIdLink.values);
  if (!links.length) return undefined;
  const starts: OrderStart[] = [];
  let section: Element | null = null;
  for (const link of links) {
    const head = link.closest('tr');
    const id = head ? idFromAttributes(head) : undefined;
    if (!head || !id || idFromText(collapseSpaces(link.textContent ?? ''), true) !== id) return undefined;
    if (section === null) section = head.parentElement;
    else if (head.parentElement !== section) return undefined;
    if (starts.at(-1)?.head === head) return undefined; // two id links in one strip: not the known shape
    starts.push({ id, link, head });
  }
  const table = section ? closestAny(section, selectors.tableRoot.values) : null;
  const columns = table ? headerColumns(table, selectors) : undefined;
  if (!section || !columns || !starts.length) return undefined;
  const ctx = createBareContext(root, selectors);
  // a field label anywhere in the orders' rows ("Tracking number: …" in a cell): the general path reads
  // those. One test over the list's text, not one per row (each builds its key from every label).
  const labels = FIELD_LABEL_KEYS.filter((key) => key !== 'orderIdLabel').flatMap((key) => selectors[key].values);
  if (containsPhrase(section.textContent ?? '', labels)) return undefined;
  return { ctx, starts, heads: new Set(starts.map((s) => s.head)), columns, holders: textControlHolders(ctx).all };
}

/** One order of the hooked table; undefined when its rows hold a text control (the general path reads those). */
function readHookedRow(table: HookedTable, start: OrderStart): OrderRow | undefined {
  const group = hookedGroup(table, start);
  return group && buildHookedRow(table, start, group);
}

interface HookedGroup {
  /** The order's `<tr>`s: header strip, body rows, spacer. */
  rows: Element[];
  cells: ColumnCell[];
}

/** The rows and named cells of one order of the hooked table; undefined when they hold a text control. */
function hookedGroup(table: HookedTable, { head }: OrderStart): HookedGroup | undefined {
  const rows: Element[] = [head];
  for (let next = head.nextElementSibling; next && !table.heads.has(next); next = next.nextElementSibling)
    if (next.tagName === 'TR' && !isOwnMarked(next)) rows.push(next);
  const cells: ColumnCell[] = [];
  for (const tr of rows) {
    if (table.holders.has(tr)) return undefined;
    if (tr !== head) cells.push(...cellsByColumn(tr, table.columns));
  }
  return { rows, cells };
}

function buildHookedRow(table: HookedTable, { id, link, head }: OrderStart, group: HookedGroup): OrderRow {
  return buildRow(table.ctx, id, elementShowing(link, id), head, group.rows, [], group.cells);
}

// ---------------------------------------------------------------------------------------------------
// Every order cheaply, the rows near the viewport in full

/**
 * What the page summary needs of one order of Seller Center's own table (issue #11), read without
 * building its row: id, elements, status, provider text and waybill exactly as `OrderRow` has them
 * (tests/lib/seller-center/extract.static-list.test.ts holds the two readings equal). `textContent`
 * and small walks of the order's own cells only: no layout read, no walk of the page's text.
 */
export interface OrderDigest {
  orderId: string;
  /** Every element of the order (header strip, body rows, spacer), as `OrderRow.rows`. */
  rows: Element[];
  status?: Pick<OrderStatus, 'text' | 'code' | 'subCode' | 'kind' | 'isAwaitingShipment'>;
  /** `OrderRow.carrier.text`. */
  carrierText?: string;
  /** `OrderRow.waybill.raw`. */
  waybillRaw?: string;
}

/** A finished `readOrderListInSteps`: every order read in full, or Seller Center's own table read cheaply. */
export type OrderListRead =
  | { rows: OrderRow[]; digests?: undefined }
  | {
      rows?: undefined;
      /** Every order of the table, in page order. */
      digests: OrderDigest[];
      /** The full row of `digests[index]` (its elements as found by the reading). */
      readRow(index: number): OrderRow | undefined;
    };

/**
 * `readOrdersInSteps` for pages where only some rows need their full reading: Seller Center's own order
 * table is read as one `OrderDigest` per order (what the page summary counts), and `readRow` builds an
 * order's full row on demand — the content script asks only for rows near the viewport. Any other shape
 * (cards, the detail page, a table with text controls in its rows) is read whole, in full, in steps too
 * (`readGeneralInSteps`).
 * Example: `const r = readOrderListInSteps(document, page); let read; while (!(read = r.step(performance.now() + 8))) await nextTask();`
 */
export function readOrderListInSteps(
  root: ParentNode,
  page: PageInfo,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): { step(deadline: number): OrderListRead | undefined } {
  let table: HookedTable | undefined;
  let prepared = false;
  const digests: OrderDigest[] = [];
  const groups: HookedGroup[] = [];
  let done: OrderListRead | undefined;
  let general: ReturnType<typeof readGeneralInSteps> | undefined;
  const memory = pageReadMemory();
  /** Any other shape, or a table that turned out not to be exactly Seller Center's: the general reading, in steps too. */
  const whole = (deadline: number): OrderListRead | undefined => {
    table = undefined;
    general ??= readGeneralInSteps(root, page, selectors);
    const rows = general(deadline);
    return rows && { rows };
  };
  const readRow = (index: number): OrderRow | undefined => {
    const start = table?.starts[index];
    if (!table || !start) return undefined;
    try {
      return readingPage(() => buildHookedRow(table!, start, groups[index]!));
    } catch {
      return undefined; // as extractOrders: a surprise in Seller Center's DOM must not break every hint
    }
  };
  return {
    step(deadline) {
      if (done) return done;
      try {
        done = readingPage(() => {
          if (!prepared) {
            prepared = true;
            table = page.kind === 'order-detail' ? undefined : prepareHookedTable(root, selectors);
            if (table && performance.now() >= deadline) return undefined;
          }
          if (!table) return whole(deadline);
          while (digests.length < table.starts.length) {
            const start = table.starts[digests.length]!;
            const group = hookedGroup(table, start);
            if (!group) return whole(deadline);
            groups.push(group);
            digests.push(digestOf(table.ctx, start.id, group));
            if (performance.now() >= deadline && digests.length < table.starts.length) return undefined;
          }
          return { digests, readRow };
        }, memory);
      } catch {
        done = { rows: [] };
      }
      return done;
    },
  };
}

/** Cells holding anything a value's text leaves out or reads specially: read those the full way. */
const NOT_PLAIN_TEXT = 'button,svg,[role="button"],[data-lml],script,style,template,noscript,input,select,textarea';
/** A status word is short: a longer cell text is read the full way (and no regex sees more than this). */
const STATUS_TEXT_MAX = 256;

/**
 * An order's digest from its named cells, field by field as `buildRow` reads them; a cell's text from
 * `textContent` when it holds nothing but text (the common case), else through the full readers.
 */
function digestOf(ctx: Context, orderId: string, { rows, cells }: HookedGroup): OrderDigest {
  const digest: OrderDigest = { orderId, rows };
  const status = digestStatus(ctx, rows, cells);
  if (status) digest.status = status;
  const carrier = digestCarrier(ctx, cells);
  if (carrier) digest.carrierText = carrier;
  const waybill = readWaybill(ctx, cells, []);
  if (waybill) digest.waybillRaw = waybill.raw;
  return digest;
}

function isPlainCell(cell: Element): boolean {
  return cell.querySelector(NOT_PLAIN_TEXT) === null;
}

/** `readStatus` of a row without label pairs: a plain cell whose whole text is a status word needs no walk. */
function digestStatus(ctx: Context, rows: Element[], cells: readonly ColumnCell[]): OrderDigest['status'] {
  const own = cells.filter((c) => c.field === 'status');
  const quick: ShownStatus[] = [];
  for (const { cell } of own) {
    if (!isPlainCell(cell)) return readStatus(ctx, rows, cells, []);
    const text = collapseSpaces(cell.textContent ?? '');
    if (isPlaceholder(ctx, text)) continue;
    const kind = text.length <= STATUS_TEXT_MAX ? statusKindOf(ctx, text) : undefined;
    if (!kind || !statusLabelIsWhole(ctx, text, kind)) return readStatus(ctx, rows, cells, []);
    quick.push({ text, kind, element: cell });
  }
  if (!quick.length) return readStatus(ctx, rows, cells, []);
  const codeElement = statusCodeElement(ctx, rows);
  const code = codeElement?.getAttribute('data-log_order_status')?.trim() || undefined;
  const subCode = codeElement?.getAttribute('data-log_order_sub_status')?.trim() || undefined;
  const kind = quick[0]!.kind!;
  return {
    text: quick[0]!.text,
    isAwaitingShipment: kind === 'awaiting-shipment',
    kind,
    ...(code ? { code } : {}),
    ...(subCode ? { subCode } : {}),
  };
}

/** `readCarrier(…).text` of a row without label pairs; plain cells read by their text pieces alone. */
function digestCarrier(ctx: Context, cells: readonly ColumnCell[]): string | undefined {
  const own = cells.filter((c) => c.field === 'carrier');
  if (!own.every(({ cell }) => isPlainCell(cell))) return readCarrier(ctx, cells, [])?.text;
  const found: Array<{ text: string; carrierId?: CarrierId }> = [];
  for (const { cell } of own) {
    const shown = collapseSpaces(cell.textContent ?? '');
    if (isPlaceholder(ctx, shown)) continue;
    const pieces = textPiecesOf(cell);
    const text = pieces.join(' ') || shown;
    if (!text) continue;
    const carrierId = carrierIdOf(ctx, text) ?? firstDefined(pieces, (p) => carrierIdOf(ctx, p));
    found.push({ text, ...(carrierId ? { carrierId } : {}) });
  }
  return (found.find((c) => c.carrierId) ?? found[0])?.text;
}

/** Fields of the columns of a `<table>` named by its `<thead>` row, by column index; undefined if none. */
function headerColumns(table: Element, selectors: SellerCenterSelectors): Map<number, ColumnField> | undefined {
  const headRows = table.querySelectorAll(':scope > thead > tr');
  if (headRows.length !== 1) return undefined;
  const columns = new Map<number, ColumnField>();
  let col = 0;
  for (let cell = headRows[0]!.firstElementChild; cell; cell = cell.nextElementSibling) {
    const field = fieldOfHeader(collapseSpaces(textOf(cell)), selectors);
    if (field) columns.set(col, field);
    col += spanOfCell(cell);
  }
  return columns.size ? columns : undefined;
}

function spanOfCell(cell: Element): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** The cells of one body row under a named column (a row spanning several columns maps none). */
function cellsByColumn(tr: Element, columns: ReadonlyMap<number, ColumnField>): ColumnCell[] {
  const out: ColumnCell[] = [];
  let col = 0;
  for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
    const span = spanOfCell(cell);
    const field = span === 1 ? columns.get(col) : undefined;
    if (field) out.push({ cell, row: tr, field });
    col += span;
  }
  return out;
}

/**
 * A context before any page-wide scan (no column cells, no label hits): Seller Center's own table needs
 * none, the general reading fills them stage by stage.
 */
function createBareContext(root: ParentNode, selectors: SellerCenterSelectors): Context {
  return {
    root,
    rootElement: rootElementOf(root),
    selectors,
    columnCells: [],
    labelHits: [],
    values: new Map(),
    forms: new Map(),
    carrierIds: new Map(),
    statusKinds: new Map(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Finding order ids

function findAnchors(ctx: Context): Anchor[] {
  const anchors: Anchor[] = [];
  const { idLinks, idAttributes, detailLinks } = hookedElements(ctx);
  for (const el of idLinks) {
    const id = idFromAttributes(el) ?? idFromText(collapseSpaces(textOf(el)), true);
    if (id) anchors.push({ id, element: el, source: 'id-link' });
  }
  for (const el of idAttributes) {
    const id = idFromAttributes(el);
    if (id) anchors.push({ id, element: el, source: 'attribute' });
  }
  for (const el of detailLinks) {
    const id = idFromDetailHref(el.getAttribute('href'));
    if (id) anchors.push({ id, element: el, source: 'detail-link' });
  }
  for (const hit of ctx.labelHits) {
    if (hit.key !== 'orderIdLabel') continue;
    const value = valueOf(ctx, hit);
    if (!value || value.control) continue; // a search box holding an id is not an order
    const id = idFromText(collapseSpaces(value.text), true);
    if (id) anchors.push({ id, element: elementShowing(value.element, id), source: 'label' });
  }
  for (const { cell, field } of ctx.columnCells) {
    if (field !== 'orderId') continue;
    const id = idFromText(collapseSpaces(valueTextOf(cell)), true);
    if (id) anchors.push({ id, element: elementShowing(cell, id), source: 'column' });
  }
  if (!anchors.length) anchors.push(...findShapedIds(ctx));
  return anchors;
}

/**
 * The elements of the three order-id hooks, each list in document order, from ONE query of the root
 * (each query of a whole 500-row page costs milliseconds; an element may serve several hooks).
 */
function hookedElements(ctx: Context): { idLinks: Element[]; idAttributes: Element[]; detailLinks: Element[] } {
  if (ctx.hooked) return ctx.hooked;
  const { orderIdLink, orderIdAttribute, orderDetailLink } = ctx.selectors;
  const hooked = { idLinks: [] as Element[], idAttributes: [] as Element[], detailLinks: [] as Element[] };
  for (const el of queryAll(ctx.root, [...orderIdLink.values, ...orderIdAttribute.values, ...orderDetailLink.values])) {
    if (matchesAny(el, orderIdLink.values)) hooked.idLinks.push(el);
    if (matchesAny(el, orderIdAttribute.values)) hooked.idAttributes.push(el);
    if (matchesAny(el, orderDetailLink.values)) hooked.detailLinks.push(el);
  }
  ctx.hooked = hooked;
  return hooked;
}

/** First attribute named like an order id (`data-log_order_id`, `data-log_main_order_id`) holding digits. */
function idFromAttributes(el: Element): string | undefined {
  // names first: building Attr objects for every attribute of every row was measurable on long lists
  for (const name of el.getAttributeNames()) {
    if (!ORDER_ID_ATTRIBUTE.test(name)) continue;
    const value = (el.getAttribute(name) ?? '').trim();
    if (TRUSTED_ID.test(value)) return value;
  }
  return undefined;
}

function idFromText(text: string, vouched: boolean): string | undefined {
  const folded = text.normalize('NFKC');
  const shaped = ORDER_ID_SHAPE.exec(folded);
  if (shaped) return shaped[0];
  const trimmed = folded.replace(/^#/, '').trim();
  return vouched && TRUSTED_ID.test(trimmed) ? trimmed : undefined;
}

function idFromDetailHref(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const id = new URL(href, 'https://seller.invalid/').searchParams.get('order_no')?.trim();
    return id && TRUSTED_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The deepest element under `start` whose text contains the id, so hints sit next to the number. */
function elementShowing(start: Element, id: string): Element {
  let current = start;
  for (;;) {
    const child = Array.from(current.children).find((c) => !isOwnMarked(c) && textOf(c).normalize('NFKC').includes(id));
    if (!child) return current;
    current = child;
  }
}

/** Last resort when nothing else names an order: standalone 18–19 digit numbers outside tracking values. */
function findShapedIds(ctx: Context): Anchor[] {
  const excluded = waybillRegions(ctx);
  const anchors: Anchor[] = [];
  forEachTextNode(ctx.root as unknown as Node, (t) => {
    const m = ORDER_ID_SHAPE.exec(t.data.normalize('NFKC'));
    const element = t.parentElement;
    if (!m || !element || excluded.some((region) => region.contains(element))) return;
    if (/[A-Za-z]/.test(t.data.replace(/\s/g, ''))) {
      // numbers glued to letters are codes, not order ids; plain "577…" or "#577…" pass
      if (!new RegExp(`(^|[^0-9A-Za-z])${m[0]}($|[^0-9A-Za-z])`).test(t.data.normalize('NFKC'))) return;
    }
    anchors.push({ id: m[0], element, source: 'shape' });
  });
  return anchors;
}

function waybillRegions(ctx: Context): Element[] {
  const regions: Element[] = [];
  for (const { cell, field } of ctx.columnCells) if (field !== 'orderId') regions.push(cell);
  for (const hit of ctx.labelHits) {
    if (hit.key === 'orderIdLabel') continue;
    const value = valueOf(ctx, hit);
    if (value) regions.push(value.element);
    regions.push(hit.element);
  }
  return regions;
}

// ---------------------------------------------------------------------------------------------------
// Order detail page: one order

function extractDetailOrder(ctx: Context, anchors: Anchor[], page: PageInfo): OrderRow[] {
  const orderId = page.orderId ?? bestAnchor(anchors)?.id;
  if (!orderId) return [];
  const own = anchors.filter((a) => a.id === orderId);
  const main = queryAll(ctx.root, ['main', '[role="main"]'])[0];
  const anchor =
    bestAnchor(own)?.element ?? findTextElement(ctx, orderId) ?? orderIdLabelElement(ctx) ?? main ?? ctx.rootElement;
  if (!anchor) return [];
  const container = closestAny(anchor, ['main', '[role="main"]']) ?? ctx.rootElement ?? anchor;
  const scope = ctx.rootElement ? [ctx.rootElement] : [container];
  return [buildRow(ctx, orderId, anchor, container, scope, ctx.labelHits, ctx.columnCells)];
}

function findTextElement(ctx: Context, id: string): Element | undefined {
  let found: Element | undefined;
  forEachTextNode(ctx.root as unknown as Node, (t) => {
    if (!found && t.data.normalize('NFKC').includes(id) && t.parentElement) found = t.parentElement;
  });
  return found;
}

function orderIdLabelElement(ctx: Context): Element | undefined {
  return ctx.labelHits.find((h) => h.key === 'orderIdLabel')?.element;
}

function bestAnchor(anchors: readonly Anchor[]): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) if (!best || ANCHOR_RANK[a.source] < ANCHOR_RANK[best.source]) best = a;
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Lists: one row per order id

/** The orders of a list, each with its anchor, container and rows, and the label hits and cells each owns. */
interface ListPlan {
  orders: Array<{ orderId: string; anchor: Element; container: Element; scope: Element[] }>;
  owned: ReturnType<typeof assignToOrders>;
}

function planListOrders(ctx: Context, anchors: Anchor[]): ListPlan {
  const byId = new Map<string, Anchor[]>();
  for (const a of anchors) {
    const own = byId.get(a.id);
    if (own) own.push(a);
    else byId.set(a.id, [a]);
  }
  const idsUnder = indexIdsUnder(anchors);
  const orderStarts = indexOrderStarts(ctx);
  const siblingRows = new Map<Element, SiblingRows>();
  const orders = [...byId].map(([orderId, own]) => {
    const primary = bestAnchor(own)!;
    const container = containerOf(ctx, primary.element, orderId, idsUnder);
    const group = groupOf(ctx, container, orderId, idsUnder, orderStarts, siblingRows);
    return { orderId, anchor: primary.element, container: group[0] ?? container, scope: group };
  });
  const owned = assignToOrders(
    ctx,
    orders.map((o) => o.scope),
  );
  return { orders, owned };
}

function isInDocumentOrder(rows: readonly OrderRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (documentOrder(rows[i - 1]!.anchor, rows[i]!.anchor) > 0) return false;
  return true;
}

/** For every element above an anchor, the order ids shown beneath it (one upward walk per anchor). */
function indexIdsUnder(anchors: readonly Anchor[]): IdsUnder {
  const idsUnder = new IdsUnder();
  for (const a of anchors) {
    for (let el: Element | null = a.element; el; el = el.parentElement) {
      if (!idsUnder.add(el, a.id)) break; // an earlier anchor of this order already marked everything above
    }
  }
  return idsUnder;
}

/**
 * The order ids shown beneath each element. Most elements (a row, a cell) show one id, so that one is
 * kept as a plain string and only list-level elements get a Set: a 500-order page has thousands of
 * such elements, and a Set each was a good share of the allocation (issue #5).
 */
class IdsUnder {
  private readonly byElement = new Map<Element, string | Set<string>>();

  /** Records `id` under `el`; false when it was there already. */
  add(el: Element, id: string): boolean {
    const ids = this.byElement.get(el);
    if (ids === undefined) this.byElement.set(el, id);
    else if (typeof ids === 'string') {
      if (ids === id) return false;
      this.byElement.set(el, new Set([ids, id]));
    } else {
      if (ids.has(id)) return false;
      ids.add(id);
    }
    return true;
  }

  /** Whether any id is shown beneath `el`. */
  has(el: Element): boolean {
    return this.byElement.has(el);
  }

  /** The ids shown beneath `el`. */
  idsOf(el: Element): Iterable<string> {
    const ids = this.byElement.get(el);
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
  }

  /** Whether `el` shows an id other than `orderId`. */
  holdsOther(el: Element, orderId: string): boolean {
    const ids = this.byElement.get(el);
    if (ids === undefined) return false;
    return typeof ids === 'string' ? ids !== orderId : ids.size > (ids.has(orderId) ? 1 : 0);
  }
}

/** Elements holding an "Order ID" label or id link: a row like that starts an order, even if its id was unreadable. */
function indexOrderStarts(ctx: Context): Set<Element> {
  const marked = new Set<Element>();
  const starts = [
    ...ctx.labelHits.filter((h) => h.key === 'orderIdLabel').map((h) => h.element),
    ...hookedElements(ctx).idLinks,
  ];
  for (const start of starts) {
    for (let el: Element | null = start; el && !marked.has(el); el = el.parentElement) marked.add(el);
  }
  return marked;
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function holdsOtherOrder(idsUnder: IdsUnder, el: Element, orderId: string): boolean {
  return idsUnder.holdsOther(el, orderId);
}

/**
 * The largest ancestor of the anchor that holds no other order: the card, the order's own tbody /
 * rowgroup, or its row. Never the list itself, `main`, or the page.
 */
function containerOf(ctx: Context, anchor: Element, orderId: string, idsUnder: IdsUnder): Element {
  let best = anchor;
  for (let parent = anchor.parentElement; parent; parent = parent.parentElement) {
    if (parent === ctx.rootElement || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    if (matchesAny(parent, ctx.selectors.listBoundary.values)) break;
    if (holdsOtherOrder(idsUnder, parent, orderId)) break;
    best = parent;
  }
  return best;
}

/**
 * In table views one order spans several sibling rows: header strip, body row(s), spacer. The group
 * runs from the first row showing this id to the row before the next order's first row (a row with
 * another id, or a header strip with an "Order ID" label whose id could not be read).
 */
function groupOf(
  ctx: Context,
  container: Element,
  orderId: string,
  idsUnder: IdsUnder,
  orderStarts: Set<Element>,
  siblingRows: Map<Element, SiblingRows>,
): Element[] {
  const parent = container.parentElement;
  if (!parent || !matchesAny(container, ctx.selectors.row.values)) return [container];
  let rows = siblingRows.get(parent);
  if (!rows) {
    rows = indexSiblingRows(ctx, parent, idsUnder);
    siblingRows.set(parent, rows);
  }
  const { siblings } = rows;
  const span = rows.spanOf.get(orderId);
  if (!span) return [container];
  const [first, last] = span;
  const group = siblings.slice(first, last + 1).filter((row) => !holdsOtherOrder(idsUnder, row, orderId));
  for (let i = last + 1; i < siblings.length; i++) {
    const row = siblings[i]!;
    if (idsUnder.has(row) || orderStarts.has(row)) break;
    group.push(row);
  }
  return group.length ? group : [container];
}

/** The row elements under one parent, and for each order id the first and last of them showing it. */
interface SiblingRows {
  siblings: Element[];
  spanOf: Map<string, [first: number, last: number]>;
}

/** One pass over a list's rows instead of one per order (a 500-order table has 1,500 rows). */
function indexSiblingRows(ctx: Context, parent: Element, idsUnder: IdsUnder): SiblingRows {
  // the parent holds a page row, so it is not ours: a child row is ours only if marked
  const siblings = Array.from(parent.children).filter(
    (c) => matchesAny(c, ctx.selectors.row.values) && !isOwnMarked(c),
  );
  const spanOf = new Map<string, [number, number]>();
  siblings.forEach((row, i) => {
    for (const id of idsUnder.idsOf(row)) {
      const span = spanOf.get(id);
      if (span) span[1] = i;
      else spanOf.set(id, [i, i]);
    }
  });
  return { siblings, spanOf };
}

/** Hands every label hit and mapped cell to the order whose scope holds it (one upward walk each). */
function assignToOrders(ctx: Context, scopes: readonly Element[][]): { hits: LabelHit[][]; cells: ColumnCell[][] } {
  const owner = new Map<Element, number>();
  scopes.forEach((scope, i) => scope.forEach((el) => owner.has(el) || owner.set(el, i)));
  const ownerOf = (start: Element): number | undefined => {
    for (let el: Element | null = start; el; el = el.parentElement) {
      const i = owner.get(el);
      if (i !== undefined) return i;
    }
    return undefined;
  };
  const hits: LabelHit[][] = scopes.map(() => []);
  const cells: ColumnCell[][] = scopes.map(() => []);
  for (const hit of ctx.labelHits) {
    const i = ownerOf(hit.element);
    if (i !== undefined) hits[i]!.push(hit);
  }
  for (const cell of ctx.columnCells) {
    const i = ownerOf(cell.cell);
    if (i !== undefined) cells[i]!.push(cell);
  }
  return { hits, cells };
}

// ---------------------------------------------------------------------------------------------------
// Fields of one order

function buildRow(
  ctx: Context,
  orderId: string,
  anchor: Element,
  container: Element,
  scope: Element[],
  ownHits: readonly LabelHit[],
  ownCells: readonly ColumnCell[],
): OrderRow {
  const hits = ownHits;
  // a cell holding label:value pairs ("Carrier: UPS · Tracking No.: …") is read through its labels
  const cells = ownCells.filter((c) => !hits.some((h) => c.cell.contains(h.element)));
  const row: OrderRow = { orderId, anchor, container, rows: scope };
  const status = readStatus(ctx, scope, cells, hits);
  if (status) row.status = status;
  const carrier = readCarrier(ctx, cells, hits);
  if (carrier) row.carrier = carrier;
  const waybill = readWaybill(ctx, cells, hits);
  if (waybill) row.waybill = waybill;
  const weightGrams = readWeight(ctx, scope, cells, hits);
  if (weightGrams !== undefined) row.weightGrams = weightGrams;
  const dimensionsMm = readDimensions(ctx, scope, cells, hits);
  if (dimensionsMm) row.dimensionsMm = dimensionsMm;
  const destination = readDestination(ctx, cells, hits);
  if (destination) row.destination = destination;
  return row;
}

/** Candidate value elements for a field: mapped column cells first, then label:value pairs. */
function candidates(
  ctx: Context,
  cells: readonly ColumnCell[],
  hits: readonly LabelHit[],
  field: ColumnField,
  labelKey: LabelHit['key'],
): LabelValue[] {
  const out: LabelValue[] = [];
  for (const { cell, field: f } of cells) {
    if (f !== field) continue;
    const control = singleControl(ctx, cell);
    if (control) out.push({ text: control.value, element: control, control });
    else {
      const element = descendToValueElement(cell);
      out.push({ text: valueTextOf(element), element });
    }
  }
  for (const hit of hits) {
    if (hit.key !== labelKey) continue;
    const value = valueOf(ctx, hit);
    if (value) out.push(value);
  }
  return out;
}

function singleControl(ctx: Context, cell: Element): FormControl | undefined {
  if (!textControlHolders(ctx).all.has(cell)) return undefined; // no text input or textarea inside: nothing to query
  const controls = queryAll(cell, ctx.selectors.textInput.values).filter(isValueControl);
  return controls.length === 1 ? (controls[0] as FormControl) : undefined;
}

function isPlaceholder(ctx: Context, text: string): boolean {
  const t = collapseSpaces(text);
  return !t || ctx.selectors.emptyValue.values.some((v) => v.toLowerCase() === t.toLowerCase());
}

function readStatus(
  ctx: Context,
  scope: Element[],
  cells: readonly ColumnCell[],
  hits: readonly LabelHit[],
): OrderStatus | undefined {
  const codeElement = statusCodeElement(ctx, scope);
  const code = codeElement?.getAttribute('data-log_order_status')?.trim() || undefined;
  const subCode = codeElement?.getAttribute('data-log_order_sub_status')?.trim() || undefined;
  const shown = candidates(ctx, cells, hits, 'status', 'orderStatusLabel')
    .filter((v) => !v.control && !isPlaceholder(ctx, v.text))
    .map((v) => statusFromValue(ctx, v))
    .filter((s): s is ShownStatus => !!s);
  const best = shown.find((s) => s.kind) ?? shown[0] ?? statusWordInScope(ctx, scope);
  if (!best && !code) return undefined;
  const kind = best?.kind;
  const status: OrderStatus = {
    text: best?.text ?? '',
    isAwaitingShipment: kind ? kind === 'awaiting-shipment' : code === '101',
  };
  if (code) status.code = code;
  if (subCode) status.subCode = subCode;
  if (kind) status.kind = kind;
  if (best?.element) status.element = best.element;
  return status;
}

/** The first scope element that carries, or holds, the status code hook. */
function statusCodeElement(ctx: Context, scope: Element[]): Element | undefined {
  for (const s of scope) {
    const found = s.hasAttribute('data-log_order_status')
      ? s
      : queryAll(s, ctx.selectors.orderStatusAttribute.values)[0];
    if (found) return found;
  }
  return undefined;
}

interface ShownStatus {
  text: string;
  kind?: OrderStatusKind;
  element: Element;
}

/** A status value: its own text when that is a status word ("Status: Awaiting collection"), else the tag inside its element. */
function statusFromValue(ctx: Context, value: LabelValue): ShownStatus | undefined {
  const text = collapseSpaces(value.text);
  const kind = statusKindOf(ctx, text);
  if (kind && statusLabelIsWhole(ctx, text, kind)) return { text, kind, element: value.element };
  return statusFromElement(ctx, value.element);
}

/** Within a status value, the element whose text is a known status word (a tag next to "Ship by …"). */
function statusFromElement(ctx: Context, element: Element): ShownStatus | undefined {
  let found: ShownStatus | undefined;
  forEachTextNode(element, (t) => {
    if (found || !t.parentElement) return;
    const kind = statusKindOf(ctx, t.data);
    if (kind) found = { text: collapseSpaces(t.data), kind, element: t.parentElement };
  });
  if (found) return found;
  const text = spacedTextOf(element);
  return text ? { text, element } : undefined;
}

function statusKindOf(ctx: Context, text: string): OrderStatusKind | undefined {
  // the same few status words on every row: remember each text's reading for this extraction
  if (ctx.statusKinds.has(text)) return ctx.statusKinds.get(text);
  const kind = readStatusKind(ctx, text);
  ctx.statusKinds.set(text, kind);
  return kind;
}

function readStatusKind(ctx: Context, text: string): OrderStatusKind | undefined {
  let best: OrderStatusKind | undefined;
  let bestLength = 0;
  const normalized = normalizeWholeLabelText(text);
  if (!normalized) return undefined;
  for (const kind of STATUS_KINDS) {
    const length = wholeLabelMatchLengthOf(normalized, ctx.selectors[STATUS_ENTRY_KEYS[kind]].values);
    if (length > bestLength) {
      best = kind;
      bestLength = length;
    }
  }
  return best;
}

/** Cards often show the status as a bare tag without a label or column: a text that is exactly a status word. */
function statusWordInScope(ctx: Context, scope: Element[]): ShownStatus | undefined {
  for (const s of scope) {
    let found: ShownStatus | undefined;
    forEachTextNode(s, (t) => {
      if (found || !t.parentElement || isInNonValueContext(ctx, t.parentElement)) return;
      const text = collapseSpaces(t.data);
      const kind = statusKindOf(ctx, text);
      if (kind && statusLabelIsWhole(ctx, text, kind)) found = { text, kind, element: t.parentElement };
    });
    if (found) return found;
  }
  return undefined;
}

function statusLabelIsWhole(ctx: Context, text: string, kind: OrderStatusKind): boolean {
  const values = ctx.selectors[STATUS_ENTRY_KEYS[kind]].values;
  return wholeLabelMatchLengthOf(normalizeWholeLabelText(text), values) === trimEndChars(text, ':：').trim().length;
}

function isInNonValueContext(ctx: Context, el: Element): boolean {
  return closestAny(el, ctx.selectors.nonLabelContext.values) !== null;
}

function readCarrier(ctx: Context, cells: readonly ColumnCell[], hits: readonly LabelHit[]): OrderRow['carrier'] {
  const found = candidates(ctx, cells, hits, 'carrier', 'carrierLabel')
    .filter((v) => !isPlaceholder(ctx, v.text))
    .map((v) => {
      const shown = v.control ? [] : textPiecesOf(v.element);
      const text = v.control ? collapseSpaces(v.text) : shown.join(' ') || displayTextOf(v);
      const pieces = v.control ? [text] : shown;
      const carrierId = carrierIdOf(ctx, text) ?? firstDefined(pieces, (p) => carrierIdOf(ctx, p));
      return { text, element: v.element, ...(carrierId ? { carrierId } : {}) };
    })
    .filter((c) => c.text);
  return found.find((c) => c.carrierId) ?? found[0];
}

/** `resolveCarrierId`, remembered per text for one extraction: a list shows the same few provider names on every row. */
function carrierIdOf(ctx: Context, text: string): CarrierId | undefined {
  if (ctx.carrierIds.has(text)) return ctx.carrierIds.get(text);
  const id = resolveCarrierId(text);
  ctx.carrierIds.set(text, id);
  return id;
}

function firstDefined<T, U>(items: readonly T[], map: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const value = map(item);
    if (value) return value;
  }
  return undefined;
}

function readWaybill(ctx: Context, cells: readonly ColumnCell[], hits: readonly LabelHit[]): OrderRow['waybill'] {
  for (const v of candidates(ctx, cells, hits, 'waybill', 'trackingNumberLabel')) {
    const raw = v.control ? v.text : trimFormattingWhitespace(v.text);
    if (!raw.trim() || isPlaceholder(ctx, raw)) continue;
    return { raw, element: v.element };
  }
  return undefined;
}

function readWeight(
  ctx: Context,
  scope: Element[],
  cells: readonly ColumnCell[],
  hits: readonly LabelHit[],
): number | undefined {
  for (const v of candidates(ctx, cells, hits, 'weight', 'weightLabel')) {
    if (v.control) continue;
    const grams = parseWeightGrams(v.text);
    if (grams !== undefined) return grams;
  }
  for (const s of scope) {
    const weight = parcelFormOf(ctx, s).weight;
    const value = weight ? parseShownNumber(weight.input.value) : undefined;
    if (weight && value !== undefined) return toGrams(value, weight.unit);
  }
  return undefined;
}

function readDimensions(
  ctx: Context,
  scope: Element[],
  cells: readonly ColumnCell[],
  hits: readonly LabelHit[],
): OrderRow['dimensionsMm'] {
  for (const v of candidates(ctx, cells, hits, 'dimensions', 'dimensionsLabel')) {
    if (v.control) continue;
    const dims = parseDimensionsMm(v.text);
    if (dims) return dims;
  }
  const single = (key: 'lengthLabel' | 'widthLabel' | 'heightLabel') => {
    for (const hit of hits) {
      if (hit.key !== key) continue;
      const v = valueOf(ctx, hit);
      const mm = v && !v.control ? parseLengthMm(v.text) : undefined;
      if (mm !== undefined) return mm;
    }
    return undefined;
  };
  const [length, width, height] = [single('lengthLabel'), single('widthLabel'), single('heightLabel')];
  if (length !== undefined && width !== undefined && height !== undefined) return { length, width, height };
  for (const s of scope) {
    const form = parcelFormOf(ctx, s);
    if (!form.length || !form.width || !form.height) continue;
    const values = [form.length, form.width, form.height].map((f) => ({
      value: parseShownNumber(f.input.value),
      unit: f.unit,
    }));
    if (values.some((v) => v.value === undefined)) continue;
    const [l, w, h] = values.map((v) => toMillimetres(v.value!, v.unit)) as [number, number, number];
    return { length: l, width: w, height: h };
  }
  return undefined;
}

/**
 * The package form inside one scope element. Most rows of a list hold no text input at all; knowing
 * which elements do (one query for the whole root) spares a form search per row and field.
 */
function parcelFormOf(ctx: Context, scope: Element): ReturnType<typeof findParcelFormFields> {
  if (!textControlHolders(ctx).inputs.has(scope)) return {};
  let form = ctx.forms.get(scope);
  if (!form) {
    form = findParcelFormFields(scope, ctx.selectors);
    ctx.forms.set(scope, form);
  }
  return form;
}

/**
 * The elements holding (or being) a text control as `queryAll(root, textInput)` finds them: `all`
 * for any of them, `inputs` for `<input>`s only (package forms). Most rows of a list hold none, so
 * per-row and per-cell control searches can be skipped without a query each.
 */
function textControlHolders(ctx: Context): { all: Set<Element>; inputs: Set<Element> } {
  if (ctx.controlHolders) return ctx.controlHolders;
  const holders = { all: new Set<Element>(), inputs: new Set<Element>() };
  for (const control of textControlsUnder(ctx)) {
    const sets = control.tagName === 'INPUT' ? [holders.all, holders.inputs] : [holders.all];
    for (const set of sets)
      for (let el: Element | null = control; el && !set.has(el); el = el.parentElement) set.add(el);
  }
  ctx.controlHolders = holders;
  return holders;
}

/** `queryAll(root, textInput)` (inputs and textareas are few among the many elements of a list). */
function textControlsUnder(ctx: Context): Element[] {
  const { inputs, textareas } = queryTextControls(ctx.root, ctx.selectors.textInput.values);
  return [...inputs, ...textareas];
}

function readDestination(
  ctx: Context,
  cells: readonly ColumnCell[],
  hits: readonly LabelHit[],
): OrderRow['destination'] {
  const postcode = candidates(ctx, cells, hits, 'postcode', 'postcodeLabel')
    .map((v) => collapseSpaces(v.text))
    // masked until the seller clicks the eye icon (ref §2.4): "1****" is not a postcode
    .find((t) => t && !isPlaceholder(ctx, t) && !t.includes('*'));
  const country = candidates(ctx, cells, hits, 'country', 'countryLabel')
    .map((v) => countryCodeOf(collapseSpaces(v.text)))
    .find(Boolean);
  if (!postcode && !country) return undefined;
  return { ...(country ? { country } : {}), ...(postcode ? { postcode } : {}) };
}

// ---------------------------------------------------------------------------------------------------
// The list to observe

/**
 * The element that holds the order list, for a MutationObserver: the `data-log_module_name="order_list"`
 * wrapper, else the table / grid holding the orders found, else a table whose headers name order
 * fields (rows not loaded yet). `null` when the page shows no order list.
 * Example: on the To ship tab → the `div[data-log_module_name="order_list"]`.
 */
export function findOrderListContainer(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): Element | null {
  try {
    return readingPage(() => findListContainer(root, selectors));
  } catch {
    return null;
  }
}

function findListContainer(root: ParentNode, selectors: SellerCenterSelectors): Element | null {
  const wrapper = queryAll(root, selectors.orderListContainer.values)[0];
  if (wrapper) return wrapper;
  const ctx = createContext(root, selectors);
  const anchors = findAnchors(ctx);
  const inTable = anchors.map((a) => closestAny(a.element, selectors.tableRoot.values)).find(Boolean);
  if (inTable) return inTable;
  if (new Set(anchors.map((a) => a.id)).size > 1) {
    const list = commonAncestor(anchors.map((a) => a.element));
    if (list && list !== ctx.rootElement) return list;
  }
  return mapTables(root, selectors)[0]?.root ?? null;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  if (!elements.length) return null;
  let candidate: Element | null = elements.length === 1 ? elements[0]!.parentElement : elements[0]!;
  while (candidate && !elements.every((e) => candidate!.contains(e))) candidate = candidate.parentElement;
  return candidate;
}
