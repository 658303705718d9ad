// @vitest-environment happy-dom
/**
 * Viewport gating on Seller Center's own table (issue #11): every order is counted from its digest,
 * only orders with something to show are watched for nearness, only those that came near are read in
 * full (exactly as extractOrders reads them), and a mutation re-reads only the row it touched.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HintFeature } from '@/entrypoints/seller-center.content/feature';
import { startPageSession } from '@/entrypoints/seller-center.content/page-session';
import { enrichOrders } from '@/lib/background/enrich';
import type { RequestOf } from '@/lib/messaging';
import { detectPage, extractOrders, type OrderRow } from '@/lib/seller-center';
import { renderStaticOrderList, STATIC_ORDER_LIST_URLS } from '../../fixtures/perf/order-list-static.mjs';
import { parseHtml } from '../../lib/seller-center/fixtures';

// the background's own handler answers the rows' questions (its waybill checks decide which orders have a hint)
vi.mock('@/lib/messaging/page', () => ({
  sendMessage: (type: string, request: RequestOf<'enrich-orders'>) =>
    type === 'enrich-orders' ? enrichOrders(request) : Promise.reject(new Error(`${type}: not in this test`)),
}));

/** A stand-in IntersectionObserver whose entries the test delivers. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  enter(targets: readonly Element[]) {
    const entries = targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** The page session's observer: the one watching the orders' header rows (the hint host watches id spans). */
const rowObserver = () => FakeIntersectionObserver.all.find((o) => [...o.targets].some((t) => t.tagName === 'TR'));

function fakeContext(abort: AbortController): ContentScriptContext {
  return {
    get isInvalid() {
      return abort.signal.aborted;
    },
    signal: abort.signal,
    requestAnimationFrame: (callback: FrameRequestCallback) => requestAnimationFrame(callback),
    setTimeout: (callback: () => void, ms?: number) => window.setTimeout(callback, ms),
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, { ...options, signal: abort.signal }),
    onInvalidated: (callback: () => void) => abort.signal.addEventListener('abort', callback),
  } as unknown as ContentScriptContext;
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('page session on a static 40-order list', () => {
  const url = STATIC_ORDER_LIST_URLS.US;
  const abort = new AbortController();
  const batches: Array<{ rows: readonly OrderRow[]; digests: number }> = [];
  const recorder: HintFeature = {
    kind: 'waybill-warning',
    include: () => true,
    update: (rows, ctx) => void batches.push({ rows, digests: ctx.listDigests().length }),
  };

  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    const page = parseHtml(renderStaticOrderList({ market: 'US', count: 40 }));
    document.body.replaceWith(document.importNode(page.body, true));
  });
  afterEach(() => abort.abort());

  it('reads in full only the orders with a hint to show that came near the viewport, and re-reads only a touched one', async () => {
    startPageSession(fakeContext(abort), [recorder], () => 'en');
    const first = await until(() => batches[0], 'the first batch');
    expect(first).toEqual({ rows: [], digests: 40 }); // every order counted, none read in full yet

    const observer = await until(rowObserver, 'the row observer');
    const heads = [...document.querySelectorAll('tr[data-log_order_id]')];
    // once the background's answers (waybill checks) are in
    const watched = await until(() => {
      const now = heads.filter((h) => observer.targets.has(h));
      return now.length > 3 ? now : undefined;
    }, 'the orders with a waybill problem watched');
    expect(watched.length).toBeLessThan(40); // orders with nothing to show are never watched nor read

    const near = watched.slice(0, 3);
    const ids = near.map((h) => h.getAttribute('data-log_order_id')!);
    observer.enter([...near, heads.find((h) => !observer.targets.has(h))!]);
    const second = await until(() => batches.find((b) => b.rows.length), 'a batch with rows');
    expect(second.rows.map((r) => r.orderId)).toEqual(ids);
    const full = extractOrders(document, detectPage(new URL(url)));
    expect(second.rows).toEqual(full.filter((r) => ids.includes(r.orderId)));

    // Seller Center changes one of them: only that row is read again
    const count = batches.length;
    const touched = second.rows[1]!;
    touched.waybill!.element.textContent = `${touched.waybill!.raw}X`;
    const third = await until(() => batches.slice(count).find((b) => b.rows.length), 'a batch after the change');
    expect(third.rows.map((r) => r.orderId)).toEqual(ids);
    expect(third.rows[0]).toBe(second.rows[0]);
    expect(third.rows[2]).toBe(second.rows[2]);
    expect(third.rows[1]).not.toBe(touched);
    expect(third.rows[1]!.waybill?.raw).toBe(`${touched.waybill!.raw}X`);
  });
});

describe('page session over a long-lived tab', () => {
  it("registers no invalidation listener per frame (WXT's timer wrappers add one a call, never removed: a leak and an O(n) add)", async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(STATIC_ORDER_LIST_URLS.US);
    const page = parseHtml(renderStaticOrderList({ market: 'US', count: 5 }));
    document.body.replaceWith(document.importNode(page.body, true));
    const abort = new AbortController();
    let registered = 0;
    const base = fakeContext(abort);
    // as WXT's ContentScriptContext does: every wrapped timer registers an onInvalidated listener
    const wxt = Object.assign(Object.create(base) as ContentScriptContext, {
      onInvalidated: (callback: () => void) => {
        registered++;
        base.onInvalidated(callback);
      },
      requestAnimationFrame: (callback: FrameRequestCallback) => {
        registered++;
        return base.requestAnimationFrame(callback);
      },
      setTimeout: (callback: () => void, ms?: number) => {
        registered++;
        return base.setTimeout(callback, ms);
      },
    });
    let batches = 0;
    const counter: HintFeature = { kind: 'waybill-warning', include: () => true, update: () => void batches++ };
    startPageSession(wxt, [counter], () => 'en');
    await until(() => (batches > 0 ? true : undefined), 'the first batch');
    const before = registered;
    for (let i = 0; i < 30; i++) {
      document.body.append(document.createElement('div')); // Seller Center changes the page: a new frame
      const seen = batches;
      await until(() => (batches > seen ? true : undefined), `batch ${i}`);
    }
    abort.abort();
    expect(batches).toBeGreaterThan(30);
    expect(registered - before).toBeLessThan(5);
  });
});
