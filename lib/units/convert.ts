/**
 * Every unit conversion of the extension. The core keeps grams and millimetres; sellers type and read
 * kg/lb/oz and cm/in at the edges. The factors are definitions, not estimates: 1 lb = 0.45359237 kg
 * exactly, 1 oz = 1/16 lb, 1 in = 25.4 mm exactly (international yard and pound agreement, 1959).
 */

/** Weight units a seller or a carrier's rate card may write. */
export const WEIGHT_UNITS = ['g', 'kg', 'oz', 'lb'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];
export type LengthUnit = 'mm' | 'cm' | 'in';
export type UnitSystem = 'metric' | 'imperial';

/** The international avoirdupois pound in grams, exact. */
export const GRAMS_PER_POUND = 453.59237;
/** The international inch in millimetres, exact (also what turns dpi into dots per millimetre). */
export const MM_PER_INCH = 25.4;
const GRAMS_PER: Record<WeightUnit, number> = { g: 1, kg: 1000, lb: GRAMS_PER_POUND, oz: GRAMS_PER_POUND / 16 };
const MM_PER: Record<LengthUnit, number> = { mm: 1, cm: 10, in: MM_PER_INCH };

/**
 * Whole grams for a weight in a unit (a gram is finer than any carrier's weight step).
 * Example: `toGrams(1, 'lb') === 454`, `toGrams(0.4, 'kg') === 400`, `toGrams(1.2, 'lb') === 544`.
 */
export function toGrams(value: number, unit: WeightUnit): number {
  return Math.round(value * GRAMS_PER[unit]);
}

/**
 * Millimetres for a length in a unit, to 0.1 mm, so a whole number of inches comes back as itself
 * (12 in → 304.8 mm → 12 in; rounding to whole millimetres would give 305 mm, which a carrier that
 * rounds sides up reads as 13 in). Example: `toMillimetres(8, 'in') === 203.2`, `toMillimetres(30, 'cm') === 300`.
 */
export function toMillimetres(value: number, unit: LengthUnit): number {
  return Math.round(value * MM_PER[unit] * 10) / 10;
}

/** A weight re-expressed in another unit, unrounded. Example: `convertWeight(453.59237, 'g', 'lb') === 1`. */
export function convertWeight(value: number, from: WeightUnit, to: WeightUnit): number {
  return from === to ? value : (value * GRAMS_PER[from]) / GRAMS_PER[to];
}

/** A length re-expressed in another unit, unrounded. Example: `convertLength(304.8, 'mm', 'in') === 12`. */
export function convertLength(value: number, from: LengthUnit, to: LengthUnit): number {
  return from === to ? value : (value * MM_PER[from]) / MM_PER[to];
}

/** The weight unit a seller of a unit system types: `lb` for imperial, `kg` otherwise. */
export function weightUnitFor(system: UnitSystem): 'kg' | 'lb' {
  return system === 'imperial' ? 'lb' : 'kg';
}

/** The length unit a seller of a unit system types: `in` for imperial, `cm` otherwise. */
export function lengthUnitFor(system: UnitSystem): 'cm' | 'in' {
  return system === 'imperial' ? 'in' : 'cm';
}
