import { describe, expect, it } from 'vitest';
import { floorGrams, toPicograms } from '@/lib/units';

describe('weight units, converted exactly (1 lb = 453.59237 g by definition, 1 oz = 1/16 lb)', () => {
  it.each<[string, 'g' | 'kg' | 'oz' | 'lb', number]>([
    ['500', 'g', 500],
    ['0.5', 'kg', 500],
    ['1', 'lb', 453],
    ['15.99', 'oz', 453],
    ['16', 'oz', 453],
    ['4', 'oz', 113],
    ['70', 'lb', 31_751],
    ['30', 'kg', 30_000],
  ])('%s %s is up to %i whole grams', (value, unit, grams) => {
    expect(floorGrams(toPicograms(value, unit)!)).toBe(grams);
  });

  it('keeps the exact amount: 1 lb is 453,592,370,000,000 pg and 15.99 oz is 453,308,874,768,750 pg', () => {
    expect(toPicograms('1', 'lb')).toBe(453_592_370_000_000n);
    expect(toPicograms('15.99', 'oz')).toBe(453_308_874_768_750n);
  });

  it.each(['', 'abc', '-1', '0', '1.2345', '1e3', '1,5'])('refuses %j', (text) => {
    expect(toPicograms(text, 'g')).toBeUndefined();
  });
});
