import { describe, expect, it } from 'vitest';
import { defaultSymbologyFor, FNC1, isImpbPayload, planPayload } from '@/lib/label';

function planOf(text: string, symbology: 'code128' | 'gs1-128') {
  const planned = planPayload(text, symbology);
  if (!('plan' in planned)) throw new Error(JSON.stringify(planned.issue));
  return planned.plan;
}

describe('planPayload', () => {
  it('puts FNC1 first and after 420 + ZIP5 (the IMpb routing rule)', () => {
    const plan = planOf('420123459400111206206406260787', 'gs1-128');
    expect(plan.gs1Elements).toEqual(['42012345', '9400111206206406260787']);
    expect(plan.message[0]).toBe(FNC1);
    expect(plan.message[9]).toBe(FNC1);
    expect(plan.message.filter((m) => m === FNC1)).toHaveLength(2);
    expect(plan.bwipText).toBe('^FNC142012345^FNC19400111206206406260787');
    expect(plan.scannedText).toBe('420123459400111206206406260787');
  });

  it.each([
    ['4201002334249200190132607600833457', ['420100233424', '9200190132607600833457']],
    ['4201028200009261290113185417468510', ['420102820000', '9261290113185417468510']],
    ['420902459261290336128704042634', ['42090245', '9261290336128704042634']],
  ])('splits %s into ZIP and tracking number by the check digit', (text, elements) => {
    expect(planOf(text, 'gs1-128').gs1Elements).toEqual(elements);
  });

  it('reads 420 + ZIP+4 + a 26-digit IMpb number', () => {
    expect(planOf('42010023342492748931507708513018050063', 'gs1-128').gs1Elements).toEqual([
      '420100233424',
      '92748931507708513018050063',
    ]);
  });

  it('takes bracketed AIs and leaves FNC1 out after predefined-length ones', () => {
    const plan = planOf('(01)09501101530003(17)250101(10)AB1', 'gs1-128');
    expect(plan.gs1Elements).toEqual(['0109501101530003', '17250101', '10AB1']);
    expect(plan.message.filter((m) => m === FNC1)).toHaveLength(1);
    expect(planOf('(420)12345(94)00111206206406260787', 'gs1-128').message.filter((m) => m === FNC1)).toHaveLength(2);
  });

  it('keeps plain Code 128 as typed', () => {
    const plan = planOf('1Z5R89390357567127', 'code128');
    expect(plan.gs1Elements).toEqual([]);
    expect(plan.bwipText).toBe('1Z5R89390357567127');
  });

  it.each([
    ['ＪＸ8009962760', 0, 0xff2a],
    ['JX800996\u200b2760', 8, 0x200b],
    ['9400111206206406260787\n', 22, 0x0a],
  ])('reports the first character a label barcode cannot carry in %j', (text, index, codePoint) => {
    expect(planPayload(text, 'code128')).toEqual({ issue: { code: 'unencodable-character', index, codePoint } });
  });

  it('refuses malformed GS1 data with a reason', () => {
    expect(planPayload('(01)123', 'gs1-128')).toMatchObject({ issue: { code: 'bad-gs1-data' } });
    expect(planPayload('(01', 'gs1-128')).toMatchObject({ issue: { code: 'bad-gs1-data' } });
    expect(planPayload('AB^CD', 'gs1-128')).toMatchObject({ issue: { code: 'bad-gs1-data' } });
  });

  it('refuses more than 500 characters, like bwip-js', () => {
    expect(planPayload('1'.repeat(501), 'code128')).toEqual({ issue: { code: 'text-too-long', length: 501 } });
  });
});

describe('defaultSymbologyFor', () => {
  it.each([
    ['9400111206206406260787', 'gs1-128'],
    ['92748931507708513018050063', 'gs1-128'],
    ['420123459400111206206406260787', 'gs1-128'],
    ['1Z5R89390357567127', 'code128'],
    ['RB123456785GB', 'code128'],
    ['9600000000000000000001', 'code128'],
  ])('%s → %s', (text, symbology) => {
    expect(defaultSymbologyFor(text)).toBe(symbology);
    expect(isImpbPayload(text)).toBe(symbology === 'gs1-128');
  });

  it('treats bracketed AIs as GS1-128 and recognises a bracketed IMpb', () => {
    expect(defaultSymbologyFor('(01)09501101530003')).toBe('gs1-128');
    expect(isImpbPayload('(01)09501101530003')).toBe(false);
    expect(isImpbPayload('(420)12345(94)00111206206406260787')).toBe(true);
  });
});
