import { describe, expect, it } from 'vitest';
import { digestStoredEvents, finishedFactsOf, trackingValidity, type PackageRecord } from '@/lib/storage';
import { TRAIL_DIGEST_VERSION } from '@/lib/tracking';

const VALID_USPS = '9400111206206406260787';

describe('trackingValidity', () => {
  it('is false only for a definite defect, true for a valid number, unknown without one', () => {
    expect(trackingValidity({ trackingNumber: VALID_USPS, carrierId: 'usps', market: 'US' })).toBe(true);
    expect(trackingValidity({ trackingNumber: '9400 1112 0620 6406 2607 87', carrierId: 'usps', market: 'US' })).toBe(
      false,
    );
    expect(trackingValidity({ carrierId: 'usps', market: 'US' })).toBeUndefined();
  });
});

describe('finishedFactsOf', () => {
  const row: PackageRecord = {
    key: 'pkg:1',
    orderId: '1',
    market: 'US',
    carrierId: 'usps',
    carrierName: 'USPS',
    trackingNumber: VALID_USPS,
    labelCreatedAt: 10_000,
    labelClickAt: 8_000,
    shipByAt: 20_000,
    shippedAt: 12_000,
    deliveredAt: 90_000,
    anchorAt: 12_000,
    watched: 0,
    lastCheckedAt: 5,
    risks: [],
    atRisk: 0,
    trail: digestStoredEvents([]),
  };

  it('keeps what the metrics read: the earlier label time, the current digest, the waybill verdict', () => {
    expect(finishedFactsOf(row)).toEqual({
      key: 'pkg:1',
      anchorAt: 12_000,
      market: 'US',
      carrierId: 'usps',
      labelCreatedAt: 8_000,
      shipByAt: 20_000,
      shippedAt: 12_000,
      deliveredAt: 90_000,
      trail: digestStoredEvents([]),
      trackingValid: true,
    });
    expect(finishedFactsOf({ ...row, labelClickAt: 11_000 }).labelCreatedAt).toBe(10_000);
  });

  it('leaves out a digest of another version (its events are read instead)', () => {
    const stale = { ...row, trail: { v: TRAIL_DIGEST_VERSION + 1, scanCount: 0, longestGap: { ms: 0 } } };
    expect(finishedFactsOf(stale)).not.toHaveProperty('trail');
  });
});
