// @vitest-environment node
/**
 * The replica Seller Center SPA (tests/fixtures/seller-center/static/app.js) running in a happy-dom
 * window, every request answered by the replica's own replicaResponse: extraction after the delayed
 * render, after client-side navigation to an order detail and back, and after a tab switch.
 * A node-environment test with its own Window: replica-server.mjs needs Node's URL for its files.
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { detectPage, extractOrders, findOrderListContainer } from '@/lib/seller-center';
import { replicaResponse } from '../../fixtures/replica-server.mjs';
import { readFixture } from './fixtures';

const START_URL = 'https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1';
const WAIT = { timeout: 10_000, interval: 50 };

interface Oracle {
  main_order_id: string;
  _status: string;
  delivery_module?: Array<{ tracking_no?: string }>;
}
const oracle = new Map(
  (JSON.parse(readFixture('data/orders-US.json')) as { main_orders: Oracle[] }).main_orders.map((o) => [
    o.main_order_id,
    o,
  ]),
);
const waybills = new Map([...oracle].map(([id, o]) => [id, o.delivery_module?.[0]?.tracking_no || undefined]));

let window: Window;
let document: Document;
const here = () => detectPage(new URL(window.location.href));
const shownIds = () =>
  Array.from(document.querySelectorAll('tr[data-log_order_id]'), (tr) => tr.getAttribute('data-log_order_id'));

beforeAll(async () => {
  window = new Window({
    url: START_URL,
    settings: {
      enableJavaScriptEvaluation: true,
      // the only script run is the replica from this repository
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: {
        interceptor: {
          async beforeAsyncRequest({ request, window: w }) {
            const body = request.method === 'POST' ? await request.text() : null;
            const res = replicaResponse({ url: request.url, method: request.method, body });
            if (!res) return new w.Response('blocked', { status: 599 });
            const text = typeof res.body === 'string' ? res.body : new TextDecoder().decode(res.body);
            return new w.Response(text, { status: res.status, headers: { 'content-type': res.contentType } });
          },
        },
      },
    },
  });
  document = window.document as unknown as Document;
  document.body.innerHTML = '<div id="root"></div>';
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/static/app.js';
  document.body.append(script);
  await vi.waitFor(() => expect(shownIds().length).toBeGreaterThan(0), WAIT);
}, 30_000);

afterAll(async () => {
  await window?.happyDOM.close();
});

describe('replica SPA in happy-dom', () => {
  it('renders the To ship tab, and every rendered order is extracted with its exact waybill', () => {
    expect(here()).toMatchObject({ kind: 'order-list', market: 'US', isToShip: true });
    const rows = extractOrders(document, here());
    expect(rows.map((r) => r.orderId).sort()).toEqual([...shownIds()].sort());
    for (const row of rows) expect(row.waybill?.raw, row.orderId).toBe(waybills.get(row.orderId));
    expect(rows.every((r) => r.status?.code === '101')).toBe(true);
    expect(findOrderListContainer(document)?.getAttribute('data-log_module_name')).toBe('order_list');
  });

  it('follows client-side navigation to an order detail and back', async () => {
    const link = document.querySelector('[data-log_click_for="order_id_link"]') as HTMLElement;
    const id = link.textContent!.trim();
    link.click();
    await vi.waitFor(() => expect(document.querySelector('main[aria-busy="false"] form')).not.toBeNull(), WAIT);
    expect(here()).toMatchObject({ kind: 'order-detail', orderId: id });
    const detail = extractOrders(document, here());
    expect(detail).toHaveLength(1);
    expect(detail[0]).toMatchObject({ orderId: id, waybill: { raw: waybills.get(id) } });
    expect(detail[0]!.weightGrams).toBeGreaterThan(0);

    window.history.back();
    await vi.waitFor(() => expect(here().kind).toBe('order-list'), WAIT);
    await vi.waitFor(() => expect(shownIds().length).toBeGreaterThan(0), WAIT);
    expect(extractOrders(document, here()).map((r) => r.orderId)).toContain(id);
  });

  it('re-reads the list after a tab switch (rows replaced in place)', async () => {
    const before = shownIds().join();
    const shippedTab = Array.from(document.querySelectorAll('[role="tab"]')).find((t) =>
      /^(Shipped|已发货)$/.test(t.textContent!.trim()),
    ) as HTMLElement;
    shippedTab.click();
    await vi.waitFor(() => expect(here().tab).toBe('shipped'), WAIT);
    await vi.waitFor(() => {
      expect(document.querySelector('main[aria-busy="false"]')).not.toBeNull();
      expect(shownIds().length).toBeGreaterThan(0);
      expect(shownIds().join()).not.toBe(before);
    }, WAIT);
    const rows = extractOrders(document, here());
    expect(here().isToShip).toBe(false);
    expect(rows.map((r) => r.orderId).sort()).toEqual([...shownIds()].sort());
    for (const row of rows) {
      expect(row.waybill?.raw, row.orderId).toBe(waybills.get(row.orderId));
      expect(row.status?.isAwaitingShipment, row.orderId).toBe(
        oracle.get(row.orderId)!._status === 'awaiting_shipment',
      );
    }
  });
});
