import { describe, expect, it } from 'vitest';
import { LABEL_SIZES as LIB_LABEL_SIZES } from '@/lib/label';
import { LABEL_SIZES, printerSchema } from '@/lib/storage';
import { draftFromPrinter, LABEL_SIZE_IDS, LABEL_SIZE_MM, printerFromDraft } from '@/entrypoints/options/printer-form';

describe('printer form', () => {
  it('saves a common resolution as chosen', () => {
    expect(printerFromDraft({ dpiChoice: '300', customDpi: '', labelSize: '4x6' })).toEqual({
      ok: true,
      printer: { dpi: 300, labelSize: '4x6' },
    });
  });
  it('accepts any positive custom resolution, even below 203 dpi (the print check flags it, seed S33)', () => {
    const result = printerFromDraft({ dpiChoice: 'custom', customDpi: '150', labelSize: 'A6' });
    expect(result).toEqual({ ok: true, printer: { dpi: 150, labelSize: 'A6' } });
    if (result.ok) expect(printerSchema.safeParse(result.printer).success).toBe(true);
  });
  it.each([
    [{ dpiChoice: '' as const, customDpi: '', labelSize: '4x6' as const }, 'dpi-missing'],
    [{ dpiChoice: 'custom' as const, customDpi: '', labelSize: '4x6' as const }, 'dpi-missing'],
    [{ dpiChoice: 'custom' as const, customDpi: 'high', labelSize: '4x6' as const }, 'dpi-not-a-number'],
    [{ dpiChoice: 'custom' as const, customDpi: '0', labelSize: '4x6' as const }, 'dpi-not-positive'],
    [{ dpiChoice: 'custom' as const, customDpi: '20300', labelSize: '4x6' as const }, 'dpi-too-large'],
  ])('refuses %j with %s', (draft, code) => {
    expect(printerFromDraft(draft)).toEqual({ ok: false, errors: [code] });
  });
  it('round-trips stored printers, and guesses nothing when none is stored', () => {
    expect(draftFromPrinter(null)).toEqual({ dpiChoice: '', customDpi: '', labelSize: '4x6' });
    for (const printer of [
      { dpi: 203, labelSize: '4x6' as const },
      { dpi: 600, labelSize: '100x150' as const },
      { dpi: 250, labelSize: 'A6' as const },
    ]) {
      expect(printerFromDraft(draftFromPrinter(printer))).toEqual({ ok: true, printer });
    }
  });
  it('maps every stored label size to lib/label’s size with the same millimetres', () => {
    for (const size of LABEL_SIZES) {
      const lib = LIB_LABEL_SIZES[LABEL_SIZE_IDS[size]];
      expect(LABEL_SIZE_MM[size]).toEqual({ widthMm: lib.widthMm, heightMm: lib.heightMm });
    }
  });
});
