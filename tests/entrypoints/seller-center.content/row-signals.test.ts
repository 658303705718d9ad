// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { EnrichmentClient } from '@/entrypoints/seller-center.content/enrichment';
import type { FeatureContext } from '@/entrypoints/seller-center.content/feature';
import { frameSignals, warmSignalsUntil } from '@/entrypoints/seller-center.content/row-signals';
import { enrichOrders } from '@/lib/background/enrich';
import type { RequestOf } from '@/lib/messaging';
import { detectPage, extractOrders, readOrderListInSteps, type OrderDigest, type PageInfo } from '@/lib/seller-center';
import { summarizeSignals } from '@/lib/signals';
import { renderStaticOrderList, STATIC_ORDER_LIST_URLS } from '../../fixtures/perf/order-list-static.mjs';

// the background's own handler answers (its waybill checks, an empty store): what the page gets in the browser
vi.mock('@/lib/messaging/page', () => ({
  sendMessage: (type: string, request: RequestOf<'enrich-orders'>) =>
    type === 'enrich-orders' ? enrichOrders(request) : Promise.reject(new Error(`${type}: not in this test`)),
}));

/** A feature context over the given list (no diagnosis asked); `answered()` resolves once nothing is left to ask. */
function contextOf(page: PageInfo, listed: () => readonly OrderDigest[], signal: AbortSignal) {
  let onAnswer = () => undefined as void;
  const enrichment = new EnrichmentClient(
    page,
    () => false,
    () => onAnswer(),
    signal,
  );
  const ctx = { page, enrichment, signal, listDigests: listed } as unknown as FeatureContext;
  const answered = () => new Promise<void>((resolve) => (onAnswer = resolve));
  return Object.assign(ctx, { answered });
}

/** The frame's signals once the background has answered every order's question. */
async function settledFrame(rows: Parameters<typeof frameSignals>[0], ctx: ReturnType<typeof contextOf>) {
  const answered = ctx.answered();
  frameSignals(rows, ctx); // asks
  await answered;
  return frameSignals([...rows], ctx);
}

describe('frameSignals: the page summary from the digests counts what it counts from the full rows', () => {
  it.each([
    ['US', 500],
    ['GB', 120],
  ] as const)('static list %s, %i orders', async (market, count) => {
    const url = new URL(STATIC_ORDER_LIST_URLS[market]);
    const page = detectPage(url);
    const doc = new DOMParser().parseFromString(renderStaticOrderList({ market, count }), 'text/html');
    const full = extractOrders(doc, page);
    const digests = readOrderListInSteps(doc, page).step(Infinity)?.digests ?? [];
    expect(digests).toHaveLength(count);
    const abort = new AbortController();
    const fromRows = await settledFrame(
      full,
      contextOf(page, () => [], abort.signal),
    );
    const fromDigests = await settledFrame(
      [],
      contextOf(page, () => digests, abort.signal),
    );
    abort.abort();
    const summary = summarizeSignals(fromDigests.all);
    expect(summary).toEqual(summarizeSignals(fromRows.all));
    expect(summary.checked).toBe(count);
    expect(summary.problemRows).toBeGreaterThan(0); // the lists hold defective waybills: a count that can differ
    expect([...fromDigests.dom.keys()]).toEqual(full.map((r) => r.orderId));
    expect(fromDigests.rows.size).toBe(0); // nothing read in full: no row hint
  });
});

describe('warmSignalsUntil', () => {
  const page = detectPage(new URL(STATIC_ORDER_LIST_URLS.US));
  const doc = new DOMParser().parseFromString(renderStaticOrderList({ market: 'US', count: 30 }), 'text/html');
  const digests = readOrderListInSteps(doc, page).step(Infinity)?.digests ?? [];
  const abort = new AbortController();
  const ctx = contextOf(page, () => digests, abort.signal);

  it('does at least one order a call when the deadline has passed, and says where to go on', () => {
    expect(warmSignalsUntil(digests, ctx, 0, 0)).toBe(1);
    expect(warmSignalsUntil(digests, ctx, 1, 0)).toBe(2);
    expect(warmSignalsUntil(digests, ctx, 30, 0)).toBe(30);
  });

  it("fills the cache the frame reads: a frame after warming says what a frame computed afresh says, and batches share each order's answer", () => {
    expect(warmSignalsUntil(digests, ctx, 0, Infinity)).toBe(30);
    const warmed = frameSignals([], ctx);
    const fresh = readOrderListInSteps(doc, page).step(Infinity)?.digests ?? [];
    const unwarmed = frameSignals([], { ...ctx, listDigests: () => fresh } as FeatureContext);
    expect(summarizeSignals(warmed.all)).toEqual(summarizeSignals(unwarmed.all));
    const next = frameSignals([], ctx); // a later batch (a new rows array): nothing changed, nothing recomputed
    for (const d of digests) expect(next.dom.get(d.orderId)!.signals).toBe(warmed.dom.get(d.orderId)!.signals);
    abort.abort();
  });
});

describe('waybill checks from the background', () => {
  it("a row read in full after its digest was answered shows the digest's waybill problem at once (one check per number); counts wait for every check", async () => {
    const page = detectPage(new URL(STATIC_ORDER_LIST_URLS.US));
    const doc = new DOMParser().parseFromString(renderStaticOrderList({ market: 'US', count: 60 }), 'text/html');
    const digests = readOrderListInSteps(doc, page).step(Infinity)?.digests ?? [];
    const abort = new AbortController();
    const ctx = contextOf(page, () => digests, abort.signal);
    const before = frameSignals([], ctx);
    expect([...before.dom.values()].filter((o) => o.signals.waybill)).toHaveLength(0); // not answered yet
    expect(before.unchecked).toBe(digests.filter((d) => d.waybillRaw).length); // so the summary waits
    const settled = await settledFrame([], ctx);
    expect(settled.unchecked).toBe(0);
    const defective = [...settled.dom].filter(([, o]) => o.signals.waybill);
    expect(defective.length).toBeGreaterThan(0);
    const [orderId, { signals }] = defective[0]!;
    const row = extractOrders(doc, page).find((r) => r.orderId === orderId)!;
    // no new round trip: the full row's question differs (it asks a badge) but the number is the same
    expect(frameSignals([row], ctx).rows.get(orderId)?.signals.waybill).toEqual(signals.waybill);
    abort.abort();
  });
});
