import { describe, expect, it } from 'vitest';
import {
  DEFAULT_METRIC_THRESHOLDS,
  METRIC_CODES,
  METRIC_DEFINITIONS,
  computeShopMetrics,
  defaultSlaPolicy,
  metricThresholdsFromMarketRules,
  normalizeTrackingEvent,
  type PackageFacts,
  type SlaPolicy,
  type TrackingEvent,
} from '@/lib/tracking';

const H = 3_600_000;
const DAY = 86_400_000;

function ev(description: string, at: number): TrackingEvent {
  const e = normalizeTrackingEvent({ description, update_time_millis: at });
  if (!e) throw new Error(`bad fixture ${description}`);
  return e;
}

const policies: Record<string, SlaPolicy> = { US: defaultSlaPolicy('US')!, GB: defaultSlaPolicy('GB')! };

// Mon 2024-06-10 08:00 PDT. "Now" is Mon 2024-06-17 12:00 PDT; the current window opens at B + 4 h.
const B = Date.UTC(2024, 5, 10, 15, 0);
const NOW = B + 7 * DAY + 4 * H;
const L = B + DAY; // Tue 2024-06-11 08:00 PDT: this week
const P = B - 6 * DAY; // Tue 2024-06-04 08:00 PDT: last week

/**
 * This week (all US). Hand-computed outcomes, per metric:
 * | pkg | first scan | exception | VTR     | LDR     | OTD     | delivery days |
 * | C1  | met        | no        | valid   | on time | on time | 2             |
 * | C2  | late       | no        | valid   | late    | late    | 4 (> 3.2)     |
 * | C3  | met        | yes       | valid   | on time | late    | —             |
 * | C4  | overdue    | no        | invalid | unknown | late    | —             |
 * | C5  | unknown    | —         | —       | overdue | —       | —             |
 * | C6  | unknown    | —         | —       | pending | —       | —             |
 * | C7  | met        | no        | pending | unknown | pending | —             |
 */
const thisWeek: PackageFacts[] = [
  {
    id: 'C1',
    market: 'US',
    carrierId: 'usps',
    labelCreatedAt: L,
    shippedAt: L + H,
    shipByAt: L + DAY,
    events: [
      ev('Accepted at USPS Origin Facility', L + H),
      ev('Arrived at USPS Regional Facility', L + 10 * H),
      ev('Delivered, In/At Mailbox', L + 2 * DAY + 2 * H),
    ],
  },
  {
    id: 'C2',
    market: 'US',
    carrierId: 'usps',
    labelCreatedAt: L,
    shippedAt: L + 5 * H,
    shipByAt: L + 4 * H,
    events: [
      ev('Accepted at USPS Origin Facility', L + 5 * H),
      ev('Departed USPS Regional Facility', L + 20 * H),
      ev('Delivered', L + 4 * DAY + 2 * H),
    ],
  },
  {
    id: 'C3',
    market: 'US',
    carrierId: 'jt-express',
    labelCreatedAt: L,
    shippedAt: L + 2 * H,
    shipByAt: L + DAY,
    events: [ev('Picked up', L + 2 * H), ev('Problematic', L + DAY)],
  },
  {
    id: 'C4',
    market: 'US',
    carrierId: 'jt-express',
    labelCreatedAt: L,
    shippedAt: L + H,
    events: [ev('Shipping label created', L)],
  },
  { id: 'C5', market: 'US', carrierId: 'usps', shipByAt: NOW - H, events: [] },
  { id: 'C6', market: 'US', carrierId: 'usps', shipByAt: NOW + 10 * H, events: [] },
  {
    id: 'C7',
    market: 'US',
    carrierId: 'usps',
    labelCreatedAt: NOW - 2 * H,
    shippedAt: NOW - 2 * H,
    events: [ev('Accepted at USPS Origin Facility', NOW - H)],
  },
];

/** Last week: two clean USPS deliveries in 2 and 3 calendar days. */
const lastWeek: PackageFacts[] = [2, 3].map((days, i) => ({
  id: `P${i + 1}`,
  market: 'US',
  carrierId: 'usps',
  labelCreatedAt: P,
  shippedAt: P + H,
  shipByAt: P + DAY,
  events: [ev('Picked up', P + H), ev('Departed', P + 5 * H), ev('Delivered', P + days * DAY + 2 * H)],
}));

describe('computeShopMetrics: this week, hand-computed', () => {
  const m = computeShopMetrics([...thisWeek, ...lastWeek], { now: NOW, policies });

  it('sets the windows: 7 days ending now, and the 7 days before', () => {
    expect(m.windowDays).toBe(7);
    expect(m.window).toEqual({ from: NOW - 7 * DAY, to: NOW });
    expect(m.previousWindow).toEqual({ from: NOW - 14 * DAY, to: NOW - 7 * DAY });
    expect(m.overall.packages).toBe(7);
    expect(m.previous.overall.packages).toBe(2);
  });

  it('share of first scans on time: 3 of 5 judged, 2 without a label time', () => {
    expect(m.overall.firstScanOnTime).toMatchObject({
      value: 3 / 5,
      numerator: 3,
      denominator: 5,
      pending: 0,
      unknown: 2,
    });
    expect(m.overall.firstScanOnTime.threshold).toBeUndefined();
    expect(m.overall.firstScanOnTime.breached).toBe(false);
    expect(m.overall.firstScanOnTime.source).toBe('seed:S7');
  });

  it('exception rate: 1 of 5 shipped, against < 1.3 % (S8)', () => {
    expect(m.overall.exceptionRate).toMatchObject({
      value: 0.2,
      numerator: 1,
      denominator: 5,
      threshold: 0.013,
      comparator: '<',
      breached: true,
      source: 'seed:S8',
    });
  });

  it('valid tracking rate: label-only counts against it, one in-transit package is still pending', () => {
    expect(m.overall.validTrackingRate).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 4,
      pending: 1,
      threshold: 0.95,
      comparator: '>=',
      breached: true,
      source: 'ref:seller-center#5',
    });
  });

  it('late dispatch rate: shipped late or unshipped past ship-by', () => {
    expect(m.overall.lateDispatchRate).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      pending: 1,
      unknown: 2,
      threshold: 0.04,
      comparator: '<=',
      breached: true,
    });
  });

  it('on-time delivery rate: by the benchmark when no due time is given', () => {
    expect(m.overall.onTimeDeliveryRate).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      pending: 1,
      threshold: 0.8,
      comparator: '>=',
      breached: true,
      unconfirmed: true,
    });
  });

  it('delivery-day distribution with the US benchmark', () => {
    expect(m.overall.deliveryDays).toEqual({
      delivered: 2,
      histogram: [
        { days: 2, count: 1 },
        { days: 4, count: 1 },
      ],
      meanDays: 3,
      benchmarkDays: 3.2,
      overBenchmark: 1,
      source: 'seed:S4',
    });
  });

  it('splits per carrier and per market × carrier', () => {
    expect(Object.keys(m.byCarrier)).toEqual(['jt-express', 'usps']);
    expect(m.byCarrier['usps']!.firstScanOnTime).toMatchObject({ numerator: 2, denominator: 3, unknown: 2 });
    expect(m.byCarrier['jt-express']!.firstScanOnTime).toMatchObject({ numerator: 1, denominator: 2 });
    expect(m.byCarrier['jt-express']!.exceptionRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(m.byMarket['US']!.packages).toBe(7);
    expect(m.byMarketCarrier['US']!['usps']!.deliveryDays.histogram).toEqual([
      { days: 2, count: 1 },
      { days: 4, count: 1 },
    ]);
  });

  it('shows the breach before Seller Center counts it: every metric newly breached against last week', () => {
    expect(m.previous.overall.validTrackingRate).toMatchObject({ value: 1, breached: false });
    expect(m.trend.overall['valid-tracking-rate']).toEqual({
      current: 0.75,
      previous: 1,
      delta: -0.25,
      direction: 'worsening',
      breachedNow: true,
      breachedBefore: false,
      newlyBreached: true,
    });
    expect(m.trend.overall['late-dispatch-rate']).toMatchObject({
      current: 0.5,
      previous: 0,
      direction: 'worsening',
      newlyBreached: true,
    });
    expect(m.trend.overall['exception-rate']).toMatchObject({ direction: 'worsening', newlyBreached: true });
    expect(m.trend.byCarrier['jt-express']!['first-scan-on-time']).toMatchObject({
      current: 0.5,
      previous: undefined,
      direction: 'no-data',
    });
  });
});

describe('computeShopMetrics: trend direction', () => {
  it('calls a falling late-dispatch rate an improvement and equal values steady', () => {
    const late = (id: string, base: number): PackageFacts => ({
      id,
      market: 'US',
      shipByAt: base,
      shippedAt: base + H,
      events: [],
    });
    const onTime = (id: string, base: number): PackageFacts => ({
      id,
      market: 'US',
      shipByAt: base,
      shippedAt: base - H,
      events: [],
    });
    const m = computeShopMetrics([late('a', P), late('b', P), onTime('c', L), late('d', L)], { now: NOW, policies });
    expect(m.trend.overall['late-dispatch-rate']).toMatchObject({
      previous: 1,
      current: 0.5,
      delta: -0.5,
      direction: 'improving',
      newlyBreached: false,
    });
    const same = computeShopMetrics([onTime('a', P), onTime('b', L)], { now: NOW, policies });
    expect(same.trend.overall['late-dispatch-rate'].direction).toBe('steady');
  });
});

describe('computeShopMetrics: thresholds', () => {
  const valid = (id: string, n: number): PackageFacts => ({
    id,
    market: 'US',
    labelCreatedAt: L + n,
    events: [ev('Picked up', L + H + n), ev('Departed', L + 5 * H + n)],
  });
  const labelOnly = (id: string): PackageFacts => ({ id, market: 'US', labelCreatedAt: L, shippedAt: L, events: [] });

  it('exactly 95 % valid tracking meets the >= 95 % target; 90 % breaches it', () => {
    const nineteen = Array.from({ length: 19 }, (_, i) => valid(`v${i}`, i));
    const at95 = computeShopMetrics([...nineteen, labelOnly('x')], { now: NOW, policies });
    expect(at95.overall.validTrackingRate).toMatchObject({
      value: 0.95,
      numerator: 19,
      denominator: 20,
      breached: false,
    });
    const at90 = computeShopMetrics([...nineteen.slice(1), labelOnly('x'), labelOnly('y')], { now: NOW, policies });
    expect(at90.overall.validTrackingRate).toMatchObject({ value: 0.9, breached: true });
  });

  it('a "<" threshold is breached at equality', () => {
    const packages = [
      valid('a', 0),
      valid('b', 1),
      valid('c', 2),
      { ...valid('d', 3), events: [ev('Picked up', L + H), ev('Refused', L + 5 * H)] },
    ];
    const m = computeShopMetrics(packages, {
      now: NOW,
      policies,
      metricThresholds: { 'exception-rate': [{ threshold: 0.25, comparator: '<', source: 'user' }] },
    });
    expect(m.overall.exceptionRate).toMatchObject({ value: 0.25, breached: true, source: 'user' });
  });

  it('does not hold a US-only threshold against another market, nor against a mixed group', () => {
    const gb: PackageFacts = { ...valid('gb', 0), market: 'UK' };
    const m = computeShopMetrics([valid('us', 0), gb], { now: NOW, policies });
    expect(m.byMarket['GB']!.validTrackingRate).toMatchObject({
      value: 1,
      threshold: undefined,
      comparator: undefined,
      breached: false,
    });
    expect(m.byMarket['US']!.validTrackingRate.threshold).toBe(0.95);
    expect(m.overall.validTrackingRate.threshold).toBeUndefined();
    // S8 is platform-wide: it applies everywhere.
    expect(m.byMarket['GB']!.exceptionRate.threshold).toBe(0.013);
    expect(m.overall.exceptionRate.threshold).toBe(0.013);
  });

  it('judges on-time delivery by the API due time before the benchmark', () => {
    const due = L + DAY;
    const late: PackageFacts = {
      ...valid('late', 0),
      deliveryDueAt: due,
      events: [ev('Picked up', L + H), ev('Delivered', due + 1)],
    };
    const onTime: PackageFacts = {
      ...valid('ok', 0),
      deliveryDueAt: due,
      events: [ev('Picked up', L + H), ev('Delivered', due)],
    };
    const m = computeShopMetrics([late, onTime], { now: NOW, policies });
    expect(m.overall.onTimeDeliveryRate).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('leaves on-time delivery unknown where there is neither a due time nor a benchmark (TH)', () => {
    const th: PackageFacts = {
      ...valid('th', 0),
      market: 'TH',
      events: [ev('Picked up', L + H), ev('Delivered', L + 2 * DAY)],
    };
    const m = computeShopMetrics([th], { now: NOW, policies });
    expect(m.overall.onTimeDeliveryRate).toMatchObject({ value: undefined, denominator: 0, unknown: 1 });
    expect(m.byMarket['TH']!.deliveryDays).toMatchObject({ delivered: 1, benchmarkDays: undefined });
    expect(m.policyFallbacks).toEqual(['TH']);
  });
});

describe('computeShopMetrics: inputs it cannot use', () => {
  it('skips unknown markets and packages without any time, and ignores packages older than both windows', () => {
    const m = computeShopMetrics(
      [
        { id: 'mars', market: 'XX', labelCreatedAt: L, events: [] },
        { id: 'timeless', market: 'US', events: [] },
        { id: 'ancient', market: 'US', labelCreatedAt: NOW - 30 * DAY, events: [] },
      ],
      { now: NOW, policies },
    );
    expect(m.skipped).toEqual([
      { id: 'mars', reason: 'no-policy' },
      { id: 'timeless', reason: 'no-time' },
    ]);
    expect(m.overall.packages).toBe(0);
    expect(m.previous.overall.packages).toBe(0);
    expect(m.overall.validTrackingRate.value).toBeUndefined();
    expect(m.trend.overall['valid-tracking-rate'].direction).toBe('no-data');
  });

  it('honours another window length', () => {
    const m = computeShopMetrics(lastWeek, { now: NOW, policies, windowDays: 14 });
    expect(m.overall.packages).toBe(2);
    expect(m.window.from).toBe(NOW - 14 * DAY);
  });
});

describe('DEFAULT_METRIC_THRESHOLDS and METRIC_DEFINITIONS', () => {
  it('hold the sourced figures only', () => {
    expect(DEFAULT_METRIC_THRESHOLDS).toEqual({
      'exception-rate': [{ threshold: 0.013, comparator: '<', source: 'seed:S8' }],
      'valid-tracking-rate': [{ threshold: 0.95, comparator: '>=', source: 'ref:seller-center#5', markets: ['US'] }],
      'late-dispatch-rate': [{ threshold: 0.04, comparator: '<=', source: 'ref:seller-center#5', markets: ['US'] }],
      'on-time-delivery-rate': [
        { threshold: 0.8, comparator: '>=', source: 'ref:seller-center#5', markets: ['US'], unconfirmed: true },
      ],
    });
  });

  it('define every metric in English and Chinese', () => {
    for (const code of METRIC_CODES) {
      expect(METRIC_DEFINITIONS[code].definition.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(METRIC_DEFINITIONS[code].name.en.length, code).toBeGreaterThan(0);
    }
  });
});

describe('metricThresholdsFromMarketRules', () => {
  it('turns rule-pack markets into market-scoped thresholds and merges identical figures', () => {
    const s8 = { value: 1.3, source: 'seed:S8' };
    const thresholds = metricThresholdsFromMarketRules([
      {
        code: 'US',
        sla: { exceptionRateBelowPercent: s8 },
        fulfilmentMetrics: [
          {
            code: 'vtr',
            target: { comparator: 'at-least', percent: 95 },
            source: 'https://seller-us.tiktok.com/university/essay?knowledge_id=1274968588748558',
          },
          {
            code: 'ldr',
            target: { comparator: 'at-most', percent: 4 },
            source: 'https://support.gelato.com/en/articles/9956249-tiktok-policies',
          },
          {
            code: 'otdr',
            target: { comparator: 'at-least', percent: 80 },
            source: 'https://sellerops.io/tiktok-shop-valid-tracking-rate-95',
            unconfirmed: true,
          },
          {
            code: 'sfcr',
            target: { comparator: 'at-most', percent: 2.5 },
            source: 'https://support.gelato.com/en/articles/9956249-tiktok-policies',
          },
        ],
      },
      { code: 'UK', sla: { exceptionRateBelowPercent: s8 } },
    ]);
    expect(thresholds['exception-rate']).toEqual([
      { threshold: 0.013, comparator: '<', source: 'seed:S8', markets: ['US', 'GB'] },
    ]);
    expect(thresholds['valid-tracking-rate']).toEqual([
      {
        threshold: 0.95,
        comparator: '>=',
        source: 'https://seller-us.tiktok.com/university/essay?knowledge_id=1274968588748558',
        markets: ['US'],
      },
    ]);
    expect(thresholds['late-dispatch-rate']?.[0]).toMatchObject({ threshold: 0.04, comparator: '<=' });
    expect(thresholds['on-time-delivery-rate']?.[0]).toMatchObject({ threshold: 0.8, unconfirmed: true });
    expect(Object.keys(thresholds).sort()).toEqual([
      'exception-rate',
      'late-dispatch-rate',
      'on-time-delivery-rate',
      'valid-tracking-rate',
    ]);
  });

  it('works as computeShopMetrics thresholds, 1.3 % read as exactly 0.013', () => {
    const thresholds = metricThresholdsFromMarketRules([
      { code: 'US', sla: { exceptionRateBelowPercent: { value: 1.3, source: 'seed:S8' } } },
    ]);
    const m = computeShopMetrics(thisWeek, { now: NOW, policies, metricThresholds: thresholds });
    expect(m.overall.exceptionRate).toMatchObject({ threshold: 0.013, breached: true });
    expect(m.overall.validTrackingRate.threshold).toBeUndefined();
  });
});
