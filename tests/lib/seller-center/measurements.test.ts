import { describe, expect, it } from 'vitest';
import { parseDimensionsMm, parseLengthMm, parseWeightGrams } from '@/lib/seller-center';

describe('parseWeightGrams', () => {
  it.each([
    ['0.4 kg', 400],
    ['0.4kg', 400],
    ['1.2 lb', 544], // 1.2 × 453.59237 g
    ['1.2 lbs', 544],
    ['12 oz', 340], // 12 × 28.349523125 g
    ['1 lb 4 oz', 567],
    ['850 g', 850],
    ['850克', 850],
    ['0.4千克', 400],
    ['0.4 公斤', 400],
    ['2磅', 907],
    ['Weight: 0.4 KG', 400],
    ['０.４ｋｇ', 400], // full-width from a CJK IME
    ['0,4 kg', 400], // decimal comma
    ['1,200 g', 1200], // thousands separator
  ])('%s → %i g', (text, grams) => {
    expect(parseWeightGrams(text)).toBe(grams);
  });

  it.each([['0.4'], [''], ['kg'], ['heavy'], ['4 grapes']])('%s has no weight', (text) => {
    expect(parseWeightGrams(text)).toBeUndefined();
  });

  it('returns undefined for non-strings', () => {
    expect(parseWeightGrams(undefined as unknown as string)).toBeUndefined();
    expect(parseWeightGrams(42 as unknown as string)).toBeUndefined();
  });
});

describe('parseDimensionsMm', () => {
  it.each([
    ['20 x 15 x 10 cm', [200, 150, 100]],
    ['20×15×10厘米', [200, 150, 100]],
    ['20*15*10cm', [200, 150, 100]],
    ['20cm x 15cm x 10cm', [200, 150, 100]],
    ['8 x 6 x 4 in', [203.2, 152.4, 101.6]], // 25.4 mm per inch, kept to 0.1 mm so whole inches survive
    ['8 x 6 x 4 inches', [203.2, 152.4, 101.6]],
    ['200 X 150 X 100 mm', [200, 150, 100]],
    ['L20 x W15 x H10 cm', [200, 150, 100]],
    ['长20×宽15×高10厘米', [200, 150, 100]],
    ['10.5 x 7,5 x 3 cm', [105, 75, 30]],
    ['２０ｘ１５ｘ１０ｃｍ', [200, 150, 100]],
  ])('%s → %j mm', (text, [length, width, height]) => {
    expect(parseDimensionsMm(text)).toEqual({ length, width, height });
  });

  it.each([['20 x 15 x 10'], ['20 x 15 cm'], [''], ['big']])('%s is not a size', (text) => {
    expect(parseDimensionsMm(text)).toBeUndefined();
  });
});

describe('parseLengthMm', () => {
  it.each([
    ['20 cm', 200],
    ['8 in', 203.2],
    ['30厘米', 300],
    ['15 mm', 15],
  ])('%s → %i mm', (text, mm) => {
    expect(parseLengthMm(text)).toBe(mm);
  });

  it('needs a unit', () => {
    expect(parseLengthMm('20')).toBeUndefined();
  });
});
