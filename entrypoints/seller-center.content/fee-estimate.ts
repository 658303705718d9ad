import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { QuoteAllView, QuoteRequest } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/page';
import { formatMoney, formatWeight, toGrams, toMillimetres } from '@/lib/units';
import {
  findPackageWeightInputs,
  findParcelFormFields,
  type OrderRow,
  type PackageWeightInput,
  type ParcelFormFields,
} from '@/lib/seller-center';
import { CHECK_LOGISTICS } from '@/lib/eligibility/messages';
import type { FeatureContext, HintFeature } from './feature';
import { el, HintRegistry } from './hint-host';
import { featureSwitches, settingsKnown } from './page-context';
import { followSignals } from './signal-feature';

const DEBOUNCE_MS = 300;

/** A number the seller typed ("0.4", "0,4"), or undefined while the field is empty or mid-edit. */
function readNumber(input: HTMLInputElement | undefined, text = input?.value): number | undefined {
  if (!input || text === undefined) return undefined;
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Parcel facts from Seller Center's own form fields (units converted at this edge), else from the page row. */
function parcelFrom(
  fields: ParcelFormFields,
  row: OrderRow | undefined,
): Pick<QuoteRequest, 'weightGrams' | 'dimensionsMm'> {
  const weight = readNumber(fields.weight?.input);
  const weightGrams = weight !== undefined && fields.weight ? toGrams(weight, fields.weight.unit) : row?.weightGrams;
  const sides = [fields.length, fields.width, fields.height].map((f) => {
    const value = readNumber(f?.input);
    return f && value !== undefined ? toMillimetres(value, f.unit) : undefined;
  });
  const [length, width, height] = sides;
  const dimensionsMm = length && width && height ? { length, width, height } : row?.dimensionsMm;
  return { ...(weightGrams ? { weightGrams } : {}), ...(dimensionsMm ? { dimensionsMm } : {}) };
}

/** The element after which the estimate goes: the smallest element holding every parcel input. */
function formAnchor(fields: ParcelFormFields): Element | undefined {
  const inputs = [fields.weight, fields.length, fields.width, fields.height].flatMap((f) => (f ? [f.input] : []));
  let node: Element | null = inputs[0] ?? null;
  while (node && !inputs.every((input) => node!.contains(input))) node = node.parentElement;
  return node ?? undefined;
}

interface FeeState {
  requestKey: string;
  view?: QuoteAllView;
  timer?: number;
  watched: WeakSet<HTMLInputElement>;
  /** Whether a switch of a native unit select re-prices (one listener per page session). */
  watchesUnits?: boolean;
  /** Shipment page: each weight input's value as of its last debounce (typing alone does no work). */
  settled: WeakMap<HTMLInputElement, string>;
  /** Shipment page: answers by request key (one request per distinct weight, not per keystroke). */
  quotes: Map<string, QuoteAllView | 'pending'>;
  /** The bulk "Edit weight" drawer's estimate: a page-level notice (it is for every selected package). */
  bulk?: HintRegistry;
}
const states = new WeakMap<FeatureContext, FeeState>();
const BULK = 'bulk';

function stateOf(ctx: FeatureContext): FeeState {
  let state = states.get(ctx);
  if (!state) {
    state = { requestKey: '', watched: new WeakSet(), settled: new WeakMap(), quotes: new Map() };
    states.set(ctx, state);
  }
  return state;
}

/**
 * `fee-estimate`: an itemised quote beside Seller Center's package form (order detail) and its
 * package-weight inputs (order list, ref §2.8), recomputed as the seller types weight or dimensions (debounced, no reload), with the
 * chargeable weight and a warning when volumetric weight exceeds actual weight (S24).
 */
export const feeEstimate: HintFeature = {
  kind: 'fee-estimate',
  include: (page) => page.kind === 'order-detail' || page.kind === 'order-list',
  init: (ctx) => followSignals(ctx),
  update(rows, ctx) {
    if (!settingsKnown()) return;
    const state = stateOf(ctx);
    if (!featureSwitches().feeEstimate) {
      state.bulk?.clear();
      return ctx.hints.prune(new Set());
    }
    const weightInputs = findPackageWeightInputs(document);
    if (weightInputs.length) return updateWeightInputs(weightInputs, rows, ctx, state);
    state.bulk?.clear();
    // The list asks for weights only in those inputs (ref §2.8). Its "Arrange shipment" drawer has a package
    // form too, but names its order in text alone, so no estimate could say whose it is: the list (500 rows,
    // its labels and inputs) is not searched for a form on every change of the page (issue #11).
    if (ctx.page.kind !== 'order-detail') return ctx.hints.prune(new Set());
    const fields = findParcelFormFields(document);
    const anchor = formAnchor(fields);
    const row =
      (anchor && rows.find((r) => r.rows.some((part) => part.contains(anchor) || anchor.contains(part)))) ??
      rows.find((r) => r.orderId === ctx.page.orderId) ??
      rows[0];
    const orderId = row?.orderId ?? ctx.page.orderId;
    const at = anchor ?? row?.anchor;
    if (!orderId || !at) return ctx.hints.prune(new Set());
    watchInputs(fields, state, ctx);
    const request: QuoteRequest = {
      market: ctx.page.market ?? '',
      ...parcelFrom(fields, row),
      ...(row?.destination ? { destination: row.destination } : {}),
    };
    const key = JSON.stringify(request);
    if (key !== state.requestKey && request.market) {
      state.requestKey = key;
      sendMessage('quote-parcel', request)
        .then((view) => {
          if (state.requestKey !== key || ctx.signal.aborted) return;
          state.view = view;
          ctx.requestUpdate();
        })
        .catch(() => undefined);
    }
    if (!state.view) return;
    const view = state.view;
    ctx.hints.upsert(orderId, at, `${JSON.stringify(view)}|${ctx.locale}`, (root) =>
      renderEstimate(root, view, request.weightGrams !== undefined, ctx.locale),
    );
    ctx.hints.prune(new Set([orderId]));
  },
};

/**
 * The shipment page (ref §2.8): an estimate beside each package-weight input Seller Center shows — the
 * per-row popover (that order's estimate, its destination when the row shows one) and the bulk "Edit
 * weight" drawer (one estimate per package at the typed weight). A value counts once typing paused
 * (debounced); each distinct request is asked once.
 */
function updateWeightInputs(
  inputs: readonly PackageWeightInput[],
  rows: readonly OrderRow[],
  ctx: FeatureContext,
  state: FeeState,
) {
  const market = ctx.page.market;
  const keep = new Set<string>();
  let bulkShown = false;
  for (const found of inputs) {
    watchWeightInput(found.input, state, ctx);
    if (!market) continue;
    if (!state.settled.has(found.input)) state.settled.set(found.input, found.input.value);
    const typed = readNumber(found.input, state.settled.get(found.input));
    const row = found.orderId ? rows.find((r) => r.orderId === found.orderId) : undefined;
    const request: QuoteRequest = {
      market,
      ...(typed !== undefined ? { weightGrams: toGrams(typed, found.unit) } : {}),
      ...(row?.destination ? { destination: row.destination } : {}),
    };
    const key = JSON.stringify(request);
    const view = quoteFor(key, request, state, ctx);
    if (view === 'pending') continue;
    const locale = ctx.locale;
    const render = (root: ShadowRoot) => renderEstimate(root, view, request.weightGrams !== undefined, locale);
    const contentKey = `${key}|${locale}`;
    if (found.orderId) {
      keep.add(found.orderId);
      ctx.hints.upsert(found.orderId, found.anchor, contentKey, render);
    } else if (!bulkShown) {
      bulkShown = true;
      state.bulk ??= bulkRegistry(ctx);
      state.bulk.upsert(BULK, found.anchor, contentKey, render);
    }
  }
  ctx.hints.prune(keep);
  if (!bulkShown) state.bulk?.clear();
}

function bulkRegistry(ctx: FeatureContext): HintRegistry {
  const registry = new HintRegistry('bulk-weight-estimate');
  ctx.signal.addEventListener('abort', () => registry.clear(), { once: true });
  return registry;
}

function quoteFor(key: string, request: QuoteRequest, state: FeeState, ctx: FeatureContext) {
  const known = state.quotes.get(key);
  if (known) return known;
  state.quotes.set(key, 'pending');
  sendMessage('quote-parcel', request)
    .then((view) => {
      if (ctx.signal.aborted) return;
      state.quotes.set(key, view);
      ctx.requestUpdate();
    })
    .catch(() => state.quotes.delete(key)); // asked again on the next change
  return 'pending' as const;
}

function watchWeightInput(input: HTMLInputElement, state: FeeState, ctx: FeatureContext) {
  if (state.watched.has(input)) return;
  state.watched.add(input);
  const settle = () => {
    if (state.timer) clearTimeout(state.timer);
    state.timer = window.setTimeout(() => {
      state.settled.set(input, input.value);
      ctx.requestUpdate();
    }, DEBOUNCE_MS);
  };
  // Listening only: Seller Center's own handlers and values are untouched.
  input.addEventListener('input', settle, { signal: ctx.signal, passive: true });
  input.addEventListener('change', settle, { signal: ctx.signal, passive: true });
}

function watchInputs(fields: ParcelFormFields, state: FeeState, ctx: FeatureContext) {
  if (!state.watchesUnits) {
    // A native unit <select> switched beside a typed figure changes no DOM the runtime observes; an
    // Arco select does (its shown value), so only native selects need this.
    state.watchesUnits = true;
    const onUnit = (event: Event) => {
      if (!(event.target instanceof HTMLSelectElement)) return;
      if (state.timer) clearTimeout(state.timer);
      state.timer = window.setTimeout(ctx.requestUpdate, DEBOUNCE_MS);
    };
    document.addEventListener('change', onUnit, { signal: ctx.signal, passive: true, capture: true });
  }
  for (const field of [fields.weight, fields.length, fields.width, fields.height]) {
    if (!field || state.watched.has(field.input)) continue;
    state.watched.add(field.input);
    const onInput = () => {
      if (state.timer) clearTimeout(state.timer);
      state.timer = window.setTimeout(ctx.requestUpdate, DEBOUNCE_MS);
    };
    // Listening only: Seller Center's own handlers and values are untouched.
    field.input.addEventListener('input', onInput, { signal: ctx.signal, passive: true });
    field.input.addEventListener('change', onInput, { signal: ctx.signal, passive: true });
  }
}

/**
 * Why there is no price, as it is: no weight typed yet; carriers that may take it but have no rate on
 * file (named); carriers with nothing on file (unknown — where to check); or none can take it.
 */
export function noEstimateText(view: QuoteAllView, hasWeight: boolean): Localized {
  if (!hasWeight) return t.feeNoWeight;
  const noRate = view.excluded.filter((e) => e.status === 'no-rate');
  if (noRate.length)
    return {
      en: t.feeNoRate.en.replace('{carriers}', noRate.map((e) => e.carrierName.en).join(', ')),
      zh: t.feeNoRate.zh.replace('{carriers}', noRate.map((e) => e.carrierName.zh).join('、')),
    };
  if (view.excluded.some((e) => e.status === 'unknown'))
    return {
      en: t.badgeUnknown.en.replace('{check}', CHECK_LOGISTICS.en),
      zh: t.badgeUnknown.zh.replace('{check}', CHECK_LOGISTICS.zh),
    };
  return t.feeNone;
}

function renderEstimate(root: ShadowRoot, view: QuoteAllView, hasWeight: boolean, locale: Locale) {
  const best = view.eligible[0];
  const box = el('div', {
    className: `hint ${best ? 'info' : 'warning'}`,
    attrs: { role: 'region', 'aria-label': localize(t.feeTitle, locale) },
  });
  root.append(box);
  if (!best) {
    box.append(
      el('span', { className: 'label', text: `${localize(t.feeTitle, locale)}:` }),
      el('span', { text: localize(noEstimateText(view, hasWeight), locale) }),
    );
    return;
  }
  const money = (minor: number) => formatMoney(minor, best.currency, best.currencyExponent, locale);
  const kg = (grams: number) => formatWeight(grams, locale);
  box.append(
    el('span', {
      className: 'label',
      text: `${localize(t.feeTitle, locale)} · ${localize(best.carrierName, locale)}: ${money(best.totalMinor)}${best.estimate ? ` (${localize(t.feeEstimateNote, locale)})` : ''}`,
    }),
    el('span', { text: localize(fillLocalized(t.feeChargeable, { weight: kg(best.chargeableWeightGrams) }), locale) }),
  );
  if (best.volumetricWeightGrams !== null && best.volumetricWeightGrams > best.actualWeightGrams) {
    const diff = best.volumetricWeightGrams - best.actualWeightGrams;
    box.append(
      el('div', {
        className: 'label',
        text: `⚠ ${localize(fillLocalized(t.feeVolumetricOver, { volumetric: kg(best.volumetricWeightGrams), actual: kg(best.actualWeightGrams), diff: kg(diff) }), locale)}`,
      }),
    );
  }
  const table = el(
    'table',
    {},
    ...best.lines.map((line) =>
      el(
        'tr',
        {},
        el('td', { text: localize(line.explanation, locale) }),
        el('td', { className: 'num', text: money(line.amountMinor) }),
      ),
    ),
  );
  table.append(
    el(
      'tr',
      {},
      el('td', { className: 'label', text: localize(t.feeTotal, locale) }),
      el('td', { className: 'num label', text: money(best.totalMinor) }),
    ),
  );
  box.append(table);
  // The carrier choice is still open here: the other carriers that may take the parcel, with their price.
  const others = view.eligible.slice(1);
  if (others.length)
    box.append(
      el('div', {
        text: localize(
          fillLocalized(t.feeOthers, {
            list: others
              .map(
                (q) =>
                  `${localize(q.carrierName, locale)} ${formatMoney(q.totalMinor, q.currency, q.currencyExponent, locale)}`,
              )
              .join(' · '),
          }),
          locale,
        ),
      }),
    );
  for (const warning of best.warnings) box.append(el('div', { text: `• ${localize(warning.text, locale)}` }));
  if (view.usedDefaults.length) {
    const what = view.usedDefaults.map((d) =>
      localize(
        d === 'weight' ? t.badgeDefaultWeight : d === 'dimensions' ? t.badgeDefaultSize : t.badgeDefaultDestination,
        locale,
      ),
    );
    box.append(el('div', { text: `* ${localize(fillLocalized(t.badgeDefaults, { what: what.join(', ') }), locale)}` }));
  }
}

// Replica pages: tests/fixtures/seller-center order detail (US en, ID zh) with the Package weight/size form.
