import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShopOverviewView, describeRisk, type ShopOverviewInput } from '@/lib/background/shop-overview-view';
import { shopOverviewSchema } from '@/lib/messaging';
import { assessPackage, RISK_ORDER } from '@/lib/poller';
import { defaultRulePack } from '@/lib/rules';
import type { EventRecord, PackageRecord } from '@/lib/storage';
import { defaultSlaPolicy, normalizeTrackingEvent, RISK_CODES } from '@/lib/tracking';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 5, 9, 0, 0);
const VALID_USPS = '9400111206206406260787';

let seq = 0;
function pkg(overrides: Partial<PackageRecord> = {}): PackageRecord {
  seq += 1;
  return {
    key: `pkg:${seq}`,
    orderId: String(576800000000000000n + BigInt(seq)),
    packageId: String(seq),
    market: 'US',
    carrierId: 'usps',
    carrierName: 'USPS',
    trackingNumber: VALID_USPS,
    orderStatus: 'IN_TRANSIT',
    lastCheckedAt: NOW - MINUTE,
    watched: 1,
    risks: [],
    atRisk: 0,
    ...overrides,
  };
}

function ev(packageKey: string, at: number, description: string): EventRecord {
  const e = normalizeTrackingEvent({ description, update_time_millis: at })!;
  return {
    packageKey,
    eventKey: `${at}|${description}`,
    at,
    status: e.status,
    description,
    isCarrierScan: e.isCarrierScan,
    storedAt: at,
  };
}

function world(
  entries: Array<{ record: PackageRecord; events?: Array<[offsetFromLabelMs: number, description: string]> }>,
): ShopOverviewInput {
  const eventsByKey = new Map<string, EventRecord[]>();
  for (const { record, events = [] } of entries) {
    const base = record.labelCreatedAt ?? NOW;
    eventsByKey.set(
      record.key,
      events.map(([offset, d]) => ev(record.key, base + offset, d)),
    );
  }
  return {
    packages: entries.map((e) => e.record),
    eventsByKey,
    apiConnected: true,
  };
}

/** A US package delivered `days` after its label, labelled `ageDays` ago. */
function delivered(ageDays: number, days: number, carrierId = 'usps') {
  const record = pkg({ labelCreatedAt: NOW - ageDays * DAY, orderStatus: 'DELIVERED', watched: 0, carrierId });
  return {
    record,
    events: [
      [HOUR, 'Accepted at USPS Origin Facility'],
      [2 * HOUR, 'Departed USPS Regional Facility'],
      [days * DAY, 'Delivered, In/At Mailbox'],
    ] as Array<[number, string]>,
  };
}

describe('describeRisk', () => {
  it('says every risk in both languages, with its figure where there is one', () => {
    const policy = defaultSlaPolicy('US');
    for (const code of RISK_CODES) {
      const text = describeRisk(code, { clocks: undefined, dispatch: undefined }, policy);
      expect(text.en.trim()).not.toBe('');
      expect(text.zh.trim()).not.toBe('');
    }
    expect(RISK_ORDER).toHaveLength(RISK_CODES.length);
  });
});

describe('buildShopOverviewView', () => {
  it('lists watched packages at risk now, most urgent first, with the figure in the text', () => {
    const overdue = pkg({ labelCreatedAt: NOW - (5 * HOUR + 12 * MINUTE), orderStatus: 'AWAITING_COLLECTION' });
    const dueSoon = pkg({
      labelCreatedAt: NOW - (3 * HOUR + 40 * MINUTE),
      orderStatus: 'AWAITING_COLLECTION',
      carrierId: 'jt-express',
      carrierName: 'J&T Express',
      trackingNumber: undefined,
    });
    const stale = pkg({ labelCreatedAt: NOW - 3 * DAY });
    const lost = pkg({ labelCreatedAt: NOW - 12 * DAY });
    const fine = pkg({ labelCreatedAt: NOW - 2 * HOUR });
    const unwatched = pkg({ labelCreatedAt: NOW - 6 * HOUR, orderStatus: 'AWAITING_COLLECTION', watched: 0 });
    const view = buildShopOverviewView(
      world([
        { record: overdue },
        { record: dueSoon },
        {
          record: stale,
          events: [
            [HOUR, 'Accepted at USPS Origin Facility'],
            [10 * HOUR, 'Arrived at USPS Regional Facility'],
          ],
        },
        { record: lost, events: [[HOUR, 'Accepted at USPS Origin Facility']] },
        { record: fine, events: [[HOUR, 'Accepted at USPS Origin Facility']] },
        { record: unwatched },
      ]),
      NOW,
      defaultRulePack,
    );
    expect(shopOverviewSchema.safeParse(view).success).toBe(true);
    expect(view.atRisk.map((r) => r.packageKey)).toEqual([lost.key, overdue.key, stale.key, dueSoon.key]);
    const overdueRow = view.atRisk.find((r) => r.packageKey === overdue.key)!;
    expect(overdueRow.risks[0]).toMatchObject({ code: 'first-scan-overdue' });
    expect(overdueRow.risks[0]!.text.en).toBe('No first scan — 1 h 12 m past the seed’s 4 h window');
    expect(overdueRow.risks[0]!.text.zh).toContain('1 小时 12 分钟');
    expect(overdueRow).toMatchObject({
      orderId: overdue.orderId,
      trackingNumber: VALID_USPS,
      carrierId: 'usps',
      market: 'US',
      firstScanDueAt: overdue.labelCreatedAt! + 4 * HOUR,
    });
    expect(overdueRow.carrierName?.en).toBe('USPS');
    const staleRow = view.atRisk.find((r) => r.packageKey === stale.key)!;
    expect(staleRow.risks.map((r) => r.code)).toEqual(['no-update-24h']);
    expect(staleRow.risks[0]!.text.en).toBe('No tracking update for 2 d 14 h');
    expect(staleRow.lastEventAt).toBe(stale.labelCreatedAt! + 10 * HOUR);
    expect(staleRow.firstScanDueAt).toBeUndefined();
    expect(view.atRisk.find((r) => r.packageKey === dueSoon.key)!.risks[0]!.text.en).toBe('First scan due in 20 m');
  });

  it('re-assesses at now: a package stored without risk whose first scan came due since is overdue', () => {
    const record = pkg({
      labelCreatedAt: NOW - 4 * HOUR - MINUTE,
      orderStatus: 'AWAITING_COLLECTION',
      risks: [],
      atRisk: 0,
    });
    const view = buildShopOverviewView(world([{ record }]), NOW, defaultRulePack);
    expect(view.atRisk[0]!.risks.map((r) => r.code)).toEqual(['first-scan-overdue']);
  });

  it('starts the first-scan clock from a print-label click when the API has no label time', () => {
    const clickAt = NOW - 5 * HOUR;
    const record = pkg({ orderStatus: 'AWAITING_SHIPMENT', trackingNumber: undefined, labelClickAt: clickAt });
    const view = buildShopOverviewView(world([{ record }]), NOW, defaultRulePack);
    expect(view.atRisk[0]).toMatchObject({ labelCreatedAt: clickAt, firstScanDueAt: clickAt + 4 * HOUR });
  });

  it('includes dispatch risks of orders not shipped yet', () => {
    const record = pkg({ orderStatus: 'AWAITING_SHIPMENT', trackingNumber: undefined, shipByAt: NOW - 2 * HOUR });
    const view = buildShopOverviewView(world([{ record }]), NOW, defaultRulePack);
    expect(view.atRisk[0]!.risks[0]).toMatchObject({
      code: 'dispatch-overdue',
      text: { en: 'Past the ship-by deadline by 2 h' },
    });
    expect(view.atRisk[0]!.shipByAt).toBe(NOW - 2 * HOUR);
  });

  it('counts at-risk packages per carrier, unknown carriers together', () => {
    const a = pkg({ labelCreatedAt: NOW - 6 * HOUR, orderStatus: 'AWAITING_COLLECTION' });
    const b = pkg({ labelCreatedAt: NOW - 7 * HOUR, orderStatus: 'AWAITING_COLLECTION' });
    const c = pkg({
      labelCreatedAt: NOW - 7 * HOUR,
      orderStatus: 'AWAITING_COLLECTION',
      carrierId: undefined,
      carrierName: undefined,
      trackingNumber: undefined,
    });
    const view = buildShopOverviewView(world([{ record: a }, { record: b }, { record: c }]), NOW, defaultRulePack);
    expect(view.countsByCarrier).toEqual([
      { carrierId: 'usps', carrierName: expect.objectContaining({ en: 'USPS' }), count: 2 },
      { carrierId: 'unknown', carrierName: { en: 'Unknown carrier', zh: '未知承运商' }, count: 1 },
    ]);
  });

  it('measures the exception rate against 1.3 % (S8) with its trend from the previous week', () => {
    // This week: 1 exception in 20 shipped (5 %); last week: 0 in 10.
    const entries = [];
    for (let i = 0; i < 19; i++) entries.push(delivered(2 + (i % 3), 2));
    const broken = pkg({ labelCreatedAt: NOW - 2 * DAY });
    entries.push({
      record: broken,
      events: [
        [HOUR, 'Accepted at USPS Origin Facility'],
        [5 * HOUR, 'Refused by addressee'],
      ] as Array<[number, string]>,
    });
    for (let i = 0; i < 10; i++) entries.push(delivered(9, 3));
    const view = buildShopOverviewView(world(entries), NOW, defaultRulePack);
    const shop = view.metrics.find((m) => m.scope === 'shop' && m.code === 'exception-rate')!;
    expect(shop).toMatchObject({
      value: 1 / 20,
      numerator: 1,
      denominator: 20,
      threshold: 0.013,
      comparator: '<',
      breached: true,
      previousValue: 0,
      trend: 'worsening',
      source: 'seed:S8',
    });
    const us = view.metrics.find((m) => m.scope === 'market' && m.market === 'US' && m.code === 'exception-rate')!;
    expect(us.value).toBe(1 / 20);
    expect(
      view.metrics.find((m) => m.scope === 'carrier' && m.carrierId === 'usps' && m.code === 'exception-rate')!
        .breached,
    ).toBe(true);
    expect(
      view.metrics.find(
        (m) =>
          m.scope === 'market-carrier' && m.market === 'US' && m.carrierId === 'usps' && m.code === 'exception-rate',
      ),
    ).toBeDefined();
  });

  it('shows US fulfilment thresholds (VTR ≥ 95 %, LDR ≤ 4 %, OTDR ≥ 80 %) from the pack, none for markets without them', () => {
    const us = delivered(2, 2);
    const gb = {
      record: pkg({
        market: 'GB',
        carrierId: 'royal-mail',
        trackingNumber: 'RB123456785GB',
        labelCreatedAt: NOW - 3 * DAY,
        orderStatus: 'DELIVERED',
        watched: 0,
      }),
      events: [
        [HOUR, 'Accepted at origin'],
        [3 * HOUR, 'Item received at sorting centre'],
        [DAY, 'Delivered'],
      ] as Array<[number, string]>,
    };
    const view = buildShopOverviewView(world([us, gb]), NOW, defaultRulePack);
    const metric = (market: string, code: string) =>
      view.metrics.find((m) => m.scope === 'market' && m.market === market && m.code === code)!;
    expect(metric('US', 'valid-tracking-rate')).toMatchObject({ threshold: 0.95, comparator: '>=', value: 1 });
    expect(metric('US', 'late-dispatch-rate')).toMatchObject({ threshold: 0.04, comparator: '<=' });
    expect(metric('US', 'on-time-delivery-rate')).toMatchObject({ threshold: 0.8, comparator: '>=' });
    expect(metric('GB', 'valid-tracking-rate').threshold).toBeUndefined();
    expect(metric('GB', 'exception-rate').threshold).toBe(0.013);
    expect(metric('US', 'valid-tracking-rate').label.zh).not.toBe('');
  });

  it('reports a window without data as null with an unknown trend', () => {
    const view = buildShopOverviewView(world([delivered(2, 2)]), NOW, defaultRulePack);
    const shop = view.metrics.find((m) => m.scope === 'shop' && m.code === 'first-scan-on-time')!;
    expect(shop).toMatchObject({ value: 1, previousValue: null, trend: 'unknown' });
  });

  it('builds delivery-day histograms per market and per market × carrier', () => {
    const view = buildShopOverviewView(
      world([delivered(3, 2), delivered(4, 2), delivered(5, 3, 'jt-express')]),
      NOW,
      defaultRulePack,
    );
    expect(view.deliveryDays).toEqual([
      {
        market: 'US',
        histogram: [
          { days: 2, count: 2 },
          { days: 3, count: 1 },
        ],
      },
      { market: 'US', carrierId: 'jt-express', histogram: [{ days: 3, count: 1 }] },
      { market: 'US', carrierId: 'usps', histogram: [{ days: 2, count: 2 }] },
    ]);
  });

  it('uses the fallback market for rows without one, and says whether the API is connected', () => {
    const record = pkg({ market: undefined, labelCreatedAt: NOW - 6 * HOUR, orderStatus: 'AWAITING_COLLECTION' });
    const view = buildShopOverviewView(
      { ...world([{ record }]), fallbackMarket: 'US', apiConnected: false },
      NOW,
      defaultRulePack,
    );
    expect(view.atRisk[0]).toMatchObject({ market: 'US' });
    expect(view.apiConnected).toBe(false);
    expect(view.generatedAt).toBe(NOW);
    expect(view.timeZone).toBe('America/Los_Angeles');
  });

  it('shows its times in one zone: the shop market’s, else the packages’ common market, else UTC (issue 10.12)', () => {
    const gb = pkg({ market: 'GB', labelCreatedAt: NOW - 6 * HOUR });
    expect(buildShopOverviewView(world([{ record: gb }]), NOW, defaultRulePack).timeZone).toBe('Europe/London');
    const us = pkg({ key: 'pkg:2', orderId: '576800000000000099', market: 'US', labelCreatedAt: NOW - 6 * HOUR });
    expect(buildShopOverviewView(world([{ record: gb }, { record: us }]), NOW, defaultRulePack).timeZone).toBe('UTC');
  });

  it('an empty store gives an empty overview with every shop metric unmeasured', () => {
    const view = buildShopOverviewView(world([]), NOW, defaultRulePack);
    expect(view.atRisk).toEqual([]);
    expect(view.countsByCarrier).toEqual([]);
    expect(view.deliveryDays).toEqual([]);
    expect(view.metrics.filter((m) => m.scope === 'shop').every((m) => m.value === null && m.denominator === 0)).toBe(
      true,
    );
  });
});

describe('shop view from stored trail digests', () => {
  const WORDINGS = [
    'Shipment information received',
    'Accepted at USPS Origin Facility',
    'Arrived at USPS Regional Facility',
    'Out for delivery',
    'Delivered, In/At Mailbox',
    'DELIVERED, in/at mailbox',
    'Exception: address not found',
    'Returned to sender',
    'Something the rules do not know',
  ];
  const packageArb = fc.record({
    market: fc.constantFrom('US', 'GB', 'ID', undefined),
    labelAgeHours: fc.option(fc.integer({ min: 0, max: 24 * 20 }), { nil: undefined }),
    shipByInHours: fc.option(fc.integer({ min: -48, max: 48 }), { nil: undefined }),
    apiDeliveredAgoHours: fc.option(fc.integer({ min: 0, max: 24 * 10 }), { nil: undefined }),
    orderStatus: fc.constantFrom('AWAITING_SHIPMENT', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED'),
    clickAgeHours: fc.option(fc.integer({ min: 0, max: 24 * 20 }), { nil: undefined }),
    // Each event: when it happened (hours ago), the poll (0–3) that first fetches it, whether later polls fetch it again.
    events: fc.array(
      fc.record({
        agoHours: fc.integer({ min: 0, max: 24 * 20 }),
        wording: fc.constantFrom(...WORDINGS),
        poll: fc.integer({ min: 0, max: 3 }),
        resent: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  });

  it('equals the view built from the events, with events arriving out of order over several polls', () => {
    fc.assert(
      fc.property(fc.array(packageArb, { minLength: 1, maxLength: 6 }), (specs) => {
        const records: PackageRecord[] = [];
        const eventsByKey = new Map<string, EventRecord[]>();
        specs.forEach((spec, i) => {
          let record = pkg({
            ...(spec.clickAgeHours !== undefined ? { labelClickAt: NOW - spec.clickAgeHours * HOUR } : {}),
            key: `pkg:eq${i}`,
            orderId: `9${i}`,
            orderStatus: spec.orderStatus,
            lastCheckedAt: 0,
            ...(spec.market ? { market: spec.market } : { market: undefined }),
            ...(spec.labelAgeHours !== undefined ? { labelCreatedAt: NOW - spec.labelAgeHours * HOUR } : {}),
            ...(spec.shipByInHours !== undefined ? { shipByAt: NOW + spec.shipByInHours * HOUR } : {}),
            ...(spec.apiDeliveredAgoHours !== undefined ? { deliveredAt: NOW - spec.apiDeliveredAgoHours * HOUR } : {}),
          });
          const stored: EventRecord[] = [];
          for (let poll = 0; poll < 4 && record.watched === 1; poll++) {
            // Newest first, some re-sent by later polls, some only once: carriers send trails out of order.
            const tracking = spec.events
              .filter((e) => e.poll === poll || (e.resent && e.poll < poll))
              .reverse()
              .map((e) => ({ description: e.wording, update_time_millis: NOW - e.agoHours * HOUR }));
            const assessment = assessPackage({
              record,
              storedEvents: stored,
              tracking,
              ...(record.labelClickAt !== undefined ? { labelClickAt: record.labelClickAt } : {}),
              policy: defaultSlaPolicy(spec.market ?? 'US')!,
              fallbackMarket: 'US',
              now: NOW - (3 - poll) * HOUR,
            });
            stored.push(...assessment.newEvents.map((e) => ({ ...e, packageKey: record.key, storedAt: 0 })));
            record = assessment.record;
          }
          records.push(record);
          eventsByKey.set(record.key, stored);
        });
        const input = { apiConnected: true };
        const fromDigests = buildShopOverviewView(
          { ...input, packages: records, eventsByKey: new Map() },
          NOW,
          defaultRulePack,
        );
        const fromEvents = buildShopOverviewView(
          { ...input, packages: records.map(({ trail: _trail, ...r }) => r), eventsByKey },
          NOW,
          defaultRulePack,
        );
        expect(records.every((r) => r.trail !== undefined)).toBe(true);
        expect(fromDigests).toEqual(fromEvents);
      }),
      { numRuns: 300 },
    );
  });
});
