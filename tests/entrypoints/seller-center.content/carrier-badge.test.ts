// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { Money } from '@/components/Money';
import { carrierBadge } from '@/entrypoints/seller-center.content/carrier-badge';
import type { EnrichmentClient } from '@/entrypoints/seller-center.content/enrichment';
import type { FeatureContext } from '@/entrypoints/seller-center.content/feature';
import { HintRegistry } from '@/entrypoints/seller-center.content/hint-host';
import type { Locale } from '@/lib/i18n';
import type { BadgeView } from '@/lib/messaging';
import type { OrderRow } from '@/lib/seller-center';

const ORDER_ID = '577424858038967556';

function badgeOf(cheapest: BadgeView['cheapest']): BadgeView {
  return { eligibleCount: 2, cheapest, excluded: [], noRate: [], usedDefaults: [] };
}

function renderBadge(badge: BadgeView, locale: Locale): string {
  const anchor = document.createElement('span');
  anchor.textContent = ORDER_ID;
  document.body.append(anchor);
  const row: OrderRow = { orderId: ORDER_ID, anchor, container: anchor, rows: [anchor] };
  const ctx: FeatureContext = {
    page: { kind: 'order-list', market: 'ID' } as FeatureContext['page'],
    locale,
    hints: new HintRegistry('carrier-badge'),
    signal: new AbortController().signal,
    enrichment: { get: () => ({ badge }) } as unknown as EnrichmentClient,
    requestUpdate: () => undefined,
  };
  void carrierBadge.update([row], ctx);
  const host = document.querySelector(`[data-lml="carrier-badge"][data-order-id="${ORDER_ID}"]`);
  return host?.shadowRoot?.textContent ?? '';
}

function moneyAsThePopupPrintsIt(amountMinor: number, currency: string, exponent: number, locale: Locale): string {
  const html = renderToStaticMarkup(createElement(Money, { amountMinor, currency, exponent, locale }));
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

describe('carrier-badge', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it.each([
    ['IDR', 3280, 0, 'en'],
    ['IDR', 3280, 0, 'zh'],
    ['USD', 601, 2, 'en'],
    ['THB', 4500, 2, 'zh'],
  ] as const)(
    'prints %s %i (exponent %i, %s) exactly as the popup does (once "Rp 3280" here, "IDR 3,280" there)',
    (currency, amountMinor, exponent, locale) => {
      const text = renderBadge(
        badgeOf({
          carrierId: 'jt-express',
          carrierName: { en: 'J&T', zh: '极兔' },
          totalMinor: amountMinor,
          currency,
          exponent,
        }),
        locale,
      );
      expect(text).toContain(moneyAsThePopupPrintsIt(amountMinor, currency, exponent, locale));
    },
  );

  it('says how many carriers may take the parcel and names the cheapest, in the chosen language', () => {
    const cheapest = {
      carrierId: 'jt-express',
      carrierName: { en: 'J&T', zh: '极兔' },
      totalMinor: 601,
      currency: 'USD',
      exponent: 2,
    };
    expect(renderBadge(badgeOf(cheapest), 'en')).toMatch(/2 eligible.*J&T.*\$6\.01/);
    document.body.replaceChildren();
    expect(renderBadge(badgeOf(cheapest), 'zh')).toMatch(/极兔.*\$6\.01/);
  });
});
