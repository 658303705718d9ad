// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EnrichmentClient } from '@/entrypoints/seller-center.content/enrichment';
import type { FeatureContext } from '@/entrypoints/seller-center.content/feature';
import { frameSignals } from '@/entrypoints/seller-center.content/row-signals';
import { waybillWarning } from '@/entrypoints/seller-center.content/waybill-warning';
import { detectPage, extractOrders } from '@/lib/seller-center';
import { renderStaticOrderList, STATIC_ORDER_LIST_URLS } from '../../fixtures/perf/order-list-static.mjs';

const normalized = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@/lib/waybill/normalize-waybill', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/waybill/normalize-waybill')>();
  return {
    ...actual,
    normalizeWaybill: (raw: unknown) => {
      normalized.calls++;
      return actual.normalizeWaybill(raw);
    },
  };
});
vi.mock('@/entrypoints/seller-center.content/page-context', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/entrypoints/seller-center.content/page-context')>()),
  settingsKnown: () => true,
}));

const SHARED = '9261290100130435082801';

/** The static US list with every order showing one pasted number (seed S28: one label, one order). */
function listSharingOneNumber(count: number) {
  const page = detectPage(new URL(STATIC_ORDER_LIST_URLS.US));
  const html = renderStaticOrderList({ market: 'US', count }).replace(
    /(<td class="arco-table-td"><span class="sc-rrftsb vTdEzd">)[^<]*</g,
    `$1${SHARED}<`,
  );
  const rows = extractOrders(new DOMParser().parseFromString(html, 'text/html'), page);
  const upserts = new Map<string, string>();
  const abort = new AbortController();
  const ctx = {
    page,
    locale: 'en',
    signal: abort.signal,
    enrichment: new EnrichmentClient(
      page,
      () => false,
      () => undefined,
      abort.signal,
    ),
    listDigests: () => [],
    hints: { upsert: (id: string, _at: Element, key: string) => upserts.set(id, key), prune: () => undefined },
  } as unknown as FeatureContext;
  return { rows, ctx, upserts, abort };
}

describe('waybill-warning on a list sharing one number', () => {
  it('names the other orders of the number, from the one grouping of the batch (not one per row)', () => {
    const { rows, ctx, upserts, abort } = listSharingOneNumber(300);
    const shown = rows.filter((r) => r.waybill?.raw === SHARED);
    expect(shown.length).toBeGreaterThan(200);
    const signals = frameSignals(rows, ctx);
    const first = shown[0]!.orderId;
    expect(signals.rows.get(first)?.duplicateOf).toEqual(shown.slice(1).map((r) => r.orderId));
    normalized.calls = 0;
    void waybillWarning.update(rows, ctx);
    abort.abort();
    // a grouping per duplicate row normalised every number again for each: 300 × 300 (issue #11)
    expect(normalized.calls).toBeLessThan(rows.length);
    expect(upserts.get(first)).toContain(shown.at(-1)!.orderId);
  });
});
