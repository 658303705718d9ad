import { describe, expect, it } from 'vitest';
import { CARRIER_IDS } from '@/lib/carriers';
import { SOURCE_PATTERN, defaultRulePack, parseRulePack, type RulePack } from '@/lib/rules';

const pack: RulePack = defaultRulePack;
const market = (code: string) => pack.markets.find((m) => m.code === code)!;
const carrier = (id: string) => pack.carriers.find((c) => c.id === id)!;
const table = (carrierId: string, code: string) =>
  pack.feeTables.find((t) => t.carrierId === carrierId && t.market === code)!;

/** Every `source` string anywhere in the pack, with its path. */
function collectSources(value: unknown, path = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectSources(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'source' ? [[`${path}.${k}`, v] as [string, unknown]] : collectSources(v, `${path}.${k}`),
    );
  }
  return [];
}

/** Paths of objects holding a number with no `source` on themselves or an ancestor (a figure without provenance). */
function unsourcedNumbers(value: unknown, path = '', sourced = false): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unsourcedNumbers(v, `${path}[${i}]`, sourced));
  if (!value || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  const hasSource = sourced || entries.some(([k]) => k === 'source');
  const here = !hasSource && entries.some(([, v]) => typeof v === 'number') ? [path] : [];
  return [...here, ...entries.flatMap(([k, v]) => unsourcedNumbers(v, `${path}.${k}`, hasSource))];
}

describe('defaultRulePack', () => {
  it('passes its own schema', () => {
    const result = parseRulePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('carries a valid source on every figure', () => {
    const sources = collectSources(pack);
    expect(sources.length).toBeGreaterThan(50);
    for (const [path, source] of sources) expect(String(source), path).toMatch(SOURCE_PATTERN);
    // Postcode rules inherit their set's source; every other number sits in a sourced object.
    expect(unsourcedNumbers(pack)).toEqual([]);
  });

  it.each([
    [
      'S20 base ≤ 0.5 kg $3.28',
      () => table('jt-express', 'US').weightBands,
      [{ maxWeightGrams: 500, baseMinor: 328, source: 'seed:S20' }],
    ],
    [
      'S21 fuel $0.21/kg in 2024-08',
      () => table('jt-express', 'US').fuel,
      [{ month: '2024-08', perKgMinor: 21, source: 'seed:S21' }],
    ],
    [
      'S22 remote +$2.50 (AK, HI)',
      () => table('jt-express', 'US').remoteAreas,
      [{ postcodeSetIds: ['us-alaska', 'us-hawaii'], feeMinor: 250, source: 'seed:S22' }],
    ],
    [
      'S23 tracking $0.15 per order, mandatory',
      () => table('jt-express', 'US').trackingFee,
      { perOrderMinor: 15, mandatory: true, source: 'seed:S23' },
    ],
    ['S25 priority tag +$0.80', () => table('jt-express', 'US').priorityFee, { perOrderMinor: 80, source: 'seed:S25' }],
    [
      'S26 Zongteng > 10,000/month → 3.5 %',
      () => table('zongteng', 'US').rebateTiers,
      [{ aboveMonthlyParcels: 10000, percent: 3.5, requiresContract: true, source: 'seed:S26' }],
    ],
  ])('ships the seed figure %s', (_name, read, expected) => {
    expect(read()).toMatchObject(expected as object);
  });

  it('ships no fee figures the seed does not give', () => {
    expect(pack.feeTables.map((t) => `${t.carrierId}/${t.market}`)).toEqual(['jt-express/US', 'zongteng/US']);
    expect(table('zongteng', 'US').weightBands).toEqual([]);
    for (const t of pack.feeTables) for (const band of t.weightBands) expect(band.source).toMatch(/^seed:/);
  });

  it('lists the five markets of S2 with currency exponents (IDR, VND whole units)', () => {
    expect(pack.markets.map((m) => [m.code, m.currency.code, m.currency.minorUnitExponent])).toEqual([
      ['US', 'USD', 2],
      ['GB', 'GBP', 2],
      ['ID', 'IDR', 0],
      ['TH', 'THB', 2],
      ['VN', 'VND', 0],
    ]);
    for (const m of pack.markets) expect(m.certifiedCarrierRequired).toEqual({ since: '2024-07', source: 'seed:S2' });
  });

  it.each([
    ['US', 3.2, 'seed:S4'],
    ['GB', 2.6, 'seed:S5'],
    ['ID', 2.8, 'seed:S6'],
  ])('gives %s a delivery benchmark of %s days (%s)', (code, days, source) => {
    expect(market(code).deliveryBenchmark).toMatchObject({ maxCalendarDays: days, source });
  });

  it('has no delivery benchmark on file for TH and VN', () => {
    expect(market('TH').deliveryBenchmark).toBeUndefined();
    expect(market('VN').deliveryBenchmark).toBeUndefined();
  });

  it('states the SLA thresholds of S7 and S8 in every market', () => {
    for (const m of pack.markets) {
      expect(m.sla?.firstScanWithinHours).toMatchObject({ value: 4, source: 'seed:S7' });
      expect(m.sla?.trackingUpdateEveryHours).toMatchObject({ value: 24, source: 'seed:S7' });
      expect(m.sla?.exceptionRateBelowPercent).toMatchObject({ value: 1.3, source: 'seed:S8' });
    }
  });

  it('scopes the fulfilment metrics to the US, with their thresholds and sources', () => {
    expect(market('US').fulfilmentMetrics?.map((m) => [m.code, m.target.comparator, m.target.percent])).toEqual([
      ['vtr', 'at-least', 95],
      ['ldr', 'at-most', 4],
      ['otdr', 'at-least', 80],
      ['sfcr', 'at-most', 2.5],
    ]);
    expect(market('US').fulfilmentMetrics?.find((m) => m.code === 'vtr')?.source).toContain(
      'knowledge_id=1274968588748558',
    );
    expect(market('US').fulfilmentMetrics?.find((m) => m.code === 'otdr')?.unconfirmed).toBe(true);
    for (const code of ['GB', 'ID', 'TH', 'VN']) expect(market(code).fulfilmentMetrics).toBeUndefined();
  });

  it('gives the US tracking callback endpoint of S28 and no other market one', () => {
    expect(market('US').trackingCallbackEndpoint).toEqual({
      url: 'us-api.tiktokshop.com/logistics/v3/tracking',
      source: 'seed:S28',
    });
    expect(pack.markets.filter((m) => m.trackingCallbackEndpoint).map((m) => m.code)).toEqual(['US']);
  });

  it('uses carrier ids from lib/carriers and names every carrier in en and zh', () => {
    for (const c of pack.carriers) {
      expect(CARRIER_IDS).toContain(c.id);
      expect(c.name.en.length).toBeGreaterThan(0);
      expect(c.name.zh.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['jt-express', 'US', 'seed:S2'],
    ['jt-express', 'ID', 'seed:S2'],
    ['ninja-van', 'TH', 'seed:S2'],
    ['usps', 'US', 'seed:S2'],
    ['royal-mail', 'GB', 'seed:S2'],
    ['cainiao', 'US', 'seed:S11'],
    ['zongteng', 'US', 'seed:S11'],
    ['winit', 'US', 'seed:S11'],
  ])('has %s certified in %s (%s)', (id, code, source) => {
    expect(carrier(id).markets.find((m) => m.market === code)?.certification).toMatchObject({
      status: 'certified',
      source,
    });
  });

  it('has no certification on file for UPS and FedEx', () => {
    for (const id of ['ups', 'fedex'])
      expect(carrier(id).markets.every((m) => m.certification === undefined)).toBe(true);
  });

  it('marks every carrier as not connectable directly by individual businesses (S14)', () => {
    for (const c of pack.carriers)
      expect(c.individualMayConnectDirectly).toMatchObject({ value: false, source: 'seed:S14' });
  });

  it('has the Ninja Van Thailand 3 kg minimum (S16) as the only parcel limit', () => {
    const limits = pack.carriers.flatMap((c) =>
      c.markets.filter((m) => m.limits).map((m) => [c.id, m.market, m.limits]),
    );
    expect(limits).toEqual([
      ['ninja-van', 'TH', { minWeightGrams: expect.objectContaining({ value: 3000, source: 'seed:S16' }) }],
    ]);
  });

  it('has the reference volumetric divisors: USPS 166 over 1,728 in³, UPS/FedEx 139, no metric ones', () => {
    expect(carrier('usps').volumetric).toMatchObject({
      unit: 'in3-per-lb',
      divisor: 166,
      appliesAboveVolume: 1728,
      sideRounding: 'nearest',
      weightRounding: 'up-whole',
    });
    expect(carrier('ups').volumetric).toMatchObject({ unit: 'in3-per-lb', divisor: 139 });
    expect(carrier('fedex').volumetric).toMatchObject({ unit: 'in3-per-lb', divisor: 139 });
    expect(pack.carriers.filter((c) => c.volumetric?.unit === 'cm3-per-kg')).toEqual([]);
  });

  it('keeps the UK surcharge areas as data and marks the unconfirmed spans', () => {
    const sets = new Map(pack.postcodeSets.map((s) => [s.id, s]));
    expect(sets.get('gb-offshore')?.unconfirmed).toBeUndefined();
    expect(sets.get('gb-highlands')?.unconfirmed).toBe(true);
    expect(sets.get('gb-isle-of-wight')?.unconfirmed).toBe(true);
    expect(sets.get('us-alaska')?.rules).toEqual([{ kind: 'zip3-range', from: '995', to: '999' }]);
    expect(sets.get('us-hawaii')?.rules).toEqual([{ kind: 'zip3-range', from: '967', to: '968' }]);
    for (const id of ['us-military-ae', 'us-military-aa', 'us-military-ap', 'us-pacific-islands'])
      expect(sets.get(id)?.unconfirmed, id).toBe(true);
  });

  it('states its money rounding rule', () => {
    expect(pack.moneyRounding).toEqual({ mode: 'half-up', scope: 'per-line', source: 'pack:money-rounding' });
  });
});
