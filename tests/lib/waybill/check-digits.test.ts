import { describe, expect, it } from 'vitest';
import {
  computeAlternating12Mod10,
  computeFedexMod11,
  computeGs1Mod10,
  computeMod3736,
  computeMod7,
  computeS10Check,
  computeUpsMod10,
} from '@/lib/waybill';
import { VERIFICATION_LOG } from './public-examples';

describe('check-digit algorithms (ref:carriers-and-labels#1.1)', () => {
  it('reproduces the values in the verification log (§5)', () => {
    expect(computeS10Check(VERIFICATION_LOG.s10SerialCheck.serial)).toBe(VERIFICATION_LOG.s10SerialCheck.check);
    expect(computeGs1Mod10(VERIFICATION_LOG.gs1Mod10.data)).toBe(VERIFICATION_LOG.gs1Mod10.check);
  });

  it.each([
    ['GS1 mod 10, USPS IMpb', computeGs1Mod10, '940011120620640626078', '7'],
    ['GS1 mod 10, FedEx Ground 15', computeGs1Mod10, '04144176022896', '4'],
    ['UPS 1Z with letters mapped', computeUpsMod10, '5R8939035756712', '7'],
    ['UPS 1Z with letters in the service code', computeUpsMod10, 'XX3150YW4407002', '3'],
    ['UPS waybill', computeAlternating12Mod10, '150623562', '0'],
    ['OnTrac with C mapped to 4', computeAlternating12Mod10, '41103150000187', '9'],
    ['FedEx Express mod 11', computeFedexMod11, '98657878885', '5'],
    ['DHL Express mod 7 (10 digits)', computeMod7, '331881002', '5'],
    ['DHL Express mod 7 (11 digits)', computeMod7, '7389105114', '6'],
    ['DPD Mod 37,36 (15)', computeMod3736, '09980000020033', 'F'],
    ['DPD Mod 37,36 (28)', computeMod3736, '008182709980000020033350276', 'C'],
  ])('%s', (_name, compute, data, check) => {
    expect(compute(data)).toBe(check);
  });

  it('maps S10 results 10 → 0 and 11 → 5', () => {
    expect(computeS10Check('00000000')).toBe('5'); // sum 0 → c = 11 → 5
    expect(computeS10Check('00004000')).toBe('0'); // 4 × 3 = 12, 12 mod 11 = 1 → c = 10 → 0
    expect(computeS10Check('00000003')).toBe('1'); // 3 × 7 = 21, 21 mod 11 = 10 → c = 1
  });

  it('returns undefined for characters the algorithm has no value for', () => {
    expect(computeGs1Mod10('12A4')).toBeUndefined();
    expect(computeFedexMod11('1-2')).toBeUndefined();
    expect(computeMod7('12 3')).toBeUndefined();
    expect(computeS10Check('1234567')).toBeUndefined();
    expect(computeMod3736('ab')).toBeUndefined();
    expect(computeUpsMod10('1z')).toBeUndefined();
  });
});
