import { localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { FindingView } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/page';
import type { Problem } from '@/lib/signals';
import { renderChip, toneClass } from './chip';
import type { HintFeature } from './feature';
import { el } from './hint-host';
import { trustedClick } from './trusted-click';
import { settingsKnown } from './page-context';
import { frameSignals } from './row-signals';
import { deadlineDetail, followSignals, problemLine } from './signal-feature';

/**
 * `pending-diagnosis`: on a stuck order (label created, still awaiting shipment — S27), the top ranked
 * finding — only when it is actionable (signal policy rule 1: a cause with evidence, not an unknown,
 * a prior or an info note; waybill findings are the waybill warning's) — with its fix on demand and
 * "Open troubleshooting", which opens the side panel on that order (the full list lives there).
 * The ranking lives in lib/diagnostics; facts come from the background.
 */
export const pendingDiagnosis: HintFeature = {
  kind: 'pending-diagnosis',
  include: (page) => page.kind === 'order-detail' || (page.kind === 'order-list' && page.isToShip),
  init: (ctx) => followSignals(ctx),
  update(rows, ctx) {
    if (!settingsKnown()) return;
    const now = Date.now();
    const keep = new Set<string>();
    const locale = ctx.locale; // read once: it asks the page for its language
    for (const [orderId, { signals, row, finding }] of frameSignals(rows, ctx).rows) {
      const chip = signals.chip;
      if (chip?.kind !== 'pending-diagnosis' || !finding) continue;
      keep.add(orderId);
      const others = chip.others.map(
        (p) => `${problemLine(p, now, locale)}${detailSuffix(p, ctx.page.market, locale)}`,
      );
      ctx.hints.upsert(orderId, row.anchor, `${JSON.stringify(finding)}|${others.join('|')}|${locale}`, (root) =>
        renderDiagnosis(root, orderId, finding, chip.worst, others, locale),
      );
    }
    ctx.hints.prune(keep);
  },
};

function detailSuffix(problem: Problem, market: string | null, locale: Locale): string {
  const detail = deadlineDetail(problem, market, locale);
  return detail ? ` — ${detail}` : '';
}

function renderDiagnosis(
  root: ShadowRoot,
  orderId: string,
  finding: FindingView,
  problem: Problem,
  others: string[],
  locale: Locale,
) {
  const open = el('button', {
    text: localize(t.diagnosisOpen, locale),
    attrs: { type: 'button', 'aria-label': `${localize(t.diagnosisOpen, locale)}: ${orderId}` },
  });
  open.addEventListener(
    'click',
    trustedClick((event) => {
      event.stopPropagation(); // Seller Center's row click must not also fire
      void sendMessage('open-troubleshooting', { orderId }).catch(() => undefined);
    }),
  );
  renderChip(
    root,
    {
      className: toneClass(problem),
      label: localize(t.diagnosisLabel, locale),
      title: localize(finding.title, locale),
      details: [
        localize(finding.detail, locale),
        `${localize(t.diagnosisFix, locale)} ${localize(finding.fix, locale)}`,
        finding.source,
      ],
      others,
      actions: [open],
      attrs: { 'data-code': finding.code },
    },
    locale,
  );
}

// Replica pages: tests/fixtures/seller-center US To ship list (three stuck scenario orders) and their detail pages.
