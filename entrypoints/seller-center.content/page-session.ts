import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale } from '@/lib/i18n';
import {
  detectPage,
  OBSERVED_ROW_ATTRIBUTES,
  readOrderListInSteps,
  type OrderDigest,
  type OrderListRead,
  type OrderRow,
  type PageInfo,
} from '@/lib/seller-center';
import { EnrichmentClient } from './enrichment';
import type { FeatureContext, HintFeature } from './feature';
import { HintRegistry, isOwnNode } from './hint-host';
import { ordersToShow, warmSignalsUntil } from './row-signals';

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
  /** The page's reading; none when the last one is reused (only rows newly near the viewport to read in full). */
  steps?: ReturnType<typeof readOrderListInSteps>;
  busyMs: number;
  /** The page once read, and how many of its orders have their signals computed (`warmSignalsUntil`). */
  read?: OrderListRead;
  checked: number;
  /** Seller Center's own table: the rows near the viewport read in full so far, and the next digest to look at. */
  near: OrderRow[];
  next: number;
}

/** How far outside the viewport a row of Seller Center's own table is read in full (and its hints drawn). */
const NEAR_VIEWPORT_MARGIN = '50% 0px';
/**
 * Rows coming into view while the seller scrolls are read and annotated at most this often: each such
 * update runs every feature once, and one per scrolled frame would cost more than the frame budget.
 */
const NEAR_UPDATE_MS = 200;

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
 * Seller Center's own order table is read in two depths (issue #11): every order cheaply (`OrderDigest`:
 * what the page summary counts), and in full only the orders whose digest signals have a hint to show,
 * once near the viewport (one IntersectionObserver on those orders' first rows) — the rows the features
 * draw hints for; a row coming near later is read then. A full row is kept per order element and read
 * again only when a mutation touched its rows or its digest changed. Other page shapes are read whole,
 * in full, as before.
 * A batch with no change to Seller Center's DOM since the last extraction (only our own hints changed,
 * async data such as badges arrived, or rows came near the viewport) reuses the last reading.
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
  /** The last finished reading of the page, and whether the page may have changed since (then it is stale). */
  let lastRead: OrderListRead | undefined;
  let pageChanged = true;
  let reading: Reading | undefined;
  /** Whether an update was asked for while a reading or a batch was under way. */
  let rerun = false;
  /** Features of the current batch not yet run (the batch goes on in the next task past `SLICE_MS`). */
  let batch: { rows: OrderRow[]; todo: ActiveFeature[]; detail: BatchDetail } | undefined;
  /** The digests of the batch being run (the features' `listDigests()`). */
  let batchDigests: readonly OrderDigest[] = [];
  /** Orders of the table with something to show by their digests' signals: the only ones read in full, once near. */
  let wanted: ReadonlySet<string> = new Set();
  /** Orders of the table read in full (or tried: a row that cannot be read is not asked for again and again). */
  const attempted = new Set<string>();
  const rowCache = new RowCache();
  const near = new NearViewport(wxt, () => schedule());

  // the page's own requestAnimationFrame, not `wxt.requestAnimationFrame`: WXT's wrapper registers an
  // invalidation listener per call and never removes it — one per frame on a tab open all day
  const schedule = () => {
    if (frame || wxt.isInvalid) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!wxt.isInvalid) run();
    });
  };

  function resetForPage(page: PageInfo) {
    reading = undefined;
    batch = undefined;
    lastRead = undefined;
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
        listDigests: () => batchDigests,
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
    noteMutations(observer.takeRecords());
    // work under way (a reading or a batch in slices) runs again when it ends
    if (reading || batch) {
      rerun = true;
      return;
    }
    const reuse = !pageChanged && lastRead !== undefined;
    pageChanged = false;
    const current: Reading = {
      ...(reuse ? { read: lastRead } : { steps: readOrderListInSteps(document, page) }),
      busyMs: 0,
      checked: 0,
      near: [],
      next: 0,
    };
    if (reuse) current.checked = Infinity; // checked when first read
    attempted.clear();
    reading = current;
    // after a page change the reading starts in a task of its own: this one (re)initialised every feature
    if (reset) nextTask(() => readOn(current));
    else readOn(current);
  }

  function readOn(current: Reading) {
    if (reading !== current || wxt.isInvalid) return; // the page changed kind or the script was invalidated
    const started = performance.now();
    const deadline = started + SLICE_MS;
    const read = (current.read ??= current.steps!.step(deadline));
    if (read) {
      const orders = read.digests ?? read.rows;
      if (current.checked < orders.length) {
        // a new reading: its orders' signals computed in slices
        current.checked = active[0] ? warmSignalsUntil(orders, active[0].ctx, current.checked, deadline) : Infinity;
      }
      if (read.digests && current.checked >= orders.length)
        current.next = readNearRows(read, current.near, current.next, deadline);
    }
    current.busyMs += performance.now() - started;
    if (
      !read ||
      current.checked < (read.digests ?? read.rows).length ||
      (read.digests && current.next < read.digests.length)
    )
      return nextTask(() => readOn(current));
    reading = undefined;
    const reused = lastRead === read;
    lastRead = read;
    batchDigests = read.digests ?? [];
    const rows = read.digests ? current.near : read.rows;
    startBatch(rows, { rows: rows.length, extractMs: current.busyMs, reused });
  }

  /** Reads in full, from digest `from` on until `deadline`, the rows near the viewport (cached ones reused); returns where to go on. */
  function readNearRows(
    read: OrderListRead & { digests: OrderDigest[] },
    into: OrderRow[],
    from: number,
    deadline: number,
  ) {
    let i = from;
    for (; i < read.digests.length; i++) {
      if (i > from && performance.now() >= deadline) break;
      const digest = read.digests[i]!;
      if (!wanted.has(digest.orderId) || !near.has(digest)) continue;
      attempted.add(digest.orderId);
      const row = rowCache.get(digest) ?? rowCache.set(digest, read.readRow(i));
      if (row) into.push(row);
    }
    return i;
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
    if (batchDigests.length && active[0]) watchWanted(current.rows, active[0].ctx);
    if (pageChanged || rerun) schedule(); // the page changed, or an update was asked for, meanwhile
  }

  /**
   * From the batch's signals (computed once per batch, row-signals.ts), the table's orders with a hint
   * to show: their first rows are watched for nearness, and a near one not read in full yet gets another batch.
   */
  function watchWanted(rows: readonly OrderRow[], ctx: FeatureContext) {
    wanted = safely('page-session', () => ordersToShow(rows, ctx), wanted);
    const watched = batchDigests.filter((d) => wanted.has(d.orderId));
    near.watch(watched);
    if (watched.some((d) => near.has(d) && !attempted.has(d.orderId))) rerun = true;
  }

  /** Seller Center's own changes mark the page changed, and the table rows they touched for a new full reading. */
  function noteMutations(mutations: readonly MutationRecord[]) {
    for (const m of mutations) {
      if (isOwnMutation(m)) continue;
      pageChanged = true;
      rowCache.touched(m.target);
    }
  }

  const observer = new MutationObserver((mutations) => {
    noteMutations(mutations);
    if (pageChanged) schedule();
  });
  // Typing changes an input's value without a DOM mutation; the rows read from inputs must be read again.
  // (Features that react to typing schedule their own update; this only marks the rows stale.)
  const markChanged = (event: Event) => {
    pageChanged = true;
    if (event.target instanceof Node) rowCache.touched(event.target);
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
    cancelAnimationFrame(frame);
    observer.disconnect();
    near.stop();
    pageAbort.abort();
    for (const { ctx } of active) ctx.hints.clear();
  });
  wxt.addEventListener(window, 'wxt:locationchange', schedule);
  wxt.addEventListener(window, 'popstate', schedule);
  schedule();
}

/**
 * The full rows read so far, per order (its first row element), with the digest they were read with:
 * reused while the digest is the same and no mutation touched the order's rows. Not tied to one
 * reading: a mutation elsewhere on the page re-reads the page cheaply, but only the touched rows in full.
 */
class RowCache {
  private readonly rows = new WeakMap<Element, { key: string; row: OrderRow | undefined }>();
  /** The order of each table row element read, for `touched`. */
  private readonly orderOf = new WeakMap<Element, Element>();

  get(digest: OrderDigest): OrderRow | undefined {
    const cached = this.rows.get(digest.rows[0]!);
    return cached?.key === digestKey(digest) ? cached.row : undefined;
  }

  set(digest: OrderDigest, row: OrderRow | undefined): OrderRow | undefined {
    const head = digest.rows[0]!;
    this.rows.set(head, { key: digestKey(digest), row });
    for (const element of digest.rows) this.orderOf.set(element, head);
    return row;
  }

  /** A mutation or input at `node`: the order whose rows hold it is read in full again. */
  touched(node: Node) {
    for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      const head = this.orderOf.get(el);
      if (head) return this.rows.delete(head);
      if (el.tagName === 'TBODY' || el.tagName === 'TABLE') return; // above the rows: new rows are new elements
    }
  }
}

/** What a full row's reuse depends on beyond mutations inside its rows: its digest (incl. how many rows it spans). */
function digestKey(d: OrderDigest): string {
  const s = d.status;
  return [d.orderId, d.rows.length, s?.text, s?.code, s?.subCode, d.carrierText, d.waybillRaw].join('\u0000');
}

/**
 * Which orders of the table have come near the viewport (within `NEAR_VIEWPORT_MARGIN`) at least once:
 * one IntersectionObserver on the first rows of the orders given to `watch` (those with a hint to show:
 * a few observed targets, not every row); no layout is read to decide. An order once near stays read in
 * full (its hints stay drawn). Without IntersectionObserver every order counts as near.
 */
class NearViewport {
  private readonly seen = new WeakSet<Element>();
  /** Rows observed and not near yet (unobserved once near, or when a new reading no longer has them). */
  private watched = new Set<Element>();
  private observer: IntersectionObserver | undefined;
  private timer: number | undefined;
  private lastUpdate = -Infinity;

  constructor(
    private readonly wxt: ContentScriptContext,
    private readonly onNear: () => void,
  ) {}

  has(digest: OrderDigest): boolean {
    return this.seen.has(digest.rows[0]!);
  }

  /** Watches the orders of a new reading (the last reading's elements are let go). */
  watch(digests: readonly OrderDigest[]) {
    if (typeof IntersectionObserver !== 'function') {
      for (const d of digests) this.seen.add(d.rows[0]!);
      return;
    }
    this.observer ??= new IntersectionObserver((entries) => this.noted(entries), { rootMargin: NEAR_VIEWPORT_MARGIN });
    const watched = new Set<Element>();
    for (const { rows } of digests) if (!this.seen.has(rows[0]!)) watched.add(rows[0]!);
    for (const head of this.watched) if (!watched.has(head)) this.observer.unobserve(head);
    for (const head of watched) if (!this.watched.has(head)) this.observer.observe(head);
    this.watched = watched;
  }

  private noted(entries: IntersectionObserverEntry[]) {
    let any = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.seen.add(entry.target);
      this.watched.delete(entry.target);
      this.observer?.unobserve(entry.target);
      any = true;
    }
    if (any && this.timer === undefined)
      // window's own timer (cleared in `stop`): WXT's wrapper would leave a listener per call
      this.timer = window.setTimeout(
        () => {
          this.timer = undefined;
          if (this.wxt.isInvalid) return;
          this.lastUpdate = performance.now();
          this.onNear();
        },
        Math.max(0, this.lastUpdate + NEAR_UPDATE_MS - performance.now()),
      );
  }

  stop() {
    window.clearTimeout(this.timer);
    this.observer?.disconnect();
    this.watched.clear();
  }
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
