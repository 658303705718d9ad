import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_SIZES, printCheck, type PrintCheck, type PrintCheckInput } from '@/lib/label';

const IMPB_ZIP5 = '420123459400111206206406260787';
const IMPB_ZIP9 = '4201002334249200190132607600833457';
const IMPB_22 = '9400111206206406260787';
const IN_4 = LABEL_SIZES['4x6-in'].widthMm;

function check(input: PrintCheckInput): PrintCheck {
  const result = printCheck(input);
  if (result.kind !== 'check') throw new Error(result.verdict.en);
  return result;
}

const inches = (mm: number) => Number((mm / 25.4).toFixed(2));

describe('printCheck — the reference worked example (ref:carriers-and-labels#2.3)', () => {
  it('measures IMpb 420 + ZIP5 + 22 as GS1-128: 222 modules, 242 with quiet zones, check 50', () => {
    const result = check({ text: IMPB_ZIP5, dpi: 203, labelWidthMm: IN_4 });
    expect(result.symbology).toBe('gs1-128');
    expect(result.symbologyChosen).toBe('impb-default');
    expect(result.modules).toBe(222);
    expect(result.modulesWithQuietZones).toBe(242);
    expect(result.figures.checkValue).toBe(50);
    expect(result.gs1Elements).toEqual(['42012345', '9400111206206406260787']);
  });

  it.each([
    // dpi, dots, X mil, width in, width mm, fits 4 in, within USPS 13–21 mil
    [203, 1, 4.93, 1.19, 30.3, true, false],
    [203, 2, 9.85, 2.38, 60.6, true, false],
    [203, 3, 14.78, 3.58, 90.8, true, true],
    [203, 4, 19.7, 4.77, 121.1, false, true],
    [300, 4, 13.33, 3.23, 82.0, true, true],
    [300, 5, 16.67, 4.03, 102.4, false, true],
  ])(
    '%i dpi × %i dots: X %f mil, %f in (%f mm) wide; fits 4 in: %s; USPS range: %s',
    (dpi, dots, mils, widthIn, widthMm, fits, inRange) => {
      const result = check({ text: IMPB_ZIP5, dpi, labelWidthMm: IN_4, dotsPerModule: dots });
      expect(result.figures.xDimensionMils).toBeCloseTo(mils, 2);
      expect(inches(result.symbolWidthMm)).toBe(widthIn);
      expect(result.figures.symbolWidthMm).toBeCloseTo(widthMm, 1);
      expect(result.fits).toBe(fits);
      expect(result.withinCarrierRange).toBe(inRange);
      expect(result.meetsCarrierMinimum).toBe(mils >= 13);
    },
  );

  it('has bars alone of 3.70 in at 300 dpi × 5 dots', () => {
    const result = check({ text: IMPB_ZIP5, dpi: 300, labelWidthMm: IN_4, dotsPerModule: 5 });
    expect(Number(((result.modules * 5) / 300).toFixed(2))).toBe(3.7);
  });

  it('measures ZIP+4 at 244 / 264 modules: 3.90 in at 203 dpi × 3, fitting 4 in with almost no margin', () => {
    const result = check({ text: IMPB_ZIP9, dpi: 203, labelWidthMm: IN_4, dotsPerModule: 3 });
    expect([result.modules, result.modulesWithQuietZones]).toEqual([244, 264]);
    expect(inches(result.symbolWidthMm)).toBe(3.9);
    expect(result.fits).toBe(true);
    expect(result.figures.spareMm).toBeLessThan(3);
  });

  it('measures the 22-digit number alone at 167 / 187 modules', () => {
    const result = check({ text: IMPB_22, dpi: 203, labelWidthMm: IN_4 });
    expect([result.modules, result.modulesWithQuietZones]).toEqual([167, 187]);
  });

  it('puts an 18-character all-code-set-B number at 253 modules = 3.74 in at 203 dpi × 3', () => {
    const result = check({ text: '1Z5R8A9B0C1D2E3F4G', dpi: 203, labelWidthMm: IN_4, dotsPerModule: 3 });
    expect(result.modulesWithQuietZones).toBe(253);
    expect(inches(result.symbolWidthMm)).toBe(3.74);
  });
});

describe('printCheck — label sizes (ref §2.1)', () => {
  // 20 code-set-B characters = 255 modules, 275 with quiet zones: 103.2 mm at 203 dpi × 3.
  const TWENTY_B = 'ABCDEFGHIJKLMNOPQRST';
  it.each([
    ['4×6 in', LABEL_SIZES['4x6-in'].widthMm, false],
    ['100×150 mm', LABEL_SIZES['100x150-mm'].widthMm, false],
    ['A6', LABEL_SIZES.a6.widthMm, true],
  ])('a 103.2 mm barcode on %s fits: %s', (_name, labelWidthMm, fits) => {
    const result = check({ text: TWENTY_B, dpi: 203, labelWidthMm, dotsPerModule: 3 });
    expect(result.modules).toBe(255);
    expect(result.figures.symbolWidthMm).toBeCloseTo(103.2, 1);
    expect(result.fits).toBe(fits);
    expect(result.verdict.code).toBe(fits ? 'ok' : 'too-wide');
  });

  it.each(Object.entries(LABEL_SIZES))('IMpb with routing fits %s at 203 dpi with legal 3-dot modules', (_id, size) => {
    for (const text of [IMPB_ZIP5, IMPB_ZIP9]) {
      const result = check({ text, dpi: 203, labelWidthMm: size.widthMm });
      expect(result.dotsPerModule).toBe(3);
      expect(result.fits).toBe(true);
      expect(result.verdict.code).toBe('ok');
    }
  });

  it('counts a side margin against the usable width', () => {
    const result = check({ text: IMPB_ZIP9, dpi: 203, labelWidthMm: 100, sideMarginMm: 2 });
    expect(result.usableWidthMm).toBe(96);
    expect(result.fits).toBe(false);
    expect(result.verdict.code).toBe('too-narrow');
  });
});

describe('printCheck — automatic dots per module', () => {
  it('takes the largest module that fits inside the USPS range: 3 at 203 dpi, 4 at 300 dpi, 9 at 600 dpi', () => {
    expect(check({ text: IMPB_ZIP5, dpi: 203, labelWidthMm: IN_4 }).dotsPerModule).toBe(3);
    expect(check({ text: IMPB_ZIP5, dpi: 300, labelWidthMm: IN_4 }).dotsPerModule).toBe(4);
    // 600 dpi: 8–12 dots are legal; 242 × 9 = 2178 ≤ 2400 dots, 242 × 10 = 2420 > 2400.
    expect(check({ text: IMPB_ZIP5, dpi: 600, labelWidthMm: IN_4 }).dotsPerModule).toBe(9);
  });

  it('takes the largest module that fits for carriers without a published range, and says so', () => {
    const result = check({ text: '1Z5R89390357567127', dpi: 300, labelWidthMm: IN_4, carrierId: 'UPS' });
    expect(result.carrierId).toBe('ups');
    expect(result.dotsPerModule).toBe(Math.floor(1200 / result.modulesWithQuietZones));
    expect(result.meetsCarrierMinimum).toBeUndefined();
    expect(result.verdict.code).toBe('ok');
    expect(result.note.en).toBe('UPS has no published X-dimension; checked only for fit and ≥ 203 dpi.');
    expect(result.verdict.en).toContain('checked only for fit and ≥ 203 dpi');
    expect(result.verdict.zh).toContain('未公布 X 尺寸要求');
  });

  it('infers USPS from an IMpb payload but not from other numbers', () => {
    expect(check({ text: IMPB_22, dpi: 203, labelWidthMm: IN_4 })).toMatchObject({
      carrierId: 'usps',
      carrierInferred: true,
    });
    const jt = check({ text: 'JX8009962760', dpi: 203, labelWidthMm: 100, carrierId: 'J&T Express' });
    expect(jt).toMatchObject({ carrierId: 'jt-express', carrierInferred: false });
    expect(jt.note.en).toContain('J&T Express has no published X-dimension');
  });

  it('says "too narrow at 203 dpi, use 300 dpi" when no legal module fits at 203 but one does at 300', () => {
    // 420 + ZIP+4 + 26-digit IMpb: 266 modules; 286 × 3 = 858 dots > 799 at 203 dpi; 286 × 4 = 1144 ≤ 1181 at 300 dpi.
    const result = check({ text: '42010023342492748931507708513018050063', dpi: 203, labelWidthMm: 100 });
    expect(result.modules).toBe(266);
    expect(result.dotsPerModule).toBe(3);
    expect(result.fits).toBe(false);
    expect(result.verdict.code).toBe('too-narrow');
    expect(result.verdict.en).toMatch(
      /^Too narrow at 203 dpi: .* 107\.4 mm .* 100 mm\. Use 300 dpi \(4-dot modules, X 13\.33 mil, 96\.9 mm\) or a shorter symbology\.$/,
    );
    expect(result.verdict.zh).toContain('请使用 300 dpi');
    expect(check({ text: '42010023342492748931507708513018050063', dpi: 300, labelWidthMm: 100 }).verdict.code).toBe(
      'ok',
    );
  });

  it('suggests a shorter symbology or wider label when no common resolution helps', () => {
    const result = check({
      text: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(4),
      dpi: 203,
      labelWidthMm: 50,
      carrierId: 'usps',
    });
    expect(result.verdict.code).toBe('too-narrow');
    expect(result.verdict.en).toContain('use a shorter symbology or a wider label');
  });
});

describe('printCheck — verdicts', () => {
  it('flags 1 dot per module at 203 dpi as below the USPS minimum and as a single-dot module', () => {
    // The advice is the automatic choice: the widest legal module that fits (187 × 4 = 748 ≤ 812 dots).
    const result = check({ text: IMPB_22, dpi: 203, labelWidthMm: IN_4, dotsPerModule: 1 });
    expect(result.verdict.code).toBe('x-below-minimum');
    expect(result.verdict.en).toBe(
      'X-dimension 4.93 mil (1-dot modules at 203 dpi) is below the USPS IMpb minimum of 13 mil. Use 4-dot modules (X 19.70 mil, 93.6 mm with quiet zones).',
    );
    expect(result.verdict.source).toBe('ref:carriers-and-labels#2.4');
    expect(result.findings.map((f) => f.code)).toEqual(['x-below-minimum', 'single-dot-module']);
    expect(result.note.en).toBe(
      'Checked against the USPS IMpb X-dimension range of 13–21 mil (ref:carriers-and-labels#2.4), fit and ≥ 203 dpi.',
    );
  });

  it('flags a single-dot module even where the carrier publishes no range', () => {
    const result = check({ text: '1Z5R89390357567127', dpi: 203, labelWidthMm: IN_4, dotsPerModule: 1 });
    expect(result.findings.map((f) => f.code)).toEqual(['single-dot-module']);
  });

  it('passes 3 dots per module at 203 dpi', () => {
    const result = check({ text: IMPB_22, dpi: 203, labelWidthMm: IN_4, dotsPerModule: 3 });
    expect(result.verdict.code).toBe('ok');
    expect(result.findings).toEqual([]);
    expect(result.verdict.en).toContain('X-dimension within the USPS IMpb range of 13–21 mil');
  });

  it('flags an X above the USPS maximum', () => {
    const result = check({ text: IMPB_22, dpi: 203, labelWidthMm: 150, dotsPerModule: 5 });
    expect(result.fits).toBe(true);
    expect(result.verdict.code).toBe('x-above-maximum');
    expect(result.verdict.en).toContain('above the USPS IMpb maximum of 21 mil');
  });

  it('cites seed S33 below 203 dpi', () => {
    const result = check({ text: '1Z5R89390357567127', dpi: 150, labelWidthMm: 100 });
    expect(result.verdict.code).toBe('below-203-dpi');
    expect(result.verdict.source).toBe('seed:S33');
    expect(result.verdict.en).toContain('first-scan rate drops to 61 %');
    expect(result.verdict.zh).toContain('61 %');
    expect(result.sources).toContain('seed:S33');
  });

  it('notes when a USPS barcode is checked as plain Code 128', () => {
    const result = check({ text: IMPB_22, dpi: 203, labelWidthMm: IN_4, symbology: 'code128' });
    expect(result.modules).toBe(156);
    expect(result.findings.map((f) => f.code)).toEqual(['carrier-needs-gs1-128']);
  });

  it('gives every finding both languages', () => {
    const result = check({ text: IMPB_22, dpi: 150, labelWidthMm: 30, dotsPerModule: 1, symbology: 'code128' });
    expect(result.findings.length).toBeGreaterThanOrEqual(3);
    for (const finding of result.findings) {
      expect(finding.en).not.toMatch(/[{}]/);
      expect(finding.zh).not.toMatch(/[{}]/);
      expect(finding.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('printCheck — bad input', () => {
  it.each([
    [{ text: '', dpi: 203, labelWidthMm: 100 }, ['empty-text']],
    [{ text: 42, dpi: 203, labelWidthMm: 100 }, ['text-not-string']],
    [{ text: IMPB_22, dpi: Number.NaN, labelWidthMm: 100 }, ['invalid-dpi']],
    [{ text: IMPB_22, dpi: 0, labelWidthMm: 100 }, ['invalid-dpi']],
    [{ text: IMPB_22, dpi: Number.POSITIVE_INFINITY, labelWidthMm: 100 }, ['invalid-dpi']],
    [{ text: IMPB_22, dpi: '203', labelWidthMm: 100 }, ['invalid-dpi']],
    [{ text: IMPB_22, dpi: 203 }, ['invalid-label-width']],
    [{ text: IMPB_22, dpi: 203, labelWidthMm: -5 }, ['invalid-label-width']],
    [{ text: IMPB_22, dpi: 203, labelWidthMm: 100, dotsPerModule: 1.5 }, ['invalid-dots-per-module']],
    [{ text: IMPB_22, dpi: 203, labelWidthMm: 100, dotsPerModule: 0 }, ['invalid-dots-per-module']],
    [{ text: IMPB_22, dpi: 203, labelWidthMm: 100, symbology: 'qr' }, ['invalid-symbology']],
    [{ text: IMPB_22, dpi: 203, labelWidthMm: 100, sideMarginMm: 50 }, ['invalid-side-margin']],
    [{ text: IMPB_22, dpi: 203, labelWidthMm: 100, quietZoneModules: 5 }, ['invalid-quiet-zone']],
    [{ text: '(01)123', dpi: 203, labelWidthMm: 100, symbology: 'gs1-128' }, ['bad-gs1-data']],
    [{ text: 'x'.repeat(501), dpi: 203, labelWidthMm: 100 }, ['text-too-long']],
    [{ text: '', dpi: Number.NaN, labelWidthMm: Number.NaN }, ['empty-text', 'invalid-dpi', 'invalid-label-width']],
  ])('%j → %j', (input, codes) => {
    const result = printCheck(input as unknown as PrintCheckInput);
    expect(result.kind).toBe('invalid-input');
    expect(result.fits).toBe(false);
    if (result.kind !== 'invalid-input') return;
    expect(result.verdict.code).toBe('invalid-input');
    expect(result.errors.map((e) => e.code)).toEqual(codes);
    expect(result.verdict.en.length).toBeGreaterThan(10);
  });

  it('points at the character that cannot be encoded', () => {
    const result = printCheck({ text: 'JX8009962７60', dpi: 203, labelWidthMm: 100 });
    expect(result.kind).toBe('invalid-input');
    if (result.kind !== 'invalid-input') return;
    // index is 0-based like lib/waybill's; the message counts from 1 for people.
    expect(result.errors[0]).toMatchObject({ code: 'unencodable-character', index: 9, codePoint: 0xff17 });
    expect(result.errors[0]!.en).toContain('U+FF17 at position 10');
  });

  it('never throws, whatever it is given', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.record({
        text: fc.string(),
        dpi: fc.double(),
        labelWidthMm: fc.double(),
        dotsPerModule: fc.option(fc.double()),
      }),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const result = printCheck(input as PrintCheckInput);
        expect(['check', 'invalid-input']).toContain(result.kind);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
