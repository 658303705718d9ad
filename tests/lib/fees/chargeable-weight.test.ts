import { describe, expect, it } from 'vitest';
import { computeChargeableWeight, computeVolumetricWeightGrams } from '@/lib/fees';
import type { VolumetricRule } from '@/lib/rules';

const USPS: VolumetricRule = {
  unit: 'in3-per-lb',
  divisor: 166,
  appliesAboveVolume: 1728,
  sideRounding: 'nearest',
  weightRounding: 'up-whole',
  source: 'ref:carriers-and-labels#3',
};
const UPS: VolumetricRule = {
  unit: 'in3-per-lb',
  divisor: 139,
  sideRounding: 'nearest',
  weightRounding: 'up-whole',
  source: 'ref:carriers-and-labels#3',
};
const METRIC_HALF_KG: VolumetricRule = {
  unit: 'cm3-per-kg',
  divisor: 5000,
  sideRounding: 'up',
  weightRounding: 'up-half',
  source: 'user',
  unconfirmed: true,
};
const NAME = { en: 'Carrier', zh: '承运商' };

describe('computeVolumetricWeightGrams (ref:carriers-and-labels#3)', () => {
  it.each([
    ['USPS at exactly 1,728 in³ (12 in cube) → not applied', USPS, [305, 305, 305], null],
    ['USPS 13 × 12 × 12 in = 1,872 in³ → 12 lb', USPS, [330, 305, 305], 5444],
    ['USPS sides round to the nearest inch: 12.4 in → 12 in', USPS, [315, 305, 305], null],
    ['USPS 254 mm is exactly 10 in, not 11', USPS, [254, 254, 254], null],
    ['UPS 139 applies to every box: 4 × 4 × 4 in → 1 lb', UPS, [100, 100, 100], 454],
    ['UPS 20 × 16 × 12 in = 3,840 in³ → 27.6 lb → 28 lb', UPS, [508, 406, 305], 12701],
    [
      'metric 5,000 cm³/kg, sides up, half kg up: 30 × 20 × 10 cm → 1.2 kg → 1.5 kg',
      METRIC_HALF_KG,
      [300, 200, 100],
      1500,
    ],
  ] as const)('%s', (_name, rule, [length, width, height], grams) => {
    expect(computeVolumetricWeightGrams({ length, width, height }, rule)).toBe(grams);
  });
});

describe('computeChargeableWeight (S24)', () => {
  it('uses the actual weight when no dimensions are given', () => {
    expect(computeChargeableWeight({ weightGrams: 400 }, USPS, NAME)).toEqual({
      actualWeightGrams: 400,
      volumetricWeightGrams: null,
      chargeableWeightGrams: 400,
      estimate: false,
      warnings: [],
    });
  });

  it('takes the larger of actual and volumetric weight', () => {
    expect(
      computeChargeableWeight(
        { weightGrams: 20_000, dimensionsMm: { length: 330, width: 305, height: 305 } },
        USPS,
        NAME,
      ),
    ).toMatchObject({ volumetricWeightGrams: 5444, chargeableWeightGrams: 20_000, warnings: [] });
    expect(
      computeChargeableWeight({ weightGrams: 400, dimensionsMm: { length: 330, width: 305, height: 305 } }, USPS, NAME)
        .chargeableWeightGrams,
    ).toBe(5444);
  });

  it('warns rather than inventing a divisor when the carrier has none on file', () => {
    const result = computeChargeableWeight(
      { weightGrams: 400, dimensionsMm: { length: 600, width: 400, height: 400 } },
      undefined,
      NAME,
    );
    expect(result).toMatchObject({ volumetricWeightGrams: null, chargeableWeightGrams: 400, estimate: false });
    expect(result.warnings.map((w) => w.code)).toEqual(['no-volumetric-divisor']);
  });

  it('marks an unconfirmed divisor as an estimate', () => {
    const result = computeChargeableWeight(
      { weightGrams: 400, dimensionsMm: { length: 300, width: 200, height: 100 } },
      METRIC_HALF_KG,
      NAME,
    );
    expect(result.estimate).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['volumetric-divisor-unconfirmed', 'volumetric-exceeds-actual']);
  });
});
