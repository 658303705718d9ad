import { fillLocalized, localize } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import { MAX_LABEL_CLICK_IDS } from '@/lib/messaging/limits';
import { sendMessage } from '@/lib/messaging/page';
import { extractOrders, findPrintLabelButtons } from '@/lib/seller-center';
import type { FeatureContext, HintFeature } from './feature';
import { el } from './hint-host';
import { onPageSettingsChange, printerDpi, settingsKnown } from './page-context';
import { trustedClick } from './trusted-click';

const MIN_DPI = 203; // S33

/** Order ids a print-label click applies to: the button's own order row, else the page's order. */
function ordersOfClick(button: Element, ctx: FeatureContext): string[] {
  const rows = extractOrders(document, ctx.page);
  const own = rows.find((row) => row.rows.some((part) => part.contains(button)));
  if (own) return [own.orderId];
  if (ctx.page.orderId) return [ctx.page.orderId];
  // A bulk button outside any row prints the selected orders.
  return rows
    .filter((row) => row.rows.some((part) => part.querySelector('input[type="checkbox"]:checked')))
    .map((row) => row.orderId);
}

/**
 * `label-quality` notice + print-click recorder. Records when the seller clicks Seller Center's own
 * print-label button (a label-created time when the API cannot give one, S27), and on pages with print
 * buttons warns when the saved printer resolution is below 203 dpi (S33), with the numbers.
 */
export const labelPrint: HintFeature = {
  kind: 'label-quality',
  include: (page) => page.kind === 'order-list' || page.kind === 'order-detail' || page.kind === 'shipping-labels',
  init(ctx) {
    document.addEventListener(
      'click',
      trustedClick((event) => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target) return;
        const button = findPrintLabelButtons(document).find((b) => b.contains(target));
        if (!button) return;
        const orderIds = ordersOfClick(button, ctx).slice(0, MAX_LABEL_CLICK_IDS);
        if (orderIds.length) void sendMessage('record-label-click', { orderIds }).catch(() => undefined);
      }),
      { capture: true, passive: true, signal: ctx.signal },
    );
    const stop = onPageSettingsChange(ctx.requestUpdate);
    ctx.signal.addEventListener('abort', stop, { once: true });
  },
  update(_rows, ctx) {
    if (!settingsKnown()) return;
    const dpi = printerDpi();
    // The list already says it per stuck order (pending-diagnosis); the notice belongs where labels are printed.
    // Decided before looking for buttons: a 500-row list has a thousand of them to read (issue #11).
    const wanted =
      ctx.page.kind !== 'order-list' && (dpi === null ? ctx.page.kind === 'shipping-labels' : dpi < MIN_DPI);
    const button = wanted ? findPrintLabelButtons(document)[0] : undefined;
    if (!button) return ctx.hints.prune(new Set());
    const text =
      dpi === null
        ? localize(t.printerUnknown, ctx.locale)
        : localize(fillLocalized(t.printerLow, { dpi }), ctx.locale);
    ctx.hints.upsert('page', button, `${dpi}|${ctx.locale}`, (root) =>
      root.append(el('span', { className: `hint ${dpi === null ? 'info' : 'error'}`, text, attrs: { role: 'note' } })),
    );
    ctx.hints.prune(new Set(['page']));
  },
};

// Replica pages: tests/fixtures/seller-center shipment labels, order list and detail (Print label buttons).
