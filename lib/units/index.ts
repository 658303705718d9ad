/**
 * lib/units — the one place for unit conversions (grams, millimetres and the seller's kg/lb/oz, cm/in)
 * and display formats (money from integer minor units, weights, percentages, moments with their zone).
 * Pure: no browser API, no clock.
 */
export {
  WEIGHT_UNITS,
  GRAMS_PER_POUND,
  MM_PER_INCH,
  convertLength,
  convertWeight,
  lengthUnitFor,
  toGrams,
  toMillimetres,
  weightUnitFor,
  type LengthUnit,
  type UnitSystem,
  type WeightUnit,
} from './convert';
export { floorGrams, gramsToPicograms, toPicograms } from './exact-weight';
export {
  formatDateTime,
  formatKilograms,
  formatMoney,
  formatPercent,
  formatSubMinorMoney,
  formatWeight,
} from './format';
