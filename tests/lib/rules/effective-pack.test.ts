import { describe, expect, it } from 'vitest';
import { defaultRulePack, effectivePack } from '@/lib/rules';

describe('effectivePack', () => {
  it('is the default pack when nothing is stored', () => {
    expect(effectivePack(null)).toEqual({ pack: defaultRulePack, overrideErrors: [] });
  });
  it('ignores a stored override that no longer validates, and says why', () => {
    const result = effectivePack({
      feeTables: [{ carrierId: 'usps', market: 'US', trackingFee: { perOrderMinor: -1, source: 'user' } }],
    });
    expect(result.pack).toBe(defaultRulePack);
    expect(result.override).toBeUndefined();
    expect(result.overrideErrors[0]?.path).toBe('feeTables[0].trackingFee.perOrderMinor');
  });
  it('merges a valid override and hands it back as validated', () => {
    const result = effectivePack({
      feeTables: [{ carrierId: 'usps', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }],
    });
    expect(result.overrideErrors).toEqual([]);
    expect(result.override?.feeTables?.[0]?.carrierId).toBe('usps');
    const usps = result.pack.feeTables.find((t) => t.carrierId === 'usps' && t.market === 'US');
    expect(usps?.trackingFee?.perOrderMinor).toBe(20);
  });
});
