import { localize } from '@/lib/i18n';
import { signalTexts } from '@/lib/signals';
import { renderChip, toneClass } from './chip';
import type { HintFeature } from './feature';
import { settingsKnown } from './page-context';
import { frameSignals } from './row-signals';
import { deadlineDetail, followSignals, problemLine } from './signal-feature';

/**
 * `ship-by-deadline`: a row chip for deadline risks (signal policy rule 5) — ship-by countdown at
 * T-24 / T-12 / T-4 h and once passed, collection overdue, and the seed's 4 h first scan after the
 * label — from the API when connected, else from Seller Center's own ship-by. When a row has several
 * row-level problems and the worst is a deadline, this chip shows it with "+N" for the others.
 */
export const shipByDeadline: HintFeature = {
  kind: 'ship-by-deadline',
  include: (page) => page.kind === 'order-list' || page.kind === 'order-detail',
  init: (ctx) => followSignals(ctx, { tick: true }),
  update(rows, ctx) {
    if (!settingsKnown()) return;
    const now = Date.now();
    const keep = new Set<string>();
    const locale = ctx.locale; // read once: it asks the page for its language
    for (const [orderId, { signals, row, finding }] of frameSignals(rows, ctx).rows) {
      const chip = signals.chip;
      if (chip?.kind !== 'ship-by-deadline') continue;
      keep.add(orderId);
      const title = problemLine(chip.worst, now, locale);
      const others = chip.others.map((p) => problemLine(p, now, locale, finding?.title));
      const detail = deadlineDetail(chip.worst, ctx.page.market, locale);
      ctx.hints.upsert(orderId, row.anchor, `${title}|${others.join('|')}|${detail}|${locale}`, (root) =>
        renderChip(
          root,
          {
            className: toneClass(chip.worst),
            label: localize(signalTexts.deadlineLabel, locale),
            title,
            details: detail ? [detail] : [],
            others,
            attrs: { 'data-problem': chip.worst.code },
          },
          locale,
        ),
      );
    }
    ctx.hints.prune(keep);
  },
};
