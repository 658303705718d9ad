import { describe, expect, it } from 'vitest';
import { describeRoundingRule, divideRounded } from '@/lib/fees';

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
