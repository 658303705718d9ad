import { fillLocalized, localize, type Locale } from '@/lib/i18n';
import { contentMessages as t } from '@/lib/i18n/content-messages';
import type { BadgeView } from '@/lib/messaging';
import { formatMoney } from '@/lib/units';
import type { HintFeature } from './feature';
import { el } from './hint-host';

/**
 * `carrier-badge`: beside each order, how many certified carriers may take the parcel and the cheapest
 * priced one ("3 eligible · cheapest J&T $6.01"), or a red "no certified carrier can take this parcel",
 * with the reasons on hover/focus (S2, S9, S14, S16). Figures come from the rule pack via the background.
 */
export const carrierBadge: HintFeature = {
  kind: 'carrier-badge',
  include: (page) => page.kind === 'order-list' || page.kind === 'order-detail',
  update(rows, ctx) {
    const keep = new Set<string>();
    for (const row of rows) {
      const badge = ctx.enrichment.get(row)?.badge;
      if (!badge) continue;
      keep.add(row.orderId);
      ctx.hints.upsert(row.orderId, row.anchor, `${JSON.stringify(badge)}|${ctx.locale}`, (root) =>
        renderBadge(root, badge, ctx.locale),
      );
    }
    // Rows still waiting for their answer keep their old badge; rows gone from the page lose it.
    for (const row of rows) keep.add(row.orderId);
    ctx.hints.prune(keep);
  },
};

function summaryText(badge: BadgeView, locale: Locale): string {
  if (badge.eligibleCount === 0) {
    const first = badge.excluded[0];
    const why = first
      ? `: ${localize(first.carrierName, locale)} — ${first.reasons.map((r) => localize(r.text, locale)).join('; ')}`
      : '';
    return localize(t.badgeNone, locale) + why;
  }
  const parts = [localize(fillLocalized(t.badgeEligible, { count: badge.eligibleCount }), locale)];
  if (badge.cheapest) {
    const price = formatMoney(badge.cheapest.totalMinor, badge.cheapest.currency, badge.cheapest.exponent, locale);
    parts.push(
      localize(
        fillLocalized(t.badgeCheapest, { carrier: localize(badge.cheapest.carrierName, locale), price }),
        locale,
      ),
    );
  } else parts.push(localize(badge.needsWeight ? t.badgeNeedsWeight : t.badgeNoPrice, locale));
  return parts.join(' · ');
}

function renderBadge(root: ShadowRoot, badge: BadgeView, locale: Locale) {
  const none = badge.eligibleCount === 0;
  const summary = summaryText(badge, locale);
  const defaults = badge.usedDefaults.map((d) =>
    localize(
      d === 'weight' ? t.badgeDefaultWeight : d === 'dimensions' ? t.badgeDefaultSize : t.badgeDefaultDestination,
      locale,
    ),
  );
  const tip = el('span', { className: 'tip', attrs: { role: 'tooltip', id: 'reasons' } });
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
  if (badge.excluded.length) {
    tip.append(el('div', { className: 'label', text: localize(t.badgeWhyNot, locale) }));
    tip.append(
      el(
        'ul',
        {},
        ...badge.excluded.map((e) =>
          el('li', {
            text: `${localize(e.carrierName, locale)}: ${e.reasons.map((r) => `${localize(r.text, locale)} (${r.source})`).join('; ')}`,
          }),
        ),
      ),
    );
  }
  root.append(
    el(
      'span',
      { className: 'wrap' },
      el('span', {
        className: `hint one-line ${none ? 'error' : 'info'}`,
        text: `${summary}${defaults.length ? ' *' : ''}`,
        attrs: {
          tabindex: '0',
          role: 'note',
          'aria-label': `${localize(t.badgeLabel, locale)}: ${summary}`,
          'aria-describedby': 'reasons',
        },
      }),
      tip,
    ),
  );
}

// Replica pages: tests/fixtures/seller-center (order list tabs, order detail; en and zh).
