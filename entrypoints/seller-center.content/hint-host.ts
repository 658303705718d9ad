/**
 * In-page hint hosts, per the architecture's DOM contract: a light-DOM element carrying
 * `data-lml="<kind>"` and `data-order-id`, with an OPEN shadow root whose text says what the hint says.
 * Hints are inserted next to Seller Center's nodes and never move, hide or restyle them.
 * Rendering uses DOM APIs with textContent only (page and API text is never parsed as HTML), and plain
 * DOM rather than a React root per hint: a 500-row list must stay within the main-thread budget.
 */
export type HintKind =
  | 'carrier-badge'
  | 'fee-estimate'
  | 'waybill-warning'
  | 'pending-diagnosis'
  | 'ship-by-deadline'
  // one per order list, without data-order-id (page-summary.ts places its own host)
  | 'page-summary';

/** Page-level notices (not tied to one order) carry `data-lml-notice` instead of `data-lml`. */
export type NoticeKind = 'label-quality' | 'bulk-weight-estimate';

export type Tone = 'error' | 'warning' | 'info' | 'ok';

const HOST_TAG = 'lml-hint';

const BASE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 4px; font: 12px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.hint { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: baseline; border-radius: 4px; padding: 2px 6px; border: 1px solid; max-width: 44em; }
.error { color: #9f1c14; background: #fef3f2; border-color: #f5b5ae; }
.warning { color: #7a4a00; background: #fffaeb; border-color: #f4d38a; }
.info { color: #174a8b; background: #eff6ff; border-color: #b7d3f7; }
.ok { color: #1f5f2c; background: #f0fdf4; border-color: #a7e3b5; }
.label { font-weight: 600; }
button { font: inherit; cursor: pointer; border: 1px solid currentColor; background: #fff; color: inherit; border-radius: 3px; padding: 0 6px; }
button:focus-visible, summary:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
details { width: 100%; }
summary { cursor: pointer; }
ul { margin: 2px 0 0 16px; padding: 0; }
.nowrap { flex-wrap: nowrap; white-space: nowrap; }
.nowrap .one-line { max-width: 26em; }
.one-line { display: inline-block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 34em; vertical-align: middle; }
.wrap { position: relative; display: inline-block; }
.tip { display: none; position: absolute; z-index: 2147483000; left: 0; top: 100%; min-width: 22em; max-width: 36em; background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 4px; padding: 6px 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.wrap:hover .tip, .wrap:focus-within .tip { display: block; }
table { border-collapse: collapse; }
td { padding: 0 6px 0 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
`;

const sheets = new Map<string, CSSStyleSheet | null>();

/** One constructable stylesheet per CSS text, shared by every hint root; null where they are missing. */
function sharedSheet(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Gives a hint's shadow root the styles `css` after those it has: one stylesheet object adopted by every
 * hint that uses it, not a `<style>` parsed per hint (a 500-row list draws hundreds, issue #11). Where
 * constructable stylesheets are missing, a `<style data-base>` that survives re-renders. Idempotent.
 * Example: `adoptStyles(root, CHIP_CSS)` before appending a chip.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  const sheet = sharedSheet(css);
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  for (const style of Array.from(root.querySelectorAll('style[data-base]'))) if (style.textContent === css) return;
  root.append(el('style', { text: css, attrs: { 'data-base': '1' } }));
}

/** Creates `tag` with text content and attributes; children appended in order. Never uses innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Array<Node | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

function createHost(kind: HintKind | NoticeKind, orderId: string): HTMLElement {
  const host = document.createElement(HOST_TAG);
  if (kind === 'label-quality' || kind === 'bulk-weight-estimate') host.dataset.lmlNotice = kind;
  else {
    host.dataset.lml = kind;
    host.dataset.orderId = orderId;
  }
  adoptStyles(host.attachShadow({ mode: 'open' }), BASE_CSS);
  return host;
}

interface Placed {
  host: HTMLElement;
  anchor: Element;
  key: string;
}

interface Waiting {
  anchor: Element;
  key: string;
  render: (root: ShadowRoot) => void;
  cancel: () => void;
}

/**
 * Keeps at most one hint of a kind per order, placed right after its anchor. `upsert` re-renders only
 * when the content key changed or the host was detached (virtualised rows leave and come back as new nodes).
 * A hint is first drawn when its anchor comes near the viewport (`whenNearViewport`): on a 500-row list
 * the hints nobody scrolled to cost no DOM, style or layout work (issue #11); features still see every row.
 */
export class HintRegistry {
  private readonly placed = new Map<string, Placed>();
  private readonly waiting = new Map<string, Waiting>();

  constructor(readonly kind: HintKind | NoticeKind) {}

  upsert(orderId: string, anchor: Element, key: string, render: (root: ShadowRoot) => void): void {
    const existing = this.placed.get(orderId);
    if (existing && existing.anchor === anchor && existing.host.isConnected && existing.key === key) return;
    const queued = this.waiting.get(orderId);
    if (queued?.anchor === anchor) {
      queued.key = key; // still off screen: draw the newest content when it comes near
      queued.render = render;
      return;
    }
    queued?.cancel();
    this.waiting.delete(orderId);
    if (existing?.host.isConnected && existing.anchor === anchor) return this.draw(orderId, anchor, key, render);
    const entry: Waiting = { anchor, key, render, cancel: () => undefined };
    let drawn = false;
    entry.cancel = whenNearViewport(anchor, () => {
      drawn = true;
      if (this.waiting.get(orderId) === entry) this.waiting.delete(orderId);
      if (anchor.isConnected) this.draw(orderId, anchor, entry.key, entry.render);
    });
    if (!drawn) this.waiting.set(orderId, entry); // else drawn at once: the anchor was near the viewport before
  }

  private draw(orderId: string, anchor: Element, key: string, render: (root: ShadowRoot) => void): void {
    const existing = this.placed.get(orderId);
    const host =
      existing?.host.isConnected && existing.anchor === anchor ? existing.host : createHost(this.kind, orderId);
    const root = host.shadowRoot!;
    for (const child of [...root.childNodes])
      if (!(child instanceof HTMLStyleElement && child.dataset.base)) child.remove();
    render(root);
    if (host !== existing?.host) existing?.host.remove();
    if (!host.isConnected) anchor.after(host);
    this.placed.set(orderId, { host, anchor, key });
  }

  remove(orderId: string): void {
    this.placed.get(orderId)?.host.remove();
    this.placed.delete(orderId);
    this.waiting.get(orderId)?.cancel();
    this.waiting.delete(orderId);
  }

  /** Removes hints of orders no longer on the page (or whose row left the DOM). */
  prune(keep: ReadonlySet<string>): void {
    for (const [orderId, { host }] of this.placed) {
      if (!keep.has(orderId) || !host.isConnected) {
        host.remove();
        this.placed.delete(orderId);
      }
    }
    for (const [orderId, { anchor, cancel }] of this.waiting) {
      if (!keep.has(orderId) || !anchor.isConnected) {
        cancel();
        this.waiting.delete(orderId);
      }
    }
  }

  clear(): void {
    for (const { host } of this.placed.values()) host.remove();
    this.placed.clear();
    for (const { cancel } of this.waiting.values()) cancel();
    this.waiting.clear();
  }
}

/** How far outside the viewport a row's hints are already drawn, so a scroll shows them in place. */
const NEAR_VIEWPORT_MARGIN = '50% 0px';

/** Anchors that have been near the viewport once: their hints are drawn at once from then on. */
const seen = new WeakSet<Element>();
const callbacks = new Map<Element, Set<() => void>>();
const ready: Array<() => void> = [];
let observer: IntersectionObserver | undefined;
let flushFrame = 0;

/**
 * Runs `draw` once `anchor` is within the viewport (plus a margin): right away for an anchor seen near
 * it before, else from one shared IntersectionObserver, all draws of a moment in one animation frame.
 * No layout is read to decide (no getBoundingClientRect). Returns a cancel function.
 */
function whenNearViewport(anchor: Element, draw: () => void): () => void {
  if (seen.has(anchor) || typeof IntersectionObserver !== 'function') {
    draw();
    return () => undefined;
  }
  observer ??= new IntersectionObserver(onIntersections, { rootMargin: NEAR_VIEWPORT_MARGIN });
  let set = callbacks.get(anchor);
  if (!set) {
    callbacks.set(anchor, (set = new Set()));
    observer.observe(anchor);
  }
  // cancelled between the observer's report and the frame that draws: `ready` still holds it
  let cancelled = false;
  const own = () => {
    if (!cancelled) draw();
  };
  set.add(own);
  return () => {
    cancelled = true;
    const current = callbacks.get(anchor);
    if (!current?.delete(own) || current.size) return;
    callbacks.delete(anchor);
    observer?.unobserve(anchor);
  };
}

function onIntersections(entries: IntersectionObserverEntry[]) {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    const set = callbacks.get(entry.target);
    seen.add(entry.target);
    callbacks.delete(entry.target);
    observer?.unobserve(entry.target);
    if (set) ready.push(...set);
  }
  if (ready.length && !flushFrame)
    flushFrame = requestAnimationFrame(() => {
      flushFrame = 0;
      for (const draw of ready.splice(0)) draw();
    });
}

/** True when every node in the mutation belongs to our own hints (to ignore our own writes). */
export function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest(`${HOST_TAG}, [data-lml], [data-lml-notice]`);
}
