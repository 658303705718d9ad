import { describe, expect, it } from 'vitest';
import { defaultPopupInputs } from '@/entrypoints/popup/popup-inputs';
import {
  buildQuoteRequest,
  convertTypedMeasure,
  parseTypedDecimal,
  type QuoteForm,
} from '@/entrypoints/popup/quote-request';
import { toGrams } from '@/lib/units';

function formOf(overrides: Partial<QuoteForm>): QuoteForm {
  return { ...defaultPopupInputs('US'), shipDate: '', ...overrides };
}

describe('buildQuoteRequest', () => {
  it('maps the worked example (US, 0.4 kg, ZIP 99501, August 2024) to grams, postcode and date', () => {
    const result = buildQuoteRequest(
      formOf({ weight: '0.4', weightUnit: 'kg', postcode: ' 99501 ', shipDate: '2024-08-15' }),
    );
    expect(result).toEqual({
      ok: true,
      request: { market: 'US', weightGrams: 400, destination: { postcode: '99501' }, date: '2024-08-15' },
    });
  });

  it.each([
    ['1', 'lb', 454],
    ['0.882', 'lb', 400],
    ['2.5', 'lb', 1134],
    ['0,4', 'kg', 400],
    ['.25', 'kg', 250],
    ['12', 'kg', 12_000],
  ] as const)('converts %s %s to %i g', (weight, weightUnit, grams) => {
    const result = buildQuoteRequest(formOf({ weight, weightUnit }));
    expect(result.ok && result.request.weightGrams).toBe(grams);
  });

  it('converts inches and centimetres to millimetres', () => {
    const inches = buildQuoteRequest(
      formOf({ weight: '1', length: '12', width: '10', height: '2.5', lengthUnit: 'in' }),
    );
    expect(inches.ok && inches.request.dimensionsMm).toEqual({ length: 304.8, width: 254, height: 63.5 });
    const cm = buildQuoteRequest(formOf({ weight: '1', length: '30', width: '20', height: '15.5', lengthUnit: 'cm' }));
    expect(cm.ok && cm.request.dimensionsMm).toEqual({ length: 300, width: 200, height: 155 });
  });

  it('leaves out what was not typed, so the background uses the profile and today', () => {
    expect(buildQuoteRequest(formOf({ market: 'GB' }))).toEqual({ ok: true, request: { market: 'GB' } });
  });

  it('sends the priority tag and the monthly volume only when given', () => {
    const result = buildQuoteRequest(
      formOf({ weight: '1', weightUnit: 'kg', priority: true, monthlyParcels: '12000' }),
    );
    expect(result).toEqual({
      ok: true,
      request: { market: 'US', weightGrams: 1000, priority: true, monthlyParcels: 12_000 },
    });
  });

  it('reports every problem at once instead of sending a bad request', () => {
    const result = buildQuoteRequest(
      formOf({ weight: 'abc', length: '10', width: '', height: '5', monthlyParcels: '2.5', shipDate: '2024-02-30' }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { field: 'weight', code: 'not-a-number' },
      { field: 'dimensions', code: 'incomplete' },
      { field: 'monthlyParcels', code: 'not-a-whole-number' },
      { field: 'shipDate', code: 'bad-date' },
    ]);
  });

  it.each([
    [{ weight: '0' }, { field: 'weight', code: 'too-small' }],
    [
      { weight: '0.0001', weightUnit: 'kg' },
      { field: 'weight', code: 'too-small' },
    ],
    [
      { weight: '1001', weightUnit: 'kg' },
      { field: 'weight', code: 'too-large' },
    ],
    [{ weight: '-1' }, { field: 'weight', code: 'not-a-number' }],
    [{ weight: '1e3' }, { field: 'weight', code: 'not-a-number' }],
    [
      { weight: '1', length: '0', width: '1', height: '1' },
      { field: 'length', code: 'too-small' },
    ],
    [
      { weight: '1', length: '10', width: 'x', height: '1' },
      { field: 'width', code: 'not-a-number' },
    ],
    [
      { weight: '1', length: '10', width: '10', height: '1200', lengthUnit: 'cm' },
      { field: 'height', code: 'too-large' },
    ],
    [
      { weight: '1', postcode: '12345678901234567' },
      { field: 'postcode', code: 'too-long' },
    ],
    [
      { weight: '1', shipDate: 'yesterday' },
      { field: 'shipDate', code: 'bad-date' },
    ],
  ] as Array<[Partial<QuoteForm>, { field: string; code: string }]>)('refuses %o with %o', (overrides, problem) => {
    const result = buildQuoteRequest(formOf(overrides));
    expect(!result.ok && result.problems).toEqual([problem]);
  });
});

describe('unit helpers', () => {
  it('reads typed decimals, telling empty from junk', () => {
    expect(parseTypedDecimal('  ')).toBeUndefined();
    expect(parseTypedDecimal('0,4')).toBe(0.4);
    expect(parseTypedDecimal('3.')).toBe(3);
    expect(parseTypedDecimal('1.2.3')).toBeNull();
    expect(parseTypedDecimal('Infinity')).toBeNull();
  });

  it('rewrites a typed measure in the other unit without changing the parcel', () => {
    expect(convertTypedMeasure('0.4', 'kg', 'lb')).toBe('0.882');
    expect(toGrams(Number(convertTypedMeasure('0.4', 'kg', 'lb')), 'lb')).toBe(400);
    expect(convertTypedMeasure('12', 'in', 'cm')).toBe('30.5');
    expect(convertTypedMeasure('30', 'cm', 'in')).toBe('11.81');
    expect(convertTypedMeasure('half', 'kg', 'lb')).toBe('half');
    expect(convertTypedMeasure('', 'kg', 'lb')).toBe('');
    expect(convertTypedMeasure('2', 'kg', 'kg')).toBe('2');
  });
});
