import { describe, expect, it } from 'vitest';
import {
  computeSlaClocks,
  defaultSlaPolicy,
  isAtRisk,
  normalizeTrackingEvent,
  type SlaClocksInput,
  type SlaPolicy,
  type TrackingEvent,
} from '@/lib/tracking';

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;

function ev(description: string, at: number): TrackingEvent {
  const e = normalizeTrackingEvent({ description, update_time_millis: at });
  if (!e) throw new Error(`bad fixture ${description}`);
  return e;
}

function policyOf(market: string): SlaPolicy {
  const policy = defaultSlaPolicy(market);
  if (!policy) throw new Error(market);
  return policy;
}

const US = policyOf('US');
// 2024-06-03 08:00 PDT, a Monday.
const LABEL = Date.UTC(2024, 5, 3, 15, 0);

function clocks(partial: Partial<SlaClocksInput> & { now: number }) {
  return computeSlaClocks({ labelCreatedAt: LABEL, events: [], market: 'US', policy: US, ...partial });
}

describe('first scan (S7/S27: within 4 h of the label)', () => {
  it('a scan at exactly 4 h is met, not late (the limit is inclusive)', () => {
    const c = clocks({ events: [ev('Accepted at USPS Origin Facility', LABEL + 4 * H)], now: LABEL + 5 * H });
    expect(c.firstScan).toMatchObject({ state: 'met', dueAt: LABEL + 4 * H, at: LABEL + 4 * H });
    expect(c.firstScan.lateByMs).toBeUndefined();
    expect(c.risks).not.toContain('first-scan-overdue');
  });

  it('a scan one millisecond after 4 h is late by that millisecond', () => {
    const c = clocks({ events: [ev('Accepted at USPS Origin Facility', LABEL + 4 * H + 1)], now: LABEL + 5 * H });
    expect(c.firstScan).toMatchObject({ state: 'late', lateByMs: 1 });
    expect(c.risks).toEqual([]);
  });

  it('without a scan: pending, then due-soon from 30 min before (inclusive), then overdue after the due time', () => {
    expect(clocks({ now: LABEL + 3 * H }).firstScan).toMatchObject({ state: 'pending', remainingMs: H });
    expect(clocks({ now: LABEL + 3 * H + 29 * MIN }).firstScan.state).toBe('pending');
    expect(clocks({ now: LABEL + 3 * H + 30 * MIN }).firstScan).toMatchObject({
      state: 'due-soon',
      remainingMs: 30 * MIN,
    });
    expect(clocks({ now: LABEL + 3 * H + 30 * MIN }).risks).toEqual(['first-scan-due-soon']);
    // At exactly the due time a scan would still be on time, so it is not overdue yet.
    expect(clocks({ now: LABEL + 4 * H }).firstScan).toMatchObject({ state: 'due-soon', remainingMs: 0 });
    const overdue = clocks({ now: LABEL + 4 * H + 1 });
    expect(overdue.firstScan).toMatchObject({ state: 'overdue', lateByMs: 1 });
    expect(overdue.risks).toEqual(['first-scan-overdue']);
  });

  it('a label-created event is not a first scan', () => {
    const c = clocks({ events: [ev('Shipping Label Created, USPS Awaiting Item', LABEL)], now: LABEL + 6 * H });
    expect(c.firstScan.state).toBe('overdue');
    expect(c.carrierScanCount).toBe(0);
    expect(c.status).toBe('info-received');
  });

  it('follows the policy figures', () => {
    const c = clocks({ now: LABEL + 2 * H, policy: { ...US, firstScanHours: 1 } });
    expect(c.firstScan).toMatchObject({ state: 'overdue', dueAt: LABEL + H, lateByMs: H });
  });

  it('is unknown, with its reason, when no label time is known', () => {
    const c = computeSlaClocks({ events: [ev('Picked up', LABEL)], market: 'US', now: LABEL + H, policy: US });
    expect(c.firstScan).toEqual({ state: 'unknown', dueAt: undefined, reason: 'no-label-time', at: LABEL });
    expect(c.risks).toEqual([]);
  });

  it('uses the label-created event when the label time is not given', () => {
    const c = computeSlaClocks({
      events: [ev('Shipping Label Created, USPS Awaiting Item', LABEL)],
      market: 'US',
      now: LABEL + 5 * H,
      policy: US,
    });
    expect(c.firstScan).toMatchObject({ state: 'overdue', labelAt: LABEL, labelAtSource: 'info-received-event' });
  });

  it('flags a first scan stamped before the label ("Timestamp issue") without calling it late', () => {
    const c = clocks({ events: [ev('Picked up', LABEL - 30 * MIN)], now: LABEL + H });
    expect(c.firstScan).toMatchObject({ state: 'met', timestampIssue: { code: 'scan-before-label', byMs: 30 * MIN } });
  });
});

describe('tracking update gaps (S7: at least every 24 h)', () => {
  const scan = LABEL + H;

  it('a gap of exactly 24 h is within the rule; one millisecond more breaches it', () => {
    const ok = clocks({ events: [ev('Picked up', scan), ev('Arrived at hub', scan + 24 * H)], now: scan + 25 * H });
    expect(ok.longestGap).toEqual({ ms: 24 * H, from: scan, to: scan + 24 * H, breached: false });
    const late = clocks({
      events: [ev('Picked up', scan), ev('Arrived at hub', scan + 24 * H + 1)],
      now: scan + 25 * H,
    });
    expect(late.longestGap.breached).toBe(true);
  });

  it('the current gap counts from the last update and raises no-update-24h after 24 h', () => {
    const events = [ev('Picked up', scan)];
    expect(clocks({ events, now: scan + 24 * H }).currentGap).toEqual({ ms: 24 * H, since: scan, breached: false });
    const stale = clocks({ events, now: scan + 24 * H + 1 });
    expect(stale.currentGap.breached).toBe(true);
    expect(stale.risks).toContain('no-update-24h');
  });

  it('an unknown, non-scan update still counts as an update of the trail', () => {
    const c = clocks({ events: [ev('Picked up', scan), ev('Customer contacted', scan + 20 * H)], now: scan + 30 * H });
    expect(c.currentGap).toMatchObject({ since: scan + 20 * H, breached: false });
    expect(c.status).toBe('picked-up');
  });

  it('stops once delivered', () => {
    const c = clocks({ events: [ev('Picked up', scan), ev('Delivered', scan + 10 * H)], now: scan + 30 * DAY });
    expect(c.currentGap).toMatchObject({ ms: 0, breached: false });
    expect(c.risks).toEqual([]);
  });
});

describe('events out of order and duplicated', () => {
  it('gives the same clocks as the clean trail', () => {
    const clean = [ev('Picked up', LABEL + H), ev('Departed', LABEL + 5 * H), ev('Out for Delivery', LABEL + 30 * H)];
    const messy = [clean[2]!, clean[0]!, clean[2]!, { ...clean[1]!, description: ' DEPARTED ' }, clean[0]!];
    const now = LABEL + 31 * H;
    expect(clocks({ events: messy, now })).toEqual(clocks({ events: clean, now }));
    expect(clocks({ events: messy, now }).carrierScanCount).toBe(3);
  });

  it('takes the status of the latest event by time, not by arrival order', () => {
    const c = clocks({
      events: [ev('Delivered', LABEL + 40 * H), ev('Out for Delivery', LABEL + 30 * H)],
      now: LABEL + 41 * H,
    });
    expect(c.status).toBe('delivered');
    expect(c.transit.deliveredAt).toBe(LABEL + 40 * H);
  });

  it('keeps the first delivery time when "Delivered" is sent again later', () => {
    const c = clocks({
      events: [ev('Delivered', LABEL + 40 * H), ev('Delivered, In/At Mailbox', LABEL + 45 * H)],
      now: LABEL + 50 * H,
    });
    expect(c.transit.deliveredAt).toBe(LABEL + 40 * H);
  });
});

describe('transit in calendar days against the benchmark (S4 US 3.2, S5 GB 2.6, S6 ID 2.8)', () => {
  it('3 calendar days is within 3.2; 4 is over', () => {
    const three = clocks({ events: [ev('Delivered', LABEL + 3 * DAY)], now: LABEL + 4 * DAY });
    expect(three.transit).toMatchObject({ calendarDays: 3, benchmarkDays: 3.2, overBenchmark: false, delivered: true });
    const four = clocks({ events: [ev('Delivered', LABEL + 4 * DAY)], now: LABEL + 5 * DAY });
    expect(four.transit).toMatchObject({ calendarDays: 4, overBenchmark: true });
    // Arrived late, but nothing left to act on.
    expect(four.risks).toEqual([]);
  });

  it('counts label → now while in transit; over the benchmark is no risk', () => {
    const c = clocks({
      events: [ev('Picked up', LABEL + H), ev('Arrived at hub', LABEL + 3 * DAY + 20 * H)],
      now: LABEL + 4 * DAY,
    });
    expect(c.transit).toMatchObject({ calendarDays: 4, delivered: false, to: LABEL + 4 * DAY, fromSource: 'label' });
    expect(c.transit.overBenchmark).toBe(true);
    expect(c.risks).toEqual([]);
  });

  it('counts days in the market time zone', () => {
    // Label 2024-06-03 23:30 London (22:30 UTC); delivered 2024-06-05 01:00 London: 2 days in London.
    const label = Date.UTC(2024, 5, 3, 22, 30);
    const input = {
      labelCreatedAt: label,
      events: [ev('Delivered', Date.UTC(2024, 5, 5, 0, 0))],
      now: label + 3 * DAY,
    };
    const gb = computeSlaClocks({ ...input, market: 'GB', policy: policyOf('GB') });
    expect(gb.transit).toMatchObject({
      calendarDays: 2,
      benchmarkDays: 2.6,
      overBenchmark: false,
      timeZone: 'Europe/London',
    });
    // The same instants in Los Angeles: 15:30 on the 3rd → 17:00 on the 4th.
    const us = computeSlaClocks({ ...input, market: 'US', policy: US });
    expect(us.transit.calendarDays).toBe(1);
  });

  it('spring-forward: label Sat 23:30 PST, delivered Mon 00:30 PDT is 2 calendar days though only 24 h passed', () => {
    const label = Date.UTC(2024, 2, 10, 7, 30);
    const c = clocks({ labelCreatedAt: label, events: [ev('Delivered', label + 24 * H)], now: label + 2 * DAY });
    expect(c.transit).toMatchObject({ calendarDays: 2, elapsedMs: 24 * H });
  });

  it('fall-back: label Sat 00:30 PDT, delivered Sun 23:30 PST is 1 calendar day though 48 h passed', () => {
    const label = Date.UTC(2024, 10, 2, 7, 30);
    const c = clocks({ labelCreatedAt: label, events: [ev('Delivered', label + 48 * H)], now: label + 3 * DAY });
    expect(c.transit).toMatchObject({ calendarDays: 1, elapsedMs: 48 * H, overBenchmark: false });
  });

  it('says nothing about a benchmark where none is on file (TH)', () => {
    const c = computeSlaClocks({
      labelCreatedAt: LABEL,
      events: [ev('Picked up', LABEL + H)],
      market: 'TH',
      now: LABEL + 9 * DAY,
      policy: policyOf('TH'),
    });
    expect(c.transit.benchmarkDays).toBeUndefined();
    expect(c.transit.overBenchmark).toBe(false);
    expect(c.risks).not.toContain('past-benchmark');
  });

  it('falls back to UTC with a warning when the policy zone is unknown', () => {
    const c = clocks({ now: LABEL + H, policy: { ...US, timeZone: 'Mars/Base' } });
    expect(c.transit.timeZone).toBe('UTC');
    expect(c.warnings).toEqual([{ code: 'unknown-time-zone', timeZone: 'Mars/Base' }]);
  });

  it('takes the API delivery time when the trail has no delivered event', () => {
    const c = clocks({ events: [ev('Picked up', LABEL + H)], deliveredAt: LABEL + 2 * DAY, now: LABEL + 5 * DAY });
    expect(c.status).toBe('delivered');
    expect(c.transit).toMatchObject({ delivered: true, deliveredAt: LABEL + 2 * DAY, calendarDays: 2 });
  });
});

describe('exceptions and loss', () => {
  it('raises exception for exception and returned statuses', () => {
    expect(
      clocks({ events: [ev('Picked up', LABEL + H), ev('Problematic', LABEL + 5 * H)], now: LABEL + 6 * H }).risks,
    ).toEqual(['exception']);
    expect(
      clocks({ events: [ev('Picked up', LABEL + H), ev('Return to Sender', LABEL + 5 * H)], now: LABEL + 6 * H }).risks,
    ).toEqual(['exception']);
  });

  it('a failed delivery attempt alone is not an exception', () => {
    expect(
      clocks({
        events: [ev('Picked up', LABEL + H), ev('Notice Left (No Authorized Recipient Available)', LABEL + 5 * H)],
        now: LABEL + 6 * H,
      }).risks,
    ).toEqual([]);
  });

  it('suspects loss after 10 calendar days without a carrier scan (ref:seller-center#5), not after 9', () => {
    const scan = LABEL + H;
    const noBenchmark = { ...US, deliveryBenchmarkDays: undefined };
    // Non-scan updates keep the trail fresh but do not reset the loss clock.
    const nine = clocks({
      events: [ev('Picked up', scan), ev('Customer contacted', scan + 9 * DAY - H)],
      now: scan + 9 * DAY,
      policy: noBenchmark,
    });
    expect(nine.risks).toEqual([]);
    const ten = clocks({
      events: [ev('Picked up', scan), ev('Customer contacted', scan + 10 * DAY - H)],
      now: scan + 10 * DAY,
      policy: noBenchmark,
    });
    expect(ten.risks).toEqual(['lost-suspected']);
  });

  it('counts a label that never got a scan from the label time', () => {
    const c = clocks({ now: LABEL + 10 * DAY });
    expect(c.risks).toEqual(['first-scan-overdue', 'lost-suspected']);
  });

  it('raises lost-suspected when the carrier declares the parcel lost', () => {
    const c = clocks({
      events: [ev('Picked up', LABEL + H), ev('Parcel missing, search closed: lost', LABEL + 2 * DAY)],
      now: LABEL + 2 * DAY + H,
    });
    expect(c.status).toBe('lost');
    expect(c.risks).toEqual(['lost-suspected']);
  });
});

describe('status and isAtRisk', () => {
  it('is info-received for a label without events and unknown with nothing at all', () => {
    expect(clocks({ now: LABEL + H }).status).toBe('info-received');
    expect(computeSlaClocks({ events: [], market: 'US', now: LABEL, policy: US }).status).toBe('unknown');
  });

  it('is true exactly when a risk is present', () => {
    expect(isAtRisk(clocks({ now: LABEL + H }))).toBe(false);
    expect(isAtRisk(clocks({ now: LABEL + 5 * H }))).toBe(true);
  });
});

describe('calibration (issue 10.6): which clock raises which risk', () => {
  const scan = LABEL + 2 * H;
  // Each row: the trail and the moment, and the risks that must (and must not) be raised.
  const rows: Array<{ name: string; events: TrackingEvent[]; now: number; risks: string[] }> = [
    {
      name: 'label, no scan, 5 h: only the seed’s 4 h rule',
      events: [],
      now: LABEL + 5 * H,
      risks: ['first-scan-overdue'],
    },
    {
      name: 'label, no scan, 30 h: no-update-24h does not double the first-scan risk',
      events: [],
      now: LABEL + 30 * H,
      risks: ['first-scan-overdue'],
    },
    {
      name: 'label-created event only, 30 h: still only the first-scan risk',
      events: [ev('Shipping label created, USPS awaiting item', LABEL)],
      now: LABEL + 30 * H,
      risks: ['first-scan-overdue'],
    },
    {
      name: 'first scan at 2 h, silent for 24 h after it: within the rule',
      events: [ev('Picked up', scan)],
      now: scan + 24 * H,
      risks: [],
    },
    {
      name: 'first scan at 2 h, silent for 24 h + 1 ms after it: no-update-24h',
      events: [ev('Picked up', scan)],
      now: scan + 24 * H + 1,
      risks: ['no-update-24h'],
    },
    {
      name: 'in transit past the market benchmark (S4 3.2 days): a benchmark, not a risk',
      events: [ev('Picked up', scan), ev('Arrived at hub', LABEL + 3 * DAY + 20 * H)],
      now: LABEL + 4 * DAY,
      risks: [],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(clocks({ events: row.events, now: row.now }).risks).toEqual(row.risks);
    });
  }

  it('the wait for the first scan is not an update gap: gaps count from the first carrier scan', () => {
    const c = clocks({
      events: [ev('Picked up', LABEL + 30 * H), ev('Departed', LABEL + 31 * H)],
      now: LABEL + 32 * H,
    });
    expect(c.longestGap).toMatchObject({ ms: H, from: LABEL + 30 * H, breached: false });
    expect(c.firstScan.state).toBe('late');
  });

  it('before the first carrier scan the current gap is never breached', () => {
    expect(clocks({ now: LABEL + 3 * DAY }).currentGap.breached).toBe(false);
  });

  it('keeps the benchmark comparison as information on the transit clock', () => {
    const c = clocks({ events: [ev('Picked up', scan)], now: LABEL + 4 * DAY + H });
    expect(c.transit).toMatchObject({ benchmarkDays: 3.2, overBenchmark: true });
    expect(c.risks).not.toContain('past-benchmark');
  });
});
