import { describe, expect, it } from 'vitest';
import { quote, type Parcel, type Quote, type QuoteContext, type QuoteResult } from '@/lib/fees';
import { defaultRulePack, mergeRulePacks, type RulePack } from '@/lib/rules';

const AUGUST: QuoteContext = { market: 'US', date: '2024-08-15' };
const toAlaska = (weightGrams: number, extra: Partial<Parcel> = {}): Parcel => ({
  weightGrams,
  destination: { country: 'US', postcode: '99501' },
  ...extra,
});
const toNewYork = (weightGrams: number, extra: Partial<Parcel> = {}): Parcel => ({
  weightGrams,
  destination: { country: 'US', postcode: '10001' },
  ...extra,
});

function expectQuote(result: QuoteResult): Quote {
  if (result.kind !== 'quote') throw new Error(`expected a quote, got no-rate: ${result.reason}`);
  return result;
}
const line = (q: Quote, code: string) => q.lines.find((l) => l.code === code);
const amounts = (q: Quote) => Object.fromEntries(q.lines.map((l) => [l.code, l.amountMinor]));

/** The default pack plus user rates for USPS (which has a divisor on file) and Zongteng (which has the S26 rebate). */
const packWithUserRates: RulePack = mergeRulePacks(defaultRulePack, {
  feeTables: [
    {
      carrierId: 'usps',
      market: 'US',
      weightBands: [
        { maxWeightGrams: 454, baseMinor: 500, source: 'user' },
        { maxWeightGrams: 10_000, baseMinor: 1500, source: 'user' },
      ],
    },
    {
      carrierId: 'zongteng',
      market: 'US',
      weightBands: [{ maxWeightGrams: 1000, baseMinor: 1000, source: 'user' }],
      trackingFee: { perOrderMinor: 15, source: 'user' },
    },
  ],
});

describe('quote: the worked example of issue 5 (US, J&T, 400 g, ZIP 99501, August 2024)', () => {
  const q = expectQuote(quote(toAlaska(400), 'jt-express', AUGUST, defaultRulePack));

  it('comes to 601 US cents: 328 + 8 + 250 + 15', () => {
    expect(q.lines.map((l) => [l.code, l.amountMinor, l.source])).toEqual([
      ['base', 328, 'seed:S20'],
      ['fuel', 8, 'seed:S21'],
      ['remote', 250, 'seed:S22'],
      ['tracking', 15, 'seed:S23'],
    ]);
    expect(q.totalMinor).toBe(601);
    expect(q.currency).toBe('USD');
    expect(q).toMatchObject({
      kind: 'quote',
      carrierId: 'jt-express',
      chargeableWeightGrams: 400,
      actualWeightGrams: 400,
      volumetricWeightGrams: null,
      estimate: false,
      warnings: [],
    });
  });

  it('computes fuel on the chargeable weight and states the rounding rule on the fuel line', () => {
    expect(line(q, 'fuel')!.explanation.en).toBe(
      'Fuel surcharge (2024-08) on the chargeable weight: 0.4 kg × $0.21/kg = $0.084, rounded half-up to the cent → $0.08.',
    );
    expect(line(q, 'fuel')!.explanation.zh).toContain('四舍五入到美分');
    expect(q.roundingRule.en).toBe(
      'Each line is rounded half-up to the cent on its own (per line); the total is the sum of the rounded lines.',
    );
  });

  it('explains every line in English and Chinese', () => {
    for (const l of q.lines) {
      expect(l.explanation.en).toMatch(/\$\d+\.\d\d\.$/);
      expect(l.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(line(q, 'remote')!.explanation.en).toBe('Remote-area surcharge: 99501 is in Alaska → $2.50.');
  });
});

describe('quote: every seed fee figure (S20–S26)', () => {
  it.each([
    ['S20 base ≤ 0.5 kg', toNewYork(500), AUGUST, 'base', 328, 'seed:S20'],
    ['S21 fuel 0.5 kg × $0.21 = 10.5 ¢ → 11 ¢ (half-up)', toNewYork(500), AUGUST, 'fuel', 11, 'seed:S21'],
    ['S21 fuel 0.1 kg × $0.21 = 2.1 ¢ → 2 ¢', toNewYork(100), AUGUST, 'fuel', 2, 'seed:S21'],
    ['S22 remote Alaska', toAlaska(300), AUGUST, 'remote', 250, 'seed:S22'],
    [
      'S22 remote Hawaii',
      { weightGrams: 300, destination: { country: 'US', postcode: '96813' } },
      AUGUST,
      'remote',
      250,
      'seed:S22',
    ],
    ['S23 tracking per order', toNewYork(300), AUGUST, 'tracking', 15, 'seed:S23'],
    ['S25 priority tag', toNewYork(300), { ...AUGUST, priority: true }, 'priority', 80, 'seed:S25'],
  ] as const)('%s', (_name, parcel, context, code, amount, source) => {
    const q = expectQuote(quote(parcel, 'jt-express', context, defaultRulePack));
    expect(line(q, code)).toMatchObject({ amountMinor: amount, source });
  });

  it('adds no remote line for the contiguous US', () => {
    expect(line(expectQuote(quote(toNewYork(400), 'jt-express', AUGUST, defaultRulePack)), 'remote')).toBeUndefined();
  });

  it('adds the priority line only when asked', () => {
    expect(line(expectQuote(quote(toNewYork(400), 'jt-express', AUGUST, defaultRulePack)), 'priority')).toBeUndefined();
    expect(
      expectQuote(quote(toAlaska(400), 'jt-express', { ...AUGUST, priority: true }, defaultRulePack)).totalMinor,
    ).toBe(681);
  });

  it('S24: bills the greater of volumetric and actual weight (USPS 166 in³/lb)', () => {
    // 330 × 305 × 305 mm → 13 × 12 × 12 in = 1,872 in³ > 1,728 → 11.3 lb → 12 lb → 5,444 g.
    const q = expectQuote(
      quote(
        toNewYork(400, { dimensionsMm: { length: 330, width: 305, height: 305 } }),
        'usps',
        AUGUST,
        packWithUserRates,
      ),
    );
    expect(q).toMatchObject({ actualWeightGrams: 400, volumetricWeightGrams: 5444, chargeableWeightGrams: 5444 });
    expect(line(q, 'base')).toMatchObject({ amountMinor: 1500, source: 'user' });
    expect(q.warnings.map((w) => w.code)).toContain('volumetric-exceeds-actual');
    expect(q.warnings.find((w) => w.code === 'volumetric-exceeds-actual')!.text.en).toContain('by 5044 g');
  });

  it('S24: keeps the actual weight when the box is within USPS 1,728 in³', () => {
    const q = expectQuote(
      quote(
        toNewYork(400, { dimensionsMm: { length: 305, width: 305, height: 305 } }),
        'usps',
        AUGUST,
        packWithUserRates,
      ),
    );
    expect(q).toMatchObject({ volumetricWeightGrams: null, chargeableWeightGrams: 400 });
    expect(line(q, 'base')!.amountMinor).toBe(500);
  });

  it.each([
    [10_000, undefined],
    [10_001, -36],
  ])(
    'S26: Zongteng with %i parcels a month → rebate %s (3.5 % of 1,015 ¢, more than 10,000 only)',
    (monthlyParcels, rebate) => {
      const q = expectQuote(quote(toNewYork(800), 'zongteng', { ...AUGUST, monthlyParcels }, packWithUserRates));
      expect(line(q, 'rebate')?.amountMinor).toBe(rebate);
      if (rebate !== undefined) {
        // 1,015 × 3.5 % = 35.525 ¢ → 36 ¢ (half-up).
        expect(line(q, 'rebate')!.source).toBe('seed:S26');
        expect(line(q, 'rebate')!.explanation.en).toContain('separate contract');
        expect(q.totalMinor).toBe(1015 - 36);
        expect(q.warnings.map((w) => w.code)).toContain('rebate-requires-contract');
      }
    },
  );
});

describe('quote: fuel months', () => {
  it('uses the nearest earlier month as an estimate and names it', () => {
    const q = expectQuote(quote(toAlaska(400), 'jt-express', { market: 'US', date: '2024-09-03' }, defaultRulePack));
    const fuel = line(q, 'fuel')!;
    expect(fuel).toMatchObject({ amountMinor: 8, estimate: true, basedOnMonth: '2024-08', source: 'seed:S21' });
    expect(fuel.explanation.en).toMatch(/^Estimate: no fuel figure on file for 2024-09; using 2024-08's\./);
    expect(fuel.explanation.zh).toContain('2024-09');
    expect(fuel.explanation.zh).toContain('2024-08');
    expect(q.estimate).toBe(true);
    expect(q.totalMinor).toBe(601);
  });

  it('picks the figure of the month itself when there is one', () => {
    const pack = mergeRulePacks(defaultRulePack, {
      feeTables: [
        { carrierId: 'jt-express', market: 'US', fuel: [{ month: '2024-10', perKgMinor: 30, source: 'user' }] },
      ],
    });
    expect(
      line(expectQuote(quote(toAlaska(400), 'jt-express', { market: 'US', date: '2024-09-30' }, pack)), 'fuel'),
    ).toMatchObject({ amountMinor: 8, basedOnMonth: '2024-08' });
    const october = line(
      expectQuote(quote(toAlaska(400), 'jt-express', { market: 'US', date: '2024-10-01' }, pack)),
      'fuel',
    )!;
    expect(october.amountMinor).toBe(12);
    expect(october.estimate).toBeUndefined();
  });

  it('gives no rate for a month before any fuel figure on file', () => {
    expect(quote(toAlaska(400), 'jt-express', { market: 'US', date: '2024-07-31' }, defaultRulePack)).toMatchObject({
      kind: 'no-rate',
      reasonCode: 'no-fuel-for-month',
    });
  });

  it('charges fuel as a percent of base when the table says so', () => {
    const pack = mergeRulePacks(defaultRulePack, {
      feeTables: [
        { carrierId: 'jt-express', market: 'US', fuel: [{ month: '2024-08', percent: 12.5, source: 'user' }] },
      ],
    });
    // 12.5 % × 328 ¢ = 41 ¢ exactly.
    expect(line(expectQuote(quote(toNewYork(400), 'jt-express', AUGUST, pack)), 'fuel')).toMatchObject({
      amountMinor: 41,
      source: 'user',
    });
  });
});

describe('quote: rounding modes of the pack', () => {
  it.each([
    ['half-up', 8],
    ['up', 9],
    ['down', 8],
  ] as const)('%s rounds 8.4 ¢ of fuel to %i ¢', (mode, amount) => {
    const pack = mergeRulePacks(defaultRulePack, { moneyRounding: { mode, scope: 'per-line', source: 'user' } });
    expect(line(expectQuote(quote(toAlaska(400), 'jt-express', AUGUST, pack)), 'fuel')!.amountMinor).toBe(amount);
  });
});

describe('quote: no rate on file', () => {
  it.each([
    [
      'a carrier with no table in the market',
      toNewYork(400),
      'usps',
      AUGUST,
      defaultRulePack,
      'no-fee-table',
      'No rate on file for USPS in United States.',
    ],
    [
      'a carrier with rebates but no base rate',
      toNewYork(400),
      'zongteng',
      AUGUST,
      defaultRulePack,
      'no-base-rate',
      'No base freight rate on file for Zongteng Group in United States.',
    ],
    [
      'a weight above the last band',
      toNewYork(501),
      'jt-express',
      AUGUST,
      defaultRulePack,
      'over-rate-card-weight',
      'No rate on file above 500 g for J&T Express in United States (chargeable weight 501 g).',
    ],
    [
      'an unknown carrier',
      toNewYork(400),
      'pony-express',
      AUGUST,
      defaultRulePack,
      'unknown-carrier',
      'Carrier "pony-express" is not in the rule pack.',
    ],
    [
      'a market not in the pack',
      toNewYork(400),
      'jt-express',
      { market: 'MY', date: '2024-08-15' },
      defaultRulePack,
      'unknown-market',
      'Market "MY" is not in the rule pack.',
    ],
    [
      'a destination outside the market',
      { weightGrams: 400, destination: { country: 'GB', postcode: 'KW15 1AB' } },
      'jt-express',
      AUGUST,
      defaultRulePack,
      'destination-outside-market',
      expect.stringContaining('Destination GB'),
    ],
  ] as const)('for %s', (_name, parcel, carrierId, context, pack, reasonCode, reason) => {
    const result = quote(parcel, carrierId, context, pack);
    expect(result).toMatchObject({ kind: 'no-rate', carrierId, reasonCode, reason, source: 'pack:fee-tables' });
    if (result.kind === 'no-rate') expect(result.text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['zero weight', { weightGrams: 0, destination: { country: 'US', postcode: '10001' } }, AUGUST],
    ['negative weight', { weightGrams: -5, destination: { country: 'US', postcode: '10001' } }, AUGUST],
    ['NaN weight', { weightGrams: Number.NaN, destination: { country: 'US', postcode: '10001' } }, AUGUST],
    [
      'a zero side',
      {
        weightGrams: 400,
        dimensionsMm: { length: 0, width: 1, height: 1 },
        destination: { country: 'US', postcode: '10001' },
      },
      AUGUST,
    ],
    ['a bad date', toNewYork(400), { market: 'US', date: '15/08/2024' }],
    ['negative monthly parcels', toNewYork(400), { ...AUGUST, monthlyParcels: -1 }],
    ['no parcel at all', null, AUGUST],
    ['no context at all', toNewYork(400), null],
  ])('refuses %s as invalid input without throwing', (_name, parcel, context) => {
    expect(quote(parcel as Parcel, 'jt-express', context as QuoteContext, defaultRulePack)).toMatchObject({
      kind: 'no-rate',
      reasonCode: 'invalid-input',
    });
  });
});

describe('quote: warnings instead of invented figures', () => {
  it('says when dimensions are given but the carrier has no divisor on file', () => {
    const q = expectQuote(
      quote(
        toNewYork(400, { dimensionsMm: { length: 600, width: 400, height: 400 } }),
        'jt-express',
        AUGUST,
        defaultRulePack,
      ),
    );
    expect(q.chargeableWeightGrams).toBe(400);
    expect(q.warnings).toEqual([expect.objectContaining({ code: 'no-volumetric-divisor', source: 'seed:S24' })]);
  });

  it('flags a known remote area that has no surcharge on file for the carrier', () => {
    const q = expectQuote(
      quote(
        { weightGrams: 400, destination: { country: 'US', postcode: '00601' } },
        'jt-express',
        AUGUST,
        defaultRulePack,
      ),
    );
    expect(line(q, 'remote')).toBeUndefined();
    expect(q.warnings).toEqual([
      expect.objectContaining({ code: 'remote-fee-not-on-file', source: 'ref:carriers-and-labels#4.1' }),
    ]);
    expect(q.warnings[0]!.text.en).toContain('Puerto Rico');
  });

  it('marks an unconfirmed range of a remote set the table charges for', () => {
    const pack = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'jt-express',
          market: 'US',
          remoteAreas: [{ postcodeSetIds: ['us-alaska', 'us-military-ap'], feeMinor: 300, source: 'user' }],
        },
      ],
    });
    const q = expectQuote(
      quote({ weightGrams: 400, destination: { country: 'US', postcode: '96319' } }, 'jt-express', AUGUST, pack),
    );
    expect(line(q, 'remote')).toMatchObject({ amountMinor: 300, source: 'user' });
    expect(q.warnings.map((w) => w.code)).toEqual(['remote-area-unconfirmed']);
  });

  it('charges the highest matching remote fee once', () => {
    const pack = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'jt-express',
          market: 'US',
          remoteAreas: [
            { postcodeSetIds: ['us-alaska'], feeMinor: 250, source: 'user' },
            { rules: [{ kind: 'zip3-range', from: '995', to: '995' }], feeMinor: 400, source: 'user' },
          ],
        },
      ],
    });
    const q = expectQuote(quote(toAlaska(400), 'jt-express', AUGUST, pack));
    expect(q.lines.filter((l) => l.code === 'remote').map((l) => l.amountMinor)).toEqual([400]);
  });

  it('says when the postcode cannot be read, instead of guessing the surcharge', () => {
    const q = expectQuote(
      quote(
        { weightGrams: 400, destination: { country: 'US', postcode: '995' } },
        'jt-express',
        AUGUST,
        defaultRulePack,
      ),
    );
    expect(line(q, 'remote')).toBeUndefined();
    expect(q.warnings.map((w) => w.code)).toEqual(['postcode-unreadable']);
  });

  it('says when a priority tag is asked but no fee is on file', () => {
    const q = expectQuote(quote(toNewYork(400), 'usps', { ...AUGUST, priority: true }, packWithUserRates));
    expect(line(q, 'priority')).toBeUndefined();
    expect(q.warnings.map((w) => w.code)).toEqual(['fuel-not-on-file', 'priority-fee-not-on-file']);
  });
});

describe('quote: input forms', () => {
  it('accepts a displayed carrier name and UK for GB', () => {
    expect(expectQuote(quote(toAlaska(400), 'J&T Express', AUGUST, defaultRulePack)).carrierId).toBe('jt-express');
    const pack = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'royal-mail',
          market: 'GB',
          weightBands: [{ maxWeightGrams: 1000, baseMinor: 349, source: 'user' }],
        },
      ],
    });
    const q = expectQuote(
      quote(
        { weightGrams: 400, destination: { country: 'UK', postcode: 'SW1A 1AA' } },
        'royal-mail',
        { market: 'uk', date: '2025-01-01' },
        pack,
      ),
    );
    expect(q).toMatchObject({ market: 'GB', currency: 'GBP', totalMinor: 349 });
    expect(q.roundingRule.en).toContain('to the penny');
  });

  it('states whole-unit rounding for IDR', () => {
    const pack = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'jt-express',
          market: 'ID',
          weightBands: [{ maxWeightGrams: 1000, baseMinor: 9000, source: 'user' }],
          fuel: [{ month: '2024-08', perKgMinor: 1250, source: 'user' }],
        },
      ],
    });
    const q = expectQuote(
      quote(
        { weightGrams: 333, destination: { country: 'ID', postcode: '10110' } },
        'jt-express',
        { market: 'ID', date: '2024-08-01' },
        pack,
      ),
    );
    // 0.333 kg × Rp 1250 = Rp 416.25 → Rp 416.
    expect(amounts(q)).toEqual({ base: 9000, fuel: 416 });
    expect(q.roundingRule.en).toContain('whole IDR');
  });

  it('rounds a fractional actual weight up to the gram', () => {
    expect(expectQuote(quote(toNewYork(499.2), 'jt-express', AUGUST, defaultRulePack)).chargeableWeightGrams).toBe(500);
  });
});

describe('rate card v2: bands in ounces and pounds, a price per extra pound (issue 15)', () => {
  // A USPS-style card written in oz/lb (figures are a worked example, not USPS's prices).
  const ozCard: RulePack = mergeRulePacks(defaultRulePack, {
    feeTables: [
      {
        carrierId: 'usps',
        market: 'US',
        weightBands: [
          { maxWeightGrams: 113, maxWeight: { value: 4, unit: 'oz' }, baseMinor: 450, source: 'user' },
          { maxWeightGrams: 226, maxWeight: { value: 8, unit: 'oz' }, baseMinor: 510, source: 'user' },
          { maxWeightGrams: 453, maxWeight: { value: 1, unit: 'lb' }, baseMinor: 620, source: 'user' },
        ],
        extraWeight: { step: { value: 1, unit: 'lb' }, perStepMinor: 115, source: 'user' },
      },
    ],
  });
  const usps = (grams: number) => expectQuote(quote(toNewYork(grams), 'usps', AUGUST, ozCard));

  it.each<[number, number, RegExp]>([
    [113, 450, /band up to 4 oz/],
    [114, 510, /band up to 8 oz/],
    [453, 620, /band up to 1 lb/],
    // 454 g is 0.408 g over 1 lb (453.59237 g): one started extra pound.
    [454, 735, /1 × 1 lb beyond 1 lb at \$1\.15/],
    // 1,000 g is 546.4 g over 1 lb: two started extra pounds → $6.20 + 2 × $1.15 = $8.50.
    [1000, 850, /2 × 1 lb beyond 1 lb at \$1\.15/],
    // Exactly 2 lb is 907.18474 g: 907 g is still one extra pound, 908 g two.
    [907, 735, /1 × 1 lb/],
    [908, 850, /2 × 1 lb/],
  ])('%i g → base %i ¢', (grams, baseMinor, explained) => {
    const q = usps(grams);
    expect(line(q, 'base')!.amountMinor).toBe(baseMinor);
    expect(line(q, 'base')!.explanation.en).toMatch(explained);
    expect(line(q, 'base')!.explanation.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('explains the extra weight in Chinese too', () => {
    expect(line(usps(1000), 'base')!.explanation.zh).toContain('超出 1 lb 部分按每 1 lb $1.15 计 2 次');
  });

  it('without a price per extra unit, a parcel over the last band still has no rate on file', () => {
    const noExtra = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'usps',
          market: 'US',
          weightBands: [{ maxWeightGrams: 453, maxWeight: { value: 1, unit: 'lb' }, baseMinor: 620, source: 'user' }],
        },
      ],
    });
    expect(quote(toNewYork(1000), 'usps', AUGUST, noExtra)).toMatchObject({
      kind: 'no-rate',
      reasonCode: 'over-rate-card-weight',
    });
  });
});

describe('rate card v2: a zone card (issue 15)', () => {
  // A USPS-style zone card: the destination ZIP picks the zone, the zone its bands (a worked example).
  const zoneCard: RulePack = mergeRulePacks(defaultRulePack, {
    feeTables: [
      {
        carrierId: 'usps',
        market: 'US',
        zones: [
          { zone: '1', rules: [{ kind: 'zip3-range', from: '100', to: '149' }], source: 'user' },
          { zone: '8', rules: [{ kind: 'zip3-range', from: '900', to: '961' }], source: 'user' },
        ],
        weightBands: [
          { zone: '1', maxWeightGrams: 453, maxWeight: { value: 1, unit: 'lb' }, baseMinor: 540, source: 'user' },
          { zone: '1', maxWeightGrams: 907, maxWeight: { value: 2, unit: 'lb' }, baseMinor: 610, source: 'user' },
          { zone: '8', maxWeightGrams: 453, maxWeight: { value: 1, unit: 'lb' }, baseMinor: 895, source: 'user' },
          { zone: '8', maxWeightGrams: 907, maxWeight: { value: 2, unit: 'lb' }, baseMinor: 1210, source: 'user' },
        ],
        extraWeight: { step: { value: 1, unit: 'lb' }, perStepMinor: 95, source: 'user' },
      },
    ],
  });
  const to = (postcode: string, grams: number) =>
    quote({ weightGrams: grams, destination: { country: 'US', postcode } }, 'usps', AUGUST, zoneCard);

  it.each<[string, number, number]>([
    ['10001', 400, 540],
    ['10001', 800, 610],
    ['90210', 400, 895],
    ['90210', 800, 1210],
    // 1,000 g in zone 8: 92.8 g over 2 lb (907.18 g) → one extra pound: $12.10 + $0.95 = $13.05.
    ['90210', 1000, 1305],
  ])('ZIP %s, %i g → %i ¢', (postcode, grams, total) => {
    const q = expectQuote(to(postcode, grams));
    expect(q.totalMinor).toBe(total);
  });

  it('says which zone it used, in en and zh', () => {
    const base = line(expectQuote(to('90210', 400)), 'base')!;
    expect(base.explanation.en).toBe('Base freight for 400 g chargeable weight (band up to 1 lb; zone 8) → $8.95.');
    expect(base.explanation.zh).toContain('第 8 区');
  });

  it('a postcode in no zone of the card has no rate on file, saying so', () => {
    expect(to('60601', 400)).toMatchObject({ kind: 'no-rate', reasonCode: 'no-zone-for-postcode' });
  });
});
