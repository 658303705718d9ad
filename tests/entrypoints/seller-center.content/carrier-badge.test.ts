// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Money } from '@/components/Money';
import { badgeSummaryText } from '@/entrypoints/seller-center.content/carrier-badge';
import type { Locale } from '@/lib/i18n';
import type { BadgeView } from '@/lib/messaging';

function badgeOf(cheapest: BadgeView['cheapest'], eligibleCount = 2): BadgeView {
  return { eligibleCount, cheapest, excluded: [], noRate: [], usedDefaults: [] };
}

function moneyAsThePopupPrintsIt(amountMinor: number, currency: string, exponent: number, locale: Locale): string {
  const html = renderToStaticMarkup(createElement(Money, { amountMinor, currency, exponent, locale }));
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

describe('carrier-badge text', () => {
  it.each([
    ['IDR', 3280, 0, 'en'],
    ['IDR', 3280, 0, 'zh'],
    ['USD', 601, 2, 'en'],
    ['THB', 4500, 2, 'zh'],
  ] as const)(
    'prints %s %i (exponent %i, %s) exactly as the popup does (once "Rp 3280" here, "IDR 3,280" there)',
    (currency, amountMinor, exponent, locale) => {
      const cheapest = {
        carrierId: 'jt-express',
        carrierName: { en: 'J&T', zh: '极兔' },
        totalMinor: amountMinor,
        currency,
        exponent,
      };
      const text = badgeSummaryText(badgeOf(cheapest), locale);
      expect(text).toContain(moneyAsThePopupPrintsIt(amountMinor, currency, exponent, locale));
    },
  );

  it('says how many carriers may take the parcel and the lowest price, in the chosen language', () => {
    const cheapest = {
      carrierId: 'jt-express',
      carrierName: { en: 'J&T', zh: '极兔' },
      totalMinor: 601,
      currency: 'USD',
      exponent: 2,
    };
    expect(badgeSummaryText(badgeOf(cheapest, 3), 'en')).toMatch(/^3 carriers · from \$6\.01$/);
    expect(badgeSummaryText(badgeOf(cheapest, 3), 'zh')).toMatch(/3.*\$6\.01/);
    expect(badgeSummaryText(badgeOf(undefined, 3), 'en')).toBe('3 carriers');
  });
});
