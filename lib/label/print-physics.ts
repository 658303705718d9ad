/**
 * Print-resolution physics and the published label facts it needs. A thermal printer can only make a
 * barcode module a whole number of dots wide, so the X-dimension is dots × (1 / dpi) inch: at 203 dpi
 * the printable X values are 4.93, 9.85, 14.78, 19.70 … mil (ref:carriers-and-labels#2.2). Pure.
 */
import type { CarrierId } from '@/lib/carriers';
import { MM_PER_INCH } from '@/lib/units';

export const MILS_PER_INCH = 1000;

/** Thermal labels must print at ≥ 203 dpi; below it the first-scan rate drops to 61 % (seed:S33). */
export const MIN_THERMAL_DPI = 203;

/** Common thermal printer resolutions (ref:carriers-and-labels#2.2). */
export const PRINTER_DPIS = [203, 300, 600] as const;

/** Code 128 quiet zone: at least 10 X each side (ref:carriers-and-labels#2.3, ISO/IEC 15417). */
export const QUIET_ZONE_MODULES = 10;

export interface LabelSize {
  widthMm: number;
  heightMm: number;
  source: string;
}

/** Label stock sizes, width across the barcode first (ref:carriers-and-labels#2.1). */
export const LABEL_SIZES = {
  '4x6-in': { widthMm: 101.6, heightMm: 152.4, source: 'ref:carriers-and-labels#2.1' },
  '100x150-mm': { widthMm: 100, heightMm: 150, source: 'ref:carriers-and-labels#2.1' },
  a6: { widthMm: 105, heightMm: 148, source: 'ref:carriers-and-labels#2.1' },
} as const satisfies Record<string, LabelSize>;

export type LabelSizeId = keyof typeof LABEL_SIZES;

export interface XDimensionRule {
  minMils: number;
  maxMils: number;
  /** What the carrier calls the barcode, for messages ("USPS IMpb"). */
  label: string;
  /** The symbology the carrier requires for this barcode, if it names one. */
  symbology?: 'gs1-128';
  source: string;
}

/**
 * Published X-dimension ranges. Only USPS IMpb has one on file (13–21 mil, GS1-128,
 * ref:carriers-and-labels#2.4); UPS, FedEx and Royal Mail are UNCONFIRMED there and SEA carriers
 * publish none, so for them we check fit and ≥ 203 dpi only — never an invented minimum.
 */
export const CARRIER_X_DIMENSION_RULES: Partial<Record<CarrierId, XDimensionRule>> = {
  usps: { minMils: 13, maxMils: 21, label: 'USPS IMpb', symbology: 'gs1-128', source: 'ref:carriers-and-labels#2.4' },
};

/** Size of one printer dot in mils (thousandths of an inch). Example: `milsPerDot(203)` ≈ 4.93. */
export function milsPerDot(dpi: number): number {
  return MILS_PER_INCH / dpi;
}

/** Size of one printer dot in mm. Example: `mmPerDot(203)` ≈ 0.125. */
export function mmPerDot(dpi: number): number {
  return MM_PER_INCH / dpi;
}

/** Whole dots that fit in a width in mm at `dpi` (a printer cannot print part of a dot). Example: 101.6 mm at 203 dpi → 812. */
export function countDotsInWidth(widthMm: number, dpi: number): number {
  // The epsilon keeps exact inch widths (4 in × 203 dpi = 812) from flooring to one dot less.
  return Math.floor((widthMm * dpi) / MM_PER_INCH + 1e-9);
}

/**
 * Whole dots per module that give an X-dimension inside [minMils, maxMils] at `dpi`, smallest first.
 * Example: USPS 13–21 mil at 203 dpi → [3, 4] (14.78 and 19.70 mil); at 300 dpi → [4, 5, 6].
 */
export function listLegalDotsPerModule(rule: Pick<XDimensionRule, 'minMils' | 'maxMils'>, dpi: number): number[] {
  const lowest = Math.max(1, Math.ceil((rule.minMils * dpi) / MILS_PER_INCH - 1e-9));
  const highest = Math.floor((rule.maxMils * dpi) / MILS_PER_INCH + 1e-9);
  const legal: number[] = [];
  for (let dots = lowest; dots <= highest; dots++) legal.push(dots);
  return legal;
}
