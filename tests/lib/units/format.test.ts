import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatKilograms,
  formatMoney,
  formatPercent,
  formatSubMinorMoney,
  formatWeight,
} from '@/lib/units';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it.each([
    [328, 'USD', 2, 'en', '$3.28'],
    [328, 'USD', 2, 'zh', '$3.28'],
    [-36, 'USD', 2, 'en', '-$0.36'],
    [5, 'GBP', 2, 'en', '£0.05'],
    [1500, 'THB', 2, 'en', '฿15.00'],
    [3280, 'IDR', 0, 'en', `Rp${NBSP}3,280`],
    [3280, 'IDR', 0, 'zh', `Rp${NBSP}3,280`],
    [120000, 'VND', 0, 'en', '₫120,000'],
  ] as const)('%i %s (exponent %i, %s) → %s', (minor, currency, exponent, locale, text) => {
    expect(formatMoney(minor, currency, exponent, locale)).toBe(text);
  });

  it('prints rupiah the same in both languages, with grouping (the badge once said "Rp 3280", the popup "IDR 3,280")', () => {
    expect(formatMoney(3280, 'IDR', 0, 'en')).toBe(formatMoney(3280, 'IDR', 0, 'zh'));
    expect(formatMoney(3280, 'IDR', 0, 'en')).not.toMatch(/IDR|3280/);
  });

  it('keeps the pack exponent even where ISO lists another (whole rupiah)', () => {
    expect(formatMoney(15000, 'IDR', 0)).toBe(`Rp${NBSP}15,000`);
  });

  it('is exact for amounts a float cannot hold', () => {
    expect(formatMoney(900719925474099, 'USD', 2)).toBe('$9,007,199,254,740.99');
  });

  it('shows a currency code Intl refuses with the code and the amount', () => {
    expect(formatMoney(150, 'EURO', 2)).toBe('EURO 1.50');
  });
});

describe('formatSubMinorMoney', () => {
  it.each([
    [8400, 3, 'USD', 2, '$0.084'],
    [11_480_000, 6, 'USD', 2, '$0.1148'],
    [2_000_000, 6, 'GBP', 2, '£0.02'],
  ] as const)('%i × 10^-(exp + %i) %s → %s', (scaled, extra, currency, exponent, text) => {
    expect(formatSubMinorMoney(scaled, extra, currency, exponent)).toBe(text);
  });
});

describe('weights', () => {
  it.each([
    [400, '0.4'],
    [3000, '3'],
    [1250, '1.25'],
  ])('formatKilograms(%i) → %s', (grams, text) => expect(formatKilograms(grams)).toBe(text));

  it.each([
    [400, 'en', 'kg', '400 g'],
    [1250, 'en', 'kg', '1.25 kg'],
    [400, 'en', 'lb', '400 g (0.88 lb)'],
    [453.59237 * 10, 'zh', 'lb', '4.536 kg (10 lb)'],
  ] as const)('formatWeight(%d, %s, %s) → %s', (grams, locale, unit, text) =>
    expect(formatWeight(grams, locale, unit)).toBe(text),
  );
});

describe('formatPercent', () => {
  it('gives one decimal', () => expect(formatPercent(0.95, 'en')).toBe('95.0%'));
});

describe('formatDateTime', () => {
  const at = Date.UTC(2026, 2, 5, 9, 0);
  it('names the zone it speaks in', () => {
    expect(formatDateTime(at, 'en', 'UTC')).toMatch(/^Mar 5, 2026, 9:00\sAM UTC$/);
    expect(formatDateTime(at, 'en', 'Asia/Jakarta')).toMatch(/4:00.PM Asia\/Jakarta$/);
  });
  it('falls back to UTC, and says so, for a zone Intl does not know', () => {
    expect(formatDateTime(at, 'zh', 'Mars/Olympus')).toMatch(/09:00 UTC$/);
  });
});
