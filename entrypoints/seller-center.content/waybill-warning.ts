import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { WaybillCheck, WaybillIssue } from '@/lib/waybill';
import type { HintFeature } from './feature';
import { renderChip } from './chip';
import { el } from './hint-host';
import { settingsKnown } from './page-context';
import { checkCached, frameSignals } from './row-signals';
import { followSignals } from './signal-feature';

/**
 * `waybill-warning`: a malformed, duplicate or wrong-carrier waybill number gets ONE inline warning in
 * its tracking cell (the row header does not repeat it: signal policy rule 2) saying which character at
 * which position is wrong, what the carrier's format is, what to do, and the corrected number to copy
 * (S28: such labels are filtered by the platform). Valid numbers get nothing.
 */
export const waybillWarning: HintFeature = {
  kind: 'waybill-warning',
  include: (page) => page.kind === 'order-list' || page.kind === 'order-detail' || page.kind === 'shipping-labels',
  init: (ctx) => followSignals(ctx),
  update(rows, ctx) {
    if (!settingsKnown()) return;
    const keep = new Set<string>();
    const locale = ctx.locale; // read once: it asks the page for its language
    // the duplicates come with the signals (one grouping of the list's numbers a batch): asking per row
    // was a grouping per duplicate row, quadratic on a list full of one pasted number (issue #11)
    for (const [orderId, { signals, row, duplicateOf = [] }] of frameSignals(rows, ctx).rows) {
      const problem = signals.waybill;
      if (!problem || !row.waybill) continue;
      keep.add(orderId);
      // the signals came from the background's check; the details are checked here, for the rows drawn only
      const result = checkCached(row.waybill.raw, row.carrier?.text, ctx.page.market ?? undefined);
      const problems = result.issues.filter((issue) => issue.severity !== 'info');
      const others = problem.code === 'waybill-duplicate' ? duplicateOf : [];
      const key = `${row.waybill.raw}|${row.carrier?.text ?? ''}|${others.join(',')}|${locale}`;
      ctx.hints.upsert(orderId, row.waybill.element, key, (root) =>
        renderWarning(root, result, problems, others, locale),
      );
    }
    ctx.hints.prune(keep);
  },
};

/**
 * One compact chip (chip.ts): the first problem in its line ("Space … at position 5"), the carrier's
 * format, the other problems and what to do on demand, the corrected number's copy button beside it.
 * Short on purpose: a warning several lines tall makes its row taller, and every row under it moves —
 * on a 500-row list the page then lays out and repaints the whole table (~45 ms, traced; issue #11).
 */
function renderWarning(
  root: ShadowRoot,
  result: WaybillCheck,
  problems: WaybillIssue[],
  duplicateOf: readonly string[],
  locale: Locale,
) {
  const lines = problems.map((issue) => localize(issue.text, locale));
  if (duplicateOf.length)
    lines.push(localize(fillLocalized(t.waybillDuplicate, { orders: duplicateOf.join(', ') }), locale));
  const [first = localize(t.waybillTitle, locale), ...rest] = lines;
  const severe = problems.some((issue) => issue.severity === 'error');
  const fix = problems.find((issue) => issue.fix)?.fix ?? t.waybillFixDefault;
  const details = [
    ...(result.format ? [`${localize(t.waybillExpected, locale)} ${localize(result.format.name, locale)}`] : []),
    localize(fix, locale),
  ];
  const actions =
    result.suggestion && result.candidateValid && result.normalized ? [copyButton(result.normalized, locale)] : [];
  renderChip(
    root,
    {
      className: severe ? 'error' : 'warning',
      label: localize(t.waybillTitle, locale),
      title: `⚠ ${first}`,
      oneLine: true,
      details: [`${localize(t.waybillTitle, locale)}: ${first}`, ...details],
      others: rest,
      actions,
    },
    locale,
  );
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
