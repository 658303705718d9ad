import { describe, expect, it } from 'vitest';
import { detectCarriers } from '@/lib/waybill';

const ids = (raw: unknown, market?: string) => detectCarriers(raw, market).map((d) => d.carrierId);

describe('detectCarriers', () => {
  it('finds the carrier of a verified number with its format and check digit', () => {
    expect(detectCarriers('9400111206206406260787')).toEqual([
      {
        carrierId: 'usps',
        formatId: 'usps-impb-22',
        confidence: 0.95,
        checkDigitVerified: true,
        marketConsistent: undefined,
        evidence: 'published',
      },
    ]);
  });

  it('detects on the cleaned number (spaces, full-width, lowercase)', () => {
    expect(ids('１z5r 8939 0357 5671 27')).toEqual(['ups']);
  });

  it('ranks check-digit-verified formats before unverified ones', () => {
    // 12 digits: FedEx Express (mod 11 verified) before Parcelforce export and J&T (shape only).
    const found = detectCarriers('986578788855');
    expect(found[0]).toMatchObject({ carrierId: 'fedex', checkDigitVerified: true });
    expect(found.slice(1).every((d) => !d.checkDigitVerified)).toBe(true);
  });

  it('ranks a verified published format before the same number’s UNCONFIRMED attribution', () => {
    expect(detectCarriers('9261290983497923666238').map((d) => [d.carrierId, d.evidence])).toEqual([
      ['usps', 'published'],
      ['fedex', 'unconfirmed'],
    ]);
  });

  it('puts market-consistent carriers next', () => {
    // 14 digits, no check digit: DHL eCommerce (US/Asia), DPD (GB), J&T numeric (SEA/US).
    expect(ids('12345678901234', 'GB')[0]).toBe('dpd-uk');
    expect(ids('12345678901234', 'ID')[0]).toBe('dhl-ecommerce');
    expect(ids('986578788855', 'ID')).toEqual(['fedex', 'jt-express', 'parcelforce']);
    const inconsistent = detectCarriers('12345678901234', 'GB').find((d) => d.carrierId === 'dhl-ecommerce')!;
    expect(inconsistent.marketConsistent).toBe(false);
  });

  it('attributes S10 numbers to the issuing post, then to the post delivering in the market', () => {
    expect(ids('RB123456785US', 'GB')).toEqual(['usps', 'royal-mail']);
    expect(ids('LK123456785CN', 'US')).toEqual(['china-post', 'usps']);
    expect(ids('RB123456785GB')).toEqual(['royal-mail', 'parcelforce']);
    expect(detectCarriers('EE123456785TH', 'TH')).toMatchObject([
      { carrierId: 'upu-post', postalCountry: 'TH', checkDigitVerified: true },
    ]);
  });

  it('offers UNCONFIRMED shapes as low-confidence hints only', () => {
    const [hint] = detectCarriers('JX8009962760', 'ID');
    expect(hint).toMatchObject({ carrierId: 'jt-express', evidence: 'unconfirmed', checkDigitVerified: false });
    expect(hint!.confidence).toBeLessThan(0.5);
  });

  it('returns nothing for numbers whose check digit fails or that match no format', () => {
    expect(detectCarriers('9400111206206406260788')).toEqual([]);
    expect(detectCarriers('ZZ9')).toEqual([]);
    expect(detectCarriers('')).toEqual([]);
    expect(detectCarriers(undefined)).toEqual([]);
    expect(detectCarriers({})).toEqual([]);
    expect(detectCarriers('9'.repeat(300))).toEqual([]);
  });
});
