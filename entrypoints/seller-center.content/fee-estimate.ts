import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { QuoteAllView, QuoteRequest } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/page';
import { formatMoney, formatWeight, toGrams, toMillimetres } from '@/lib/units';
import { findParcelFormFields, type OrderRow, type ParcelFormFields } from '@/lib/seller-center';
import type { FeatureContext, HintFeature } from './feature';
import { el } from './hint-host';
import { featureSwitches, settingsKnown } from './page-context';
import { followSignals } from './signal-feature';

const DEBOUNCE_MS = 300;

/** A number the seller typed ("0.4", "0,4"), or undefined while the field is empty or mid-edit. */
function readNumber(input: HTMLInputElement | undefined): number | undefined {
  if (!input) return undefined;
  const value = Number(input.value.trim().replace(',', '.'));
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
}
const states = new WeakMap<FeatureContext, FeeState>();

/**
 * `fee-estimate`: an itemised quote beside Seller Center's package form (order detail, arrange
 * shipment), recomputed as the seller types weight or dimensions (debounced, no reload), with the
 * chargeable weight and a warning when volumetric weight exceeds actual weight (S24).
 */
export const feeEstimate: HintFeature = {
  kind: 'fee-estimate',
  include: (page) => page.kind === 'order-detail' || page.kind === 'order-list',
  init: (ctx) => followSignals(ctx),
  update(rows, ctx) {
    if (!settingsKnown()) return;
    if (!featureSwitches().feeEstimate) return ctx.hints.prune(new Set());
    const state = states.get(ctx) ?? { requestKey: '', watched: new WeakSet() };
    states.set(ctx, state);
    const fields = findParcelFormFields(document);
    const anchor = formAnchor(fields);
    const row =
      (anchor && rows.find((r) => r.rows.some((part) => part.contains(anchor) || anchor.contains(part)))) ??
      (ctx.page.kind === 'order-detail' ? (rows.find((r) => r.orderId === ctx.page.orderId) ?? rows[0]) : undefined);
    const orderId = row?.orderId ?? ctx.page.orderId;
    const at = anchor ?? (ctx.page.kind === 'order-detail' ? row?.anchor : undefined);
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

function watchInputs(fields: ParcelFormFields, state: FeeState, ctx: FeatureContext) {
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
      el('span', { text: localize(hasWeight ? t.feeNone : t.feeNoWeight, locale) }),
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
