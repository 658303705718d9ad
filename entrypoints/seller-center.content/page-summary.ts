import { localize, type Locale } from '@/lib/i18n';
import { orderListElementOf, readShownListTotal } from '@/lib/seller-center';
import {
  groupLabel,
  signalTexts,
  summarizeSignals,
  summaryLead,
  type PageSummary,
  type SummaryGroup,
} from '@/lib/signals';
import { pageNeedsWeight } from './carrier-badge';
import type { FeatureContext, HintFeature } from './feature';
import { adoptStyles, el } from './hint-host';
import { settingsKnown } from './page-context';
import { frameSignals, type FrameSignals } from './row-signals';
import { followSignals } from './signal-feature';
import { trustedClick } from './trusted-click';

/** `problems` = every row with a problem; a group = the rows of that count. */
type Filter = SummaryGroup | 'problems';

interface SummaryState {
  host?: HTMLElement;
  key: string;
  filter?: Filter;
  /** Per filter, the order id stepped to last. */
  cursor: Map<Filter, string>;
  /** An order stepped to that was not in the DOM yet: scrolled to when it appears. */
  pendingTarget?: string;
  /** Seller Center elements the filter hid, with their own inline display to restore. */
  hidden: Map<HTMLElement, { value: string; priority: string }>;
  last?: { summary: PageSummary; frame: FrameSignals };
  /** The list element and the total it states, as found for one reading of the page (`listDigests()`). */
  place?: { reading: unknown; list: Element | undefined; shownTotal: number | undefined };
}

const states = new WeakMap<FeatureContext, SummaryState>();

/**
 * Fixed at the foot of the window, under Seller Center's own layers: Arco Design (ref:seller-center,
 * `core-` prefix) puts popovers at z-index 1000 and modals and drawers at 1001, so a dialog opened over
 * the list, or a row's dropdown, covers the summary rather than the other way round.
 */
const CSS = `
:host { all: initial; display: block; position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 999; width: max-content; max-width: calc(100vw - 32px); font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.bar { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; border: 1px solid #d0d5dd; border-radius: 6px; padding: 6px 10px; background: #f9fafb; color: #1d2939; box-shadow: 0 2px 8px rgb(16 24 40 / 18%); }
.bar.calm { border-color: #a7e3b5; background: #f0fdf4; color: #1f5f2c; }
.lead { font-weight: 600; }
button { font: inherit; cursor: pointer; border: 1px solid #98a2b3; background: #fff; color: #b42318; border-radius: 12px; padding: 0 10px; }
button[aria-pressed="true"] { background: #b42318; color: #fff; border-color: #b42318; }
button.plain { color: #344054; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.note { color: #475467; font-size: 12px; flex-basis: 100%; }
`;

/**
 * `page-summary`: ONE host (`data-lml="page-summary"`, no `data-order-id`) for the order list (signal
 * policy rule 4), floating at the bottom of the viewport (Grammarly's one counter): never in Seller
 * Center's flow, because a host put in front of a 500-row table moves every row, and the page then lays
 * out and repaints the whole table (~40 ms here, each time the summary's height changes; issue #11); a
 * fixed host costs the page ~2 ms and stays in reach while the seller steps through the list. It counts by problem over every order of the list — the rows Seller Center's own
 * list XHR delivered, including rows a virtualised table has not rendered, plus any row only the DOM
 * shows — in plain digits, with the list's total when more orders exist than were loaded. Each count
 * filters the list to those rows and steps to the next one; "Problems only" filters to every problem.
 * The filter is the only change ever made to Seller Center's own elements, and only on the seller's
 * request: the clean rows' elements get an inline `display: none` that is removed (restoring their own
 * inline value) when the filter is turned off, the page changes or the extension stops. Rows, order and
 * scroll position stay Seller Center's; a virtualised list keeps rendering and we re-apply per frame.
 */
export const pageSummary: HintFeature = {
  kind: 'page-summary',
  include: (page) => page.kind === 'order-list',
  init(ctx) {
    const state: SummaryState = { key: '', cursor: new Map(), hidden: new Map() };
    states.set(ctx, state);
    followSignals(ctx, { tick: true });
    ctx.signal.addEventListener(
      'abort',
      () => {
        restoreAll(state);
        state.host?.remove();
      },
      { once: true },
    );
  },
  update(rows, ctx) {
    const state = states.get(ctx);
    if (!state || !settingsKnown()) return;
    const frame = frameSignals(rows, ctx);
    // counts are final once the background has checked every shown waybill: until then the last summary stays
    if (frame.unchecked) return;
    const { list, shownTotal } = listPlace(state, frame, ctx);
    if (!list || !frame.all.length) {
      restoreAll(state);
      state.host?.remove();
      state.host = undefined;
      return;
    }
    const total = Math.max(frame.total ?? 0, shownTotal ?? 0) || undefined;
    const summary = summarizeSignals(frame.all, total);
    state.last = { summary, frame };
    if (state.filter && state.filter !== 'problems' && !summary.groups.some((g) => g.group === state.filter))
      state.filter = undefined; // that problem is gone: show everything again
    const locale = ctx.locale;
    const needsWeight = pageNeedsWeight(ctx.enrichment);
    const key = JSON.stringify([summary, state.filter, locale, needsWeight]);
    if (!state.host?.isConnected) {
      state.host = createHost();
      (document.body ?? document.documentElement).append(state.host);
      state.key = '';
    }
    if (key !== state.key) {
      state.key = key;
      render(state, ctx, summary, needsWeight, locale);
    }
    applyFilter(state, frame, summary);
    scrollToPending(state, frame);
  },
};

/**
 * Where the summary goes and the list's stated total: two queries of the whole page, so asked once per
 * reading of Seller Center's table — not again for every batch that only read rows coming into view.
 */
function listPlace(state: SummaryState, frame: FrameSignals, ctx: FeatureContext) {
  const reading = ctx.listDigests();
  if (state.place?.reading === reading && reading.length && state.place.list?.isConnected) return state.place;
  const elements = [...frame.dom.values()];
  state.place = {
    reading,
    list: orderListElementOf(elements[0]?.elements[0], elements.at(-1)?.elements[0], document),
    shownTotal: readShownListTotal(document),
  };
  return state.place;
}

function createHost(): HTMLElement {
  const host = document.createElement('lml-hint');
  host.dataset.lml = 'page-summary';
  // an adopted sheet, not a <style>: the host's text is then exactly what the summary says
  adoptStyles(host.attachShadow({ mode: 'open' }), CSS);
  return host;
}

function render(state: SummaryState, ctx: FeatureContext, summary: PageSummary, needsWeight: boolean, locale: Locale) {
  const root = state.host!.shadowRoot!;
  root.replaceChildren();
  const calm = summary.problemRows === 0;
  const bar = el('div', {
    className: `bar${calm ? ' calm' : ''}`,
    attrs: { role: 'region', 'aria-label': localize(signalTexts.summaryLabel, locale) },
  });
  bar.append(el('span', { className: 'lead', text: localize(summaryLead(summary), locale) }));
  for (const { group, orderIds } of summary.groups) {
    const button = el('button', {
      text: localize(groupLabel(group, orderIds.length), locale),
      attrs: { type: 'button', 'data-group': group, 'aria-pressed': String(state.filter === group) },
    });
    button.addEventListener(
      'click',
      trustedClick((event) => {
        event.stopPropagation();
        state.filter = group;
        step(state, group, orderIds);
        ctx.requestUpdate();
      }),
    );
    bar.append(button);
  }
  if (!calm) {
    const toggle = el('button', {
      className: 'plain',
      text: localize(state.filter ? signalTexts.showAll : signalTexts.problemsOnly, locale),
      attrs: {
        type: 'button',
        'data-action': state.filter ? 'show-all' : 'problems-only',
        'aria-pressed': String(!!state.filter),
      },
    });
    toggle.addEventListener(
      'click',
      // only the seller's own click filters Seller Center's list (a page script cannot)
      trustedClick((event) => {
        event.stopPropagation();
        state.filter = state.filter ? undefined : 'problems';
        state.pendingTarget = undefined;
        ctx.requestUpdate();
      }),
    );
    bar.append(toggle);
  }
  if (summary.total !== undefined && summary.total > summary.checked)
    bar.append(el('span', { className: 'note', text: localize(signalTexts.notLoaded, locale) }));
  if (needsWeight) bar.append(el('span', { className: 'note', text: localize(signalTexts.defaultWeight, locale) }));
  root.append(bar);
}

/** The next order of the group after the last one stepped to; scrolled to now, or once it is rendered. */
function step(state: SummaryState, filter: Filter, orderIds: readonly string[]) {
  if (!orderIds.length) return;
  const previous = state.cursor.get(filter);
  const next = orderIds[(previous ? orderIds.indexOf(previous) + 1 : 0) % orderIds.length]!;
  state.cursor.set(filter, next);
  state.pendingTarget = next;
  const frame = state.last?.frame;
  const inDom = frame?.dom.get(next);
  if (inDom) return; // scrolled after the filter applied (scrollToPending)
  // not rendered by a virtualised list: move its scroller to the order's place in the list
  const index = frame?.all.findIndex((s) => s.orderId === next) ?? -1;
  const scroller = scrollerOf(state.place?.list ?? null);
  if (scroller && index >= 0 && frame)
    scroller.scrollTop = Math.max(0, (index / frame.all.length) * scroller.scrollHeight - scroller.clientHeight / 2);
}

function scrollToPending(state: SummaryState, frame: FrameSignals) {
  const target = state.pendingTarget && frame.dom.get(state.pendingTarget);
  if (!target) return;
  state.pendingTarget = undefined;
  target.elements[0]?.scrollIntoView({ block: 'center' });
}

/** The nearest scrolling element at or under the list wrapper (a virtualised table scrolls inside it). */
function scrollerOf(list: Element | null): HTMLElement | undefined {
  if (!list) return undefined;
  const candidates = [list, ...list.querySelectorAll('div')].filter(
    (e): e is HTMLElement => e instanceof HTMLElement && e.scrollHeight > e.clientHeight + 10,
  );
  return (
    candidates.find((e) => /(auto|scroll)/.test(getComputedStyle(e).overflowY)) ??
    (document.scrollingElement as HTMLElement | null) ??
    undefined
  );
}

function applyFilter(state: SummaryState, frame: FrameSignals, summary: PageSummary) {
  const toHide = new Set<HTMLElement>();
  if (state.filter) {
    const members =
      state.filter === 'problems' ? undefined : new Set(summary.groups.find((g) => g.group === state.filter)?.orderIds);
    for (const { signals, elements } of frame.dom.values()) {
      const shown = members ? members.has(signals.orderId) : signals.problems.length > 0;
      if (shown) continue;
      for (const element of elements) if (element instanceof HTMLElement) toHide.add(element);
    }
  }
  for (const [element, own] of state.hidden) {
    if (toHide.has(element) && element.isConnected) continue;
    element.style.setProperty('display', own.value, own.priority);
    if (!own.value) element.style.removeProperty('display');
    state.hidden.delete(element);
  }
  for (const element of toHide) {
    if (state.hidden.has(element)) continue;
    state.hidden.set(element, {
      value: element.style.getPropertyValue('display'),
      priority: element.style.getPropertyPriority('display'),
    });
    element.style.setProperty('display', 'none', 'important');
  }
}

function restoreAll(state: SummaryState) {
  state.filter = undefined;
  for (const [element, own] of state.hidden) {
    if (own.value) element.style.setProperty('display', own.value, own.priority);
    else element.style.removeProperty('display');
  }
  state.hidden.clear();
}

// Replica pages: tests/fixtures/seller-center order lists (To ship, All; en and zh; 500 virtualised rows).
