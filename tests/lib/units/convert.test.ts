import { describe, expect, it } from 'vitest';
import { convertLength, convertWeight, toGrams, toMillimetres } from '@/lib/units';

describe('toGrams', () => {
  it.each([
    [1, 'lb', 454],
    [1.2, 'lb', 544],
    [16, 'oz', 454],
    [1, 'oz', 28],
    [0.4, 'kg', 400],
    [850, 'g', 850],
  ] as const)('%d %s → %i g', (value, unit, grams) => expect(toGrams(value, unit)).toBe(grams));
});

describe('toMillimetres', () => {
  it.each([
    [8, 'in', 203.2],
    [12, 'in', 304.8],
    [2.5, 'in', 63.5],
    [30, 'cm', 300],
    [10.55, 'cm', 105.5],
    [7, 'mm', 7],
  ] as const)('%d %s → %d mm', (value, unit, mm) => expect(toMillimetres(value, unit)).toBe(mm));

  it('gives a whole number of inches back as itself (a page reading 12 in once became 305 mm, 13 in to a carrier rounding up)', () => {
    for (let inches = 1; inches <= 60; inches++) {
      expect(Math.ceil(convertLength(toMillimetres(inches, 'in'), 'mm', 'in') - 1e-9)).toBe(inches);
    }
  });
});

describe('convertWeight and convertLength', () => {
  it('are exact for the definitions', () => {
    expect(convertWeight(453.59237, 'g', 'lb')).toBe(1);
    expect(convertWeight(1, 'lb', 'oz')).toBe(16);
    expect(convertLength(304.8, 'mm', 'in')).toBeCloseTo(12, 12);
    expect(convertLength(10, 'in', 'cm')).toBeCloseTo(25.4, 12);
  });
});
