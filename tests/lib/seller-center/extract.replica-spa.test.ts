// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1" }
/**
 * The replica Seller Center SPA (tests/fixtures/seller-center/static/app.js) running in happy-dom, its
 * XHRs answered by replicaResponse: extraction after the delayed render, after client-side navigation
 * to an order detail and back, and after a tab switch.
 */
import { URL as NodeURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { detectPage, extractOrders, findOrderListContainer } from '@/lib/seller-center';
import { FIXTURE_DIR, readFixture } from './fixtures';

type ReplicaResponse = (request: { url: string; method?: string; body?: unknown }) => { status: number; contentType: string; body: string | Uint8Array } | null;
let replicaResponse: ReplicaResponse;

/** replica-server.mjs reads files through the global URL, which happy-dom replaces: lend it Node's while it runs. */
async function withNodeUrl<T>(fn: () => T | Promise<T>): Promise<T> {
  const domUrl = globalThis.URL;
  globalThis.URL = NodeURL as unknown as typeof URL;
  try {
    return await fn();
  } finally {
    globalThis.URL = domUrl;
  }
}

const waybills = new Map(
  (JSON.parse(readFixture('data/orders-US.json')) as { main_orders: Array<{ main_order_id: string; delivery_module?: Array<{ tracking_no?: string }> }> }).main_orders.map((o) => [o.main_order_id, o.delivery_module?.[0]?.tracking_no || undefined]),
);

const here = () => detectPage(new URL(location.href));
const shownIds = () => Array.from(document.querySelectorAll('tr[data-log_order_id]'), (tr) => tr.getAttribute('data-log_order_id'));

beforeAll(async () => {
  const server = await withNodeUrl(() => import(/* @vite-ignore */ `${FIXTURE_DIR}../replica-server.mjs`));
  replicaResponse = server.replicaResponse as ReplicaResponse;
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href).href;
    const res = await withNodeUrl(() => replicaResponse({ url, method: init?.method ?? 'GET', body: init?.body ?? null }));
    if (!res) return new Response('blocked', { status: 599 });
    const body = typeof res.body === 'string' ? res.body : new TextDecoder().decode(res.body);
    return new Response(body, { status: res.status, headers: { 'content-type': res.contentType } });
  });
  document.body.innerHTML = '<div id="root"></div>';
  await import(/* @vite-ignore */ `${FIXTURE_DIR}static/app.js`);
  await vi.waitFor(() => expect(shownIds().length).toBeGreaterThan(0), { timeout: 10_000, interval: 50 });
}, 30_000);

describe('replica SPA in happy-dom', () => {
  it('renders the To ship tab and every rendered order is extracted with its exact waybill', () => {
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
    await vi.waitFor(() => expect(document.querySelector('main[aria-busy="false"] form')).not.toBeNull(), { timeout: 10_000, interval: 50 });
    expect(here()).toMatchObject({ kind: 'order-detail', orderId: id });
    const detail = extractOrders(document, here());
    expect(detail).toHaveLength(1);
    expect(detail[0]).toMatchObject({ orderId: id, waybill: { raw: waybills.get(id) } });
    expect(detail[0]!.weightGrams).toBeGreaterThan(0);

    history.back();
    await vi.waitFor(() => expect(here().kind).toBe('order-list'), { timeout: 10_000, interval: 50 });
    await vi.waitFor(() => expect(shownIds().length).toBeGreaterThan(0), { timeout: 10_000, interval: 50 });
    expect(extractOrders(document, here()).map((r) => r.orderId)).toContain(id);
  });

  it('re-reads the list after a tab switch (rows replaced in place)', async () => {
    const allTab = Array.from(document.querySelectorAll('[role="tab"]')).find((t) => /^(All|全部)$/.test(t.textContent!.trim())) as HTMLElement;
    allTab.click();
    await vi.waitFor(() => expect(here().tab).toBe('all'), { timeout: 10_000, interval: 50 });
    await vi.waitFor(() => expect(document.querySelector('tr[data-log_order_id]:not([data-log_order_status="101"])')).not.toBeNull(), { timeout: 10_000, interval: 50 });
    const rows = extractOrders(document, here());
    expect(rows.map((r) => r.orderId).sort()).toEqual([...shownIds()].sort());
    expect(rows.some((r) => r.status?.isAwaitingShipment === false)).toBe(true);
    for (const row of rows) expect(row.waybill?.raw, row.orderId).toBe(waybills.get(row.orderId));
  });
});
