import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { OrderRow } from '@/lib/seller-center';
import { checkWaybill, findDuplicateWaybills, type WaybillCheck, type WaybillIssue } from '@/lib/waybill';
import type { HintFeature } from './feature';
import { el } from './hint-host';

/**
 * `waybill-warning`: a malformed waybill number gets an inline warning saying which character at
 * which position is wrong, what the carrier's format is, what to do, and the corrected number to copy
 * (S28: such labels are filtered by the platform; S29: 83.7 % of stuck orders). Valid numbers get nothing.
 */
export const waybillWarning: HintFeature = {
  kind: 'waybill-warning',
  include: (page) => page.kind === 'order-list' || page.kind === 'order-detail' || page.kind === 'shipping-labels',
  update(rows, ctx) {
    const withWaybill = rows.filter((row) => row.waybill && row.waybill.raw.length > 0);
    const duplicates = duplicateMap(withWaybill);
    const keep = new Set<string>();
    for (const row of withWaybill) {
      const { raw, element } = row.waybill!;
      const result = checkCached(raw, row.carrier?.text, ctx.page.market ?? undefined);
      const problems = result.issues.filter((issue) => issue.severity !== 'info');
      const others = duplicates.get(row.orderId) ?? [];
      if (!problems.length && !others.length) continue;
      keep.add(row.orderId);
      const key = `${raw}|${row.carrier?.text ?? ''}|${others.join(',')}|${ctx.locale}`;
      ctx.hints.upsert(row.orderId, element, key, (root) => renderWarning(root, result, problems, others, ctx.locale));
    }
    ctx.hints.prune(keep);
  },
};

const cache = new Map<string, WaybillCheck>();
function checkCached(raw: string, carrier: string | undefined, market: string | undefined): WaybillCheck {
  const key = `${carrier ?? ''}\u0000${market ?? ''}\u0000${raw}`;
  let result = cache.get(key);
  if (!result) {
    if (cache.size > 5000) cache.clear();
    result = checkWaybill(raw, { ...(carrier ? { carrier } : {}), ...(market ? { market } : {}) });
    cache.set(key, result);
  }
  return result;
}

/** The same number on two orders of the page is a warning on both (seed S28: one label, one order). */
function duplicateMap(rows: readonly OrderRow[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of findDuplicateWaybills(rows.map((row) => ({ orderId: row.orderId, raw: row.waybill!.raw })))) {
    for (const id of group.orderIds)
      map.set(
        id,
        group.orderIds.filter((other) => other !== id),
      );
  }
  return map;
}

function renderWarning(
  root: ShadowRoot,
  result: WaybillCheck,
  problems: WaybillIssue[],
  duplicateOf: string[],
  locale: Locale,
) {
  const lines = problems.map((issue) => localize(issue.text, locale));
  if (duplicateOf.length)
    lines.push(localize(fillLocalized(t.waybillDuplicate, { orders: duplicateOf.join(', ') }), locale));
  const [first, ...rest] = lines;
  const severe = problems.some((issue) => issue.severity === 'error');
  const expected = result.format
    ? ` — ${localize(t.waybillExpected, locale)} ${localize(result.format.name, locale)}`
    : '';
  const fix = problems.find((issue) => issue.fix)?.fix ?? t.waybillFixDefault;
  const box = el(
    'span',
    {
      className: `hint ${severe ? 'error' : 'warning'}`,
      attrs: { role: 'note', 'aria-label': `${localize(t.waybillTitle, locale)}: ${first ?? ''}` },
    },
    el('span', { className: 'label', text: `⚠ ${localize(t.waybillTitle, locale)}:` }),
    el('span', { text: `${first ?? ''}${expected}` }),
  );
  const details = el(
    'details',
    {},
    el('summary', {
      text: rest.length
        ? localize(fillLocalized(t.waybillMoreIssues, { count: rest.length }), locale)
        : localize(t.waybillMore, locale),
    }),
  );
  if (rest.length) details.append(el('ul', {}, ...rest.map((line) => el('li', { text: line }))));
  details.append(el('div', { text: localize(fix, locale) }));
  box.append(details);
  if (result.suggestion && result.candidateValid && result.normalized)
    box.append(copyButton(result.normalized, locale));
  root.append(box);
}

function copyButton(value: string, locale: Locale): HTMLElement {
  const button = el('button', {
    text: localize(t.waybillCopy, locale),
    attrs: { type: 'button', title: localize(fillLocalized(t.waybillCorrected, { value }), locale) },
  });
  button.addEventListener('click', (event) => {
    event.stopPropagation(); // the row's own click handlers must not see our button
    navigator.clipboard
      .writeText(value)
      .then(() => (button.textContent = `${localize(t.waybillCopied, locale)}: ${value}`))
      .catch(() => (button.textContent = value)); // clipboard refused: show the number to copy by hand
  });
  return button;
}

// Replica pages: tests/fixtures/seller-center (order list all/to_ship, order detail, shipment labels; en and zh).
