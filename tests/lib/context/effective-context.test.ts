import { describe, expect, it } from 'vitest';
import {
  buildEffectiveContext,
  effectiveContextSchema,
  isFeatureOn,
  pageContextOf,
  pageContextSchema,
  resolveLocale,
  unitSystemOf,
  type ContextSources,
} from '@/lib/context';
import { defaultRulePack } from '@/lib/rules';

const sources = (overrides: Partial<ContextSources> = {}): ContextSources => ({
  storedOverride: null,
  localePreference: 'auto',
  profile: { connectedCarriers: [] },
  printer: null,
  features: {},
  ...overrides,
});

describe('unitSystemOf', () => {
  it('follows the rule pack: the US measures in pounds and inches, the UK in kilograms and centimetres', () => {
    expect(unitSystemOf(defaultRulePack, 'US')).toBe('imperial');
    expect(unitSystemOf(defaultRulePack, 'GB')).toBe('metric');
  });
  it('is metric for no market or one the pack does not list', () => {
    expect(unitSystemOf(defaultRulePack, undefined)).toBe('metric');
    expect(unitSystemOf(defaultRulePack, 'XX')).toBe('metric');
  });
});

describe('buildEffectiveContext', () => {
  it('merges the seller override into the pack every surface reads (a benchmark override shows everywhere)', () => {
    const us = defaultRulePack.markets.find((m) => m.code === 'US')!;
    const context = buildEffectiveContext(
      sources({
        storedOverride: {
          markets: [{ ...us, deliveryBenchmark: { ...us.deliveryBenchmark!, maxCalendarDays: 5, source: 'user' } }],
        },
        profile: { connectedCarriers: [], market: 'US' },
      }),
    );
    expect(context.pack.markets.find((m) => m.code === 'US')?.deliveryBenchmark?.maxCalendarDays).toBe(5);
    expect(context.units).toBe('imperial');
    expect(context.market).toBe('US');
    expect(effectiveContextSchema.safeParse(context).success).toBe(true);
  });

  it('reports an override that no longer validates and keeps the built-in pack', () => {
    const context = buildEffectiveContext(
      sources({
        storedOverride: {
          feeTables: [{ carrierId: 'usps', market: 'US', trackingFee: { perOrderMinor: -1, source: 'user' } }],
        },
      }),
    );
    expect(context.pack).toBe(defaultRulePack);
    expect(context.overrideErrors).toHaveLength(1);
  });

  it('gives content scripts everything but the pack', () => {
    const page = pageContextOf(
      buildEffectiveContext(
        sources({
          localePreference: 'zh',
          printer: { dpi: 152, labelSize: '4x6' },
          features: { 'fee-estimate': false },
        }),
      ),
    );
    expect(page).toEqual({
      localePreference: 'zh',
      units: 'metric',
      printer: { dpi: 152, labelSize: '4x6' },
      features: { 'fee-estimate': false },
    });
    expect(pageContextSchema.strict().safeParse(page).success).toBe(true);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'en-US', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh', 'en', 'zh'],
    [undefined, 'zh-TW', 'zh'],
  ] as const)('setting %s with page/browser language %s → %s', (preference, tag, locale) => {
    expect(resolveLocale(preference, tag)).toBe(locale);
  });
});

describe('isFeatureOn', () => {
  it('treats a missing switch as on', () => {
    expect(isFeatureOn({ features: {} }, 'carrier-badge')).toBe(true);
    expect(isFeatureOn({ features: { 'carrier-badge': false } }, 'carrier-badge')).toBe(false);
  });
});
