import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BAR_HEIGHT_MM,
  renderLabelBarcode,
  type RenderedLabelBarcode,
  type RenderLabelBarcodeOptions,
} from '@/lib/label';

function render(text: string, options: RenderLabelBarcodeOptions): RenderedLabelBarcode {
  const result = renderLabelBarcode(text, options);
  if (result.kind !== 'bitmap') throw new Error(JSON.stringify(result.errors));
  return result;
}

/** Runs of equal pixels along one row: [colour, length]. */
function runsOf(row: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const px of row) {
    const last = runs.at(-1);
    if (last && last[0] === px) last[1]++;
    else runs.push([px, 1]);
  }
  return runs;
}

describe('renderLabelBarcode', () => {
  it('paints the 22-digit IMpb at 203 dpi × 3 dots: (167 + 20) × 3 = 561 px wide, 0.75 in tall', () => {
    const bitmap = render('9400111206206406260787', { dpi: 203, dotsPerModule: 3 });
    expect(bitmap.symbology).toBe('gs1-128');
    expect(bitmap.modules).toBe(167);
    expect(bitmap.width).toBe(561);
    expect(bitmap.height).toBe(Math.round((DEFAULT_BAR_HEIGHT_MM * 203) / 25.4));
    expect(bitmap.data).toHaveLength(bitmap.width * bitmap.height);
    expect(bitmap.xDimensionMils).toBeCloseTo(14.78, 2);
  });

  it('makes every bar and space a whole multiple of the dots per module, exactly as bwip-js laid them out', () => {
    for (const dots of [1, 2, 3, 5]) {
      const bitmap = render('1Z5R89390357567127', { dpi: 300, dotsPerModule: dots });
      const runs = runsOf(bitmap.data.subarray(0, bitmap.width));
      // white quiet zone, then alternating bar/space runs, then white quiet zone
      expect(runs[0]).toEqual([255, 10 * dots]);
      expect(runs.at(-1)).toEqual([255, 10 * dots]);
      const inner = runs.slice(1, -1);
      expect(inner.map(([, length]) => length / dots)).toEqual(bitmap.elementWidths);
      expect(inner.every(([colour], i) => colour === (i % 2 === 0 ? 0 : 255))).toBe(true);
    }
  });

  it('uses only pure black and white, and the same row all the way down', () => {
    const bitmap = render('RB123456785GB', { dpi: 203, dotsPerModule: 2, heightMm: 10 });
    expect(new Set(bitmap.data)).toEqual(new Set([0, 255]));
    const first = bitmap.data.subarray(0, bitmap.width);
    for (let y = 1; y < bitmap.height; y++)
      expect(bitmap.data.subarray(y * bitmap.width, (y + 1) * bitmap.width)).toEqual(first);
    expect(bitmap.height).toBe(Math.round((10 * 203) / 25.4));
  });

  it('picks dots per module like printCheck when none is given (USPS: 3 at 203 dpi on 4×6 in)', () => {
    const bitmap = render('420123459400111206206406260787', { dpi: 203 });
    expect(bitmap.dotsPerModule).toBe(3);
    expect(bitmap.check.verdict.code).toBe('ok');
    expect(bitmap.width).toBe(242 * 3);
    expect(bitmap.widthMm).toBeCloseTo(90.8, 1);
  });

  it('honours a wider quiet zone', () => {
    const bitmap = render('JX8009962760', { dpi: 203, dotsPerModule: 2, quietZoneModules: 15 });
    expect(bitmap.width).toBe((bitmap.modules + 30) * 2);
    expect(runsOf(bitmap.data.subarray(0, bitmap.width))[0]).toEqual([255, 30]);
  });

  it.each([
    ['', { dpi: 203 }, 'empty-text'],
    ['JX8009962760', { dpi: Number.NaN }, 'invalid-dpi'],
    ['JX8009962760', { dpi: 203, dotsPerModule: 0 }, 'invalid-dots-per-module'],
    ['JX8009962760', { dpi: 203, heightMm: -1 }, 'invalid-height'],
    ['JX 8009962760\u200b', { dpi: 203 }, 'unencodable-character'],
  ])('refuses %j with %j as %s, without throwing', (text, options, code) => {
    const result = renderLabelBarcode(text, options as RenderLabelBarcodeOptions);
    expect(result.kind).toBe('invalid-input');
    if (result.kind === 'invalid-input') expect(result.errors.map((e) => e.code)).toContain(code);
  });
});
