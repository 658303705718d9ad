// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EnrichmentClient } from '@/entrypoints/seller-center.content/enrichment';
import type { FeatureContext } from '@/entrypoints/seller-center.content/feature';
import { checkCached, checkWaybillsUntil, frameSignals } from '@/entrypoints/seller-center.content/row-signals';
import { detectPage, extractOrders, readOrderListInSteps, type OrderDigest, type OrderRow } from '@/lib/seller-center';
import { summarizeSignals } from '@/lib/signals';
import { renderStaticOrderList, STATIC_ORDER_LIST_URLS } from '../../fixtures/perf/order-list-static.mjs';

function rowWithWaybill(orderId: string, raw?: string): OrderRow {
  return { orderId, ...(raw ? { waybill: { raw } } : {}) } as OrderRow;
}

describe('checkWaybillsUntil', () => {
  const rows = [
    rowWithWaybill('1', '9400111206206406260787'),
    rowWithWaybill('2'),
    rowWithWaybill('3', '1Z999AA10123456784'),
  ];

  it('checks at least one row a call when the deadline has passed, and says where to go on', () => {
    expect(checkWaybillsUntil(rows, 0, 'US', 0)).toBe(1);
    expect(checkWaybillsUntil(rows, 1, 'US', 0)).toBe(2);
    expect(checkWaybillsUntil(rows, 2, 'US', 0)).toBe(3);
    expect(checkWaybillsUntil(rows, 3, 'US', 0)).toBe(3);
  });

  it('checks every row before a far deadline, into the cache the frame reads', () => {
    expect(checkWaybillsUntil(rows, 0, 'US', Infinity)).toBe(3);
    const again = checkCached('1Z999AA10123456784', undefined, 'US');
    expect(checkCached('1Z999AA10123456784', undefined, 'US')).toBe(again);
  });
});

describe('frameSignals: the page summary from the digests counts what it counts from the full rows', () => {
  it.each([
    ['US', 500],
    ['GB', 120],
  ] as const)('static list %s, %i orders', (market, count) => {
    const url = new URL(STATIC_ORDER_LIST_URLS[market]);
    const page = detectPage(url);
    const doc = new DOMParser().parseFromString(renderStaticOrderList({ market, count }), 'text/html');
    const full = extractOrders(doc, page);
    const digests = readOrderListInSteps(doc, page).step(Infinity)?.digests ?? [];
    expect(digests).toHaveLength(count);
    const abort = new AbortController();
    const enrichment = new EnrichmentClient(
      page,
      () => false,
      () => undefined,
      abort.signal,
    );
    const ctxOf = (listed: readonly OrderDigest[]) =>
      ({ page, enrichment, signal: abort.signal, listDigests: () => listed }) as unknown as FeatureContext;
    const fromRows = frameSignals(full, ctxOf([]));
    const fromDigests = frameSignals([], ctxOf(digests));
    abort.abort();
    const summary = summarizeSignals(fromDigests.all);
    expect(summary).toEqual(summarizeSignals(fromRows.all));
    expect(summary.checked).toBe(count);
    expect(summary.problemRows).toBeGreaterThan(0); // the lists hold defective waybills: a count that can differ
    expect([...fromDigests.dom.keys()]).toEqual(full.map((r) => r.orderId));
    expect(fromDigests.rows.size).toBe(0); // nothing read in full: no row hint
  });
});
