import { describe, expect, it } from 'vitest';
import { printCheck, renderLabelBarcode, verifyScan } from '@/lib/label';
import { checkWaybill } from '@/lib/waybill';
import { SAMPLE_WAYBILLS, selectSamples } from '@/entrypoints/options/sample-waybills';

describe('SAMPLE_WAYBILLS', () => {
  it.each(SAMPLE_WAYBILLS.map((s) => [s.carrierId, s.text] as const))(
    '%s %s is a valid number of that carrier',
    (carrierId, text) => {
      const result = checkWaybill(text, { carrier: carrierId });
      expect(result.ok).toBe(true);
      // Only check-digit-verified or published shapes: no "format not verifiable" samples.
      expect(result.issues).toEqual([]);
    },
  );

  it.each(SAMPLE_WAYBILLS.map((s) => [s.carrierId, s.text] as const))(
    '%s %s renders on a 4×6 label at 203 dpi and decodes back',
    (carrierId, text) => {
      expect(printCheck({ text, dpi: 203, labelWidthMm: 101.6, carrierId }).fits).toBe(true);
      const bitmap = renderLabelBarcode(text, { dpi: 203, labelWidthMm: 101.6, carrierId });
      if (bitmap.kind !== 'bitmap') throw new Error('must render');
      expect(verifyScan(bitmap, { expected: text })).toMatchObject({ read: true, matches: true });
    },
  );
});

describe('selectSamples', () => {
  it('picks the connected carriers’ samples and names the carriers without one', () => {
    const { samples, withoutSample, showingAll } = selectSamples(['usps', 'jt-express']);
    expect(samples.map((s) => s.text)).toEqual(['9400111206206406260787', '420787459400111206206406260787']);
    expect(withoutSample).toEqual(['jt-express']);
    expect(showingAll).toBe(false);
  });
  it('shows every sample when no carrier is connected yet', () => {
    expect(selectSamples([])).toEqual({ samples: [...SAMPLE_WAYBILLS], withoutSample: [], showingAll: true });
  });
});
