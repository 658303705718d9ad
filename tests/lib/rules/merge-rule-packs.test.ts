import { describe, expect, it } from 'vitest';
import { defaultRulePack, mergeRulePacks, parseRulePack, serializeRulePack, type RulePackOverride } from '@/lib/rules';

describe('mergeRulePacks', () => {
  it('replaces a fee group of an existing table and keeps the others', () => {
    const merged = mergeRulePacks(defaultRulePack, {
      feeTables: [{ carrierId: 'jt-express', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }],
    });
    const jt = merged.feeTables.find((t) => t.carrierId === 'jt-express')!;
    expect(jt.trackingFee).toEqual({ perOrderMinor: 20, source: 'user' });
    expect(jt.weightBands).toEqual(defaultRulePack.feeTables[0]!.weightBands);
    expect(jt.priorityFee?.source).toBe('seed:S25');
  });

  it('merges fuel by month, the override winning its month', () => {
    const merged = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'jt-express',
          market: 'US',
          fuel: [
            { month: '2024-07', perKgMinor: 19, source: 'user' },
            { month: '2024-08', perKgMinor: 23, source: 'user' },
          ],
        },
      ],
    });
    expect(merged.feeTables[0]!.fuel).toEqual([
      { month: '2024-07', perKgMinor: 19, source: 'user' },
      { month: '2024-08', perKgMinor: 23, source: 'user' },
    ]);
  });

  it('adds a table for a carrier the pack does not list, with the carrier and no certification', () => {
    const merged = mergeRulePacks(defaultRulePack, {
      feeTables: [
        { carrierId: 'evri', market: 'GB', weightBands: [{ maxWeightGrams: 1000, baseMinor: 295, source: 'user' }] },
      ],
    });
    expect(merged.feeTables.at(-1)).toEqual({
      carrierId: 'evri',
      market: 'GB',
      currency: 'GBP',
      weightBands: [{ maxWeightGrams: 1000, baseMinor: 295, source: 'user' }],
    });
    expect(merged.carriers.at(-1)).toEqual({
      id: 'evri',
      name: { en: 'Evri', zh: 'Evri' },
      markets: [{ market: 'GB', source: 'user' }],
    });
    expect(parseRulePack(merged).ok).toBe(true);
  });

  it('adds the market to a known carrier that gets rates in a new market', () => {
    const merged = mergeRulePacks(defaultRulePack, {
      feeTables: [
        {
          carrierId: 'jt-express',
          market: 'GB',
          weightBands: [{ maxWeightGrams: 1000, baseMinor: 450, source: 'user' }],
        },
      ],
    });
    const jt = merged.carriers.find((c) => c.id === 'jt-express')!;
    expect(jt.markets.map((m) => m.market)).toEqual(['US', 'ID', 'TH', 'PH', 'MY', 'VN', 'SG', 'GB']);
    expect(jt.markets.at(-1)).toEqual({ market: 'GB', source: 'user' });
    expect(jt.name.zh).toBe('极兔速递');
  });

  it('merges carriers and markets by id, field by field', () => {
    const override: RulePackOverride = {
      markets: [
        {
          ...defaultRulePack.markets[3]!,
          deliveryBenchmark: { maxCalendarDays: 3, note: { en: 'mine', zh: '我的' }, source: 'user' },
        },
      ],
      carriers: [
        {
          id: 'ninja-van',
          name: { en: 'Ninja Van', zh: '忍者快递' },
          markets: [{ market: 'TH', source: 'user', apiLabelPrinting: { value: false, source: 'user' } }],
        },
      ],
    };
    const merged = mergeRulePacks(defaultRulePack, override);
    expect(merged.markets.find((m) => m.code === 'TH')?.deliveryBenchmark?.source).toBe('user');
    const th = merged.carriers.find((c) => c.id === 'ninja-van')!.markets[0]!;
    expect(th.apiLabelPrinting).toEqual({ value: false, source: 'user' });
    // The user's partial market entry keeps the pack's certification and limits.
    expect(th.certification?.source).toBe('seed:S2');
    expect(th.limits?.minWeightGrams?.value).toBe(3000);
  });

  it('changes neither input and marks the version as user-modified', () => {
    const before = serializeRulePack(defaultRulePack);
    const override: RulePackOverride = {
      feeTables: [
        {
          carrierId: 'jt-express',
          market: 'US',
          weightBands: [{ maxWeightGrams: 800, baseMinor: 390, source: 'user' }],
        },
      ],
    };
    const overrideBefore = JSON.stringify(override);
    const merged = mergeRulePacks(defaultRulePack, override);
    expect(serializeRulePack(defaultRulePack)).toBe(before);
    expect(JSON.stringify(override)).toBe(overrideBefore);
    expect(merged.version).toBe('1.0.0+user');
    expect(mergeRulePacks(merged, {}).version).toBe('1.0.0+user');
  });

  it('round-trips a merged pack through export and import', () => {
    const merged = mergeRulePacks(defaultRulePack, {
      sellerCenterSelectors: { orderRow: ['tr[data-log_order_id]'] },
      feeTables: [
        { carrierId: 'usps', market: 'US', weightBands: [{ maxWeightGrams: 450, baseMinor: 495, source: 'user' }] },
      ],
    });
    expect(parseRulePack(serializeRulePack(merged))).toEqual({ ok: true, pack: merged });
  });
});
