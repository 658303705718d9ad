import { describe, expect, it } from 'vitest';
import { createPrng } from '@/tools/mock-api/prng';
import {
  dpdCheckChar,
  fedex12CheckDigit,
  gs1CheckDigit,
  makeTrackingNumber,
  s10CheckDigit,
  ups1zCheckDigit,
  type TrackingFormat,
} from '@/tools/mock-api/tracking-numbers';

// Verified examples: shared/reference/carriers-and-labels.md §1.2–§1.4.
describe('check digits of the mock tracking numbers', () => {
  it.each(['9400111206206406260787', '9405803699300124287899', '9400111201080805483016'])(
    'USPS IMpb %s (GS1 mod 10)',
    (n) => {
      expect(gs1CheckDigit(n.slice(0, -1))).toBe(Number(n.at(-1)));
    },
  );
  it('rejects the invalid IMpb example', () => {
    expect(gs1CheckDigit('940011120620640626078')).not.toBe(8);
  });
  it.each(['1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1ZXX3150YW44070023'])('UPS %s', (n) => {
    expect(ups1zCheckDigit(n.slice(2, 17))).toBe(Number(n.at(-1)));
  });
  it.each(['986578788855', '477179081230', '799531274483'])('FedEx 12 %s', (n) => {
    expect(fedex12CheckDigit(n.slice(0, 11))).toBe(Number(n.at(-1)));
  });
  it.each(['RB123456785GB', 'EE123456785CN'])('UPU S10 %s', (n) => {
    expect(s10CheckDigit(n.slice(2, 10))).toBe(Number(n[10]));
  });
  it.each([
    ['09980000020033', 'F'],
    ['09980000020034', 'D'],
  ])('DPD mod 37,36 %s → %s', (data, check) => {
    expect(dpdCheckChar(data)).toBe(check);
  });
});

describe('makeTrackingNumber', () => {
  const shapes: Record<TrackingFormat, RegExp> = {
    'usps-impb-22': /^9400111\d{15}$/,
    'ups-1z': /^1Z[A-Z0-9]{16}$/,
    'fedex-12': /^\d{12}$/,
    'royal-mail-s10': /^[A-Z]{2}\d{9}GB$/,
    'evri-16': /^H\d{15}$/,
    'dpd-14': /^\d{14}[0-9A-Z]$/,
    'jt-id': /^J[XPD]\d{10}$/,
    'jt-numeric-12': /^[86]\d{11}$/,
    'ninja-van': /^NVGB[A-Z]{5}\d{9}$/,
    'spx-id': /^SPXID\d{12}$/,
    'flash-th': /^TH\d{10}[A-Z]$/,
    'kerry-th': /^[A-Z]{3}\d{10}$/,
    'ghn-vn': /^G[A-Z]{3}\d{4}$/,
    'cainiao-lp': /^LP00\d{12}$/,
    'yunexpress-yt': /^YT\d{16}$/,
  };
  it.each(Object.entries(shapes) as Array<[TrackingFormat, RegExp]>)('%s has its carrier shape', (format, shape) => {
    const prng = createPrng(3);
    for (let i = 0; i < 20; i++) expect(makeTrackingNumber(format, prng, 'GB')).toMatch(shape);
  });

  it('makes check-digit-valid USPS, UPS, FedEx and S10 numbers', () => {
    const prng = createPrng(9);
    for (let i = 0; i < 50; i++) {
      const usps = makeTrackingNumber('usps-impb-22', prng);
      expect(gs1CheckDigit(usps.slice(0, -1))).toBe(Number(usps.at(-1)));
      const ups = makeTrackingNumber('ups-1z', prng);
      expect(ups1zCheckDigit(ups.slice(2, 17))).toBe(Number(ups.at(-1)));
      const fedex = makeTrackingNumber('fedex-12', prng);
      expect(fedex12CheckDigit(fedex.slice(0, 11))).toBe(Number(fedex.at(-1)));
      const rm = makeTrackingNumber('royal-mail-s10', prng, 'GB');
      expect(s10CheckDigit(rm.slice(2, 10))).toBe(Number(rm[10]));
    }
  });
});
