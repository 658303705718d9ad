import type { FindingView } from '@/lib/messaging';
import type { ListedOrder, OrderDigest, OrderRow } from '@/lib/seller-center';
import {
  checkShownWaybill,
  rowFactsOf,
  rowSignals,
  waybillDefects,
  type FeatureSwitches,
  type RowSignals,
} from '@/lib/signals';
import { findDuplicateWaybills, type WaybillCheck } from '@/lib/waybill';
import type { FeatureContext } from './feature';
import { listedDeadlines } from './list-deadlines';
import { listedOrder, listedOrders } from './list-data';
import { featureSwitches } from './page-context';

/** The signals of one frame: per row in the DOM, and over every order of the list (the summary). */
export interface FrameSignals {
  /**
   * Rows read in full (those near the viewport), by order id, with the other orders of the list
   * showing the same number: the rows hints are drawn for.
   */
  rows: Map<string, { signals: RowSignals; row: OrderRow; finding?: FindingView; duplicateOf?: readonly string[] }>;
  /** Every order row in the DOM, read in full or not, by order id, in page order: the summary's filter and steps. */
  dom: Map<string, { signals: RowSignals; elements: readonly Element[] }>;
  /** Every order of the list, in list order (the list XHR's orders, then DOM rows it did not carry). */
  all: RowSignals[];
  total?: number;
  /** DOM orders whose shown waybill the background has not checked yet: until 0, counts are not final. */
  unchecked: number;
}

let cached:
  { rows: readonly OrderRow[]; ctx: FeatureContext['enrichment']; digests: unknown; value: FrameSignals } | undefined;

/**
 * The signal policy applied to this batch's rows — the rows read in full, and every other order row
 * of the DOM from its digest (`ctx.listDigests()`, the cheap reading of Seller Center's own table), so
 * the summary counts every row. Every feature of a batch asks with the same rows array (page-session.ts
 * hands each batch a fresh one, and may run its features over several tasks), so the answer is computed
 * once per batch.
 */
export function frameSignals(rows: readonly OrderRow[], ctx: FeatureContext): FrameSignals {
  const digests = ctx.listDigests();
  if (cached && cached.rows === rows && cached.ctx === ctx.enrichment && cached.digests === digests)
    return cached.value;
  const value = computeFrame(rows, digests, ctx);
  cached = { rows, ctx: ctx.enrichment, digests, value };
  return value;
}

/**
 * Per order (its digest or full row: both kept while the page is unchanged), the signals last computed
 * and what they were computed from, so a batch that only read rows coming into view recomputes nothing
 * for the others (issue #11). Answers from a clock (ship-by, collection, label time) are not reused.
 */
const signalsOf = new WeakMap<object, { inputs: readonly unknown[]; signals: RowSignals }>();

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

let lastDuplicates: { key: string; value: Map<string, string[]> } | undefined;

/** Orders sharing a waybill number, per order id the others; recomputed only when the numbers changed. */
function duplicatesOf(numbers: ReadonlyMap<string, string>): Map<string, string[]> {
  let key = '';
  for (const [orderId, raw] of numbers) key += `${orderId}\u0000${raw}\u0001`;
  if (lastDuplicates?.key === key) return lastDuplicates.value;
  const value = new Map<string, string[]>();
  for (const group of findDuplicateWaybills([...numbers].map(([orderId, raw]) => ({ orderId, raw }))))
    for (const id of group.orderIds)
      value.set(
        id,
        group.orderIds.filter((other) => other !== id),
      );
  lastDuplicates = { key, value };
  return value;
}

/** A row read in full, or only its digest. */
type DomOrder = OrderRow | OrderDigest;
const isFull = (order: DomOrder): order is OrderRow => 'anchor' in order;
const waybillOf = (order: DomOrder) => (isFull(order) ? order.waybill?.raw : order.waybillRaw);

/**
 * The orders of the DOM with a hint to show by their signals (a problem, or an open carrier choice):
 * on Seller Center's own table only these are read in full (page-session.ts), as they come near the viewport.
 */
export function ordersToShow(rows: readonly OrderRow[], ctx: FeatureContext): Set<string> {
  const show = new Set<string>();
  for (const [orderId, { signals }] of frameSignals(rows, ctx).dom)
    if (signals.problems.length || signals.carrierBadge) show.add(orderId);
  return show;
}

const checks = new Map<string, WaybillCheck>();
/** `checkWaybill`, remembered per (carrier, market, number): virtualised rows come back often. */
export function checkCached(raw: string, carrier: string | undefined, market: string | undefined): WaybillCheck {
  const key = `${carrier ?? ''}\u0000${market ?? ''}\u0000${raw}`;
  let result = checks.get(key);
  if (!result) {
    if (checks.size > 5000) checks.clear();
    result = checkShownWaybill(raw, carrier, market);
    checks.set(key, result);
  }
  return result;
}

/**
 * Computes the signals of `orders` (a reading's digests or rows, in page order) from `from` on until
 * `deadline` (a `performance.now()` time), into the per-order cache `frameSignals` reads: the first
 * computation of a long list (cold code on the page's thread) is then spread over the reading's
 * tasks instead of one long feature update (issue #11). Returns where to go on from (`orders.length`
 * once every order is done).
 */
export function warmSignalsUntil(
  orders: readonly DomOrder[],
  ctx: FeatureContext,
  from: number,
  deadline: number,
): number {
  const inputs = frameInputs(orders, orders, ctx);
  let i = from;
  for (; i < orders.length; i++) {
    if (i > from && performance.now() >= deadline) break; // at least one a call: a late start still progresses
    signalsOfOrder(orders[i]!, ctx, inputs);
  }
  return i;
}

/** What every order's signals of a frame depend on besides the order itself. */
interface FrameInputs {
  now: number;
  features: FeatureSwitches;
  market: string | undefined;
  list: { orders: readonly ListedOrder[]; total?: number };
  duplicates: Map<string, string[]>;
}

/** The last duplicates worked out, and from which reading: its slices and its batches all ask with the same array. */
let lastNumbers: { reading: object; version: number; duplicates: Map<string, string[]> } | undefined;

/**
 * `reading`: the array the orders come from (a reading's digests, or its rows when read whole): a full
 * row shows the number its digest shows, so the duplicates of one reading are worked out once.
 */
function frameInputs(domOrders: readonly DomOrder[], reading: object, ctx: FeatureContext): FrameInputs {
  const list = ctx.page.kind === 'order-list' ? listedOrders() : { orders: [] as readonly ListedOrder[], version: -1 };
  if (lastNumbers?.reading !== reading || lastNumbers.version !== list.version) {
    // duplicates over the whole list: what the DOM shows wins over the list answer for rows in the DOM
    const numbers = new Map<string, string>();
    for (const order of list.orders) if (order.trackingNo) numbers.set(order.orderId, order.trackingNo);
    for (const order of domOrders) {
      const raw = waybillOf(order);
      if (raw) numbers.set(order.orderId, raw);
    }
    lastNumbers = { reading, version: list.version, duplicates: duplicatesOf(numbers) };
  }
  return {
    now: Date.now(),
    features: featureSwitches(),
    market: ctx.page.market ?? undefined,
    list,
    duplicates: lastNumbers.duplicates,
  };
}

/** One order's signals, from the per-order cache when nothing they depend on changed. */
function signalsOfOrder(order: DomOrder, ctx: FeatureContext, { now, features, market, duplicates }: FrameInputs) {
  const enrichment = ctx.enrichment.get(order);
  const listed = listedOrder(order.orderId);
  const duplicateOf = duplicates.get(order.orderId);
  // an answer saying nothing (no finding, no clock) leaves the signals as they were before it came
  const finding = enrichment?.diagnosis || undefined;
  // checked by the background (issue #11: not on Seller Center's thread); none until it answered
  const waybill = ctx.enrichment.waybillDefectsOf(order) || undefined;
  const inputs = [finding, waybill, listed, duplicateOf?.join(','), features, market] as const;
  let known = signalsOf.get(order);
  if (!known || listed?.shipByAt !== undefined || enrichment?.deadlines || !sameInputs(known.inputs, inputs)) {
    const status = order.status ?? listed?.status;
    const facts = rowFactsOf({
      orderId: order.orderId,
      ...(status ? { status } : {}),
      waybillShown: Boolean(waybillOf(order)),
      ...(waybill ? { waybill } : {}),
      ...(duplicateOf ? { duplicateOf } : {}),
      ...(listed?.shipByAt !== undefined ? { pageShipByAt: listed.shipByAt } : {}),
      ...(enrichment?.deadlines ? { deadlines: enrichment.deadlines } : {}),
      ...(finding ? { diagnosis: finding } : {}),
    });
    known = { inputs, signals: rowSignals(facts, { now, features }) };
    signalsOf.set(order, known);
  }
  return { ...known, finding };
}

function computeFrame(rows: readonly OrderRow[], digests: readonly OrderDigest[], ctx: FeatureContext): FrameSignals {
  // the DOM's orders in page order: the full row where one was read, else the digest
  const full = new Map(rows.map((row) => [row.orderId, row]));
  const domOrders: DomOrder[] = digests.length ? digests.map((d) => full.get(d.orderId) ?? d) : [...rows];
  if (digests.length) {
    const digested = new Set(digests.map((d) => d.orderId));
    for (const row of rows) if (!digested.has(row.orderId)) domOrders.push(row);
  }
  const inputs = frameInputs(domOrders, digests.length ? digests : rows, ctx);
  const { now, features, market, list, duplicates } = inputs;

  const result: FrameSignals['rows'] = new Map();
  const dom: FrameSignals['dom'] = new Map();
  let unchecked = 0;
  for (const order of domOrders) {
    if (waybillOf(order) && ctx.enrichment.waybillDefectsOf(order) === undefined) unchecked++;
    const { signals, finding } = signalsOfOrder(order, ctx, inputs);
    dom.set(order.orderId, { signals, elements: order.rows });
    const duplicateOf = duplicates.get(order.orderId);
    if (isFull(order))
      result.set(order.orderId, {
        signals,
        ...(finding ? { finding } : {}),
        ...(duplicateOf ? { duplicateOf } : {}),
        row: order,
      });
  }
  const all: RowSignals[] = [];
  const offDom = features.deadlines ? list.orders.filter((o) => !dom.has(o.orderId)).map((o) => o.orderId) : [];
  const stored = offDom.length ? listedDeadlines(offDom, ctx) : undefined;
  for (const order of list.orders) {
    const own = dom.get(order.orderId);
    if (own) {
      all.push(own.signals);
      continue;
    }
    const check = order.trackingNo ? checkCached(order.trackingNo, order.carrierText, market) : undefined;
    const facts = rowFactsOf({
      orderId: order.orderId,
      ...(order.status ? { status: order.status } : {}),
      waybillShown: Boolean(order.trackingNo),
      ...(check ? { waybill: waybillDefects(check) } : {}),
      ...(duplicates.has(order.orderId) ? { duplicateOf: duplicates.get(order.orderId)! } : {}),
      ...(order.shipByAt !== undefined ? { pageShipByAt: order.shipByAt } : {}),
      ...(stored?.get(order.orderId) ? { deadlines: stored.get(order.orderId)! } : {}),
    });
    all.push(rowSignals(facts, { now, features }));
  }
  const listedIds = new Set(list.orders.map((o) => o.orderId));
  for (const [orderId, { signals }] of dom) if (!listedIds.has(orderId)) all.push(signals);
  return {
    rows: result,
    dom,
    all,
    unchecked,
    ...('total' in list && list.total !== undefined ? { total: list.total } : {}),
  };
}
