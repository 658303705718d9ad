/**
 * Weights as carriers' rate cards write them, converted exactly. US cards are in ounces and pounds
 * (1 lb = 0.45359237 kg by definition, 1 oz = 1/16 lb): in picograms every unit is a whole number,
 * and so is any amount written with up to three decimals, so BigInt arithmetic loses nothing.
 */
import type { WeightUnit } from './convert';

const PICOGRAMS_PER_UNIT: Readonly<Record<WeightUnit, bigint>> = {
  g: 1_000_000_000_000n,
  kg: 1_000_000_000_000_000n,
  oz: 28_349_523_125_000n,
  lb: 453_592_370_000_000n,
};
const PICOGRAMS_PER_GRAM = PICOGRAMS_PER_UNIT.g;

/**
 * A positive amount written as a plain decimal (at most 3 decimals) in `unit`, in picograms;
 * `undefined` for anything else. Example: `toPicograms('15.99', 'oz') === 453_308_874_768_750n`.
 */
export function toPicograms(text: string, unit: WeightUnit): bigint | undefined {
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  const scaled = BigInt(match[1]! + decimals);
  if (scaled === 0n) return undefined;
  return (scaled * PICOGRAMS_PER_UNIT[unit]) / 10n ** BigInt(decimals.length);
}

/** Whole grams at or under an amount: the heaviest whole-gram parcel a band "up to" it takes. */
export function floorGrams(picograms: bigint): number {
  return Number(picograms / PICOGRAMS_PER_GRAM);
}

/** Whole grams in picograms. */
export function gramsToPicograms(grams: number): bigint {
  return BigInt(grams) * PICOGRAMS_PER_GRAM;
}
