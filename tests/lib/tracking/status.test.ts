import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TRACKING_STATUSES,
  classifyDescription,
  isScanStatus,
  normalizeApiStatus,
  normalizeTrackingEvent,
  normalizeTrackingEvents,
  readEpochMillis,
  trackingStatusTexts,
  type EventStatus,
} from '@/lib/tracking';

const T = Date.UTC(2024, 5, 3, 14, 0); // 2024-06-03 14:00 UTC

describe('classifyDescription: carrier phrasing', () => {
  it.each<[string, EventStatus, string]>([
    // USPS
    ['Shipping Label Created, USPS Awaiting Item', 'info-received', 'usps'],
    ['Pre-Shipment Info Sent to USPS, USPS Awaiting Item', 'info-received', 'usps'],
    ['USPS in possession of item', 'picked-up', 'usps'],
    ['Accepted at USPS Origin Facility', 'picked-up', 'usps'],
    ['Arrived at USPS Regional Origin Facility', 'in-transit', 'usps'],
    ['Departed USPS Regional Facility', 'in-transit', 'usps'],
    ['In Transit to Next Facility', 'in-transit', 'usps'],
    ['In Transit, Arriving Late', 'in-transit', 'usps'],
    ['Out for Delivery', 'out-for-delivery', 'usps'],
    ['Available for Pickup', 'out-for-delivery', 'usps'],
    ['Delivered, In/At Mailbox', 'delivered', 'usps'],
    ['Delivered, Front Door/Porch', 'delivered', 'usps'],
    ['Notice Left (No Authorized Recipient Available)', 'delivery-failed', 'usps'],
    ['Delivery Attempted - No Access to Delivery Location', 'delivery-failed', 'usps'],
    ['Return to Sender', 'returned', 'usps'],
    ['Delivered, To Original Sender', 'returned', 'usps: a delivery back to the sender is a return'],
    ['Insufficient Address', 'exception', 'usps'],
    ['Refused', 'exception', 'usps / S8'],
    // Royal Mail (curly and straight apostrophes)
    ['We’ve got it', 'picked-up', 'royal mail'],
    ["We've got it", 'picked-up', 'royal mail'],
    ['It’s on its way', 'in-transit', 'royal mail'],
    ['We’re expecting it', 'info-received', 'royal mail'],
    ['Sorry we missed you', 'delivery-failed', 'royal mail'],
    ['Delivered', 'delivered', 'royal mail / j&t'],
    // J&T
    ['Picked up', 'picked-up', 'j&t'],
    ['Departed', 'in-transit', 'j&t'],
    ['Arrived', 'in-transit', 'j&t'],
    ['On delivery', 'out-for-delivery', 'j&t'],
    ['Problematic', 'exception', 'j&t'],
    ['Signed', 'delivered', 'j&t'],
    // Chinese
    ['【深圳市】快件已揽收', 'picked-up', 'zh'],
    ['快件已到达【广州转运中心】', 'in-transit', 'zh'],
    ['快件已从【广州转运中心】发出', 'in-transit', 'zh'],
    ['运输中', 'in-transit', 'zh'],
    ['派送中', 'out-for-delivery', 'zh'],
    ['已签收，签收人：本人', 'delivered', 'zh'],
    ['快件异常', 'exception', 'zh'],
    ['已退回', 'returned', 'zh'],
    ['待揽收', 'info-received', 'zh: "awaiting pick-up" contains 揽收 but is not a pick-up'],
    ['未签收，收件人不在', 'delivery-failed', 'zh: 未签收 contains 签收 but is not a delivery'],
    ['拒收', 'exception', 'zh refused'],
    ['快件丢失', 'lost', 'zh'],
    // Indonesian
    ['Paket telah di pick up oleh kurir', 'picked-up', 'id'],
    ['Paket dalam perjalanan', 'in-transit', 'id'],
    ['Paket sedang diantar ke alamat penerima', 'out-for-delivery', 'id'],
    ['Paket telah diterima oleh BUDI', 'delivered', 'id'],
    ['Terkirim', 'delivered', 'id'],
    ['Pengiriman gagal', 'delivery-failed', 'id'],
    ['Paket dikembalikan ke pengirim', 'returned', 'id'],
    // Thai (SARA AM survives NFKC folding)
    ['ระหว่างขนส่ง', 'in-transit', 'th'],
    ['กำลังนำส่ง', 'out-for-delivery', 'th'],
    ['จัดส่งสำเร็จ', 'delivered', 'th'],
    ['จัดส่งไม่สำเร็จ', 'delivery-failed', 'th'],
    // Vietnamese
    ['Đã lấy hàng', 'picked-up', 'vi'],
    ['Chờ lấy hàng', 'info-received', 'vi'],
    ['Đang vận chuyển', 'in-transit', 'vi'],
    ['Đang giao hàng', 'out-for-delivery', 'vi'],
    ['Giao hàng thành công', 'delivered', 'vi'],
    ['Giao hàng không thành công', 'delivery-failed', 'vi'],
    ['Hoàn hàng', 'returned', 'vi'],
    // Tricky English
    ['Your parcel will be delivered today', 'out-for-delivery', 'future tense is not a delivery'],
    ['Could not be delivered', 'delivery-failed', 'negation is not a delivery'],
    ['Returned to depot after attempted delivery', 'delivery-failed', 'back to depot is not a return to sender'],
    ['Item lost in transit', 'lost', 'lost before transit'],
  ])('%s → %s (%s)', (description, status) => {
    expect(classifyDescription(description).status).toBe(status);
  });

  it('tolerates full-width text, odd spacing and case', () => {
    expect(classifyDescription('  ＯＵＴ  FOR\tdelivery ').status).toBe('out-for-delivery');
  });
});

describe('classifyDescription: carrier scan flag', () => {
  it('never counts label-created / info-received as a carrier scan (VTR rule)', () => {
    for (const text of [
      'Shipping Label Created, USPS Awaiting Item',
      'We’re expecting it',
      '待揽收',
      'AWAITING_COLLECTION',
    ]) {
      const c = classifyDescription(text);
      expect(c.status, text).toBe('info-received');
      expect(c.isCarrierScan, text).toBe(false);
    }
  });

  it('counts every physical handling status as a scan, and lost (a declaration) as none', () => {
    expect(TRACKING_STATUSES.filter((s) => isScanStatus(s))).toEqual([
      'picked-up',
      'in-transit',
      'out-for-delivery',
      'delivery-failed',
      'delivered',
      'exception',
      'returned',
    ]);
    expect(isScanStatus('unknown')).toBe(false);
  });
});

describe('classifyDescription: unknown wording', () => {
  it('becomes in-transit and a scan only when it names a carrier place or a scan', () => {
    expect(classifyDescription('Scan at hub 12')).toEqual({ status: 'in-transit', isCarrierScan: true, unknown: true });
    expect(classifyDescription('Item at Springfield delivery office')).toEqual({
      status: 'in-transit',
      isCarrierScan: true,
      unknown: true,
    });
  });

  it('otherwise stays unknown and is not a scan', () => {
    expect(classifyDescription('Customer contacted')).toEqual({
      status: 'unknown',
      isCarrierScan: false,
      unknown: true,
    });
    expect(classifyDescription('')).toEqual({ status: 'unknown', isCarrierScan: false, unknown: true });
  });

  it("does not treat a warehouse as a carrier place (it is often the seller's own)", () => {
    expect(classifyDescription('Package left warehouse').status).toBe('unknown');
  });
});

describe('normalizeApiStatus', () => {
  it.each([
    ['UNPAID', 'unpaid', undefined],
    ['ON_HOLD', 'on-hold', undefined],
    ['AWAITING_SHIPMENT', 'awaiting-shipment', undefined],
    ['PARTIALLY_SHIPPING', 'partially-shipped', undefined],
    ['AWAITING_COLLECTION', 'awaiting-collection', 'info-received'],
    ['IN_TRANSIT', 'in-transit', 'in-transit'],
    ['DELIVERED', 'delivered', 'delivered'],
    ['COMPLETED', 'completed', 'delivered'],
    ['CANCELLED', 'cancelled', undefined],
    ['CANCEL', 'cancelled', undefined],
    ['PROCESSING', 'awaiting-shipment', undefined],
    ['FULFILLING', 'in-transit', 'in-transit'],
    [' in_transit ', 'in-transit', 'in-transit'],
  ])('%s → stage %s, status %s', (raw, stage, status) => {
    const mapped = normalizeApiStatus(raw);
    expect(mapped.stage).toBe(stage);
    expect(mapped.status).toBe(status);
  });

  it('answers unknown for anything else, never throwing', () => {
    expect(normalizeApiStatus('TELEPORTED')).toEqual({ apiStatus: 'TELEPORTED', stage: 'unknown' });
    expect(normalizeApiStatus(42)).toEqual({ apiStatus: '', stage: 'unknown' });
    expect(normalizeApiStatus(null)).toEqual({ apiStatus: '', stage: 'unknown' });
  });

  it('maps a bare API status used as an event description', () => {
    expect(classifyDescription('IN_TRANSIT')).toEqual({ status: 'in-transit', isCarrierScan: true, unknown: false });
    expect(classifyDescription('CANCELLED')).toEqual({ status: 'unknown', isCarrierScan: false, unknown: false });
  });
});

describe('normalizeTrackingEvent', () => {
  it('reads update_time_millis as a number or a digit string and keeps the wording', () => {
    expect(normalizeTrackingEvent({ description: ' Out for Delivery ', update_time_millis: T })).toEqual({
      at: T,
      status: 'out-for-delivery',
      description: 'Out for Delivery',
      isCarrierScan: true,
      unknown: false,
    });
    expect(normalizeTrackingEvent({ description: 'Delivered', update_time_millis: String(T) })?.at).toBe(T);
  });

  it('returns undefined for an unusable time', () => {
    expect(normalizeTrackingEvent({ description: 'Delivered', update_time_millis: 'soon' })).toBeUndefined();
    expect(
      normalizeTrackingEvent({ description: 'Delivered', update_time_millis: Math.floor(T / 1000) }),
    ).toBeUndefined();
  });
});

describe('readEpochMillis', () => {
  it.each([
    [undefined, 'missing-time'],
    ['', 'missing-time'],
    ['12:00', 'bad-time'],
    [-5, 'bad-time'],
    [1.5e12 + 0.5, 'bad-time'],
    [Number.NaN, 'bad-time'],
    [1_717_000_000, 'time-in-seconds'],
  ])('%s → %s', (value, code) => {
    expect(readEpochMillis(value)).toEqual({ ok: false, code });
  });
});

describe('normalizeTrackingEvents', () => {
  it('keeps the good events and reports each bad one with its index', () => {
    const result = normalizeTrackingEvents([
      { description: 'Picked up', update_time_millis: T },
      null,
      { description: 'Delivered', update_time_millis: 'tomorrow' },
      { description: 'Arrived', update_time_millis: 1_717_000_000 },
      { update_time_millis: T + 1 },
    ]);
    expect(result.events.map((e) => e.status)).toEqual(['picked-up', 'unknown']);
    expect(result.rejected).toEqual([
      { index: 1, code: 'not-an-object' },
      { index: 2, code: 'bad-time' },
      { index: 3, code: 'time-in-seconds' },
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (raws) => {
        const { events, rejected } = normalizeTrackingEvents(raws);
        expect(events.length + rejected.length).toBe(raws.length);
      }),
      { numRuns: 300 },
    );
  });

  it('classifies any string without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const c = classifyDescription(text);
        expect(c.isCarrierScan).toBe(isScanStatus(c.status));
      }),
      { numRuns: 500 },
    );
  });
});

describe('trackingStatusTexts', () => {
  it('names every status in English and Chinese', () => {
    for (const status of [...TRACKING_STATUSES, 'unknown'] as const) {
      expect(trackingStatusTexts[status].en.length, status).toBeGreaterThan(0);
      expect(trackingStatusTexts[status].zh, status).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
