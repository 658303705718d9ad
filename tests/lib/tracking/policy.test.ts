import { describe, expect, it } from 'vitest';
import { MARKET_CODES } from '@/lib/carriers';
import {
  DEFAULT_SLA_FIGURES,
  DELIVERY_BENCHMARK_DAYS,
  MARKET_TIME_ZONES,
  defaultSlaPolicy,
  isValidTimeZone,
  slaPolicyFromMarketRules,
} from '@/lib/tracking';

const SOURCE = /^(?:seed:S\d+|ref:[a-z0-9-]+#[0-9A-Za-z.-]+|pack:[a-z0-9-]+)$/;

describe('default SLA figures', () => {
  it('are the seed and reference figures, each with its source', () => {
    expect(DEFAULT_SLA_FIGURES.firstScanHours).toEqual({ value: 4, source: 'seed:S7' });
    expect(DEFAULT_SLA_FIGURES.maxUpdateGapHours).toEqual({ value: 24, source: 'seed:S7' });
    expect(DEFAULT_SLA_FIGURES.lostAfterDays).toEqual({ value: 10, source: 'ref:seller-center#5' });
    for (const figure of Object.values(DEFAULT_SLA_FIGURES)) expect(figure.source).toMatch(SOURCE);
  });

  it('hold delivery benchmarks only where the seed gives one (S4–S6)', () => {
    expect(DELIVERY_BENCHMARK_DAYS).toEqual({
      US: { value: 3.2, source: 'seed:S4' },
      GB: { value: 2.6, source: 'seed:S5' },
      ID: { value: 2.8, source: 'seed:S6' },
    });
  });

  it('give every market a time zone the engine knows', () => {
    for (const market of MARKET_CODES) expect(isValidTimeZone(MARKET_TIME_ZONES[market]), market).toBe(true);
  });
});

describe('defaultSlaPolicy', () => {
  it('accepts UK for GB and has no benchmark for TH', () => {
    expect(defaultSlaPolicy('UK')).toEqual({
      firstScanHours: 4,
      maxUpdateGapHours: 24,
      deliveryBenchmarkDays: 2.6,
      timeZone: 'Europe/London',
      lostAfterDays: 10,
      dueSoonMinutes: 30,
    });
    expect(defaultSlaPolicy('TH')?.deliveryBenchmarkDays).toBeUndefined();
    expect(defaultSlaPolicy('XX')).toBeUndefined();
  });
});

describe('slaPolicyFromMarketRules', () => {
  it('takes the pack figures over the defaults', () => {
    const policy = slaPolicyFromMarketRules({
      code: 'US',
      deliveryBenchmark: { maxCalendarDays: 3, source: 'user' },
      sla: {
        firstScanWithinHours: { value: 6, source: 'user' },
        trackingUpdateEveryHours: { value: 48, source: 'user' },
      },
    });
    expect(policy).toMatchObject({
      firstScanHours: 6,
      maxUpdateGapHours: 48,
      deliveryBenchmarkDays: 3,
      timeZone: 'America/Los_Angeles',
    });
  });

  it('has no benchmark when the pack has none, and accepts another zone', () => {
    const policy = slaPolicyFromMarketRules({ code: 'US' }, 'America/New_York');
    expect(policy?.deliveryBenchmarkDays).toBeUndefined();
    expect(policy?.timeZone).toBe('America/New_York');
    expect(slaPolicyFromMarketRules({ code: 'ZZ' })).toBeUndefined();
  });
});
