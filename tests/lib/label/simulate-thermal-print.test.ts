import { describe, expect, it } from 'vitest';
import { REALISTIC_SCAN, renderLabelBarcode, simulateThermalPrint, type RenderedLabelBarcode } from '@/lib/label';
import { createRandom } from '@/lib/label/simulate-thermal-print';

function barcode(dots: number): RenderedLabelBarcode {
  const result = renderLabelBarcode('JX8009962760', { dpi: 203, dotsPerModule: dots, heightMm: 5 });
  if (result.kind !== 'bitmap') throw new Error('render failed');
  return result;
}

const mean = (data: Uint8Array) => data.reduce((a, b) => a + b, 0) / data.length;

describe('simulateThermalPrint', () => {
  it('resamples to the scanner resolution', () => {
    const bitmap = barcode(3);
    const scanned = simulateThermalPrint(bitmap, { ...REALISTIC_SCAN, dpi: 203, seed: 1 });
    expect(scanned.width).toBe(Math.round((bitmap.width * 200) / 203));
    expect(scanned.height).toBe(Math.round((bitmap.height * 200) / 203));
    expect(scanned.data).toHaveLength(scanned.width * scanned.height);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const bitmap = barcode(3);
    const a = simulateThermalPrint(bitmap, { ...REALISTIC_SCAN, dpi: 203, seed: 42 });
    const b = simulateThermalPrint(bitmap, { ...REALISTIC_SCAN, dpi: 203, seed: 42 });
    const c = simulateThermalPrint(bitmap, { ...REALISTIC_SCAN, dpi: 203, seed: 43 });
    expect(a.data).toEqual(b.data);
    expect(a.data).not.toEqual(c.data);
  });

  it('reproduces an ideal print exactly with no gain, blur or noise at the printer resolution', () => {
    const bitmap = barcode(2);
    // seed 0's first draw sets the phase; a phase-free comparison uses whole-pixel coverage only.
    const scanned = simulateThermalPrint(bitmap, {
      dpi: 203,
      scannerDpi: 203,
      dotGainDots: 0,
      noise: 0,
      blurPx: 0,
      blackLevel: 0,
      whiteLevel: 255,
      seed: 0,
    });
    const phase = createRandom(0)();
    // With a sub-pixel phase every edge pixel is a blend; the interior of each bar stays pure.
    const row = scanned.data.subarray(0, scanned.width);
    const ideal = bitmap.data.subarray(0, bitmap.width);
    for (let x = 1; x < row.length - 1; x++) {
      const expected = ideal[x]! * (1 - phase) + ideal[x + 1]! * phase;
      expect(Math.abs(row[x]! - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('darkens the image as dot gain grows (black runs print wider)', () => {
    const bitmap = barcode(3);
    const at = (dotGainDots: number) =>
      mean(simulateThermalPrint(bitmap, { ...REALISTIC_SCAN, noise: 0, dpi: 203, dotGainDots, seed: 5 }).data);
    expect(at(0.3)).toBeLessThan(at(0));
    expect(at(0.6)).toBeLessThan(at(0.3));
  });

  it('resolves every space at 3 dots per module but merges narrow ones at 1 dot (scanner ≈ 1 pixel per dot)', () => {
    const countResolvedSpaces = (dots: number) => {
      const bitmap = barcode(dots);
      const scanned = simulateThermalPrint(bitmap, { ...REALISTIC_SCAN, noise: 0, dpi: 203, seed: 3 });
      const row = scanned.data.subarray(0, scanned.width);
      const quietPx = Math.round((10 * dots * 200) / 203);
      const inner = row.subarray(quietPx + 1, row.length - quietPx - 1);
      const middle = (REALISTIC_SCAN.blackLevel + REALISTIC_SCAN.whiteLevel) / 2;
      let spaces = 0;
      for (let x = 1; x < inner.length; x++) if (inner[x]! > middle && inner[x - 1]! <= middle) spaces++;
      return { spaces, expected: (bitmap.elementWidths.length - 1) / 2 };
    };
    const three = countResolvedSpaces(3);
    const one = countResolvedSpaces(1);
    expect(three.spaces).toBe(three.expected);
    expect(one.spaces).toBeLessThan(one.expected);
  });

  it('refuses an unusable model as a programming error', () => {
    expect(() => simulateThermalPrint(barcode(1), { ...REALISTIC_SCAN, dpi: 0, seed: 1 })).toThrow(RangeError);
    expect(() =>
      simulateThermalPrint(barcode(1), { ...REALISTIC_SCAN, dpi: 203, scannerDpi: Number.NaN, seed: 1 }),
    ).toThrow(RangeError);
  });
});
