/**
 * Unit conversion at the options page's edge: the seller types kg/lb and cm/in (per the market's unit
 * system), the core stores grams and millimetres. Pure.
 */
import { convertLength, convertWeight, toGrams, toMillimetres } from '@/lib/units';

export type WeightUnit = 'kg' | 'lb';
export type LengthUnit = 'cm' | 'in';

export type NumberInput = { ok: true; value: number } | { ok: false; code: 'empty' | 'not-a-number' | 'not-positive' };

/**
 * Reads a decimal the seller typed: `1.5` or `1,5` (one decimal separator, no thousands separators).
 * Example: `parseDecimalInput(' 2,25 ')` → `{ ok: true, value: 2.25 }`.
 */
export function parseDecimalInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'empty' };
  if (!/^\d+(?:[.,]\d+)?$|^[.,]\d+$/.test(trimmed)) return { ok: false, code: 'not-a-number' };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, code: 'not-a-number' };
  if (value <= 0) return { ok: false, code: 'not-positive' };
  return { ok: true, value };
}

/**
 * Weight typed in kg or lb → whole grams (a gram is finer than any carrier's weight step).
 * Example: `gramsFromInput('1', 'lb')` → `{ ok: true, value: 454 }`; `gramsFromInput('0.4', 'kg')` → 400.
 */
export function gramsFromInput(text: string, unit: WeightUnit): NumberInput {
  const parsed = parseDecimalInput(text);
  if (!parsed.ok) return parsed;
  const grams = toGrams(parsed.value, unit);
  return grams > 0 ? { ok: true, value: grams } : { ok: false, code: 'not-positive' };
}

/**
 * Length typed in cm or in → millimetres to 0.1 mm (so 1 in = 25.4 mm round-trips exactly).
 * Example: `mmFromInput('12', 'in')` → `{ ok: true, value: 304.8 }`; `mmFromInput('30', 'cm')` → 300.
 */
export function mmFromInput(text: string, unit: LengthUnit): NumberInput {
  const parsed = parseDecimalInput(text);
  if (!parsed.ok) return parsed;
  const mm = toMillimetres(parsed.value, unit);
  return mm > 0 ? { ok: true, value: mm } : { ok: false, code: 'not-positive' };
}

/** Up to `digits` decimals, trailing zeros dropped: `trimNumber(0.9072, 3)` → `'0.907'`. */
function trimNumber(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * Grams shown in the seller's unit for an input field: kg to the gram, lb to 0.01 lb.
 * Example: `formatWeightForInput(454, 'lb')` → `'1'`; `formatWeightForInput(400, 'kg')` → `'0.4'`.
 */
export function formatWeightForInput(grams: number, unit: WeightUnit): string {
  return trimNumber(convertWeight(grams, 'g', unit), unit === 'lb' ? 2 : 3);
}

/**
 * Millimetres shown in the seller's unit: cm to the millimetre, in to 0.01 in.
 * Example: `formatLengthForInput(304.8, 'in')` → `'12'`; `formatLengthForInput(105, 'cm')` → `'10.5'`.
 */
export function formatLengthForInput(mm: number, unit: LengthUnit): string {
  return trimNumber(convertLength(mm, 'mm', unit), unit === 'in' ? 2 : 1);
}

/**
 * Re-expresses a typed weight when the unit changes (the seller switched market), leaving text that
 * is not a number as typed. Example: `convertWeightText('2', 'lb', 'kg')` → `'0.907'`.
 */
export function convertWeightText(text: string, from: WeightUnit, to: WeightUnit): string {
  if (from === to) return text;
  const grams = gramsFromInput(text, from);
  return grams.ok ? formatWeightForInput(grams.value, to) : text;
}

/** Same as `convertWeightText` for lengths. Example: `convertLengthText('10', 'in', 'cm')` → `'25.4'`. */
export function convertLengthText(text: string, from: LengthUnit, to: LengthUnit): string {
  if (from === to) return text;
  const mm = mmFromInput(text, from);
  return mm.ok ? formatLengthForInput(mm.value, to) : text;
}
