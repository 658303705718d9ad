import { localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import { sendMessage, type FindingView } from '@/lib/messaging';
import type { HintFeature } from './feature';
import { trustedClick } from './trusted-click';
import { el } from './hint-host';

const TONE: Record<FindingView['severity'], string> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'info',
  info: 'info',
  unknown: 'info',
};

/**
 * `pending-diagnosis`: on every stuck order (label created, still awaiting shipment — S27), the top
 * ranked finding in one line with its severity colour and fix, and "Open troubleshooting", which opens
 * the side panel on that order. The ranking lives in lib/diagnostics; facts come from the background.
 */
export const pendingDiagnosis: HintFeature = {
  kind: 'pending-diagnosis',
  include: (page) => page.kind === 'order-detail' || (page.kind === 'order-list' && page.isToShip),
  update(rows, ctx) {
    const keep = new Set<string>();
    for (const row of rows) {
      const enrichment = ctx.enrichment.get(row);
      if (!enrichment) {
        keep.add(row.orderId); // answer pending: keep what is shown
        continue;
      }
      const finding = enrichment.diagnosis;
      if (!finding) continue;
      keep.add(row.orderId);
      ctx.hints.upsert(row.orderId, row.anchor, `${JSON.stringify(finding)}|${ctx.locale}`, (root) =>
        renderDiagnosis(root, row.orderId, finding, ctx.locale),
      );
    }
    ctx.hints.prune(keep);
  },
};

function renderDiagnosis(root: ShadowRoot, orderId: string, finding: FindingView, locale: Locale) {
  const title = localize(finding.title, locale);
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
  root.append(
    el(
      'span',
      { className: 'wrap' },
      el(
        'span',
        {
          className: `hint nowrap ${TONE[finding.severity]}`,
          attrs: {
            role: 'note',
            'aria-label': `${localize(t.diagnosisLabel, locale)} ${title}`,
            'data-code': finding.code,
          },
        },
        el('span', {
          className: 'one-line label',
          text: title,
          attrs: { tabindex: '0', 'aria-describedby': 'finding' },
        }),
        open,
      ),
      el(
        'span',
        { className: 'tip', attrs: { role: 'tooltip', id: 'finding' } },
        el('div', { text: localize(finding.detail, locale) }),
        el('div', { text: `${localize(t.diagnosisFix, locale)} ${localize(finding.fix, locale)}` }),
        el('div', { text: finding.source }),
      ),
    ),
  );
}

// Replica pages: tests/fixtures/seller-center US To ship list (three stuck scenario orders) and their detail pages.
