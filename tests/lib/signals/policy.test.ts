import { describe, expect, it } from 'vitest';
import {
  ALL_FEATURES_ON,
  groupLabel,
  isActionableFinding,
  problemTitle,
  rowFactsOf,
  waybillDefects,
  rowSignals,
  summarizeSignals,
  summaryLead,
  type RowFacts,
} from '@/lib/signals';
import { checkWaybill } from '@/lib/waybill';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 5, 17, 0);
const on = { now: NOW, features: { ...ALL_FEATURES_ON } };

/** A clean, labelled order awaiting shipment with its ship-by two days away. */
const clean: RowFacts = {
  orderId: '577000000000000001',
  stage: 'awaiting-shipment',
  labelled: true,
  shipByAt: NOW + 48 * HOUR,
  shipBySource: 'page',
  labelCreatedAt: NOW - 1 * HOUR,
};

const codes = (facts: RowFacts, options = on) => rowSignals(facts, options).problems.map((p) => p.code);

describe('rule 1: a hint only when there is something to act on now', () => {
  it.each<[string, Partial<RowFacts>, string[]]>([
    ['clean labelled row', {}, []],
    ['malformed waybill', { waybill: { malformed: true, wrongCarrier: false } }, ['waybill-malformed']],
    ['wrong carrier', { waybill: { malformed: false, wrongCarrier: true } }, ['waybill-wrong-carrier']],
    ['duplicate', { duplicateOf: ['577000000000000002'] }, ['waybill-duplicate']],
    ['ship-by passed', { shipByAt: NOW - 1 }, ['ship-by-overdue']],
    ['ship-by exactly now', { shipByAt: NOW }, ['ship-by-4h']],
    ['ship-by in 4 h', { shipByAt: NOW + 4 * HOUR }, ['ship-by-4h']],
    ['ship-by in 4 h + 1 ms', { shipByAt: NOW + 4 * HOUR + 1 }, ['ship-by-12h']],
    ['ship-by in 12 h', { shipByAt: NOW + 12 * HOUR }, ['ship-by-12h']],
    ['ship-by in 24 h', { shipByAt: NOW + 24 * HOUR }, ['ship-by-24h']],
    ['ship-by in 24 h + 1 ms', { shipByAt: NOW + 24 * HOUR + 1 }, []],
    ['ship-by passed but already scanned', { shipByAt: NOW - HOUR, firstScanAt: NOW - 2 * HOUR }, []],
    ['ship-by passed on a shipped order', { stage: 'in-transit', shipByAt: NOW - HOUR }, []],
    ['no ship-by known', { shipByAt: undefined }, []],
    ['label 4 h + 1 m ago, no scan (seed rule)', { labelCreatedAt: NOW - 4 * HOUR - 60_000 }, ['first-scan-overdue']],
    ['label exactly 4 h ago', { labelCreatedAt: NOW - 4 * HOUR }, []],
    ['label 5 h ago but scanned', { labelCreatedAt: NOW - 5 * HOUR, firstScanAt: NOW - 4.5 * HOUR }, []],
    ['no label time known', { labelCreatedAt: undefined }, []],
    [
      'awaiting collection past the collection deadline',
      { stage: 'awaiting-collection', collectByAt: NOW - HOUR, labelCreatedAt: NOW - HOUR },
      ['collection-overdue'],
    ],
    [
      'awaiting collection past ship-by, no API deadline',
      { stage: 'awaiting-collection', shipByAt: NOW - HOUR, labelCreatedAt: NOW - HOUR },
      ['collection-overdue'],
    ],
    [
      'awaiting collection, deadline ahead',
      { stage: 'awaiting-collection', collectByAt: NOW + HOUR, labelCreatedAt: NOW - HOUR },
      [],
    ],
    ['actionable finding', { diagnosis: { code: 'callback-mismatch', severity: 'high' } }, ['diagnosis']],
    ['unknown finding stays in the side panel', { diagnosis: { code: 'printer-unknown', severity: 'unknown' } }, []],
    ['info finding stays in the side panel', { diagnosis: { code: 'label-printed', severity: 'info' } }, []],
    ['low (prior) finding stays in the side panel', { diagnosis: { code: 'carrier-prior', severity: 'low' } }, []],
  ])('%s', (_name, change, expected) => {
    expect(codes({ ...clean, ...change })).toEqual(expected);
  });

  it('isActionableFinding: causes with evidence only', () => {
    expect(isActionableFinding({ code: 'first-scan-overdue', severity: 'critical' })).toBe(true);
    expect(isActionableFinding({ code: 'carrier-certification-unknown', severity: 'medium' })).toBe(false);
    expect(isActionableFinding({ code: 'waybill-malformed', severity: 'critical' })).toBe(false);
    expect(isActionableFinding({ code: 'order-not-pending', severity: 'high' })).toBe(false);
  });
});

describe('rule 2: one hint per problem; several → one chip for the worst + N', () => {
  it('a malformed waybill is shown only by the waybill warning, never again by the diagnosis', () => {
    const s = rowSignals(
      {
        ...clean,
        waybill: { malformed: true, wrongCarrier: false },
        diagnosis: { code: 'waybill-malformed', severity: 'critical' },
      },
      on,
    );
    expect(s.problems.map((p) => p.hint)).toEqual(['waybill-warning']);
    expect(s.chip).toBeUndefined();
  });

  it('first scan overdue said by the diagnosis is not repeated by the deadline chip', () => {
    const s = rowSignals(
      { ...clean, labelCreatedAt: NOW - 5 * HOUR, diagnosis: { code: 'first-scan-overdue', severity: 'critical' } },
      on,
    );
    expect(s.problems.map((p) => p.code)).toEqual(['diagnosis']);
    expect(s.chip?.kind).toBe('pending-diagnosis');
  });

  it('row-level problems collapse into one chip for the worst, the others behind it', () => {
    const s = rowSignals(
      {
        ...clean,
        shipByAt: NOW - HOUR,
        labelCreatedAt: NOW - 5 * HOUR,
        diagnosis: { code: 'callback-mismatch', severity: 'high' },
        duplicateOf: ['2'],
      },
      on,
    );
    expect(s.chip?.worst.code).toBe('ship-by-overdue');
    expect(s.chip?.kind).toBe('ship-by-deadline');
    expect(s.chip?.others.map((p) => p.code)).toEqual(['first-scan-overdue', 'diagnosis']);
    expect(s.waybill?.code).toBe('waybill-duplicate');
    expect(new Set(s.problems.map((p) => p.code)).size).toBe(s.problems.length);
  });
});

describe('rule 3: the eligibility badge only where a choice is open', () => {
  it.each<[string, Partial<RowFacts>, boolean]>([
    ['awaiting shipment, no label', { labelled: false }, true],
    ['labelled', {}, false],
    ['shipped, no label shown', { labelled: false, stage: 'in-transit' }, false],
    ['unknown stage', { labelled: false, stage: 'unknown' }, false],
  ])('%s', (_name, change, expected) => {
    expect(rowSignals({ ...clean, ...change }, on).carrierBadge).toBe(expected);
  });
});

describe('rule 10: per-feature switches', () => {
  it('a switched-off feature neither shows nor counts', () => {
    const facts: RowFacts = {
      ...clean,
      labelled: false,
      waybill: { malformed: true, wrongCarrier: false },
      shipByAt: NOW + HOUR,
      diagnosis: { code: 'callback-mismatch', severity: 'high' },
    };
    expect(codes(facts, { now: NOW, features: { ...ALL_FEATURES_ON, waybillWarnings: false } })).toEqual([
      'ship-by-4h',
      'diagnosis',
    ]);
    expect(codes(facts, { now: NOW, features: { ...ALL_FEATURES_ON, deadlines: false } })).toEqual([
      'waybill-malformed',
      'diagnosis',
    ]);
    expect(codes(facts, { now: NOW, features: { ...ALL_FEATURES_ON, diagnosis: false } })).toEqual([
      'waybill-malformed',
      'ship-by-4h',
    ]);
    expect(rowSignals(facts, { now: NOW, features: { ...ALL_FEATURES_ON, carrierBadges: false } }).carrierBadge).toBe(
      false,
    );
  });
});

describe('rule 4: page summary', () => {
  it('counts every row once per group and says calm when clean', () => {
    const rows = [
      rowSignals(clean, on),
      rowSignals({ ...clean, orderId: '2', waybill: { malformed: true, wrongCarrier: false } }, on),
      rowSignals(
        { ...clean, orderId: '3', waybill: { malformed: true, wrongCarrier: false }, shipByAt: NOW + HOUR },
        on,
      ),
    ];
    const summary = summarizeSignals(rows, 500);
    expect(summary).toEqual({
      checked: 3,
      total: 500,
      problemRows: 2,
      groups: [
        { group: 'waybill', orderIds: ['2', '3'] },
        { group: 'ship-by-4h', orderIds: ['3'] },
      ],
    });
    expect(summaryLead(summary)).toEqual({ en: '3 of 500 orders checked', zh: '已检查 3/500 个订单' });
    expect(groupLabel('waybill', 2)).toEqual({ en: '2 waybill problems', zh: '2 个运单号问题' });
    const calm = summarizeSignals([rowSignals(clean, on)]);
    expect(summaryLead(calm)).toEqual({ en: '1 order checked — no problems', zh: '已检查 1 个订单，没有问题' });
  });
});

describe('texts (en/zh)', () => {
  it('countdowns and overdue spans', () => {
    const [soon] = rowSignals({ ...clean, shipByAt: NOW + 3 * HOUR + 12 * 60_000 }, on).problems;
    expect(problemTitle(soon!, NOW)).toEqual({ en: 'Ship within 3 h 12 m', zh: '须在 3 小时 12 分 内发货' });
    const [late] = rowSignals({ ...clean, shipByAt: NOW - 50 * HOUR }, on).problems;
    expect(problemTitle(late!, NOW)).toEqual({
      en: 'Ship-by passed 2 d 2 h ago',
      zh: '已超过最晚发货时间 2 天 2 小时',
    });
    const [scan] = rowSignals({ ...clean, labelCreatedAt: NOW - 5 * HOUR - 11 * 60_000 }, on).problems;
    expect(problemTitle(scan!, NOW).en).toBe('No carrier scan 5 h 11 m after the label (seed rule: within 4 h)');
    const [finding] = rowSignals({ ...clean, diagnosis: { code: 'callback-mismatch', severity: 'high' } }, on).problems;
    expect(problemTitle(finding!, NOW, { en: 'Callback points elsewhere', zh: '回调地址不符' }).zh).toBe(
      '待发货原因：回调地址不符',
    );
  });
});

describe('rowFactsOf', () => {
  it('reads the page, the waybill check and the background, API deadlines first', () => {
    const check = checkWaybill('（9261293770364836834827）', { carrier: 'USPS Ground Advantage', market: 'US' });
    const facts = rowFactsOf({
      orderId: '1',
      status: { kind: 'awaiting-shipment', awaitingShipment: true },
      waybillShown: true,
      waybill: waybillDefects(check),
      pageShipByAt: NOW + 50 * HOUR,
      deadlines: { shipByAt: NOW + HOUR },
    });
    expect(facts).toMatchObject({
      stage: 'awaiting-shipment',
      labelled: true,
      shipByAt: NOW + HOUR,
      shipBySource: 'api',
      waybill: { malformed: true },
    });
    const valid = rowFactsOf({
      orderId: '2',
      waybillShown: true,
      waybill: waybillDefects(checkWaybill('9400111206206406260787', { carrier: 'USPS', market: 'US' })),
      status: { kind: 'in-transit' },
    });
    expect(valid.waybill).toBeUndefined();
    expect(valid.stage).toBe('in-transit');
    expect(
      rowFactsOf({ orderId: '3', waybillShown: false, deadlines: { apiStatus: 'AWAITING_COLLECTION' } }).stage,
    ).toBe('awaiting-collection');
  });
});
