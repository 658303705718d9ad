import { describe, expect, it } from 'vitest';
import { coerceWaybillInput, normalizeWaybill } from '@/lib/waybill';

describe('normalizeWaybill', () => {
  it.each([
    [' jt（１２３） ', 'JT123'],
    ['9400 1112\t0620\n6406\u00a02607\u300087', '9400111206206406260787'],
    ['\ufeffRB123456785GB\u200b', 'RB123456785GB'],
    ['【单号】RB123456785GB', 'RB123456785GB'],
    ['RB-1234-5678-5GB', 'RB123456785GB'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeWaybill(raw)).toBe(expected);
  });

  it('returns the same string object for a clean number (fast path)', () => {
    const clean = 'RB123456785GB';
    expect(normalizeWaybill(clean)).toBe(clean);
  });

  it('gives an empty candidate for non-text and oversized input', () => {
    expect(normalizeWaybill(null)).toBe('');
    expect(normalizeWaybill({})).toBe('');
    expect(normalizeWaybill('A'.repeat(257))).toBe('');
  });
});

describe('coerceWaybillInput', () => {
  it('keeps strings, takes safe whole numbers as digits, and refuses the rest', () => {
    expect(coerceWaybillInput('x')).toEqual({ kind: 'text', text: 'x' });
    expect(coerceWaybillInput(42)).toEqual({ kind: 'text', text: '42' });
    expect(coerceWaybillInput(2 ** 53)).toEqual({
      kind: 'not-text',
      description: 'a number too large to keep all its digits',
    });
    expect(coerceWaybillInput(-1).kind).toBe('not-text');
    expect(coerceWaybillInput(NaN).kind).toBe('not-text');
    expect(coerceWaybillInput(null)).toEqual({ kind: 'missing' });
  });
});
