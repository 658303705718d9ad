/**
 * Printer form ↔ `printerSetting`. Resolution is one of the usual thermal heads or any positive
 * number the seller types (seed:S33 sets the floor at 203 dpi, which the print check reports, not
 * the form: a 150 dpi printer is still the seller's printer). Pure.
 */
import type { PrinterSettings } from '@/lib/storage';
import { parseDecimalInput } from './units';

export const COMMON_DPIS = [203, 300, 600] as const;
export type DpiChoice = '203' | '300' | '600' | 'custom';
export type LabelSizeSetting = PrinterSettings['labelSize'];

export interface PrinterDraft {
  dpiChoice: DpiChoice | '';
  customDpi: string;
  labelSize: LabelSizeSetting;
}

export type PrinterErrorCode = 'dpi-missing' | 'dpi-not-a-number' | 'dpi-not-positive' | 'dpi-too-large';
export type PrinterFromDraft = { ok: true; printer: PrinterSettings } | { ok: false; errors: PrinterErrorCode[] };

/** Above this the figure is surely a typo (office photo printers stop at a few thousand dpi). */
export const MAX_CUSTOM_DPI = 4800;

/** lib/storage's label-size ids → lib/label's (ref:carriers-and-labels#2.1). */
export const LABEL_SIZE_IDS: Record<LabelSizeSetting, '4x6-in' | '100x150-mm' | 'a6'> = {
  '4x6': '4x6-in',
  '100x150': '100x150-mm',
  A6: 'a6',
};

/** Physical label sizes (ref:carriers-and-labels#2.1), for CSS sizes and `@page` of the test label. */
export const LABEL_SIZE_MM: Record<LabelSizeSetting, { widthMm: number; heightMm: number }> = {
  '4x6': { widthMm: 101.6, heightMm: 152.4 },
  '100x150': { widthMm: 100, heightMm: 150 },
  A6: { widthMm: 105, heightMm: 148 },
};

/**
 * The form for a stored printer (none stored: nothing chosen; we never guess a resolution).
 * Example: `draftFromPrinter({ dpi: 250, labelSize: 'A6' })` → `{ dpiChoice: 'custom', customDpi: '250', labelSize: 'A6' }`.
 */
export function draftFromPrinter(printer: PrinterSettings | null): PrinterDraft {
  if (!printer) return { dpiChoice: '', customDpi: '', labelSize: '4x6' };
  const common = (COMMON_DPIS as readonly number[]).includes(printer.dpi);
  return {
    dpiChoice: common ? (String(printer.dpi) as DpiChoice) : 'custom',
    customDpi: common ? '' : String(printer.dpi),
    labelSize: printer.labelSize,
  };
}

/**
 * Validates the form. Example: `printerFromDraft({ dpiChoice: '300', customDpi: '', labelSize: '4x6' })`
 * → `{ ok: true, printer: { dpi: 300, labelSize: '4x6' } }`.
 */
export function printerFromDraft(draft: PrinterDraft): PrinterFromDraft {
  if (draft.dpiChoice === '') return { ok: false, errors: ['dpi-missing'] };
  if (draft.dpiChoice !== 'custom')
    return { ok: true, printer: { dpi: Number(draft.dpiChoice), labelSize: draft.labelSize } };
  const parsed = parseDecimalInput(draft.customDpi);
  if (!parsed.ok)
    return {
      ok: false,
      errors: [
        parsed.code === 'empty'
          ? 'dpi-missing'
          : parsed.code === 'not-positive'
            ? 'dpi-not-positive'
            : 'dpi-not-a-number',
      ],
    };
  if (parsed.value > MAX_CUSTOM_DPI) return { ok: false, errors: ['dpi-too-large'] };
  return { ok: true, printer: { dpi: parsed.value, labelSize: draft.labelSize } };
}
