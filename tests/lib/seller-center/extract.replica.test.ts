// @vitest-environment happy-dom
/**
 * extractOrders on the replica Seller Center (another engineer's SPA, tests/fixtures/seller-center/):
 * its stored snapshots are compared with the replica's own order data (oracle fields included).
 * The data is read from data/orders-XX.json directly: replica-server.mjs builds file URLs with the
 * global URL, which the happy-dom environment replaces.
 */
import { describe, expect, it } from 'vitest';
import { detectPage, extractOrders, findOrderListContainer, type OrderRow } from '@/lib/seller-center';
import { REPLICA_SNAPSHOTS, loadFixture, readFixture, snapshotUrl } from './fixtures';

interface Oracle {
  main_order_id: string;
  _status: string;
  _carrier: string;
  logistics_service_name?: string;
  delivery_module?: Array<{ tracking_no?: string }>;
  order_status_module?: Array<{ main_order_status: number; main_sub_order_status: number }>;
  package_module?: Array<{ weight_g: number; length_mm: number; width_mm: number; height_mm: number }>;
  buyer_info?: { shipping_address?: { items?: Array<{ key: string; value: string }> } };
}

const STATUS_KIND: Record<string, string> = {
  awaiting_shipment: 'awaiting-shipment',
  awaiting_collection: 'awaiting-collection',
  in_transit: 'in-transit',
  delivered: 'delivered',
  completed: 'completed',
  cancelled: 'cancelled',
};

function oracleFor(file: string): Map<string, Oracle> {
  const market = detectPage(snapshotUrl(file)).market!;
  const data = JSON.parse(readFixture(`data/orders-${market}.json`)) as { main_orders: Oracle[] };
  return new Map(data.main_orders.map((o) => [o.main_order_id, o]));
}

function read(file: string): OrderRow[] {
  return extractOrders(loadFixture(file), detectPage(snapshotUrl(file)));
}

describe.each(REPLICA_SNAPSHOTS)('replica snapshot %s', (file) => {
  const rows = read(file);
  const oracle = oracleFor(file);
  const html = loadFixture(file);
  const shownIds = new Set(
    Array.from(html.querySelectorAll('[data-log_order_id]'), (el) => el.getAttribute('data-log_order_id')),
  );

  it('finds every order shown, once, and nothing else', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.orderId)).size).toBe(rows.length);
    for (const row of rows) expect(oracle.has(row.orderId), row.orderId).toBe(true);
    for (const id of shownIds) expect(rows.map((r) => r.orderId)).toContain(id);
  });

  it('reads each waybill exactly as the data holds it, defects included', () => {
    for (const row of rows) {
      const expected = oracle.get(row.orderId)!.delivery_module?.[0]?.tracking_no || undefined;
      expect(row.waybill?.raw, row.orderId).toBe(expected);
    }
  });

  it('resolves each carrier to the data carrier', () => {
    for (const row of rows)
      expect(row.carrier?.carrierId, `${row.orderId} ${row.carrier?.text}`).toBe(oracle.get(row.orderId)!._carrier);
  });

  it('reads the status shown and the status code where the page has them', () => {
    for (const row of rows) {
      const o = oracle.get(row.orderId)!;
      if (row.status?.kind) expect(row.status.kind, row.orderId).toBe(STATUS_KIND[o._status]);
      if (row.status?.code) expect(row.status.code).toBe(String(o.order_status_module![0]!.main_order_status));
      if (row.status) expect(row.status.isAwaitingShipment).toBe(o._status === 'awaiting_shipment');
    }
  });
});

describe('replica pages in detail', () => {
  it('reads the order list status of every row on the To ship tab', () => {
    const rows = read('order-list-to-ship-us.html');
    expect(rows.every((r) => r.status?.kind === 'awaiting-shipment' || r.status?.kind === 'awaiting-collection')).toBe(
      true,
    );
    expect(
      findOrderListContainer(loadFixture('order-list-to-ship-us.html'))?.getAttribute('data-log_module_name'),
    ).toBe('order_list');
  });

  it.each(['order-detail-us.html', 'order-detail-zh-id.html'])('reads package and destination on %s', (file) => {
    const [row] = read(file);
    const o = oracleFor(file).get(row!.orderId)!;
    const pkg = o.package_module![0]!;
    // the page shows the package in its own units with two decimals: allow the display rounding
    expect(Math.abs(row!.weightGrams! - pkg.weight_g)).toBeLessThanOrEqual(3);
    expect(Math.abs(row!.dimensionsMm!.length - pkg.length_mm)).toBeLessThanOrEqual(3);
    expect(Math.abs(row!.dimensionsMm!.width - pkg.width_mm)).toBeLessThanOrEqual(3);
    expect(Math.abs(row!.dimensionsMm!.height - pkg.height_mm)).toBeLessThanOrEqual(3);
    const zip = o.buyer_info?.shipping_address?.items?.find((i) => i.key === 'zipcode')?.value;
    expect(row!.destination?.postcode).toBe(zip);
    expect(row!.destination?.country).toBe(detectPage(snapshotUrl(file)).market);
  });
});
