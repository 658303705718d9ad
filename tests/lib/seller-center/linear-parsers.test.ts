import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, trimFormattingWhitespace } from '@/lib/seller-center/dom-text';
import {
  MAX_MEASUREMENT_TEXT,
  parseDimensionsMm,
  parseLengthMm,
  parseShownNumber,
  parseWeightGrams,
} from '@/lib/seller-center/measurements';
import {
  containsPhrase,
  labelRegexOf,
  labelStartRegexOf,
  normalizeWholeLabelText,
  wholeLabelMatchLength,
} from '@/lib/seller-center/selectors';

/**
 * Every parser of page text must stay linear in the text's length: a page script (or a pasted blob)
 * can put 20,000 digits in a cell, and a backtracking regex then blocks Seller Center's main thread
 * for seconds. Linearity is checked by scaling, not by a time budget: the same adversarial text at 8×
 * the length must cost about 8× (a quadratic parser costs 64×). Only slow AND badly scaling runs fail,
 * so a loaded machine does not make the test flaky.
 */

const PARSERS: Record<string, (text: string) => unknown> = {
  parseWeightGrams,
  parseDimensionsMm,
  parseLengthMm,
  parseShownNumber,
  labelRegexOf: (t) => labelRegexOf(['Order ID', 'Weight', '重量']).exec(t),
  labelStartRegexOf: (t) => labelStartRegexOf([['Order ID'], ['Tracking number']]).test(t),
  containsPhrase: (t) => containsPhrase(t, ['Print label', 'Order ID']),
  wholeLabelMatchLength: (t) => wholeLabelMatchLength(t, ['Order status', 'Weight']),
  normalizeWholeLabelText,
  collapseSpaces,
  trimFormattingWhitespace,
};

/** Characters the regexes of these parsers repeat over: digits, separators, spaces, units, colons. */
const ALPHABET = ['1', '0', '.', ',', ' ', '\t', '\n', ':', '：', '*', 'x', '×', 'k', 'g', 'c', 'm', '(', '\u00a0'];
const charArb = fc.constantFrom(...ALPHABET);
const unitArb = fc.oneof(
  { arbitrary: charArb, weight: 2 },
  { arbitrary: fc.array(charArb, { minLength: 2, maxLength: 4 }).map((a) => a.join('')), weight: 1 },
);
const prefixArb = fc.constantFrom('', 'Order ID', 'Weight', '重量', 'L ');
const suffixArb = fc.constantFrom('#', '', 'kg', ':');

const LARGE = 16_000;
const SCALE = 8;

function costMs(parse: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function build(prefix: string, unit: string, suffix: string, length: number): string {
  return prefix + unit.repeat(Math.ceil(length / unit.length)) + suffix;
}

describe('parsers of page text stay linear', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}`, () => {
      fc.assert(
        fc.property(prefixArb, unitArb, suffixArb, (prefix, unit, suffix) => {
          const small = costMs(parse, build(prefix, unit, suffix, LARGE / SCALE));
          const large = costMs(parse, build(prefix, unit, suffix, LARGE));
          // Quadratic: ≥ 64× and hundreds of ms at this size; linear: ~8× and about a millisecond.
          const quadratic = large > 50 && large / Math.max(small, 0.05) > SCALE * 2.5;
          expect({ name, unit, prefix, suffix, large, small, quadratic }).toMatchObject({ quadratic: false });
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the worst cases the issue measured are cheap (20,000 digits)', () => {
    const digits = '1'.repeat(20_000);
    for (const parse of Object.values(PARSERS)) expect(costMs(parse, digits)).toBeLessThan(200);
  });
});

describe('measurement texts are capped', () => {
  it('reads a weight or a size only from a text a cell can hold', () => {
    const padding = ' '.repeat(MAX_MEASUREMENT_TEXT);
    expect(parseWeightGrams(`0.4 kg${padding}`)).toBeUndefined();
    expect(parseDimensionsMm(`20 x 15 x 10 cm${padding}`)).toBeUndefined();
    expect(parseLengthMm(`20 cm${padding}`)).toBeUndefined();
    expect(parseWeightGrams(`Weight: 0.4 kg`)).toBe(400);
  });
});
