import bwipjs from 'bwip-js/generic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCode128Check, encodeCode128, FNC1, planPayload, type Symbology } from '@/lib/label';

function plan(text: string, symbology: Symbology) {
  const planned = planPayload(text, symbology);
  if (!('plan' in planned)) throw new Error(`unplannable ${text}`);
  return planned.plan;
}

function bwipWidths(bwipText: string, symbology: Symbology): number[] {
  const [first] = bwipjs.raw('code128', bwipText, { parsefnc: symbology === 'gs1-128' }) as Array<{ sbs: number[] }>;
  return first!.sbs;
}

describe('computeCode128Check', () => {
  it('gives 50 for the IMpb worked example symbols (ref:carriers-and-labels#5)', () => {
    expect(computeCode128Check([105, 102, 42, 1, 23, 45, 102, 94, 0, 11, 12, 6, 20, 64, 6, 26, 7, 87])).toBe(50);
  });
});

describe('encodeCode128', () => {
  it('encodes the worked example 420 12345 9400111206206406260787 as Start C, FNC1, 4 pairs, FNC1, 11 pairs, check 50, stop', () => {
    const encoding = encodeCode128(plan('420123459400111206206406260787', 'gs1-128').message);
    expect(encoding.values).toEqual([105, 102, 42, 1, 23, 45, 102, 94, 0, 11, 12, 6, 20, 64, 6, 26, 7, 87, 50, 106]);
    expect(encoding.dataSymbolCount).toBe(17);
    expect(encoding.checkValue).toBe(50);
    expect(encoding.modules).toBe(222);
  });

  it.each([
    ['420 + ZIP5 + 22 digits', '420123459400111206206406260787', 222],
    ['420 + ZIP+4 + 22 digits', '4201002334249200190132607600833457', 244],
    ['22-digit IMpb only', '9400111206206406260787', 167],
  ])('counts %s as GS1-128 the way the reference does (%s → %i modules)', (_name, text, modules) => {
    expect(encodeCode128(plan(text, 'gs1-128').message).modules).toBe(modules);
  });

  it('costs 233 modules for 18 characters that all stay in code set B (the reference 1Z upper bound)', () => {
    expect(encodeCode128(plan('1Z5R8A9B0C1D2E3F4G', 'code128').message).modules).toBe(233);
  });

  it('switches to code set C for digit runs, so real 1Z numbers cost less than the upper bound', () => {
    for (const number of ['1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1ZXX3150YW44070023']) {
      const encoding = encodeCode128(plan(number, 'code128').message);
      expect(encoding.modules).toBeLessThan(233);
      expect(encoding.values).toContain(99); // CODE C
    }
  });

  it('counts 11 modules per symbol plus 13 for the stop character', () => {
    const encoding = encodeCode128(plan('RB123456785GB', 'code128').message);
    expect(encoding.modules).toBe(11 * (encoding.values.length - 1) + 13);
    expect(encoding.elementWidths.reduce((a, b) => a + b, 0)).toBe(encoding.modules);
  });

  it.each([
    ['420123459400111206206406260787', 'gs1-128'],
    ['4201002334249200190132607600833457', 'gs1-128'],
    ['(01)09501101530003(17)250101(10)AB1', 'gs1-128'],
    ['1Z5R89390357567127', 'code128'],
    ['RB123456785GB', 'code128'],
    ['JX8009962760', 'code128'],
    ['YT2229521272164446', 'code128'],
    ['LP00123456789012', 'code128'],
    ['a1b22c333d4444e55555f666666', 'code128'],
    ['12345', 'code128'],
    ['1', 'code128'],
    ['12', 'code128'],
  ] as Array<[string, Symbology]>)('chooses exactly the bars bwip-js chooses for %s (%s)', (text, symbology) => {
    const planned = plan(text, symbology);
    expect(encodeCode128(planned.message).elementWidths).toEqual(bwipWidths(planned.bwipText, symbology));
  });

  it('matches bwip-js bar for bar on arbitrary printable ASCII and digit-heavy strings', () => {
    const printable = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 30,
    });
    const digitHeavy = fc.string({
      unit: fc.constantFrom('0', '1', '2', '7', '9', 'A', 'z', '-'),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.oneof(printable, digitHeavy), (text) => {
        const planned = plan(text, 'code128');
        expect(encodeCode128(planned.message).elementWidths).toEqual(bwipWidths(planned.bwipText, 'code128'));
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });

  it('refuses a character outside printable ASCII as a programming error', () => {
    expect(() => encodeCode128([0x0a])).toThrow(RangeError);
  });

  it('starts GS1-128 in code set C when FNC1 leads into digits (FNC1 takes a whole C symbol)', () => {
    expect(encodeCode128([FNC1, 0x31, 0x32]).values.slice(0, 3)).toEqual([105, 102, 12]);
  });
});
