/**
 * Reading weights and sizes as Seller Center shows them ("0.4 kg", "1.2 lb", "20 x 15 x 10 cm",
 * "20×15×10厘米") into the core's units: grams and millimetres (conversions from lib/units).
 */
import { convertWeight, toMillimetres, type LengthUnit, type WeightUnit } from '@/lib/units';

export type { LengthUnit, WeightUnit };

/** Unit words as written in English and Chinese interfaces (matched case-insensitively). */
const WEIGHT_UNIT_WORDS: Record<WeightUnit, readonly string[]> = {
  kg: ['kg', 'kgs', 'kilogram', 'kilograms', '千克', '公斤'],
  g: ['g', 'gram', 'grams', '克'],
  lb: ['lb', 'lbs', 'pound', 'pounds', '磅'],
  oz: ['oz', 'ounce', 'ounces', '盎司'],
};
const LENGTH_UNIT_WORDS: Record<LengthUnit, readonly string[]> = {
  mm: ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres', '毫米'],
  cm: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres', '厘米', '公分'],
  in: ['in', 'inch', 'inches', '"', '″', '英寸'],
};

function wordIndex<U extends string>(table: Record<U, readonly string[]>): Array<[string, U]> {
  return (Object.entries(table) as Array<[U, readonly string[]]>)
    .flatMap(([unit, words]) => words.map((w) => [w.toLowerCase(), unit] as [string, U]))
    .sort((a, b) => b[0].length - a[0].length);
}

const WEIGHT_WORDS = wordIndex(WEIGHT_UNIT_WORDS);
const LENGTH_WORDS = wordIndex(LENGTH_UNIT_WORDS);

function alternation(words: ReadonlyArray<[string, string]>): string {
  return words.map(([w]) => w.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&')).join('|');
}

/** A number as shown: "0.4", "0,4" (decimal comma), "1,200" (thousands). */
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
// A unit must not run into further letters ("g" is not the start of "grams" unless listed).
const WEIGHT_PAIR = new RegExp(String.raw`(${NUMBER})\s*(${alternation(WEIGHT_WORDS)})(?![a-z])`, 'gi');
const LENGTH_UNIT = `(?:${alternation(LENGTH_WORDS)})(?![a-z])`;
const TIMES = String.raw`\s*[x×*✕╳]\s*`;
const DIM_PART = String.raw`(?:[lwh长宽高]\s*[:：]?\s*)?(${NUMBER})\s*(${LENGTH_UNIT})?`;
const DIMENSIONS = new RegExp(`${DIM_PART}${TIMES}${DIM_PART}${TIMES}${DIM_PART}`, 'i');
const SINGLE_LENGTH = new RegExp(String.raw`(${NUMBER})\s*(${LENGTH_UNIT})`, 'i');

/**
 * The longest text read as a weight or a size. A cell shows "Weight: 0.4 kg" or "20 x 15 x 10 cm";
 * the number regexes backtrack quadratically, so a page-made blob of 20,000 digits would otherwise
 * hold Seller Center's main thread for seconds.
 */
export const MAX_MEASUREMENT_TEXT = 200;

function measurementText(text: unknown): string | undefined {
  return typeof text === 'string' && text.length <= MAX_MEASUREMENT_TEXT ? foldText(text) : undefined;
}

/** Full-width digits, letters and symbols (common from CJK input methods) become ASCII. */
function foldText(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Parses a number as displayed. A lone comma followed by exactly three digits is a thousands
 * separator ("1,200"); otherwise a comma is a decimal comma ("0,4"). Returns undefined for junk.
 * Example: `parseShownNumber('1,200') === 1200`, `parseShownNumber('0,4') === 0.4`.
 */
export function parseShownNumber(text: string): number | undefined {
  const s = measurementText(String(text))?.trim();
  if (s === undefined) return undefined;
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return undefined;
  let normalized: string;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalized = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    const groups = s.split(',');
    const thousands = groups.length > 2 || (groups[1]!.length === 3 && groups[0] !== '0');
    normalized = thousands ? groups.join('') : s.replace(',', '.');
  } else {
    normalized = s;
  }
  if ((normalized.match(/\./g) ?? []).length > 1) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** The weight unit a word names ("kg", "磅"), or undefined. */
export function weightUnitOf(word: string): WeightUnit | undefined {
  const w = foldText(word).trim().toLowerCase();
  return WEIGHT_WORDS.find(([name]) => name === w)?.[1];
}

/** The length unit a word names ("cm", "厘米", "in"), or undefined. */
export function lengthUnitOf(word: string): LengthUnit | undefined {
  const w = foldText(word).trim().toLowerCase();
  return LENGTH_WORDS.find(([name]) => name === w)?.[1];
}

/**
 * Parses a displayed weight into whole grams; a unit is required (a bare "0.4" is ambiguous).
 * Several parts are added up ("1 lb 4 oz"). Returns undefined when no weight is found.
 * Example: `parseWeightGrams('0.4 kg') === 400`, `parseWeightGrams('1.2 lb') === 544`,
 * `parseWeightGrams('850克') === 850`.
 */
export function parseWeightGrams(text: string): number | undefined {
  const s = measurementText(text);
  if (s === undefined) return undefined;
  let total = 0;
  let found = false;
  for (const m of s.matchAll(WEIGHT_PAIR)) {
    const value = parseShownNumber(m[1]!);
    const unit = weightUnitOf(m[2]!);
    if (value === undefined || !unit) continue;
    total += convertWeight(value, unit, 'g');
    found = true;
  }
  return found ? Math.round(total) : undefined;
}

/**
 * Parses a displayed size "L x W x H unit" into millimetres (to 0.1 mm), in the order shown (length, width,
 * height). A unit is required, after the last number or after each. Separators: x, ×, *.
 * Example: `parseDimensionsMm('20 x 15 x 10 cm')` → `{ length: 200, width: 150, height: 100 }`;
 * `parseDimensionsMm('20×15×10厘米')` → the same; `parseDimensionsMm('8 x 6 x 4 in')` → 203.2 / 152.4 / 101.6.
 */
export function parseDimensionsMm(text: string): { length: number; width: number; height: number } | undefined {
  const s = measurementText(text);
  const m = s === undefined ? null : DIMENSIONS.exec(s);
  if (!m) return undefined;
  const numbers = [m[1], m[3], m[5]].map((n) => parseShownNumber(n ?? ''));
  const lastUnit = m[6] ? lengthUnitOf(m[6]) : undefined;
  const units = [m[2], m[4], m[6]].map((u) => (u ? lengthUnitOf(u) : lastUnit));
  if (numbers.some((n) => n === undefined) || units.some((u) => !u)) return undefined;
  const [length, width, height] = numbers.map((n, i) => toMillimetres(n!, units[i]!)) as [number, number, number];
  return { length, width, height };
}

/** Parses one displayed length ("20 cm", "8 in", "30厘米") into millimetres (to 0.1 mm); unit required. */
export function parseLengthMm(text: string): number | undefined {
  const s = measurementText(text);
  const m = s === undefined ? null : SINGLE_LENGTH.exec(s);
  if (!m) return undefined;
  const value = parseShownNumber(m[1]!);
  const unit = lengthUnitOf(m[2]!);
  return value === undefined || !unit ? undefined : toMillimetres(value, unit);
}
