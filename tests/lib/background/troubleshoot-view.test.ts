import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  buildTroubleshootView,
  choosePackage,
  classifyTroubleshootQuery,
  matchesQuery,
  resolveLabelTime,
  type TroubleshootInput,
} from '@/lib/background/troubleshoot-view';
import { troubleshootViewSchema } from '@/lib/messaging';
import { defaultRulePack } from '@/lib/rules';
import type { AlertRecord, EventRecord, LabelClickRecord, PackageRecord } from '@/lib/storage';
import { normalizeTrackingEvent } from '@/lib/tracking';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** 2026-03-05 09:00 UTC, the seed article's date. */
const NOW = Date.UTC(2026, 2, 5, 9, 0, 0);
const VALID_USPS = '9400111206206406260787';
const ORDER = '576800123456789012';

function pkg(overrides: Partial<PackageRecord> = {}): PackageRecord {
  return {
    key: `pkg:${overrides.packageId ?? '1152'}`,
    orderId: ORDER,
    packageId: '1152',
    market: 'US',
    carrierId: 'usps',
    carrierName: 'USPS',
    trackingNumber: VALID_USPS,
    orderStatus: 'AWAITING_COLLECTION',
    lastCheckedAt: NOW - 10 * MINUTE,
    watched: 1,
    risks: [],
    atRisk: 0,
    ...overrides,
  };
}

function event(packageKey: string, at: number, description: string): EventRecord {
  const e = normalizeTrackingEvent({ description, update_time_millis: at })!;
  return {
    packageKey,
    eventKey: `${at}|${description.toLowerCase()}`,
    at,
    status: e.status,
    description,
    isCarrierScan: e.isCarrierScan,
    storedAt: at,
  };
}

function input(overrides: Partial<TroubleshootInput> = {}): TroubleshootInput {
  return {
    query: ORDER,
    events: [],
    alerts: [],
    settings: { callbacks: {}, profile: { connectedCarriers: ['usps'], market: 'US' }, printerDpi: 300 },
    apiConnected: true,
    ...overrides,
  };
}

describe('classifyTroubleshootQuery', () => {
  it.each([
    ['576800123456789012', 'order-id'],
    [' #576800123456789012 ', 'order-id'],
    ['5768 0012 3456 7890 12', 'order-id'],
    ['jt 1234567890', 'waybill'],
    ['RB123456785GB', 'waybill'],
    ['   ', 'empty'],
  ])('reads %j as %s', (raw, kind) => {
    expect(classifyTroubleshootQuery(raw).kind).toBe(kind);
  });

  it('compares waybills in their normalised form (case, spaces, full-width characters)', () => {
    const q = classifyTroubleshootQuery(' rb１２３４５６７８５gb ');
    expect(q).toMatchObject({ kind: 'waybill', waybillKey: 'RB123456785GB' });
    expect(matchesQuery(q, { orderId: '1', trackingNumber: 'RB 123456785 GB' })).toBe(true);
    expect(matchesQuery(q, { orderId: '1', trackingNumber: 'RB123456786GB' })).toBe(false);
  });

  it('also matches a digits-only query against waybills (USPS numbers are all digits)', () => {
    const q = classifyTroubleshootQuery('9400 1112 0620 6406 2607 87');
    expect(matchesQuery(q, { orderId: '999999', trackingNumber: VALID_USPS })).toBe(true);
  });
});

describe('choosePackage', () => {
  it('prefers the package at risk when an order has several', () => {
    const calm = pkg({ key: 'pkg:a', packageId: 'a', updatedAt: NOW });
    const risky = pkg({ key: 'pkg:b', packageId: 'b', risks: ['no-update-24h'], atRisk: 1, updatedAt: NOW - HOUR });
    expect(choosePackage(classifyTroubleshootQuery(ORDER), [calm, risky])?.key).toBe('pkg:b');
  });

  it('lets an order-id match win over another package whose waybill has the same digits', () => {
    const other = pkg({ key: 'pkg:x', packageId: 'x', orderId: '111111', trackingNumber: ORDER });
    const own = pkg({ key: 'pkg:own', packageId: 'own' });
    expect(choosePackage(classifyTroubleshootQuery(ORDER), [other, own])?.key).toBe('pkg:own');
  });

  it('returns nothing when no candidate matches', () => {
    expect(choosePackage(classifyTroubleshootQuery('RB123456785GB'), [pkg()])).toBeUndefined();
  });
});

describe('resolveLabelTime', () => {
  const click: LabelClickRecord = { orderId: ORDER, firstClickAt: NOW - 2 * HOUR, lastClickAt: NOW - HOUR, clicks: 2 };
  it('uses the API time when it is earlier than the first click', () => {
    expect(resolveLabelTime(pkg({ labelCreatedAt: NOW - 3 * HOUR }), click)).toEqual({
      at: NOW - 3 * HOUR,
      source: 'api',
    });
  });
  it('reads a stored time equal to the first click as the click (the poller stores the earliest of both)', () => {
    expect(resolveLabelTime(pkg({ labelCreatedAt: click.firstClickAt }), click)).toEqual({
      at: click.firstClickAt,
      source: 'print-click',
    });
  });
  it('falls back to the print-label click without an API time, and to nothing without either', () => {
    expect(resolveLabelTime(pkg(), click)).toEqual({ at: click.firstClickAt, source: 'print-click' });
    expect(resolveLabelTime(pkg(), undefined)).toEqual({});
  });
});

describe('buildTimeline', () => {
  it('measures each gap from the previous update (the label opens the trail) and flags gaps over 24 h', () => {
    const label = NOW - 60 * HOUR;
    const events = [
      normalizeTrackingEvent({
        description: 'Accepted at USPS Origin Facility',
        update_time_millis: label + 2 * HOUR,
      })!,
      normalizeTrackingEvent({
        description: 'Arrived at USPS Regional Facility',
        update_time_millis: label + 26 * HOUR,
      })!,
      normalizeTrackingEvent({
        description: 'Departed USPS Regional Facility',
        update_time_millis: label + 50 * HOUR + 1,
      })!,
    ];
    const rows = buildTimeline(events, label, 24);
    expect(rows.map((r) => [r.gapBeforeMs, r.gapBreached])).toEqual([
      [2 * HOUR, false],
      [24 * HOUR, false],
      [24 * HOUR + 1, true],
    ]);
    expect(rows[0]).toMatchObject({
      status: 'picked-up',
      isCarrierScan: true,
      description: 'Accepted at USPS Origin Facility',
    });
  });

  it('the wait for the first carrier scan is shown but never flagged: the 24 h rule runs from that scan', () => {
    const label = NOW - 60 * HOUR;
    const rows = buildTimeline(
      [
        normalizeTrackingEvent({ description: 'Shipping label created', update_time_millis: label + HOUR })!,
        normalizeTrackingEvent({ description: 'Picked up', update_time_millis: label + 40 * HOUR })!,
        normalizeTrackingEvent({ description: 'Departed facility', update_time_millis: label + 65 * HOUR })!,
      ],
      label,
      24,
    );
    expect(rows.map((r) => [r.gapBeforeMs, r.gapBreached])).toEqual([
      [HOUR, false],
      [39 * HOUR, false],
      [25 * HOUR, true],
    ]);
  });

  it('gives the first event no gap when the label time is unknown or later than it', () => {
    const e = normalizeTrackingEvent({ description: 'Picked up', update_time_millis: NOW - HOUR })!;
    expect(buildTimeline([e], undefined, 24)[0]!.gapBeforeMs).toBeUndefined();
    expect(buildTimeline([e], NOW, 24)[0]!.gapBeforeMs).toBeUndefined();
  });
});

describe('buildTroubleshootView', () => {
  it('an overdue first scan with a valid waybill: overdue clock, that finding first, schema-valid view', () => {
    const record = pkg({ labelCreatedAt: NOW - (5 * HOUR + 12 * MINUTE) });
    const view = buildTroubleshootView(
      input({
        record,
        events: [event(record.key, record.labelCreatedAt! + MINUTE, 'Shipping Label Created, USPS Awaiting Item')],
      }),
      NOW,
      defaultRulePack,
    );
    expect(troubleshootViewSchema.safeParse(view).success).toBe(true);
    expect(view.found).toBe(true);
    expect(view.orderId).toBe(ORDER);
    expect(view.facts).toMatchObject({
      market: 'US',
      carrierId: 'usps',
      waybill: VALID_USPS,
      labelCreatedSource: 'api',
      apiConnected: true,
      status: 'AWAITING_COLLECTION',
    });
    expect(view.clocks?.firstScan).toMatchObject({
      state: 'overdue',
      lateByMs: HOUR + 12 * MINUTE,
      dueAt: record.labelCreatedAt! + 4 * HOUR,
    });
    expect(view.clocks?.risks).toContain('first-scan-overdue');
    expect(view.findings[0]!.code).toBe('first-scan-overdue');
    expect(view.findings[0]!.title.en).toContain('5 h 12 m');
    expect(view.findings.map((f) => f.code)).not.toContain('waybill-malformed');
    expect(view.events).toHaveLength(1);
    expect(view.events[0]).toMatchObject({
      status: 'info-received',
      isCarrierScan: false,
      gapBeforeMs: MINUTE,
      gapBreached: false,
    });
  });

  it('a malformed waybill ranks first and its title names the defect', () => {
    const record = pkg({ trackingNumber: '9400111206206406260787（', labelCreatedAt: NOW - HOUR });
    const view = buildTroubleshootView(input({ record }), NOW, defaultRulePack);
    expect(view.findings[0]!.code).toBe('waybill-malformed');
    expect(view.findings[0]!.severity).toBe('critical');
  });

  it('starts the first-scan clock at the first print-label click when the API gives no label time', () => {
    const record = pkg({ lastCheckedAt: 0 });
    const click: LabelClickRecord = {
      orderId: ORDER,
      firstClickAt: NOW - 3 * HOUR - 45 * MINUTE,
      lastClickAt: NOW - HOUR,
      clicks: 3,
    };
    const view = buildTroubleshootView(input({ record, labelClick: click }), NOW, defaultRulePack);
    expect(view.facts).toMatchObject({ labelCreatedAt: click.firstClickAt, labelCreatedSource: 'print-click' });
    expect(view.facts.lastCheckedAt).toBeUndefined();
    expect(view.clocks?.firstScan).toMatchObject({ state: 'due-soon', remainingMs: 15 * MINUTE });
    // Never polled: whether a scan came is unknown, though the deadline is known.
    expect(view.findings.map((f) => f.code)).toContain('first-scan-unknown');
    const polled = buildTroubleshootView(
      input({ record: pkg({ lastCheckedAt: NOW - MINUTE }), labelClick: click }),
      NOW,
      defaultRulePack,
    );
    expect(polled.findings.map((f) => f.code)).toContain('first-scan-due-soon');
  });

  it('knows an order seen only through a print-label click (API not connected)', () => {
    const click: LabelClickRecord = {
      orderId: ORDER,
      firstClickAt: NOW - 5 * HOUR,
      lastClickAt: NOW - 5 * HOUR,
      clicks: 1,
    };
    const view = buildTroubleshootView(input({ labelClick: click, apiConnected: false }), NOW, defaultRulePack);
    expect(view.found).toBe(true);
    expect(view.facts).toMatchObject({ market: 'US', labelCreatedSource: 'print-click', apiConnected: false });
    expect(view.clocks?.firstScan.state).toBe('overdue');
    expect(view.findings.some((f) => f.severity === 'unknown' && f.code === 'waybill-unknown')).toBe(true);
  });

  it('reports a callback that is not the platform endpoint, only when the seller entered one', () => {
    const record = pkg({ labelCreatedAt: NOW - HOUR });
    const wrong = buildTroubleshootView(
      input({
        record,
        settings: {
          callbacks: { usps: { url: 'https://example.com/hook' } },
          profile: { connectedCarriers: ['usps'], market: 'US' },
        },
      }),
      NOW,
      defaultRulePack,
    );
    expect(wrong.findings.map((f) => f.code)).toContain('callback-mismatch');
    const none = buildTroubleshootView(input({ record }), NOW, defaultRulePack);
    expect(none.findings.map((f) => f.code)).not.toContain('callback-mismatch');
    expect(none.findings.map((f) => f.code)).toContain('callback-unknown');
  });

  it('a query that matches nothing: found false, "Unknown — …" first, with how to check it (connected vs not)', () => {
    const connected = buildTroubleshootView(input({ query: '576800999999999999' }), NOW, defaultRulePack);
    expect(troubleshootViewSchema.safeParse(connected).success).toBe(true);
    expect(connected).toMatchObject({ found: false, orderId: '576800999999999999', clocks: null, events: [] });
    expect(connected.findings[0]).toMatchObject({ code: 'not-found', severity: 'unknown' });
    expect(connected.findings[0]!.title.en).toContain('Unknown —');
    expect(connected.findings[0]!.fix.en).toContain('Poll now');
    const offline = buildTroubleshootView(
      input({ query: '576800999999999999', apiConnected: false }),
      NOW,
      defaultRulePack,
    );
    expect(offline.findings[0]!.fix.en).toContain('Options');
    expect(offline.findings[0]!.fix.zh).not.toBe('');
    // What is unknown about the order is said too (label time, waybill …).
    expect(connected.findings.filter((f) => f.severity === 'unknown').length).toBeGreaterThan(2);
  });

  it('still diagnoses the number itself when a waybill query matches nothing', () => {
    const view = buildTroubleshootView(input({ query: 'JT00（1234567890' }), NOW, defaultRulePack);
    expect(view.found).toBe(false);
    expect(view.orderId).toBeUndefined();
    expect(view.facts.waybill).toBe('JT00（1234567890');
    expect(view.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['not-found', 'waybill-malformed']));
  });

  it('flags a stale trail and shows the longest and current gaps', () => {
    const record = pkg({ labelCreatedAt: NOW - 70 * HOUR, orderStatus: 'AWAITING_COLLECTION' });
    const events = [
      event(record.key, NOW - 69 * HOUR, 'Accepted at USPS Origin Facility'),
      event(record.key, NOW - 40 * HOUR, 'Arrived at USPS Regional Facility'),
    ];
    const view = buildTroubleshootView(input({ record, events }), NOW, defaultRulePack);
    expect(view.clocks).toMatchObject({ longestGapMs: 29 * HOUR, longestGapBreached: true, currentGapMs: 40 * HOUR });
    expect(view.clocks?.risks).toContain('no-update-24h');
    expect(view.events.map((e) => e.gapBreached)).toEqual([false, true]);
    expect(view.findings.map((f) => f.code)).toContain('tracking-stale');
  });

  it('a delivered order says it is no longer pending and carries no risk', () => {
    const record = pkg({ orderStatus: 'DELIVERED', labelCreatedAt: NOW - 80 * HOUR, watched: 0 });
    const events = [
      event(record.key, NOW - 79 * HOUR, 'Accepted at USPS Origin Facility'),
      event(record.key, NOW - 20 * HOUR, 'Delivered, In/At Mailbox'),
    ];
    const view = buildTroubleshootView(input({ record, events }), NOW, defaultRulePack);
    expect(view.findings.map((f) => f.code)).toEqual(['order-not-pending']);
    expect(view.clocks).toMatchObject({ risks: [], transitDays: 3, benchmarkDays: 3.2, overBenchmark: false });
  });

  it('adds the last failed fetch as context after the diagnosis', () => {
    const record = pkg({
      labelCreatedAt: NOW - HOUR,
      lastError: { kind: 'server', message: '503 Service Unavailable', at: NOW - 5 * MINUTE },
    });
    const view = buildTroubleshootView(input({ record }), NOW, defaultRulePack);
    expect(view.findings.at(-1)).toMatchObject({ code: 'last-fetch-failed', severity: 'info' });
    expect(view.findings.at(-1)!.detail.en).toContain('503 Service Unavailable');
  });

  it('writes the ticket in both languages with the order, the findings and the alerts raised', () => {
    const record = pkg({ labelCreatedAt: NOW - 5 * HOUR });
    const alert: AlertRecord = {
      packageKey: record.key,
      riskCode: 'first-scan-overdue',
      orderId: ORDER,
      raisedAt: NOW - 50 * MINUTE,
      notified: 1,
    };
    const view = buildTroubleshootView(input({ record, alerts: [alert] }), NOW, defaultRulePack);
    expect(view.ticket.en).toContain(`Order ${ORDER}`);
    expect(view.ticket.en).toContain(view.findings[0]!.title.en);
    expect(view.ticket.en).toContain('Alerts raised by Lastmile Lens:');
    expect(view.ticket.en).toContain('2026-03-05 00:10 (America/Los_Angeles)');
    expect(view.ticket.zh).toContain(`订单 ${ORDER}`);
    expect(view.ticket.zh).toContain(view.findings[0]!.title.zh);
    expect(view.ticket.zh).toContain('已发出的提醒');
    expect(view.rankingNote.en).toMatch(/checklist/);
  });

  it('has no clocks for a market without a policy in the pack', () => {
    const record = pkg({ market: undefined, labelCreatedAt: NOW - HOUR });
    const view = buildTroubleshootView(
      input({ record, settings: { callbacks: {}, profile: { connectedCarriers: [] } } }),
      NOW,
      defaultRulePack,
    );
    expect(view.clocks).toBeNull();
    expect(view.findings.map((f) => f.code)).toContain('market-unknown');
  });
});

describe('side panel times (issue 10.12)', () => {
  it('gives one zone per view, the market’s, used by the findings too', () => {
    const record = pkg({ labelCreatedAt: NOW - 5 * HOUR });
    const view = buildTroubleshootView(input({ record }), NOW, defaultRulePack);
    expect(view.timeZone).toBe('America/Los_Angeles');
    const overdue = view.findings.find((f) => f.code === 'first-scan-overdue')!;
    expect(overdue.detail.en).toContain('Label created 2026-03-04 20:00 (America/Los_Angeles)');
    expect(troubleshootViewSchema.safeParse(view).success).toBe(true);
  });

  it('falls back to UTC, said as such, when the market is unknown', () => {
    const record = pkg({ market: undefined, labelCreatedAt: NOW - HOUR });
    const view = buildTroubleshootView(
      input({ record, settings: { callbacks: {}, profile: { connectedCarriers: [] } } }),
      NOW,
      defaultRulePack,
    );
    expect(view.timeZone).toBe('UTC');
  });

  it('the last failed fetch is told in the view’s zone', () => {
    const record = pkg({
      labelCreatedAt: NOW - HOUR,
      lastError: { kind: 'server', message: '503', at: NOW - 5 * MINUTE },
    });
    const view = buildTroubleshootView(input({ record }), NOW, defaultRulePack);
    expect(view.findings.at(-1)!.detail.en).toContain('2026-03-05 00:55 (America/Los_Angeles)');
  });

  it('has no days in transit before the first carrier scan', () => {
    const before = buildTroubleshootView(
      input({ record: pkg({ labelCreatedAt: NOW - 50 * HOUR }) }),
      NOW,
      defaultRulePack,
    );
    expect(before.clocks).not.toBeNull();
    expect(before.clocks!.transitDays).toBeUndefined();
    const record = pkg({ labelCreatedAt: NOW - 50 * HOUR });
    const after = buildTroubleshootView(
      input({ record, events: [event(record.key, NOW - 30 * HOUR, 'Accepted at USPS Origin Facility')] }),
      NOW,
      defaultRulePack,
    );
    expect(after.clocks!.transitDays).toBe(3);
  });
});
