import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '@/lib/i18n';
import { detectPage, extractOrders, type OrderRow, type PageInfo } from '@/lib/seller-center';
import { EnrichmentClient } from './enrichment';
import type { FeatureContext, HintFeature } from './feature';
import { HintRegistry, isOwnNode } from './hint-host';

interface ActiveFeature {
  feature: HintFeature;
  ctx: FeatureContext;
}

/**
 * Drives every hint feature on a Seller Center tab: one MutationObserver for the whole page, batched
 * to one extraction per animation frame; page kind re-detected on every batch so client-side
 * navigation (pushState, tab switches) resets the features without a reload.
 * One feature failing is logged with its kind and never stops the others or reaches the page.
 */
export function startPageSession(wxt: ContentScriptContext, features: readonly HintFeature[], locale: Locale) {
  let pageKey = '';
  let pageAbort = new AbortController();
  let active: ActiveFeature[] = [];
  let frame = 0;

  const schedule = () => {
    if (frame || wxt.isInvalid) return;
    frame = wxt.requestAnimationFrame(() => {
      frame = 0;
      run();
    });
  };

  function resetForPage(page: PageInfo) {
    pageAbort.abort();
    for (const { ctx } of active) ctx.hints.clear();
    pageAbort = new AbortController();
    const signal = AbortSignal.any([pageAbort.signal, wxt.signal]);
    const included = features.filter((feature) => safely(feature.kind, () => feature.include(page), false));
    const enrichment = new EnrichmentClient(page, () => included.some((f) => f.kind === 'pending-diagnosis'), schedule, signal);
    active = included.map((feature) => ({ feature, ctx: { page, locale, hints: new HintRegistry(feature.kind), signal, enrichment, requestUpdate: schedule } }));
    for (const { feature, ctx } of active) safely(feature.kind, () => feature.init?.(ctx), undefined);
  }

  function run() {
    const url = new URL(location.href);
    const page = detectPage(url);
    const key = `${page.kind}|${url.pathname}|${url.search}`;
    if (key !== pageKey) {
      pageKey = key;
      resetForPage(page);
    }
    if (!active.length) return;
    const started = performance.now();
    const rows: OrderRow[] = safely('extract', () => extractOrders(document, page), []);
    for (const { feature, ctx } of active) {
      safely(feature.kind, () => {
        const result = feature.update(rows, ctx);
        if (result instanceof Promise) result.catch((error) => report(feature.kind, error));
      }, undefined);
    }
    recordTiming(rows.length, started);
  }

  const observer = new MutationObserver((mutations) => {
    if (!mutations.every(isOwnMutation)) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-log_order_id', 'data-log_order_status', 'value', 'aria-selected'] });
  wxt.onInvalidated(() => {
    observer.disconnect();
    pageAbort.abort();
    for (const { ctx } of active) ctx.hints.clear();
  });
  wxt.addEventListener(window, 'wxt:locationchange', schedule);
  wxt.addEventListener(window, 'popstate', schedule);
  schedule();
}

/** Our own hint writes must not wake the observer again (that would loop). */
function isOwnMutation(m: MutationRecord): boolean {
  if (isOwnNode(m.target)) return true;
  const touched = [...m.addedNodes, ...m.removedNodes];
  return m.type === 'childList' && touched.length > 0 && touched.every(isOwnNode);
}

function safely<T>(kind: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    report(kind, error);
    return fallback;
  }
}

const reported = new Set<string>();
function report(kind: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  if (reported.has(`${kind}:${message}`)) return; // log each failure once, like refined-github
  reported.add(`${kind}:${message}`);
  console.warn(`[Lastmile Lens] ${kind} failed:`, message);
}

/**
 * Annotation cost per batch as a User Timing measure (`lml:annotate`, detail `{ rows }`), readable by
 * the e2e benchmark from the page without touching Seller Center's DOM.
 */
function recordTiming(rows: number, start: number) {
  try {
    performance.measure('lml:annotate', { start, end: performance.now(), detail: { rows } });
  } catch {
    // User Timing L3 missing: timing is diagnostics only
  }
}
