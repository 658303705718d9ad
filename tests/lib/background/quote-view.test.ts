import { describe, expect, it } from 'vitest';
import { buildQuoteAllView, carrierNameOf, parcelFromRequest } from '@/lib/background/quote-view';
import { defaultRulePack, effectivePack } from '@/lib/rules';

const request = { market: 'US', weightGrams: 400, destination: { postcode: '99501' }, date: '2024-08-15' };
const profile = { connectedCarriers: [] };

describe('quote view (pure: built from the effective pack)', () => {
  it('prices the worked example: J&T US 400 g to ZIP 99501 on 2024-08-15 is 601 cents', () => {
    const view = buildQuoteAllView(request, defaultRulePack, profile, '2026-01-01');
    expect(view.eligible.find((q) => q.carrierId === 'jt-express')?.totalMinor).toBe(601);
    expect(view.usedDefaults).toEqual([]);
  });

  it("shows the seller's benchmark override, not the built-in one (the surfaces used to disagree)", () => {
    const us = defaultRulePack.markets.find((m) => m.code === 'US')!;
    const { pack } = effectivePack({
      markets: [{ ...us, deliveryBenchmark: { ...us.deliveryBenchmark!, maxCalendarDays: 2.5, source: 'user' } }],
    });
    const view = buildQuoteAllView(request, pack, profile, '2026-01-01');
    expect(view.eligible[0]?.transitBenchmarkDays).toBe(2.5);
  });

  it('names a carrier by the pack it was quoted from, the id when the pack has no name', () => {
    expect(carrierNameOf(defaultRulePack, 'jt-express').en).toMatch(/J&T/);
    expect(carrierNameOf(defaultRulePack, 'pony-express')).toEqual({ en: 'pony-express', zh: 'pony-express' });
  });

  it('fills weight and size from the profile defaults and says so; never invents them', () => {
    const withDefaults = { connectedCarriers: [], defaultParcel: { weightGrams: 500 } };
    expect(parcelFromRequest({ market: 'US' }, withDefaults)).toMatchObject({
      weightGrams: 500,
      usedDefaults: ['weight', 'destination'],
    });
    const view = buildQuoteAllView({ market: 'US' }, defaultRulePack, profile, '2026-01-01');
    expect(view.eligible).toEqual([]);
    expect(view.excluded.every((c) => c.reasons[0]?.code === 'no-weight')).toBe(true);
  });
});
