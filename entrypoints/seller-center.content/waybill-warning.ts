import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { OrderRow } from '@/lib/seller-center';
import { checkWaybill, findDuplicateWaybills } from '@/lib/waybill';
import type { HintFeature } from './feature';
import { el } from './hint-host';

type WaybillResult = ReturnType<typeof checkWaybill>;
type WaybillIssue = WaybillResult['issues'][number];

/**
 * `waybill-warning`: a malformed waybill number gets an inline warning saying which character at
 * which position is wrong and what the carrier expects (S28: such labels are filtered by the platform;
 * S29: 83.7 % of stuck orders). Valid numbers get nothing.
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
      const problems = result.issues.filter(isProblem);
      const others = duplicates.get(row.orderId);
      if (result.ok && !others?.length) continue;
      if (!problems.length && !others?.length) continue;
      keep.add(row.orderId);
      const key = `${raw}|${row.carrier?.text ?? ''}|${others?.join(',') ?? ''}|${ctx.locale}`;
      ctx.hints.upsert(row.orderId, element, key, (root) => renderWarning(root, result, problems, others ?? [], ctx.locale));
    }
    ctx.hints.prune(keep);
  },
};

function isProblem(issue: WaybillIssue): boolean {
  const severity = (issue as { severity?: string }).severity;
  return severity ? severity !== 'info' : issue.code !== 'format-not-verifiable';
}

const cache = new Map<string, WaybillResult>();
function checkCached(raw: string, carrier: string | undefined, market: string | undefined): WaybillResult {
  const key = `${carrier ?? ''}\u0000${market ?? ''}\u0000${raw}`;
  let result = cache.get(key);
  if (!result) {
    if (cache.size > 5000) cache.clear();
    result = checkWaybill(raw, { carrier, market });
    cache.set(key, result);
  }
  return result;
}

function duplicateMap(rows: readonly OrderRow[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const groups = findDuplicateWaybills(rows.map((row) => ({ orderId: row.orderId, raw: row.waybill!.raw })));
  for (const group of groups) {
    for (const id of group.orderIds) map.set(id, group.orderIds.filter((other) => other !== id));
  }
  return map;
}

function issueText(issue: WaybillIssue, locale: Locale): string {
  const text = (issue as { text?: { en: string; zh: string } }).text;
  return text ? localize(text, locale) : issue.message;
}

function renderWarning(root: ShadowRoot, result: WaybillResult, problems: WaybillIssue[], duplicateOf: string[], locale: Locale) {
  const lines = problems.map((issue) => issueText(issue, locale));
  if (duplicateOf.length) lines.push(localize(fillLocalized(t.waybillDuplicate, { orders: duplicateOf.join(', ') }), locale));
  const [first, ...rest] = lines;
  const severe = problems.some((i) => (i as { severity?: string }).severity !== 'warning');
  const fix = problems.map((i) => (i as { fix?: { en: string; zh: string } }).fix).find(Boolean) ?? t.waybillFixDefault;
  const box = el(
    'span',
    { className: `hint ${severe ? 'error' : 'warning'}`, attrs: { role: 'note', 'aria-label': localize(t.waybillTitle, locale) } },
    el('span', { className: 'label', text: `⚠ ${localize(t.waybillTitle, locale)}:` }),
    el('span', { text: first ?? '' }),
  );
  const details = el('details', {}, el('summary', { text: rest.length ? localize(fillLocalized(t.waybillMoreIssues, { count: rest.length }), locale) : localize(t.waybillMore, locale) }));
  if (rest.length) details.append(el('ul', {}, ...rest.map((line) => el('li', { text: line }))));
  details.append(el('div', { text: localize(fix, locale) }));
  const corrected = (result as { needsCleaning?: boolean }).needsCleaning !== false && result.normalized && result.normalized !== '' ? result.normalized : '';
  if (corrected) details.append(el('div', { text: localize(fillLocalized(t.waybillCorrected, { value: corrected }), locale) }));
  box.append(details);
  root.append(box);
}

// Replica pages: tests/fixtures/seller-center (order list all/to_ship, order detail, shipment labels; en and zh).
