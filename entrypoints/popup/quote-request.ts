import type { QuoteRequest } from '@/lib/messaging';
import { convertLength, convertWeight, toGrams, toMillimetres } from '@/lib/units';
import type { LengthUnit, PopupInputs, WeightUnit } from './popup-inputs';

/** The protocol's ceiling for a parcel weight (1,000 kg); anything above is a typo, not a parcel. */
const MAX_WEIGHT_GRAMS = 1_000_000;
/** 10 m per side: far above any carrier's limit, low enough to catch a unit mix-up (mm typed as cm). */
const MAX_SIDE_MM = 10_000;
const MAX_MONTHLY_PARCELS = 100_000_000;

export type InputField =
  'weight' | 'length' | 'width' | 'height' | 'dimensions' | 'postcode' | 'monthlyParcels' | 'shipDate';
export type InputProblemCode =
  'not-a-number' | 'too-small' | 'too-large' | 'incomplete' | 'not-a-whole-number' | 'bad-date' | 'too-long';
export interface InputProblem {
  field: InputField;
  code: InputProblemCode;
}

export type QuoteRequestResult = { ok: true; request: QuoteRequest } | { ok: false; problems: InputProblem[] };

/** The form as the popup holds it: the remembered inputs plus the ship date (ISO day or empty = today). */
export type QuoteForm = PopupInputs & { shipDate: string };

/**
 * Reads a decimal the seller typed: `"0.4"`, `"0,4"` (comma decimal), `".5"`. `undefined` for an
 * empty field, `null` for anything else (`"1e3"`, `"abc"`, `"-2"`), so the form can say which is which.
 */
export function parseTypedDecimal(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

/**
 * Rewrites a typed weight or length in another unit, so switching kg ↔ lb (or the market) keeps the
 * same parcel. Precision: 3 decimals for kg/lb (≈ 1 g), 1 for cm (1 mm), 2 for in (0.25 mm).
 * Text that is not a number is left as typed. Example: `convertTypedMeasure('0.4', 'kg', 'lb') === '0.882'`.
 */
export function convertTypedMeasure(text: string, from: WeightUnit | LengthUnit, to: WeightUnit | LengthUnit): string {
  if (from === to) return text;
  const value = parseTypedDecimal(text);
  if (value === undefined || value === null) return text;
  const decimals = to === 'cm' ? 1 : to === 'in' ? 2 : 3;
  const isWeight = (unit: WeightUnit | LengthUnit): unit is WeightUnit => unit === 'kg' || unit === 'lb';
  const converted =
    isWeight(from) && isWeight(to)
      ? convertWeight(value, from, to)
      : !isWeight(from) && !isWeight(to)
        ? convertLength(value, from, to)
        : Number.NaN;
  if (Number.isNaN(converted)) return text;
  return String(Number(converted.toFixed(decimals)));
}

function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function readWeight(form: QuoteForm, problems: InputProblem[]): number | undefined {
  const value = parseTypedDecimal(form.weight);
  if (value === undefined) return undefined; // the background falls back to the seller's default weight, and says so
  if (value === null) return void problems.push({ field: 'weight', code: 'not-a-number' });
  const grams = toGrams(value, form.weightUnit);
  if (grams < 1) return void problems.push({ field: 'weight', code: 'too-small' });
  if (grams > MAX_WEIGHT_GRAMS) return void problems.push({ field: 'weight', code: 'too-large' });
  return grams;
}

function readDimensions(form: QuoteForm, problems: InputProblem[]): QuoteRequest['dimensionsMm'] {
  const sides = (['length', 'width', 'height'] as const).map((field) => ({
    field,
    value: parseTypedDecimal(form[field]),
  }));
  if (sides.every((s) => s.value === undefined)) return undefined;
  let bad = false;
  for (const { field, value } of sides) {
    if (value === undefined) continue;
    const code =
      value === null
        ? 'not-a-number'
        : toMillimetres(value, form.lengthUnit) <= 0
          ? 'too-small'
          : toMillimetres(value, form.lengthUnit) > MAX_SIDE_MM
            ? 'too-large'
            : null;
    if (!code) continue;
    problems.push({ field, code });
    bad = true;
  }
  if (sides.some((s) => s.value === undefined)) {
    problems.push({ field: 'dimensions', code: 'incomplete' });
    return undefined;
  }
  if (bad) return undefined;
  const [length, width, height] = sides.map((s) => toMillimetres(s.value as number, form.lengthUnit)) as [
    number,
    number,
    number,
  ];
  return { length, width, height };
}

function readMonthlyParcels(form: QuoteForm, problems: InputProblem[]): number | undefined {
  const value = parseTypedDecimal(form.monthlyParcels);
  if (value === undefined) return undefined; // the background uses the seller profile's monthly volume
  if (value === null) return void problems.push({ field: 'monthlyParcels', code: 'not-a-number' });
  if (!Number.isInteger(value)) return void problems.push({ field: 'monthlyParcels', code: 'not-a-whole-number' });
  if (value > MAX_MONTHLY_PARCELS) return void problems.push({ field: 'monthlyParcels', code: 'too-large' });
  return value;
}

/**
 * Maps the popup form to a `quote-parcel` request: kg/lb → grams, cm/in → millimetres, trimmed
 * postcode, optional fields left out when empty (the background then uses the seller's profile and
 * today). Every problem is returned at once, never thrown.
 * Example: `{ market: 'US', weight: '0.4', weightUnit: 'kg', postcode: '99501', shipDate: '2024-08-15', … }`
 * → `{ ok: true, request: { market: 'US', weightGrams: 400, destination: { postcode: '99501' }, date: '2024-08-15' } }`.
 */
export function buildQuoteRequest(form: QuoteForm): QuoteRequestResult {
  const problems: InputProblem[] = [];
  const weightGrams = readWeight(form, problems);
  const dimensionsMm = readDimensions(form, problems);
  const monthlyParcels = readMonthlyParcels(form, problems);
  const postcode = form.postcode.trim();
  if (postcode.length > 16) problems.push({ field: 'postcode', code: 'too-long' });
  const shipDate = form.shipDate.trim();
  if (shipDate !== '' && !isIsoDay(shipDate)) problems.push({ field: 'shipDate', code: 'bad-date' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      market: form.market,
      ...(weightGrams !== undefined ? { weightGrams } : {}),
      ...(dimensionsMm ? { dimensionsMm } : {}),
      ...(postcode ? { destination: { postcode } } : {}),
      ...(shipDate ? { date: shipDate } : {}),
      ...(form.priority ? { priority: true } : {}),
      ...(monthlyParcels !== undefined ? { monthlyParcels } : {}),
    },
  };
}
