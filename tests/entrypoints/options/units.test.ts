import { describe, expect, it } from 'vitest';
import {
  convertLengthText,
  convertWeightText,
  formatLengthForInput,
  formatWeightForInput,
  gramsFromInput,
  mmFromInput,
  parseDecimalInput,
} from '@/entrypoints/options/units';

describe('parseDecimalInput', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    [' 2 ', 2],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimalInput(text)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.000,5', 'not-a-number'],
    ['1kg', 'not-a-number'],
    ['-1', 'not-a-number'],
    ['0', 'not-positive'],
    ['0.0', 'not-positive'],
  ])('refuses %j with %s', (text, code) => {
    expect(parseDecimalInput(text)).toEqual({ ok: false, code });
  });
});

describe('weights and lengths at the edge', () => {
  it('turns pounds and kilograms into whole grams', () => {
    expect(gramsFromInput('1', 'lb')).toEqual({ ok: true, value: 454 });
    expect(gramsFromInput('0.4', 'kg')).toEqual({ ok: true, value: 400 });
    expect(gramsFromInput('3', 'kg')).toEqual({ ok: true, value: 3000 });
  });
  it('refuses a weight that rounds to no gram at all', () => {
    expect(gramsFromInput('0.0001', 'kg')).toEqual({ ok: false, code: 'not-positive' });
  });
  it('turns inches and centimetres into millimetres to 0.1 mm', () => {
    expect(mmFromInput('12', 'in')).toEqual({ ok: true, value: 304.8 });
    expect(mmFromInput('10.5', 'cm')).toEqual({ ok: true, value: 105 });
  });
  it('shows stored grams and millimetres back in the seller’s unit without float noise', () => {
    expect(formatWeightForInput(454, 'lb')).toBe('1');
    expect(formatWeightForInput(400, 'kg')).toBe('0.4');
    expect(formatWeightForInput(1234, 'kg')).toBe('1.234');
    expect(formatLengthForInput(304.8, 'in')).toBe('12');
    expect(formatLengthForInput(105, 'cm')).toBe('10.5');
  });
  it('round-trips what the seller typed', () => {
    for (const text of ['1', '2.5', '10', '0.75']) {
      const grams = gramsFromInput(text, 'lb');
      expect(grams.ok && formatWeightForInput(grams.value, 'lb')).toBe(text);
      const mm = mmFromInput(text, 'in');
      expect(mm.ok && formatLengthForInput(mm.value, 'in')).toBe(text);
    }
  });
  it('re-expresses typed sizes when the unit changes and leaves non-numbers as typed', () => {
    expect(convertWeightText('2', 'lb', 'kg')).toBe('0.907');
    expect(convertLengthText('10', 'in', 'cm')).toBe('25.4');
    expect(convertWeightText('abc', 'lb', 'kg')).toBe('abc');
    expect(convertWeightText('2', 'kg', 'kg')).toBe('2');
  });
});
