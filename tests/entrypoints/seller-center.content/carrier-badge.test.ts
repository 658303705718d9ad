// @vitest-environment happy-dom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Money } from '@/components/Money';
import { badgeStatus, badgeSummaryText } from '@/entrypoints/seller-center.content/carrier-badge';
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

describe('carrier-badge tri-state', () => {
  const name = (en: string) => ({ en, zh: en });
  const reason = (code: string) => ({ code, source: 'pack:carriers', text: { en: `why ${code}`, zh: `原因 ${code}` } });
  const refused = {
    carrierId: 'usps',
    carrierName: name('USPS'),
    status: 'not-eligible' as const,
    reasons: [reason('over-max-weight')],
  };
  const unknown = {
    carrierId: 'ups',
    carrierName: name('UPS'),
    status: 'unknown' as const,
    reasons: [reason('certification-unknown')],
  };
  const badge = (eligibleCount: number, excluded: BadgeView['excluded']): BadgeView => ({
    eligibleCount,
    excluded,
    noRate: [],
    usedDefaults: [],
  });

  it.each([
    ['eligible carriers, some unknown', badge(2, [refused, unknown]), 'eligible', '2 carriers', '2 家承运商'],
    [
      'nothing eligible, every carrier refused with evidence',
      badge(0, [refused]),
      'not-eligible',
      'No certified carrier can take this parcel',
      '没有认证承运商可以承运此包裹',
    ],
    [
      'nothing eligible, one unknown: unknown, not red',
      badge(0, [refused, unknown]),
      'unknown',
      'Carriers unknown — check Seller Center → Settings → Logistics',
      '承运商资格未知 — 请在 Seller Center → 设置 → 物流中查看',
    ],
    [
      'a market with no records at all',
      badge(0, [unknown, { ...unknown, carrierId: 'fedex', carrierName: name('FedEx') }]),
      'unknown',
      'Carriers unknown — check Seller Center → Settings → Logistics',
      '承运商资格未知 — 请在 Seller Center → 设置 → 物流中查看',
    ],
  ] as const)('%s → %s', (_case, view, status, en, zh) => {
    expect(badgeStatus(view)).toBe(status);
    expect(badgeSummaryText(view, 'en')).toBe(en);
    expect(badgeSummaryText(view, 'zh')).toBe(zh);
  });

  it('an excluded carrier without a status (older answers) counts as refused, not unknown', () => {
    expect(badgeStatus(badge(0, [{ carrierId: 'usps', carrierName: name('USPS'), reasons: [reason('x')] }]))).toBe(
      'not-eligible',
    );
  });
});
