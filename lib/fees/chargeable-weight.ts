import type { Localized } from '@/lib/i18n';
import type { VolumetricRule } from '@/lib/rules';
import { GRAMS_PER_POUND, MM_PER_INCH } from '@/lib/units';
import type { QuoteWarning } from './types';

// Float guard: 254 mm / 25.4 is 10.000000000000002, which must not round up to 11 inches.
const EPSILON = 1e-9;

export interface ChargeableWeight {
  actualWeightGrams: number;
  /** `null`: no dimensions, no divisor on file, or the carrier's volume threshold not reached. */
  volumetricWeightGrams: number | null;
  /** max(actual, volumetric), whole grams rounded up (S24). */
  chargeableWeightGrams: number;
  /** True when an UNCONFIRMED divisor was used. */
  estimate: boolean;
  warnings: QuoteWarning[];
}

function roundSide(value: number, mode: VolumetricRule['sideRounding']): number {
  if (mode === 'nearest') return Math.round(value + EPSILON);
  if (mode === 'up') return Math.ceil(value - EPSILON);
  return value;
}

function roundWeight(value: number, mode: VolumetricRule['weightRounding']): number {
  if (mode === 'up-whole') return Math.ceil(value - EPSILON);
  if (mode === 'up-half') return Math.ceil(value * 2 - EPSILON) / 2;
  return value;
}

/**
 * Dimensional weight in whole grams (rounded up) under a carrier's rule, or `null` when the rule's
 * volume threshold is not exceeded. Example (USPS 166 in³/lb, over 1,728 in³, sides to the nearest
 * inch, weight up to the next lb): 305 × 305 × 305 mm → 12 × 12 × 12 in = 1,728 in³ → `null`;
 * 330 × 305 × 305 mm → 13 × 12 × 12 = 1,872 in³ → 11.28 lb → 12 lb → 5,444 g.
 */
export function computeVolumetricWeightGrams(
  dimensionsMm: { length: number; width: number; height: number },
  rule: VolumetricRule,
): number | null {
  const perUnit = rule.unit === 'in3-per-lb' ? MM_PER_INCH : 10;
  const sides = [dimensionsMm.length, dimensionsMm.width, dimensionsMm.height].map((mm) =>
    roundSide(mm / perUnit, rule.sideRounding),
  );
  const volume = sides.reduce((product, side) => product * side, 1);
  if (rule.appliesAboveVolume !== undefined && volume <= rule.appliesAboveVolume) return null;
  const weight = roundWeight(volume / rule.divisor, rule.weightRounding);
  const grams = weight * (rule.unit === 'in3-per-lb' ? GRAMS_PER_POUND : 1000);
  return Math.ceil(grams - EPSILON);
}

/**
 * Chargeable weight = max(actual, volumetric) (S24), in whole grams rounded up. With dimensions but no
 * divisor on file it says so in `warnings` instead of inventing one.
 * Example: 400 g, no dimensions → `{ actualWeightGrams: 400, volumetricWeightGrams: null, chargeableWeightGrams: 400 }`.
 */
export function computeChargeableWeight(
  parcel: { weightGrams: number; dimensionsMm?: { length: number; width: number; height: number } | undefined },
  rule: VolumetricRule | undefined,
  carrierName: Localized,
): ChargeableWeight {
  const warnings: QuoteWarning[] = [];
  const actual = parcel.weightGrams;
  let volumetric: number | null = null;
  let estimate = false;
  if (parcel.dimensionsMm && !rule) {
    warnings.push({
      code: 'no-volumetric-divisor',
      text: {
        en: `No volumetric divisor on file for ${carrierName.en}: chargeable weight uses the actual weight only; the carrier may bill more for a bulky parcel.`,
        zh: `${carrierName.zh}无体积重除数记录:计费重仅按实重计算;大体积包裹承运商可能按体积重计费。`,
      },
      source: 'seed:S24',
    });
  }
  if (parcel.dimensionsMm && rule) {
    volumetric = computeVolumetricWeightGrams(parcel.dimensionsMm, rule);
    if (rule.unconfirmed) {
      estimate = true;
      warnings.push({
        code: 'volumetric-divisor-unconfirmed',
        text: {
          en: `The volumetric divisor ${rule.divisor} for ${carrierName.en} is unconfirmed: chargeable weight is an estimate.`,
          zh: `${carrierName.zh}的体积重除数 ${rule.divisor} 未确认:计费重为估算。`,
        },
        source: rule.source,
      });
    }
  }
  const chargeable = Math.ceil(Math.max(actual, volumetric ?? 0) - EPSILON);
  if (volumetric !== null && volumetric > actual) {
    const excess = Math.ceil(volumetric - actual);
    warnings.push({
      code: 'volumetric-exceeds-actual',
      text: {
        en: `Volumetric weight ${volumetric} g exceeds the actual ${actual} g by ${excess} g: you are billed for ${volumetric} g.`,
        zh: `体积重 ${volumetric} 克比实重 ${actual} 克多 ${excess} 克:按 ${volumetric} 克计费。`,
      },
      source: 'seed:S24',
    });
  }
  return {
    actualWeightGrams: actual,
    volumetricWeightGrams: volumetric,
    chargeableWeightGrams: chargeable,
    estimate,
    warnings,
  };
}
