import type { FindingView } from '@/lib/messaging';
import type { ListedOrder, OrderRow } from '@/lib/seller-center';
import { rowFactsOf, rowSignals, type RowSignals } from '@/lib/signals';
import { checkWaybill, findDuplicateWaybills, type WaybillCheck } from '@/lib/waybill';
import type { FeatureContext } from './feature';
import { listedDeadlines } from './list-deadlines';
import { listedOrder, listedOrders } from './list-data';
import { featureSwitches } from './page-context';

/** The signals of one frame: per row in the DOM, and over every order of the list (the summary). */
export interface FrameSignals {
  /** Rows in the DOM, by order id, with their waybill check. */
  rows: Map<string, { signals: RowSignals; check?: WaybillCheck; row: OrderRow; finding?: FindingView }>;
  /** Every order of the list, in list order (the list XHR's orders, then DOM rows it did not carry). */
  all: RowSignals[];
  total?: number;
}

let cached: { rows: readonly OrderRow[]; ctx: FeatureContext['enrichment']; value: FrameSignals } | undefined;

/**
 * The signal policy applied to this batch's rows. Every feature of a batch asks with the same rows array
 * (page-session.ts hands each batch a fresh one, and may run its features over several tasks), so the
 * answer is computed once per batch.
 */
export function frameSignals(rows: readonly OrderRow[], ctx: FeatureContext): FrameSignals {
  if (cached && cached.rows === rows && cached.ctx === ctx.enrichment) return cached.value;
  const value = computeFrame(rows, ctx);
  cached = { rows, ctx: ctx.enrichment, value };
  return value;
}

const checks = new Map<string, WaybillCheck>();
/** `checkWaybill`, remembered per (carrier, market, number): virtualised rows come back often. */
export function checkCached(raw: string, carrier: string | undefined, market: string | undefined): WaybillCheck {
  const key = `${carrier ?? ''}\u0000${market ?? ''}\u0000${raw}`;
  let result = checks.get(key);
  if (!result) {
    if (checks.size > 5000) checks.clear();
    result = checkWaybill(raw, { ...(carrier ? { carrier } : {}), ...(market ? { market } : {}) });
    checks.set(key, result);
  }
  return result;
}

/**
 * Checks the rows' waybills from `from` on until `deadline` (a `performance.now()` time), into the cache
 * `frameSignals` reads: the first check of a long list (~0.1 ms a number) is then spread over the
 * reading's tasks instead of one long feature update (issue #11). Returns where to go on from
 * (`rows.length` once every row is checked).
 */
export function checkWaybillsUntil(
  rows: readonly OrderRow[],
  from: number,
  market: string | undefined,
  deadline: number,
): number {
  let i = from;
  for (; i < rows.length; i++) {
    if (i > from && performance.now() >= deadline) break; // at least one a call: a late start still progresses
    const raw = rows[i]!.waybill?.raw;
    if (raw) checkCached(raw, rows[i]!.carrier?.text, market);
  }
  return i;
}

function computeFrame(rows: readonly OrderRow[], ctx: FeatureContext): FrameSignals {
  const now = Date.now();
  const features = featureSwitches();
  const market = ctx.page.market ?? undefined;
  const list = ctx.page.kind === 'order-list' ? listedOrders() : { orders: [] as readonly ListedOrder[] };
  // duplicates over the whole list: what the DOM shows wins over the list answer for rows in the DOM
  const numbers = new Map<string, string>();
  for (const order of list.orders) if (order.trackingNo) numbers.set(order.orderId, order.trackingNo);
  for (const row of rows) if (row.waybill?.raw) numbers.set(row.orderId, row.waybill.raw);
  const duplicates = new Map<string, string[]>();
  for (const group of findDuplicateWaybills([...numbers].map(([orderId, raw]) => ({ orderId, raw }))))
    for (const id of group.orderIds)
      duplicates.set(
        id,
        group.orderIds.filter((other) => other !== id),
      );

  const result: FrameSignals['rows'] = new Map();
  for (const row of rows) {
    const enrichment = ctx.enrichment.get(row);
    const raw = row.waybill?.raw;
    const check = raw ? checkCached(raw, row.carrier?.text, market) : undefined;
    const listed = listedOrder(row.orderId);
    const facts = rowFactsOf({
      orderId: row.orderId,
      ...(row.status ? { status: row.status } : listed?.status ? { status: listed.status } : {}),
      waybillShown: Boolean(raw),
      ...(check ? { waybillCheck: check } : {}),
      ...(duplicates.has(row.orderId) ? { duplicateOf: duplicates.get(row.orderId)! } : {}),
      ...(listed?.shipByAt !== undefined ? { pageShipByAt: listed.shipByAt } : {}),
      ...(enrichment?.deadlines ? { deadlines: enrichment.deadlines } : {}),
      ...(enrichment?.diagnosis ? { diagnosis: enrichment.diagnosis } : {}),
    });
    result.set(row.orderId, {
      signals: rowSignals(facts, { now, features }),
      ...(check ? { check } : {}),
      ...(enrichment?.diagnosis ? { finding: enrichment.diagnosis } : {}),
      row,
    });
  }
  const all: RowSignals[] = [];
  const offDom = features.deadlines ? list.orders.filter((o) => !result.has(o.orderId)).map((o) => o.orderId) : [];
  const stored = offDom.length ? listedDeadlines(offDom, ctx) : undefined;
  for (const order of list.orders) {
    const own = result.get(order.orderId);
    if (own) {
      all.push(own.signals);
      continue;
    }
    const check = order.trackingNo ? checkCached(order.trackingNo, order.carrierText, market) : undefined;
    const facts = rowFactsOf({
      orderId: order.orderId,
      ...(order.status ? { status: order.status } : {}),
      waybillShown: Boolean(order.trackingNo),
      ...(check ? { waybillCheck: check } : {}),
      ...(duplicates.has(order.orderId) ? { duplicateOf: duplicates.get(order.orderId)! } : {}),
      ...(order.shipByAt !== undefined ? { pageShipByAt: order.shipByAt } : {}),
      ...(stored?.get(order.orderId) ? { deadlines: stored.get(order.orderId)! } : {}),
    });
    all.push(rowSignals(facts, { now, features }));
  }
  const listedIds = new Set(list.orders.map((o) => o.orderId));
  for (const [orderId, { signals }] of result) if (!listedIds.has(orderId)) all.push(signals);
  return { rows: result, all, ...('total' in list && list.total !== undefined ? { total: list.total } : {}) };
}
