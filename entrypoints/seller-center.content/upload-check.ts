import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { uploadMessages as t } from '@/lib/i18n/upload-messages';
import type { UploadCheckView, UploadProgressPhase } from '@/lib/messaging/upload-channel';
import { checkFileInBackground, type RemoteUploadCheck } from '@/lib/messaging/upload-client';
import { findTrackingUploadInputs } from '@/lib/seller-center';
import type { FeatureContext, HintFeature } from './feature';
import { adoptStyles, el } from './hint-host';
import { featureSwitches } from './page-context';

/**
 * Bulk tracking-upload check on Seller Center's own upload dialog: when the seller chooses the
 * template in the dialog's file input, hand its bytes to the background (which reads and checks every
 * row off Seller Center's thread, lib/background/upload-check.ts), show its progress, then a summary next to the input
 * (rows, problems by kind with row numbers, a corrected copy to download when the fixes are certain,
 * and the rows that need a person). A tracking number can be revised only once, within 72 h
 * (ref:seller-center#5), so a bad number is cheapest to catch before the upload.
 * Never blocks or alters the upload: the listener is passive, nothing is prevented, the input's value
 * and files are only read.
 */
export const uploadCheck: HintFeature = {
  kind: 'waybill-warning',
  include: (page) => page.kind === 'order-list' || page.kind === 'tracking-upload',
  init(ctx) {
    const state: UploadHintState = { generation: 0, hintId: undefined, url: undefined, transfer: undefined };
    document.addEventListener('change', (event) => void onFileChosen(event, ctx, state), {
      capture: true,
      passive: true,
      signal: ctx.signal,
    });
    ctx.signal.addEventListener('abort', () => revokeUrl(state), { once: true });
  },
  update() {
    // Nothing per frame: the hint follows the file input's change events, not the order rows.
  },
};

interface UploadHintState {
  /** Bumped on every choice so a slow read of an earlier file cannot overwrite a later one. */
  generation: number;
  /** The `data-order-id` the hint is registered under (first defective order, or `upload`). */
  hintId: string | undefined;
  url: string | undefined;
  /** Stops the previous file's transfer and check when another file is chosen or the page goes. */
  transfer: AbortController | undefined;
}

const UPLOAD_HINT_ID = 'upload';

function revokeUrl(state: UploadHintState) {
  if (state.url) URL.revokeObjectURL(state.url);
  state.url = undefined;
}

/** The summary goes after the input's label (never inside it: a click there would open the file picker). */
function anchorOf(input: HTMLInputElement): Element {
  return input.closest('label') ?? input;
}

async function onFileChosen(event: Event, ctx: FeatureContext, state: UploadHintState) {
  // A page script can set an input's files and dispatch "change": only the seller's own choice counts.
  if (!event.isTrusted) return;
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
  if (!featureSwitches().uploadCheck) return; // Options → In-page hints: upload check off
  if (!findTrackingUploadInputs(document).includes(input)) return;
  const generation = ++state.generation;
  state.transfer?.abort();
  const transfer = new AbortController();
  state.transfer = transfer;
  ctx.signal.addEventListener('abort', () => transfer.abort(), { once: true });
  const file = input.files?.[0];
  const anchor = anchorOf(input);
  if (!file) {
    clearHint(ctx, state);
    return;
  }
  const current = () => generation === state.generation && !ctx.signal.aborted && anchor.isConnected;
  const showProgress = (phase: UploadProgressPhase | 'start', fraction: number) => {
    const percent = Math.floor(fraction * 100);
    show(ctx, state, anchor, UPLOAD_HINT_ID, `reading|${generation}|${phase}|${percent}`, (root) =>
      renderReading(root, file.name, phase, percent, ctx.locale),
    );
  };
  showProgress('start', 0);
  const outcome: RemoteUploadCheck = await checkFileInBackground(file, {
    ...(ctx.page.market ? { market: ctx.page.market } : {}),
    onProgress: (phase, fraction) => current() && showProgress(phase, fraction),
    signal: transfer.signal,
  });
  if (!current()) return;
  if (!outcome.ok) {
    const { text } = outcome;
    show(ctx, state, anchor, UPLOAD_HINT_ID, `error|${generation}`, (root) => renderError(root, text, ctx.locale));
    return;
  }
  const { view } = outcome;
  revokeUrl(state);
  if (outcome.copy)
    state.url = URL.createObjectURL(new Blob([outcome.copy.bytes as BlobPart], { type: outcome.copy.mimeType }));
  const url = state.url;
  show(ctx, state, anchor, view.firstDefectiveOrderId ?? UPLOAD_HINT_ID, `done|${generation}`, (root) =>
    renderSummary(root, view, url, ctx.locale),
  );
}

function show(
  ctx: FeatureContext,
  state: UploadHintState,
  anchor: Element,
  id: string,
  key: string,
  render: (root: ShadowRoot) => void,
) {
  if (state.hintId && state.hintId !== id) ctx.hints.remove(state.hintId);
  state.hintId = id;
  ctx.hints.upsert(id, anchor, key, (root) => {
    adoptStyles(root, UPLOAD_CSS);
    render(root);
    // Seller Center's upload area opens the file picker on click: our clicks and keys stay ours.
    for (const type of ['click', 'keydown'] as const) root.addEventListener(type, (e) => e.stopPropagation());
  });
}

function clearHint(ctx: FeatureContext, state: UploadHintState) {
  if (state.hintId) ctx.hints.remove(state.hintId);
  state.hintId = undefined;
  revokeUrl(state);
}

const UPLOAD_CSS = `
:host { display: block; margin: 8px 0; }
.upload { display: block; max-width: none; padding: 6px 8px; }
/* Seller Center's dialog must keep its title and buttons on screen: the summary scrolls instead. */
.summary { max-height: 40vh; overflow: auto; }
.summary:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.upload > * { margin: 2px 0; }
.upload table { margin: 4px 0; }
.upload th { text-align: left; font-weight: 600; padding: 0 8px 0 0; vertical-align: top; }
.upload caption { text-align: left; font-weight: 600; }
.upload a { color: inherit; font-weight: 600; }
.upload a:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.muted { opacity: 0.85; }
`;

function titleLine(locale: Locale, tone: string): HTMLElement {
  return el('span', { className: 'label', text: `${tone === 'ok' ? '✓' : '⚠'} ${localize(t.summaryTitle, locale)}:` });
}

const PROGRESS_TEXTS: Record<UploadProgressPhase, Localized> = {
  receiving: t.progressReceiving,
  reading: t.progressReading,
  checking: t.progressChecking,
  copying: t.progressCopying,
};

function renderReading(
  root: ShadowRoot,
  name: string,
  phase: UploadProgressPhase | 'start',
  percent: number,
  locale: Locale,
) {
  const text = phase === 'start' ? t.summaryReading : PROGRESS_TEXTS[phase];
  root.append(
    el(
      'div',
      { className: 'hint info upload' },
      titleLine(locale, 'info'),
      el('span', {
        text: ` ${localize(fillLocalized(text, { name, percent }), locale)}`,
        attrs: { role: 'status' },
      }),
      el('progress', { attrs: { max: '100', value: String(percent), 'aria-label': localize(t.summaryTitle, locale) } }),
    ),
  );
}

function renderError(root: ShadowRoot, text: Localized, locale: Locale) {
  root.append(
    el(
      'div',
      { className: 'hint error upload' },
      titleLine(locale, 'error'),
      el('span', { text: ` ${localize(text, locale)}`, attrs: { role: 'status' } }),
      el('div', { className: 'muted', text: localize(t.summaryNotBlocked, locale) }),
    ),
  );
}

function renderSummary(root: ShadowRoot, view: UploadCheckView, url: string | undefined, locale: Locale) {
  const L = (text: Localized) => localize(text, locale);
  const box = el(
    'div',
    {
      className: `hint ${view.tone} upload summary`,
      attrs: { role: 'region', 'aria-label': L(t.summaryTitle), tabindex: '0' },
    },
    el(
      'div',
      {},
      titleLine(locale, view.tone),
      el('span', { text: ` ${L(view.headline)}`, attrs: { role: 'status' } }),
    ),
    el('div', { className: 'muted', text: L(view.location) }),
  );
  // The download first: it is the one action, and the summary below may need scrolling.
  if (view.download && url) {
    const link = el('a', { text: `⬇ ${L(view.download.label)}`, attrs: { href: url, download: view.download.name } });
    box.append(el('div', {}, link), el('div', { className: 'muted', text: L(view.download.note) }));
  }
  if (view.copyProblem) box.append(el('div', { text: L(view.copyProblem) }));
  if (view.classes.length) {
    const table = el('table', {}, el('caption', { text: L(t.summaryByClass) }));
    for (const c of view.classes) {
      const rows = `${L(c.rowsText)}${c.fixedInCopy ? ` — ${L(t.summaryCertain)}` : ''}`;
      table.append(
        el(
          'tr',
          { attrs: { 'data-code': c.code } },
          el('th', { text: L(c.title), attrs: { scope: 'row' } }),
          el('td', { text: rows }),
        ),
      );
    }
    box.append(table);
  }
  if (view.needsHuman.length) {
    const list = el(
      'ul',
      {},
      ...view.needsHuman.map((r) => el('li', { text: L(r.text), attrs: { 'data-row': String(r.row) } })),
    );
    const details = el(
      'details',
      { attrs: { open: '' } },
      el('summary', { text: L(fillLocalized(t.summaryNeedsHuman, { count: view.needsHumanTotal })) }),
      el('div', { attrs: { role: 'group', 'aria-label': L(t.summaryNeedsHumanList) } }, list),
    );
    if (view.moreNeedsHuman) details.append(el('div', { text: L(view.moreNeedsHuman) }));
    box.append(details);
  }
  if (view.notes) box.append(el('div', { className: 'muted', text: L(view.notes) }));
  if (view.tone !== 'ok') box.append(el('div', { text: L(t.summaryRevision) }));
  box.append(el('div', { className: 'muted', text: L(t.summaryNotBlocked) }));
  root.append(box);
}

// Replica pages: order list (en/zh) "Upload" → "Upload tracking numbers" dialog; tests/e2e/upload-check.spec.ts.
