// @vitest-environment happy-dom
/**
 * The static, non-virtualised order lists of tests/fixtures/perf (every order of a replica market in
 * the DOM at once, the page the annotation benchmark measures): each order is read once, in page
 * order, with its exact waybill, status code and provider, and our own hints next to the rows (as the
 * content script places them) change nothing that is read.
 */
import { describe, expect, it } from 'vitest';
import {
  detectPage,
  extractOrders,
  readOrderListInSteps,
  type OrderDigest,
  type OrderListRead,
  type OrderRow,
} from '@/lib/seller-center';
import {
  CARD_ORDER_LIST_URL,
  renderCardOrderList,
  renderStaticOrderList,
  STATIC_ORDER_LIST_URLS,
} from '../../fixtures/perf/order-list-static.mjs';
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

describe('the card list of the bench (another shape: ARIA grid, no table, no hooks)', () => {
  it('reads every order once, in page order, with its exact waybill, status and provider', () => {
    const count = 60;
    const page = detectPage(new URL(CARD_ORDER_LIST_URL));
    const rows = extractOrders(parseHtml(renderCardOrderList({ count })), page);
    const orders = oracle('US').slice(0, count);
    expect(rows.map((r) => r.orderId)).toEqual(orders.map((o) => o.main_order_id));
    rows.forEach((row, i) => {
      const o = orders[i]!;
      expect(row.waybill?.raw, row.orderId).toBe(o.delivery_module?.[0]?.tracking_no || undefined);
      expect(row.carrier?.text, row.orderId).toBe(o.logistics_service_name || undefined);
      expect(row.status?.kind, row.orderId).toBeDefined();
    });
  });
});

describe('readOrderListInSteps', () => {
  const url = new URL(STATIC_ORDER_LIST_URLS.US);
  const page = detectPage(url);

  /** Runs a reading to its end with a deadline already past: the starts in the first step, then one order per step. */
  function readAll(doc: Document) {
    const reading = readOrderListInSteps(doc, page);
    let read: OrderListRead | undefined;
    let steps = 0;
    while (!(read = reading.step(0))) steps++;
    expect(reading.step(0)).toBe(read);
    return { read, steps };
  }

  it('reads a digest of every order over several steps, and each full row on demand exactly as extractOrders', () => {
    const doc = parseHtml(renderStaticOrderList({ market: 'US', count: 30 }));
    const whole = extractOrders(doc, page);
    const { read, steps } = readAll(doc);
    expect(steps).toBe(30);
    expect(read.digests?.map((d) => d.orderId)).toEqual(whole.map((r) => r.orderId));
    expect(whole.map((_, i) => read.digests && read.readRow(i))).toEqual(whole);
    expect(read.digests && read.readRow(30)).toBeUndefined();
  });

  it('reads a page of another shape whole, in full, over several steps (no long task: issue #11)', () => {
    const doc = parseHtml(renderStaticOrderList({ market: 'US', count: 5 }));
    doc.querySelector('thead')!.append(doc.createElement('tr')); // not the hooked table's shape
    const { read, steps } = readAll(doc);
    expect(read.digests).toBeUndefined();
    // tables, labels, ids and groups, then one row a step
    expect(steps).toBeGreaterThanOrEqual(3 + 4);
    expect(read.rows).toEqual(extractOrders(doc, page));
    expect(read.rows).toHaveLength(5);
  });

  it('reads a card list (no table, no hooks) over several steps, exactly as extractOrders', () => {
    const doc = parseHtml(readFixture('shapes/order-list-cards-us-en.html'));
    const whole = extractOrders(doc, page);
    expect(whole.length).toBeGreaterThan(3);
    const { read, steps } = readAll(doc);
    expect(steps).toBeGreaterThanOrEqual(3 + whole.length - 1);
    expect(read.rows).toEqual(whole);
  });
});

/** What the page summary reads of an order, from the full row or from the digest. */
function summaryFacts(row: OrderRow | OrderDigest) {
  const status = row.status;
  return {
    orderId: row.orderId,
    rows: row.rows,
    status: status && {
      text: status.text,
      code: status.code,
      subCode: status.subCode,
      kind: status.kind,
      awaiting: status.isAwaitingShipment,
    },
    carrier: 'carrierText' in row ? row.carrierText : (row as OrderRow).carrier?.text,
    waybill: 'anchor' in row ? (row as OrderRow).waybill?.raw : row.waybillRaw,
  };
}

describe.each([
  ['US', 500],
  ['GB', 120],
] as const)('the digests of a static list (%s, %i orders) equal the full reading', (market, count) => {
  const page = detectPage(new URL(STATIC_ORDER_LIST_URLS[market]));

  it('field by field, for every order', () => {
    const doc = parseHtml(renderStaticOrderList({ market, count }));
    const full = extractOrders(doc, page);
    const read = readOrderListInSteps(doc, page).step(Infinity);
    expect(read?.digests?.map(summaryFacts)).toEqual(full.map(summaryFacts));
  });

  it('with cells the quick reading leaves to the full readers (buttons, long or mixed status text, placeholders)', () => {
    const doc = parseHtml(renderStaticOrderList({ market, count: 12 }));
    const bodies = [...doc.querySelectorAll('tr[data-log_order_id] + tr')];
    const cell = (tr: Element, text: string) =>
      [...tr.children].find((td) => td.textContent?.trim() === text.trim() && text.trim());
    const tweak = (i: number, edit: (tr: Element) => void) => edit(bodies[i]!);
    const rowsBefore = extractOrders(doc, page);
    const waybillOf = (i: number) => rowsBefore[i]!.waybill?.raw ?? '';
    const statusOf = (i: number) => rowsBefore[i]!.status?.text ?? '';
    const carrierOf = (i: number) => rowsBefore[i]!.carrier?.text ?? '';
    // a copy button beside the waybill; a status tag beside a note; a status cell holding only a dash
    tweak(0, (tr) =>
      cell(tr, waybillOf(0))?.append(Object.assign(doc.createElement('button'), { textContent: 'Copy' })),
    );
    tweak(1, (tr) =>
      cell(tr, statusOf(1))?.append(Object.assign(doc.createElement('div'), { textContent: 'Ship within 2 days' })),
    );
    tweak(2, (tr) => cell(tr, statusOf(2))?.replaceChildren('--'));
    tweak(3, (tr) => {
      const td = cell(tr, carrierOf(3));
      td?.replaceChildren(
        ...['USPS', 'Ground Advantage'].map((t) => Object.assign(doc.createElement('div'), { textContent: t })),
      );
    });
    tweak(4, (tr) => cell(tr, statusOf(4))?.replaceChildren(`${statusOf(4)} ${'x'.repeat(300)}`));
    const full = extractOrders(doc, page);
    const read = readOrderListInSteps(doc, page).step(Infinity);
    // the tweaks took: the full reading sees them
    expect(bodies[0]!.querySelector('button')?.textContent).toBe('Copy');
    expect(full[1]!.status?.text).toBe(statusOf(1));
    expect(full[2]!.status?.text).not.toBe(statusOf(2));
    expect(full[3]!.carrier?.text).toBe('USPS Ground Advantage');
    expect(read?.digests).toHaveLength(12);
    expect(read?.digests?.map(summaryFacts)).toEqual(full.map(summaryFacts));
  });
});
