import { describe, expect, it } from 'vitest';
import { countDotsInWidth, LABEL_SIZES, listLegalDotsPerModule, milsPerDot, mmPerDot } from '@/lib/label';

describe('printer resolution table (ref:carriers-and-labels#2.2)', () => {
  it.each([
    [203, 4.93, 0.125],
    [300, 3.33, 0.0847],
    [600, 1.67, 0.0423],
  ])('%i dpi: %f mil and %f mm per dot', (dpi, mils, mm) => {
    expect(milsPerDot(dpi)).toBeCloseTo(mils, 2);
    expect(mmPerDot(dpi)).toBeCloseTo(mm, 3);
  });

  it('prints X only as whole dots: 4.93, 9.85, 14.78, 19.70 mil at 203 dpi', () => {
    expect([1, 2, 3, 4].map((d) => Number((d * milsPerDot(203)).toFixed(2)))).toEqual([4.93, 9.85, 14.78, 19.7]);
  });
});

describe('listLegalDotsPerModule', () => {
  it('finds the USPS 13–21 mil modules: 3–4 dots at 203 dpi, 4–6 at 300, 8–12 at 600', () => {
    const usps = { minMils: 13, maxMils: 21 };
    expect(listLegalDotsPerModule(usps, 203)).toEqual([3, 4]);
    expect(listLegalDotsPerModule(usps, 300)).toEqual([4, 5, 6]);
    expect(listLegalDotsPerModule(usps, 600)).toEqual([8, 9, 10, 11, 12]);
  });
});

describe('countDotsInWidth', () => {
  it('counts whole dots across the label sizes of ref §2.1', () => {
    expect(countDotsInWidth(LABEL_SIZES['4x6-in'].widthMm, 203)).toBe(812);
    expect(countDotsInWidth(LABEL_SIZES['100x150-mm'].widthMm, 203)).toBe(799);
    expect(countDotsInWidth(LABEL_SIZES.a6.widthMm, 203)).toBe(839);
    expect(countDotsInWidth(LABEL_SIZES['4x6-in'].widthMm, 300)).toBe(1200);
  });
});
