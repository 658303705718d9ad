import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '@/lib/i18n';
import { detectPage, extractOrders, OBSERVED_ROW_ATTRIBUTES, type OrderRow, type PageInfo } from '@/lib/seller-center';
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
 * A batch with no change to Seller Center's DOM since the last extraction (only our own hints changed,
 * or async data such as badges arrived) reuses the rows read last time instead of reading the page
 * again: on a 500-row list that re-read was half of the annotation cost (issue #5).
 * One feature failing is logged with its kind and never stops the others or reaches the page.
 */
export function startPageSession(
  wxt: ContentScriptContext,
  features: readonly HintFeature[],
  // a function: the hints follow the page's language switch and the seller's setting without reload
  locale: () => Locale,
) {
  let pageKey = '';
  let pageAbort = new AbortController();
  let active: ActiveFeature[] = [];
  let frame = 0;
  /** Rows of the last extraction, and whether the page may have changed since (then they are stale). */
  let lastRows: OrderRow[] | undefined;
  let pageChanged = true;

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
    const enrichment = new EnrichmentClient(
      page,
      () => included.some((f) => f.kind === 'pending-diagnosis'),
      schedule,
      signal,
    );
    active = included.map((feature) => ({
      feature,
      ctx: {
        page,
        get locale() {
          return locale();
        },
        hints: new HintRegistry(feature.kind),
        signal,
        enrichment,
        requestUpdate: schedule,
      },
    }));
    for (const { feature, ctx } of active) safely(feature.kind, () => feature.init?.(ctx), undefined);
  }

  function run() {
    const url = new URL(location.href);
    const page = detectPage(url);
    const key = `${page.kind}|${url.pathname}|${url.search}`;
    if (key !== pageKey) {
      pageKey = key;
      pageChanged = true;
      resetForPage(page);
    }
    if (!active.length) return;
    const started = performance.now();
    // records not yet delivered to the observer callback still count
    if (!observer.takeRecords().every(isOwnMutation)) pageChanged = true;
    const reused = !pageChanged && lastRows !== undefined;
    const rows: OrderRow[] = reused ? lastRows! : safely('extract', () => extractOrders(document, page), []);
    const extracted = performance.now();
    lastRows = rows;
    pageChanged = false;
    const featureMs: Record<string, number> = {};
    for (const { feature, ctx } of active) {
      const featureStarted = performance.now();
      safely(
        feature.kind,
        () => {
          const result = feature.update(rows, ctx);
          if (result instanceof Promise) result.catch((error) => report(feature.kind, error));
        },
        undefined,
      );
      // summed per kind: two features may share one (the upload check reports as waybill-warning)
      featureMs[feature.kind] = (featureMs[feature.kind] ?? 0) + performance.now() - featureStarted;
    }
    recordTiming({ rows: rows.length, extractMs: extracted - started, reused, featureMs }, started);
  }

  const observer = new MutationObserver((mutations) => {
    if (mutations.every(isOwnMutation)) return;
    pageChanged = true;
    schedule();
  });
  // Typing changes an input's value without a DOM mutation; the rows read from inputs must be read again.
  // (Features that react to typing schedule their own update; this only marks the rows stale.)
  const markChanged = () => {
    pageChanged = true;
  };
  wxt.addEventListener(document, 'input', markChanged, { capture: true, passive: true });
  wxt.addEventListener(document, 'change', markChanged, { capture: true, passive: true });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...OBSERVED_ROW_ATTRIBUTES],
  });
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
 * Annotation cost per batch as a User Timing measure (`lml:annotate`, detail `{ rows, extractMs,
 * reused, featureMs }`: rows shown, time spent reading the page, whether the last rows were reused,
 * time per hint kind), readable by the e2e test and scripts/bench/annotate.bench.ts from the page
 * without touching Seller Center's DOM.
 */
function recordTiming(
  detail: { rows: number; extractMs: number; reused: boolean; featureMs: Record<string, number> },
  start: number,
) {
  try {
    performance.measure('lml:annotate', { start, end: performance.now(), detail });
  } catch {
    // User Timing L3 missing: timing is diagnostics only
  }
}
