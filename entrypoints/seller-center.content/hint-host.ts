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
export type NoticeKind = 'label-quality';

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

let sheet: CSSStyleSheet | undefined;
function sharedSheet(): CSSStyleSheet | undefined {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(BASE_CSS);
    }
    return sheet;
  } catch {
    return undefined; // constructable stylesheets missing: fall back to a <style> element
  }
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
  if (kind === 'label-quality') host.dataset.lmlNotice = kind;
  else {
    host.dataset.lml = kind;
    host.dataset.orderId = orderId;
  }
  const root = host.attachShadow({ mode: 'open' });
  const css = sharedSheet();
  if (css) root.adoptedStyleSheets = [css];
  else root.append(el('style', { text: BASE_CSS, attrs: { 'data-base': '1' } }));
  return host;
}

interface Placed {
  host: HTMLElement;
  anchor: Element;
  key: string;
}

/**
 * Keeps at most one hint of a kind per order, placed right after its anchor. `upsert` re-renders only
 * when the content key changed or the host was detached (virtualised rows leave and come back as new nodes).
 */
export class HintRegistry {
  private readonly placed = new Map<string, Placed>();

  constructor(readonly kind: HintKind | NoticeKind) {}

  upsert(orderId: string, anchor: Element, key: string, render: (root: ShadowRoot) => void): void {
    const existing = this.placed.get(orderId);
    if (existing && existing.anchor === anchor && existing.host.isConnected && existing.key === key) return;
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
  }

  /** Removes hints of orders no longer on the page (or whose row left the DOM). */
  prune(keep: ReadonlySet<string>): void {
    for (const [orderId, { host }] of this.placed) {
      if (!keep.has(orderId) || !host.isConnected) {
        host.remove();
        this.placed.delete(orderId);
      }
    }
  }

  clear(): void {
    for (const { host } of this.placed.values()) host.remove();
    this.placed.clear();
  }
}

/** True when every node in the mutation belongs to our own hints (to ignore our own writes). */
export function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest(`${HOST_TAG}, [data-lml], [data-lml-notice]`);
}
