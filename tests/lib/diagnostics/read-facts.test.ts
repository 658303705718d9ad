import { describe, expect, it } from 'vitest';
import { readContext, readEvents } from '@/lib/diagnostics/read-facts';
import { defaultRulePack } from '@/lib/rules';

const T = Date.UTC(2024, 5, 3, 15, 0);

describe('readEvents', () => {
  it('takes raw and normalised events together, sorted by time, counting the unusable ones', () => {
    const read = readEvents([
      { description: 'Delivered', update_time_millis: String(T + 5000) },
      { at: T, status: 'picked-up', description: 'Picked up' },
      { description: 'no time' },
      { description: 'seconds', update_time_millis: 1_717_000_000 },
      null,
      'text',
    ])!;
    expect(read.events.map((e) => [e.at, e.status, e.isCarrierScan])).toEqual([
      [T, 'picked-up', true],
      [T + 5000, 'delivered', true],
    ]);
    expect(read.rejected).toBe(4);
  });

  it('no list means "not fetched" (undefined), an empty list means "fetched, nothing yet"', () => {
    expect(readEvents(undefined)).toBeUndefined();
    expect(readEvents({})).toBeUndefined();
    expect(readEvents([])).toEqual({ events: [], rejected: 0 });
  });
});

describe('readContext', () => {
  it('a firstScanAt earlier than the trail becomes the first scan on it', () => {
    const ctx = readContext(
      {
        orderId: '1',
        events: [{ description: 'In transit', update_time_millis: T + 10_000 }],
        firstScanAt: T,
        apiConnected: false,
      },
      T + 20_000,
      defaultRulePack,
    );
    expect(ctx.events?.[0]).toMatchObject({ at: T, isCarrierScan: true });
    expect(ctx.scanned).toBe(true);
    expect(ctx.scanKnown).toBe(true);
  });

  it('resolves market and carrier through the shared vocabulary and the pack', () => {
    const ctx = readContext(
      { orderId: '1', market: 'uk', carrier: { text: 'Royal Mail Tracked 48' }, apiConnected: true },
      T,
      defaultRulePack,
    );
    expect(ctx.market).toBe('GB');
    expect(ctx.carrierId).toBe('royal-mail');
    expect(ctx.carrierName).toEqual({ en: 'Royal Mail', zh: '英国皇家邮政' });
    expect(ctx.timeZone).toBe('Europe/London');
    expect(ctx.scanKnown).toBe(false);
  });

  it('treats garbage as absent instead of throwing', () => {
    const ctx = readContext(null as never, Number.NaN, defaultRulePack);
    expect(ctx.now).toBeUndefined();
    expect(ctx.market).toBeUndefined();
    expect(ctx.carrierKnown).toBe(false);
    expect(ctx.policy.firstScanHours).toBe(4);
  });
});
