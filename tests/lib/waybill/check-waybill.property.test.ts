import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARRIER_IDS } from '@/lib/carriers';
import { checkWaybill, normalizeWaybill } from '@/lib/waybill';
import { PUBLIC_EXAMPLES } from './public-examples';

const SETTINGS = { numRuns: 400, seed: 20260305 };

/** Any UTF-16 sequence, lone surrogates included. */
const utf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
  .map((units) => String.fromCharCode(...units));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), utf16);
const options = fc.option(
  fc.record(
    {
      carrier: fc.option(fc.oneof(fc.constantFrom(...CARRIER_IDS), fc.string()), { nil: undefined }),
      market: fc.option(fc.string(), { nil: undefined }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const validNumbers = PUBLIC_EXAMPLES.flatMap((row) => row.valid.map((n) => ({ n, carrier: row.carrier })));
const INSERTABLE = [' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

describe('checkWaybill properties (fast-check)', () => {
  it('never throws on any value, any string, any options', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyText), options, (raw, opts) => {
        const result = checkWaybill(raw, opts);
        expect(typeof result.ok).toBe('boolean');
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('ok implies no error issue, nothing to clean, and a [0-9A-Z] number', () => {
    fc.assert(
      fc.property(anyText, options, (raw, opts) => {
        const result = checkWaybill(raw, opts);
        expect(result.ok).toBe(!result.issues.some((i) => i.severity === 'error'));
        if (result.ok) {
          expect(result.normalized).toBe(raw);
          expect(result.needsCleaning).toBe(false);
        }
        expect(result.normalized).toMatch(/^[0-9A-Z]*$/);
      }),
      SETTINGS,
    );
  });

  it('points every character issue at the exact code point in the raw text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const codePoints = [...raw];
        for (const issue of checkWaybill(raw).issues) {
          if (issue.index === undefined) continue;
          expect(codePoints[issue.index]!.codePointAt(0)).toBe(issue.codePoint);
        }
      }),
      SETTINGS,
    );
  });

  it('gives back the original valid number when spaces and zero-width characters are inserted', () => {
    const withInsertions = fc
      .record({
        example: fc.constantFrom(...validNumbers),
        inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INSERTABLE)), { minLength: 1, maxLength: 8 }),
      })
      .map(({ example, inserts }) => {
        const chars = [...example.n];
        for (const [at, char] of inserts) chars.splice(at % (chars.length + 1), 0, char);
        return { ...example, raw: chars.join('') };
      });
    fc.assert(
      fc.property(withInsertions, ({ n, carrier, raw }) => {
        const result = checkWaybill(raw, { carrier });
        expect(result.normalized).toBe(n);
        expect(result.ok).toBe(false);
        expect(result.candidateValid).toBe(true);
        expect(result.fixIsCertain).toBe(true);
        expect(
          result.issues
            .filter((i) => i.severity === 'error')
            .every((i) => i.code === 'whitespace' || i.code === 'zero-width'),
        ).toBe(true);
      }),
      SETTINGS,
    );
  });

  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalizeWaybill(raw);
        expect(normalizeWaybill(once)).toBe(once);
      }),
      SETTINGS,
    );
  });

  it('answers any 1 MB input with too-long within a few milliseconds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }), (unit) => {
        const huge = unit.repeat(Math.ceil(1_000_000 / unit.length));
        // Best of five: the bound is about our code, not about the shared machine descheduling us once.
        let best = Infinity;
        for (let attempt = 0; attempt < 5 && best >= 5; attempt++) {
          const start = performance.now();
          const result = checkWaybill(huge);
          best = Math.min(best, performance.now() - start);
          expect(result.issues.map((i) => i.code)).toEqual(['too-long']);
        }
        expect(best).toBeLessThan(5);
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
