// @vitest-environment happy-dom
/**
 * The static, non-virtualised order lists of tests/fixtures/perf (every order of a replica market in
 * the DOM at once, the page the annotation benchmark measures): each order is read once, in page
 * order, with its exact waybill, status code and provider, and our own hints next to the rows (as the
 * content script places them) change nothing that is read.
 */
import { describe, expect, it } from 'vitest';
import { detectPage, extractOrders, readOrdersInSteps, type OrderRow } from '@/lib/seller-center';
import { STATIC_ORDER_LIST_URLS, renderStaticOrderList } from '../../fixtures/perf/order-list-static.mjs';
import { parseHtml, readFixture } from './fixtures';

interface Oracle {
  main_order_id: string;
  order_status_module: Array<{ main_order_status: number }>;
  delivery_module?: Array<{ tracking_no?: string }>;
  logistics_service_name?: string;
}

const oracle = (market: string) =>
  (JSON.parse(readFixture(`data/orders-${market}.json`)) as { main_orders: Oracle[] }).main_orders;

/** What a row says, with elements left out (they differ between two parses of the same page). */
function facts(row: OrderRow) {
  return {
    id: row.orderId,
    status: row.status?.code,
    statusText: row.status?.text,
    carrier: row.carrier?.text,
    carrierId: row.carrier?.carrierId,
    waybill: row.waybill?.raw,
    rows: row.rows.length,
  };
}

/** Our hints where the content script puts them: a host right after the order id and after the waybill. */
function addHints(doc: Document, rows: readonly OrderRow[]) {
  for (const row of rows) {
    for (const [kind, at] of [
      ['carrier-badge', row.anchor],
      ['waybill-warning', row.waybill?.element],
    ] as const) {
      if (!at) continue;
      const host = doc.createElement('lml-hint');
      host.setAttribute('data-lml', kind);
      host.setAttribute('data-order-id', row.orderId);
      host.attachShadow({ mode: 'open' }).textContent = `Order ID: 1 · Tracking number: X ${kind}`;
      at.after(host);
    }
  }
}

describe.each([
  ['US', 60],
  ['GB', 40],
] as const)('static order list (%s, %i orders)', (market, count) => {
  const url = new URL(STATIC_ORDER_LIST_URLS[market]);
  const doc = parseHtml(renderStaticOrderList({ market, count }));
  const first = extractOrders(doc, detectPage(url));
  const orders = oracle(market).slice(0, count);

  it('reads every order once, in page order, with its exact waybill, status code and provider', () => {
    expect(first.map((r) => r.orderId)).toEqual(orders.map((o) => o.main_order_id));
    first.forEach((row, i) => {
      const o = orders[i]!;
      expect(row.waybill?.raw, row.orderId).toBe(o.delivery_module?.[0]?.tracking_no || undefined);
      expect(row.status?.code, row.orderId).toBe(String(o.order_status_module[0]!.main_order_status));
      expect(row.carrier?.text, row.orderId).toBe(o.logistics_service_name || undefined);
      // header strip, body row, spacer; the last group also runs over the list's bottom padding row
      expect(row.rows, row.orderId).toHaveLength(i === count - 1 ? 4 : 3);
      expect(row.rows[0]!.getAttribute('data-log_order_id')).toBe(row.orderId);
    });
  });

  it('reads on the fast path exactly what the general path reads (same elements, same fields)', () => {
    const fresh = parseHtml(renderStaticOrderList({ market, count }));
    const fast = extractOrders(fresh, detectPage(url));
    // a second (empty) header row is a shape the fast path leaves to the general path; it names no column
    fresh.querySelector('thead')!.append(fresh.createElement('tr'));
    const general = extractOrders(fresh, detectPage(url));
    const shape = (row: OrderRow) => ({
      ...facts(row),
      statusKind: row.status?.kind,
      awaiting: row.status?.isAwaitingShipment,
      elements: [
        row.anchor,
        row.container,
        ...row.rows,
        row.status?.element,
        row.carrier?.element,
        row.waybill?.element,
      ],
      weight: row.weightGrams,
      dimensions: row.dimensionsMm,
      destination: row.destination,
    });
    expect(fast.map(shape)).toEqual(general.map(shape));
  });

  it('reads the same with our hints placed next to the ids and waybills', () => {
    addHints(doc, first);
    expect(doc.querySelectorAll('[data-lml]').length).toBeGreaterThan(count);
    expect(extractOrders(doc, detectPage(url)).map(facts)).toEqual(first.map(facts));
  });
});

describe('readOrdersInSteps', () => {
  const url = new URL(STATIC_ORDER_LIST_URLS.US);
  const page = detectPage(url);

  it('reads over several steps exactly the rows extractOrders reads at once', () => {
    const doc = parseHtml(renderStaticOrderList({ market: 'US', count: 30 }));
    const whole = extractOrders(doc, page);
    const reading = readOrdersInSteps(doc, page);
    let rows: OrderRow[] | undefined;
    let steps = 0;
    // a deadline already past: the orders' starts in the first step, then one order per step
    while (!(rows = reading.step(0))) steps++;
    expect(steps).toBe(30);
    expect(rows).toEqual(whole);
    expect(reading.step(0)).toBe(rows);
  });

  it('reads a page of another shape whole in its first step', () => {
    const doc = parseHtml(renderStaticOrderList({ market: 'US', count: 5 }));
    doc.querySelector('thead')!.append(doc.createElement('tr')); // not the hooked table's shape
    const rows = readOrdersInSteps(doc, page).step(0);
    expect(rows?.map((r) => r.orderId)).toEqual(extractOrders(doc, page).map((r) => r.orderId));
    expect(rows).toHaveLength(5);
  });
});
