import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote, quoteAll, type Parcel, type Quote, type QuoteContext } from '@/lib/fees';
import { defaultRulePack, mergeRulePacks, type FeeTableOverride, type MoneyRounding, type RulePack } from '@/lib/rules';

// Properties of issue 5: quotes never go negative, never decrease when weight grows (same carrier,
// market and date), a rebate never exceeds the pre-rebate total, and every amount is integer minor units.

const POSTCODES = ['99501', '96813', '10001', '00601', '90210', '995', ''];

/** Random rate tables for USPS in the US (USPS has a divisor on file, so dimensions matter too). */
const feeTableArb: fc.Arbitrary<FeeTableOverride> = fc
  .record({
    bands: fc.uniqueArray(fc.integer({ min: 1, max: 30_000 }), { minLength: 1, maxLength: 6 }),
    baseSteps: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 6, maxLength: 6 }),
    fuel: fc.option(
      fc.oneof(
        fc.record({ perKgMinor: fc.integer({ min: 0, max: 500 }) }),
        fc.record({ percent: fc.double({ min: 0, max: 100, noNaN: true }) }),
      ),
    ),
    remoteFee: fc.option(fc.integer({ min: 0, max: 2_000 })),
    tracking: fc.option(fc.integer({ min: 0, max: 100 })),
    priority: fc.option(fc.integer({ min: 0, max: 200 })),
    rebates: fc.uniqueArray(
      fc.record({
        aboveMonthlyParcels: fc.integer({ min: 0, max: 20_000 }),
        percent: fc.double({ min: 0.01, max: 100, noNaN: true }),
      }),
      {
        maxLength: 3,
        selector: (t) => t.aboveMonthlyParcels,
      },
    ),
  })
  .map(({ bands, baseSteps, fuel, remoteFee, tracking, priority, rebates }) => {
    const sorted = [...bands].sort((a, b) => a - b);
    let base = 0;
    const weightBands = sorted.map((maxWeightGrams, i) => ({
      maxWeightGrams,
      baseMinor: (base += baseSteps[i] ?? 0),
      source: 'user',
    }));
    return {
      carrierId: 'usps',
      market: 'US',
      weightBands,
      ...(fuel ? { fuel: [{ month: '2024-01', ...fuel, source: 'user' }] } : {}),
      ...(remoteFee !== null
        ? { remoteAreas: [{ postcodeSetIds: ['us-alaska', 'us-hawaii'], feeMinor: remoteFee, source: 'user' }] }
        : {}),
      ...(tracking !== null ? { trackingFee: { perOrderMinor: tracking, source: 'user' } } : {}),
      ...(priority !== null ? { priorityFee: { perOrderMinor: priority, source: 'user' } } : {}),
      ...(rebates.length ? { rebateTiers: rebates.map((r) => ({ ...r, source: 'user' })) } : {}),
    } as FeeTableOverride;
  });

const roundingArb = fc.constantFrom<MoneyRounding['mode']>('half-up', 'up', 'down');

const packArb: fc.Arbitrary<RulePack> = fc
  .tuple(feeTableArb, roundingArb)
  .map(([table, mode]) =>
    mergeRulePacks(defaultRulePack, { moneyRounding: { mode, scope: 'per-line', source: 'user' }, feeTables: [table] }),
  );

const dimsArb = fc.option(
  fc.record({
    length: fc.integer({ min: 1, max: 1500 }),
    width: fc.integer({ min: 1, max: 1000 }),
    height: fc.integer({ min: 1, max: 1000 }),
  }),
);

const contextArb: fc.Arbitrary<QuoteContext> = fc.record({
  market: fc.constant('US'),
  date: fc.constantFrom('2024-01-15', '2024-08-15', '2025-06-30'),
  priority: fc.boolean(),
  monthlyParcels: fc.integer({ min: 0, max: 30_000 }),
});

const parcelFor = (weightGrams: number, postcode: string, dims: Parcel['dimensionsMm'] | null): Parcel => ({
  weightGrams,
  destination: { country: 'US', postcode },
  ...(dims ? { dimensionsMm: dims } : {}),
});

function preRebate(q: Quote): number {
  return q.lines.filter((l) => l.code !== 'rebate').reduce((sum, l) => sum + l.amountMinor, 0);
}

describe('quote properties', () => {
  it('never goes negative and uses integer minor units everywhere', () => {
    fc.assert(
      fc.property(
        packArb,
        fc.integer({ min: 1, max: 40_000 }),
        fc.constantFrom(...POSTCODES),
        dimsArb,
        contextArb,
        (pack, weight, postcode, dims, context) => {
          const result = quote(parcelFor(weight, postcode, dims), 'usps', context, pack);
          if (result.kind !== 'quote') return;
          expect(Number.isInteger(result.totalMinor)).toBe(true);
          expect(result.totalMinor).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(result.chargeableWeightGrams)).toBe(true);
          for (const line of result.lines) {
            expect(Number.isInteger(line.amountMinor)).toBe(true);
            if (line.code !== 'rebate') expect(line.amountMinor).toBeGreaterThanOrEqual(0);
          }
          expect(result.totalMinor).toBe(result.lines.reduce((sum, l) => sum + l.amountMinor, 0));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never decreases when the weight grows (same carrier, market, date, destination, size)', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        packArb,
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.constantFrom(...POSTCODES),
        dimsArb,
        contextArb,
        (pack, light, extra, postcode, dims, context) => {
          const a = quote(parcelFor(light, postcode, dims), 'usps', context, pack);
          const b = quote(parcelFor(light + extra, postcode, dims), 'usps', context, pack);
          if (a.kind !== 'quote' || b.kind !== 'quote') return;
          compared++;
          expect(b.totalMinor).toBeGreaterThanOrEqual(a.totalMinor);
        },
      ),
      { numRuns: 300 },
    );
    // Guard against a vacuous pass: most generated pairs must both be priced.
    expect(compared).toBeGreaterThan(60);
  });

  it('never gives a rebate larger than the pre-rebate total', () => {
    let rebated = 0;
    fc.assert(
      fc.property(
        packArb,
        fc.integer({ min: 1, max: 30_000 }),
        fc.constantFrom(...POSTCODES),
        contextArb,
        (pack, weight, postcode, context) => {
          const result = quote(parcelFor(weight, postcode, null), 'usps', context, pack);
          if (result.kind !== 'quote') return;
          const rebate = result.lines.find((l) => l.code === 'rebate');
          if (!rebate) return;
          rebated++;
          expect(rebate.amountMinor).toBeLessThanOrEqual(0);
          expect(-rebate.amountMinor).toBeLessThanOrEqual(preRebate(result));
        },
      ),
      { numRuns: 300 },
    );
    expect(rebated).toBeGreaterThan(30);
  });

  it('is monotonic in weight for the seed J&T table too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (x, y) => {
        const [light, heavy] = x <= y ? [x, y] : [y, x];
        const context = { market: 'US', date: '2024-08-15' };
        const a = quote(parcelFor(light, '99501', null), 'jt-express', context, defaultRulePack);
        const b = quote(parcelFor(heavy, '99501', null), 'jt-express', context, defaultRulePack);
        if (a.kind !== 'quote' || b.kind !== 'quote') throw new Error('the seed table covers up to 500 g');
        expect(b.totalMinor).toBeGreaterThanOrEqual(a.totalMinor);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (parcel, carrier, context) => {
        const result = quote(parcel as Parcel, carrier as string, context as QuoteContext, defaultRulePack);
        expect(['quote', 'no-rate']).toContain(result.kind);
        const all = quoteAll(parcel as Parcel, context as QuoteContext, defaultRulePack);
        expect(all.eligible.length + all.excluded.length).toBe(defaultRulePack.carriers.length);
      }),
      { numRuns: 300 },
    );
  });
});
