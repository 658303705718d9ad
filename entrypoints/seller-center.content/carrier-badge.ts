import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import { CHECK_LOGISTICS } from '@/lib/eligibility/messages';
import type { EligibilityStatus } from '@/lib/eligibility';
import type { BadgeView } from '@/lib/messaging';
import { formatMoney } from '@/lib/units';
import type { HintFeature } from './feature';
import { el } from './hint-host';
import { settingsKnown } from './page-context';
import { frameSignals } from './row-signals';
import { followSignals } from './signal-feature';

/** Per page (its enrichment client): whether some badge could not price for want of a weight. */
const weightNeeded = new WeakSet<object>();

/** Whether this page's badges need a parcel weight (the page summary says it once, not every row). */
export function pageNeedsWeight(enrichment: object): boolean {
  return weightNeeded.has(enrichment);
}

/**
 * `carrier-badge`: only where a carrier choice is still open (signal policy rule 3: awaiting shipment,
 * no label yet) — a short "3 carriers · from $3.51", or a red "No certified carrier", with the reasons
 * on hover/focus (S2, S9, S14, S16). Figures come from the rule pack via the background.
 */
export const carrierBadge: HintFeature = {
  kind: 'carrier-badge',
  include: (page) => page.kind === 'order-list' || page.kind === 'order-detail',
  init: (ctx) => followSignals(ctx),
  update(rows, ctx) {
    if (!settingsKnown()) return;
    const keep = new Set<string>();
    for (const [orderId, { signals, row }] of frameSignals(rows, ctx).rows) {
      if (!signals.carrierBadge) continue;
      keep.add(orderId); // a row waiting for its answer keeps its old badge
      const badge = ctx.enrichment.get(row)?.badge;
      if (!badge) continue;
      if (badge.needsWeight) weightNeeded.add(ctx.enrichment);
      const locale = ctx.locale;
      ctx.hints.upsert(orderId, row.anchor, `${JSON.stringify(badge)}|${locale}`, (root) =>
        renderBadge(root, badge, locale),
      );
    }
    ctx.hints.prune(keep);
  },
};

const unknownCarriers = (badge: BadgeView) => badge.excluded.filter((e) => e.status === 'unknown');

/**
 * The badge's tri-state (lib/eligibility): some carrier may take the parcel; none, with evidence against
 * every one; or none confirmed while some have nothing on file — unknown, never shown as refused.
 */
export function badgeStatus(badge: BadgeView): EligibilityStatus {
  if (badge.eligibleCount > 0) return 'eligible';
  return unknownCarriers(badge).length ? 'unknown' : 'not-eligible';
}

/**
 * The badge's short text ("3 carriers · from $3.51", "Carriers unknown — check Seller Center → Settings →
 * Logistics", "No certified carrier …"); carriers with nothing on file are listed on hover/focus only (most
 * markets have several, and saying so on every row is noise). Money printed by lib/units, as every surface prints it.
 */
export function badgeSummaryText(badge: BadgeView, locale: Locale): string {
  const status = badgeStatus(badge);
  if (status === 'not-eligible') return localize(t.badgeNone, locale);
  if (status === 'unknown')
    return localize(fillLocalized(t.badgeUnknown, { check: localize(CHECK_LOGISTICS, locale) }), locale);
  const parts = [localize(fillLocalized(t.badgeCarriers, { count: badge.eligibleCount }), locale)];
  if (badge.cheapest) {
    const price = formatMoney(badge.cheapest.totalMinor, badge.cheapest.currency, badge.cheapest.exponent, locale);
    parts.push(localize(fillLocalized(t.badgeFrom, { price }), locale));
  }
  return parts.join(' · ');
}

const TONE: Record<EligibilityStatus, string> = { eligible: 'info', 'not-eligible': 'error', unknown: 'warning' };

/** One tooltip list: a heading and a line per carrier with its reasons and their sources. */
function carrierList(heading: string, carriers: BadgeView['excluded'], locale: Locale): HTMLElement[] {
  if (!carriers.length) return [];
  return [
    el('div', { className: 'label', text: heading }),
    el(
      'ul',
      {},
      ...carriers.map((e) =>
        el('li', {
          text: `${localize(e.carrierName, locale)}: ${e.reasons.map((r) => `${localize(r.text, locale)} (${r.source})`).join('; ')}`,
        }),
      ),
    ),
  ];
}

function renderBadge(root: ShadowRoot, badge: BadgeView, locale: Locale) {
  const status = badgeStatus(badge);
  const summary = badgeSummaryText(badge, locale);
  const defaults = badge.usedDefaults.map((d) =>
    localize(
      d === 'weight' ? t.badgeDefaultWeight : d === 'dimensions' ? t.badgeDefaultSize : t.badgeDefaultDestination,
      locale,
    ),
  );
  const tip = el('span', { className: 'tip', attrs: { role: 'tooltip', id: 'reasons' } });
  if (badge.cheapest)
    tip.append(
      el('div', {
        text: localize(
          fillLocalized(t.badgeCheapest, {
            carrier: localize(badge.cheapest.carrierName, locale),
            price: formatMoney(badge.cheapest.totalMinor, badge.cheapest.currency, badge.cheapest.exponent, locale),
          }),
          locale,
        ),
      }),
    );
  else if (status === 'eligible')
    tip.append(el('div', { text: localize(badge.needsWeight ? t.badgeNeedsWeight : t.badgeNoPrice, locale) }));
  if (defaults.length)
    tip.append(el('div', { text: localize(fillLocalized(t.badgeDefaults, { what: defaults.join(', ') }), locale) }));
  if (badge.noRate.length)
    tip.append(
      el('div', {
        text: localize(
          fillLocalized(t.badgeNoRateList, {
            carriers: badge.noRate.map((c) => localize(c.carrierName, locale)).join(', '),
          }),
          locale,
        ),
      }),
    );
  tip.append(
    ...carrierList(
      localize(t.badgeWhyNot, locale),
      badge.excluded.filter((e) => e.status !== 'unknown'),
      locale,
    ),
    ...carrierList(
      localize(fillLocalized(t.badgeUnknownList, { check: localize(CHECK_LOGISTICS, locale) }), locale),
      unknownCarriers(badge),
      locale,
    ),
  );
  root.append(
    el(
      'span',
      { className: 'wrap' },
      el('span', {
        className: `hint ${TONE[status]}`,
        text: `${summary}${defaults.length ? ' *' : ''}`,
        attrs: {
          tabindex: '0',
          role: 'note',
          'data-status': status,
          'aria-label': `${localize(t.badgeLabel, locale)}: ${summary}`,
          'aria-describedby': 'reasons',
        },
      }),
      tip,
    ),
  );
}

// Replica pages: tests/fixtures/seller-center (order list tabs, order detail; en and zh).
