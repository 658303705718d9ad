import { describe, expect, it } from 'vitest';
import { quoteAll, type Parcel, type QuoteContext } from '@/lib/fees';
import { defaultRulePack, mergeRulePacks, type RulePack } from '@/lib/rules';

const AUGUST: QuoteContext = { market: 'US', date: '2024-08-15' };
const TO_ANCHORAGE: Parcel = { weightGrams: 400, destination: { country: 'US', postcode: '99501' } };
const reasonCodes = (result: ReturnType<typeof quoteAll>) =>
  Object.fromEntries(
    result.excluded.map((e) => [
      e.carrierId,
      e.reasons.map((r) => ('reasonCode' in r && r.reasonCode ? `${r.code}:${r.reasonCode}` : r.code)),
    ]),
  );

const packWithRates: RulePack = mergeRulePacks(defaultRulePack, {
  feeTables: [
    { carrierId: 'usps', market: 'US', weightBands: [{ maxWeightGrams: 454, baseMinor: 450, source: 'user' }] },
    { carrierId: 'cainiao', market: 'US', weightBands: [{ maxWeightGrams: 1000, baseMinor: 300, source: 'user' }] },
    { carrierId: 'winit', market: 'US', weightBands: [{ maxWeightGrams: 1000, baseMinor: 601, source: 'user' }] },
  ],
});

describe('quoteAll', () => {
  it('quotes the worked example with the default pack and says why every other carrier is left out', () => {
    const result = quoteAll(TO_ANCHORAGE, AUGUST, defaultRulePack);
    expect(result.eligible.map((q) => [q.carrierId, q.totalMinor])).toEqual([['jt-express', 601]]);
    expect(reasonCodes(result)).toEqual({
      'ninja-van': ['not-on-file-in-market'],
      usps: ['no-rate:no-fee-table'],
      'royal-mail': ['not-on-file-in-market'],
      cainiao: ['no-rate:no-fee-table'],
      zongteng: ['no-rate:no-base-rate'],
      winit: ['no-rate:no-fee-table'],
      ups: ['certification-unknown'],
      fedex: ['certification-unknown'],
    });
    expect(Object.fromEntries(result.excluded.map((e) => [e.carrierId, e.status]))).toEqual({
      'ninja-van': 'unknown',
      usps: 'no-rate',
      'royal-mail': 'unknown',
      cainiao: 'no-rate',
      zongteng: 'no-rate',
      winit: 'no-rate',
      ups: 'unknown',
      fedex: 'unknown',
    });
    for (const excluded of result.excluded)
      for (const reason of excluded.reasons) expect(reason.source).toMatch(/^(seed:S\d+|pack:)/);
  });

  it('ranks eligible carriers by total, ties by carrier id', () => {
    const result = quoteAll(TO_ANCHORAGE, AUGUST, packWithRates);
    expect(result.eligible.map((q) => [q.carrierId, q.totalMinor])).toEqual([
      ['cainiao', 300],
      ['usps', 450],
      ['jt-express', 601],
      ['winit', 601],
    ]);
    expect(result.eligible.length + result.excluded.length).toBe(packWithRates.carriers.length);
  });

  it('applies the seller profile: unconnected carriers are excluded, advice travels with the quotes', () => {
    const result = quoteAll(TO_ANCHORAGE, AUGUST, packWithRates, {
      businessType: 'company',
      dailyOrders: 8,
      connectedCarriers: ['jt-express', 'cainiao'],
    });
    expect(result.eligible.map((q) => q.carrierId)).toEqual(['cainiao', 'jt-express']);
    expect(result.eligible[0]!.advisories?.map((a) => a.code)).toEqual(['low-volume']);
    expect(reasonCodes(result).usps).toEqual(['not-connected']);
  });

  it('excludes everyone with their reasons for an individual business without an ISV', () => {
    const result = quoteAll(TO_ANCHORAGE, AUGUST, packWithRates, { businessType: 'individual' });
    expect(result.eligible).toEqual([]);
    expect(reasonCodes(result)['jt-express']).toEqual(['individual-needs-isv']);
  });

  it('lists Ninja Van Thailand under 3 kg as excluded with the S16 reason', () => {
    const result = quoteAll(
      { weightGrams: 1200, destination: { country: 'TH', postcode: '10110' } },
      { market: 'TH', date: '2024-08-15' },
      defaultRulePack,
    );
    expect(result.excluded.find((e) => e.carrierId === 'ninja-van')?.reasons).toEqual([
      expect.objectContaining({ code: 'below-min-weight', source: 'seed:S16' }),
    ]);
  });

  it('never throws on bad input and prices nothing', () => {
    const result = quoteAll({ weightGrams: -1, destination: { country: 'US', postcode: '' } }, AUGUST, defaultRulePack);
    expect(result.eligible).toEqual([]);
    expect(result.excluded).toHaveLength(defaultRulePack.carriers.length);
    const badDate = quoteAll(TO_ANCHORAGE, { market: 'US', date: 'soon' }, defaultRulePack);
    expect(badDate.eligible).toEqual([]);
    expect(reasonCodes(badDate)['jt-express']).toEqual(['no-rate:invalid-input']);
  });
});

describe('public signatures (architecture.md contracts)', () => {
  it('keep the contract shapes of quote and quoteAll', async () => {
    const { expectTypeOf } = await import('vitest');
    type Quote = typeof import('@/lib/fees').quote;
    type Result = ReturnType<Quote>;
    expectTypeOf<Extract<Result, { kind: 'quote' }>['lines'][number]['code']>().toEqualTypeOf<
      'base' | 'fuel' | 'remote' | 'surcharge' | 'tracking' | 'priority' | 'rebate'
    >();
    expectTypeOf<Extract<Result, { kind: 'no-rate' }>['reason']>().toEqualTypeOf<string>();
    expectTypeOf<Parameters<Quote>[2]>().toEqualTypeOf<QuoteContext>();
    expectTypeOf<ReturnType<typeof quoteAll>['excluded'][number]['reasons'][number]>().toMatchTypeOf<{
      code: string;
      source: string;
    }>();
  });
});
