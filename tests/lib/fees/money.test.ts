import { describe, expect, it } from 'vitest';
import { describeRoundingRule, divideRounded, formatMoney } from '@/lib/fees';

describe('divideRounded', () => {
  it.each([
    [8400, 1000, 'half-up', 8],
    [10_500, 1000, 'half-up', 11],
    [10_499, 1000, 'half-up', 10],
    [8400, 1000, 'up', 9],
    [8000, 1000, 'up', 8],
    [8999, 1000, 'down', 8],
    [0, 1000, 'half-up', 0],
  ] as const)('%i / %i (%s) = %i', (numerator, denominator, mode, expected) => {
    expect(divideRounded(numerator, denominator, mode)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    [328, 'USD', 2, '$3.28'],
    [-36, 'USD', 2, '−$0.36'],
    [5, 'GBP', 2, '£0.05'],
    [9000, 'IDR', 0, 'Rp 9000'],
    [120000, 'VND', 0, '₫ 120000'],
    [150, 'EUR', 2, 'EUR 1.50'],
  ] as const)('%i %s → %s', (minor, currency, exponent, text) => {
    expect(formatMoney(minor, currency, exponent)).toBe(text);
  });
});

describe('describeRoundingRule', () => {
  it('states the rule in both languages', () => {
    expect(
      describeRoundingRule({ mode: 'half-up', scope: 'per-line', source: 'pack:money-rounding' }, 'USD', 2),
    ).toEqual({
      en: 'Each line is rounded half-up to the cent on its own (per line); the total is the sum of the rounded lines.',
      zh: '每一行单独四舍五入到美分(逐行取整);合计为各行取整后之和。',
    });
  });
});
