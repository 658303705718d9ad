import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '@/lib/i18n';
import {
  detectPage,
  OBSERVED_ROW_ATTRIBUTES,
  readOrdersInSteps,
  type OrderReading,
  type OrderRow,
  type PageInfo,
} from '@/lib/seller-center';
import { EnrichmentClient } from './enrichment';
import type { FeatureContext, HintFeature } from './feature';
import { HintRegistry, isOwnNode } from './hint-host';
import { checkWaybillsUntil } from './row-signals';

interface ActiveFeature {
  feature: HintFeature;
  ctx: FeatureContext;
}

/**
 * The most main-thread time one task of ours takes before yielding to the page (issue #11: no long
 * task). Reading the rows and running the features both stop at this budget and go on in a new task.
 */
const SLICE_MS = 8;

/** A reading of the rows under way, spread over tasks, and the main-thread time it took so far. */
interface Reading {
  steps: OrderReading;
  busyMs: number;
  market: string | undefined;
  /** The rows once read, and how many of them have their waybill checked (`checkWaybillsUntil`). */
  rows?: OrderRow[];
  checked: number;
}

/** Runs `next` in a new task soon, after the page's own pending work (a MessageChannel message, not clamped like setTimeout). */
function nextTask(next: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    next();
  };
  channel.port2.postMessage(null);
}

/**
 * Drives every hint feature on a Seller Center tab: one MutationObserver for the whole page, batched
 * to one extraction per animation frame; page kind re-detected on every batch so client-side
 * navigation (pushState, tab switches) resets the features without a reload.
 * A batch with no change to Seller Center's DOM since the last extraction (only our own hints changed,
 * or async data such as badges arrived) reuses the rows read last time instead of reading the page
 * again: on a 500-row list that re-read was half of the annotation cost (issue #5).
 * One feature failing is logged with its kind and never stops the others or reaches the page.
 * Reading the rows and running the features are spread over tasks of at most `SLICE_MS` each, so a long
 * list never holds Seller Center's main thread in one long task (issue #11).
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
  let reading: Reading | undefined;
  /** Whether an update was asked for while a reading or a batch was under way. */
  let rerun = false;
  /** Features of the current batch not yet run (the batch goes on in the next task past `SLICE_MS`). */
  let batch: { rows: OrderRow[]; todo: ActiveFeature[]; detail: BatchDetail } | undefined;

  const schedule = () => {
    if (frame || wxt.isInvalid) return;
    frame = wxt.requestAnimationFrame(() => {
      frame = 0;
      run();
    });
  };

  function resetForPage(page: PageInfo) {
    reading = undefined;
    batch = undefined;
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
    const reset = key !== pageKey;
    if (reset) {
      pageKey = key;
      pageChanged = true;
      resetForPage(page);
    }
    if (!active.length) return;
    // records not yet delivered to the observer callback still count
    if (!observer.takeRecords().every(isOwnMutation)) pageChanged = true;
    // work under way (a reading or a batch in slices) runs again when it ends
    if (reading || batch) {
      rerun = true;
      return;
    }
    if (!pageChanged && lastRows !== undefined)
      return startBatch(lastRows, { rows: lastRows.length, extractMs: 0, reused: true });
    pageChanged = false;
    const current: Reading = {
      steps: readOrdersInSteps(document, page),
      busyMs: 0,
      market: page.market ?? undefined,
      checked: 0,
    };
    reading = current;
    // after a page change the reading starts in a task of its own: this one (re)initialised every feature
    if (reset) nextTask(() => readOn(current));
    else readOn(current);
  }

  function readOn(current: Reading) {
    if (reading !== current || wxt.isInvalid) return; // the page changed kind or the script was invalidated
    const started = performance.now();
    const rows = (current.rows ??= current.steps.step(started + SLICE_MS));
    if (rows) current.checked = checkWaybillsUntil(rows, current.checked, current.market, started + SLICE_MS);
    current.busyMs += performance.now() - started;
    if (!rows || current.checked < rows.length) return nextTask(() => readOn(current));
    reading = undefined;
    lastRows = rows;
    startBatch(rows, { rows: rows.length, extractMs: current.busyMs, reused: false });
  }

  function startBatch(rows: OrderRow[], detail: Omit<BatchDetail, 'featureMs'>) {
    rerun = false;
    // a fresh array per batch: features cache what they derive from the rows by its identity (row-signals.ts)
    batch = { rows: [...rows], todo: [...active], detail: { ...detail, featureMs: {} } };
    runFeatures(batch);
  }

  function runFeatures(current: NonNullable<typeof batch>) {
    if (batch !== current || wxt.isInvalid) return;
    const started = performance.now();
    const { featureMs } = current.detail;
    while (current.todo.length) {
      const { feature, ctx } = current.todo.shift()!;
      const featureStarted = performance.now();
      safely(
        feature.kind,
        () => {
          const result = feature.update(current.rows, ctx);
          if (result instanceof Promise) result.catch((error) => report(feature.kind, error));
        },
        undefined,
      );
      // summed per kind: two features may share one (the upload check reports as waybill-warning)
      featureMs[feature.kind] = (featureMs[feature.kind] ?? 0) + performance.now() - featureStarted;
      if (current.todo.length && performance.now() - started >= SLICE_MS) break;
    }
    recordTiming(current.detail, started);
    if (current.todo.length) return nextTask(() => runFeatures(current));
    batch = undefined;
    if (pageChanged || rerun) schedule(); // the page changed, or an update was asked for, meanwhile
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
 * Annotation cost as a User Timing measure per task of a batch (`lml:annotate`, detail `{ rows,
 * extractMs, reused, featureMs }`: rows shown, main-thread time spent reading the page over all its
 * tasks, whether the last rows were reused, time per hint kind so far), readable by the e2e test and scripts/bench/annotate.bench.ts from the page
 * without touching Seller Center's DOM.
 */
interface BatchDetail {
  rows: number;
  extractMs: number;
  reused: boolean;
  featureMs: Record<string, number>;
}

function recordTiming(detail: BatchDetail, start: number) {
  try {
    performance.measure('lml:annotate', { start, end: performance.now(), detail });
  } catch {
    // User Timing L3 missing: timing is diagnostics only
  }
}
