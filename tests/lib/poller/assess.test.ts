import { describe, expect, it } from 'vitest';
import { assessPackage, shouldFetchTracking } from '@/lib/poller';
import type { EventRecord, PackageRecord } from '@/lib/storage';
import { orderSchema } from '@/lib/tiktok';
import { defaultSlaPolicy, eventKey } from '@/lib/tracking';

const HOUR = 3_600_000;
const LABEL = Date.UTC(2026, 2, 5, 8, 0, 0);
const US = defaultSlaPolicy('US')!;

function row(extra: Partial<PackageRecord> = {}): PackageRecord {
  return {
    key: 'pkg:p1',
    orderId: 'o1',
    packageId: 'p1',
    market: 'US',
    lastCheckedAt: 0,
    watched: 1,
    risks: [],
    atRisk: 0,
    ...extra,
  };
}

function stored(at: number, description: string, status = 'in-transit'): EventRecord {
  return {
    packageKey: 'pkg:p1',
    eventKey: eventKey({ at, description }),
    at,
    status,
    description,
    isCarrierScan: status !== 'info-received',
    storedAt: 0,
  };
}

const order = (fields: Record<string, unknown>) => orderSchema.parse({ id: 'o1', status: 'IN_TRANSIT', ...fields });

describe('assessPackage: first-scan clock (seed:S7, S27)', () => {
  it('raises first-scan-overdue 4 h 1 min after the label with no scan, and keeps watching', () => {
    const a = assessPackage({
      record: row({ labelCreatedAt: LABEL }),
      storedEvents: [],
      tracking: [],
      policy: US,
      now: LABEL + 4 * HOUR + 60_000,
    });
    expect(a.risks).toEqual(['first-scan-overdue']);
    expect(a.record).toMatchObject({
      watched: 1,
      atRisk: 1,
      lastCheckedAt: LABEL + 4 * HOUR + 60_000,
      risks: ['first-scan-overdue'],
    });
  });

  it('warns first-scan-due-soon within the last 30 minutes', () => {
    const a = assessPackage({
      record: row({ labelCreatedAt: LABEL }),
      storedEvents: [],
      tracking: [],
      policy: US,
      now: LABEL + 3.75 * HOUR,
    });
    expect(a.risks).toEqual(['first-scan-due-soon']);
  });

  it('starts the clock at the earliest label evidence: the print click before the API ready-to-ship time', () => {
    const a = assessPackage({
      record: row(),
      order: order({ status: 'AWAITING_COLLECTION', rts_time: (LABEL + 2 * HOUR) / 1000 }),
      labelClickAt: LABEL,
      storedEvents: [],
      tracking: [],
      policy: US,
      now: LABEL + 4 * HOUR + 1,
    });
    expect(a.record.labelCreatedAt).toBe(LABEL);
    expect(a.risks).toContain('first-scan-overdue');
  });

  it('a scan in time clears the risk', () => {
    const a = assessPackage({
      record: row({ labelCreatedAt: LABEL }),
      storedEvents: [],
      tracking: [{ description: 'Accepted at USPS Origin Facility', update_time_millis: LABEL + HOUR }],
      policy: US,
      now: LABEL + 5 * HOUR,
    });
    expect(a.risks).toEqual([]);
    expect(a.record).toMatchObject({
      status: 'picked-up',
      shippedAt: LABEL + HOUR,
      lastEventAt: LABEL + HOUR,
      atRisk: 0,
    });
  });
});

describe('assessPackage: events', () => {
  it('returns only events not stored yet, whatever the order and repeats of the API list', () => {
    const a = assessPackage({
      record: row({ labelCreatedAt: LABEL }),
      storedEvents: [stored(LABEL + HOUR, 'Picked up', 'picked-up')],
      tracking: [
        { description: 'Departed', update_time_millis: LABEL + 5 * HOUR },
        { description: 'Picked  up', update_time_millis: LABEL + HOUR },
        { description: 'Departed', update_time_millis: LABEL + 5 * HOUR },
      ],
      policy: US,
      now: LABEL + 6 * HOUR,
    });
    expect(a.newEvents.map((e) => [e.description, e.status, e.isCarrierScan])).toEqual([
      ['Departed', 'in-transit', true],
    ]);
    expect(a.record.lastEventAt).toBe(LABEL + 5 * HOUR);
  });

  it('reports an event whose time is in seconds instead of storing it at 1970', () => {
    const a = assessPackage({
      record: row(),
      storedEvents: [],
      tracking: [
        { description: 'Picked up', update_time_millis: LABEL / 1000 },
        { description: 'Departed', update_time_millis: LABEL + HOUR },
      ],
      policy: US,
      now: LABEL + 2 * HOUR,
    });
    expect(a.rejected).toEqual([{ index: 0, code: 'time-in-seconds' }]);
    expect(a.newEvents.map((e) => e.description)).toEqual(['Departed']);
  });

  it('counts a stored event reported again with other spacing or case as the same event', () => {
    const a = assessPackage({
      record: row(),
      storedEvents: [stored(LABEL, 'Out for Delivery', 'out-for-delivery')],
      tracking: [{ description: '  OUT FOR   delivery ', update_time_millis: LABEL }],
      policy: US,
      now: LABEL + HOUR,
    });
    expect(a.newEvents).toEqual([]);
  });
});

describe('assessPackage: when to stop watching', () => {
  it('stops watching a delivered parcel and clears its risks', () => {
    const a = assessPackage({
      record: row({ labelCreatedAt: LABEL - 200 * HOUR, risks: ['no-update-24h'], atRisk: 1 }),
      storedEvents: [stored(LABEL - 199 * HOUR, 'Picked up', 'picked-up')],
      tracking: [{ description: 'Delivered, In/At Mailbox', update_time_millis: LABEL }],
      policy: US,
      now: LABEL + HOUR,
    });
    expect(a.record).toMatchObject({ watched: 0, status: 'delivered', deliveredAt: LABEL, risks: [], atRisk: 0 });
  });

  it('stops watching a cancelled order, with no dispatch alarm for it', () => {
    const a = assessPackage({
      record: row({ key: 'order:o1', packageId: undefined }),
      order: order({ status: 'CANCELLED', rts_sla_time: (LABEL - HOUR) / 1000 }),
      storedEvents: [],
      policy: US,
      now: LABEL,
    });
    expect(a.record).toMatchObject({ watched: 0, risks: [], orderStatus: 'CANCELLED' });
  });

  it('keeps watching an order the API calls delivered while its trail could not be read', () => {
    const input = {
      record: row({ labelCreatedAt: LABEL - 100 * HOUR }),
      order: order({ status: 'DELIVERED' }),
      storedEvents: [],
      policy: US,
      now: LABEL,
    };
    expect(assessPackage({ ...input, trackingUnread: true }).record.watched).toBe(1);
    expect(
      assessPackage({ ...input, tracking: [{ description: 'Delivered', update_time_millis: LABEL - HOUR }] }).record
        .watched,
    ).toBe(0);
  });

  it('stops watching when the API says COMPLETED even before the trail says delivered', () => {
    const a = assessPackage({
      record: row(),
      order: order({ status: 'COMPLETED' }),
      storedEvents: [],
      tracking: [],
      policy: US,
      now: LABEL,
    });
    expect(a.record.watched).toBe(0);
  });
});

describe('assessPackage: dispatch deadline', () => {
  it.each([
    [3 * HOUR, ['dispatch-due-4h']],
    [5 * HOUR, []],
    [-1, ['dispatch-overdue']],
  ])('awaiting shipment with the ship-by time %d ms away → %j', (leftMs, risks) => {
    const a = assessPackage({
      record: row({ key: 'order:o1', packageId: undefined }),
      order: order({ status: 'AWAITING_SHIPMENT', rts_sla_time: Math.floor((LABEL + leftMs) / 1000) }),
      storedEvents: [],
      policy: US,
      now: LABEL,
    });
    expect(a.risks).toEqual(risks);
    expect(a.record.shipByAt).toBe(Math.floor((LABEL + leftMs) / 1000) * 1000);
  });

  it('a shipped order without a known ship time raises no dispatch alarm', () => {
    const a = assessPackage({
      record: row({ shipByAt: LABEL - HOUR }),
      order: order({ status: 'IN_TRANSIT' }),
      storedEvents: [],
      tracking: [],
      now: LABEL,
    });
    expect(a.dispatch).toBeUndefined();
    expect(a.risks).toEqual([]);
  });

  it('runs the dispatch clock even for a market without an SLA policy', () => {
    const a = assessPackage({
      record: row({ market: 'BR', key: 'order:o1', packageId: undefined }),
      order: order({ status: 'AWAITING_SHIPMENT', rts_sla_time: (LABEL - HOUR) / 1000 }),
      storedEvents: [],
      now: LABEL,
    });
    expect(a.clocks).toBeUndefined();
    expect(a.risks).toEqual(['dispatch-overdue']);
  });
});

describe('assessPackage: order facts', () => {
  it('fills carrier, tracking number and times from the order, and finds the package id of a placeholder', () => {
    const a = assessPackage({
      record: row({ key: 'order:o1', packageId: undefined, market: undefined }),
      order: order({
        status: 'IN_TRANSIT',
        shipping_provider: 'USPS Ground Advantage',
        tracking_number: '9400111899223817411541',
        rts_time: LABEL / 1000,
        packages: [{ id: 'p9' }],
        recipient_address: { region_code: 'US' },
      }),
      storedEvents: [],
      tracking: [],
      policy: US,
      now: LABEL + HOUR,
    });
    expect(a.packageIdFound).toBe('p9');
    expect(a.record).toMatchObject({
      carrierId: 'usps',
      trackingNumber: '9400111899223817411541',
      labelCreatedAt: LABEL,
      shippedAt: LABEL,
      market: 'US',
    });
  });
});

describe('shouldFetchTracking', () => {
  it.each([
    ['awaiting shipment, no label', row({ orderStatus: 'AWAITING_SHIPMENT' }), undefined, false],
    ['awaiting shipment, label printed (seed:S27 case)', row({ orderStatus: 'AWAITING_SHIPMENT' }), LABEL, true],
    [
      'awaiting shipment with a tracking number',
      row({ orderStatus: 'AWAITING_SHIPMENT', trackingNumber: 'JT0001' }),
      undefined,
      true,
    ],
    ['awaiting collection', row({ orderStatus: 'AWAITING_COLLECTION' }), undefined, true],
    ['in transit', row({ orderStatus: 'IN_TRANSIT' }), undefined, true],
    ['cancelled', row({ orderStatus: 'CANCELLED', trackingNumber: 'JT0001' }), undefined, false],
    ['status not known yet', row(), undefined, true],
  ] as const)('%s → %s', (_name, record, click, expected) => {
    expect(shouldFetchTracking(record, undefined, click)).toBe(expected);
  });
});
