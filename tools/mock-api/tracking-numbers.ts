/**
 * Tracking numbers in real carrier formats for the mock shop (shared/reference/carriers-and-labels.md §1).
 * Formats with a published check digit (USPS IMpb, UPS 1Z, FedEx 12, UPU S10, DPD) carry a correct one;
 * the others follow the shapes the reference lists as observed (UNCONFIRMED there, fine for fixtures).
 */
import type { Prng } from './prng';

/** GS1 mod 10: weights 3,1,3,1… from the rightmost data digit. */
export function gs1CheckDigit(data: string): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) {
    const digit = Number(data[data.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** UPU S10 over the 8 serial digits: weights 8,6,4,2,3,5,9,7; 10 → 0, 11 → 5. */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * weights[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** UPS 1Z: the 15 characters after `1Z`, letters as (ASCII − 3) mod 10, odd positions ×1, even ×2. */
export function ups1zCheckDigit(body15: string): number {
  let sum = 0;
  for (let i = 0; i < body15.length; i++) {
    const ch = body15[i]!;
    const value = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 3) % 10;
    sum += value * (i % 2 === 0 ? 1 : 2);
  }
  return (10 - (sum % 10)) % 10;
}

/** FedEx Express 12: first 11 digits weighted 3,1,7 left to right; (sum mod 11) mod 10. */
export function fedex12CheckDigit(data11: string): number {
  const weights = [3, 1, 7];
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(data11[i]) * weights[i % 3]!;
  return (sum % 11) % 10;
}

const MOD37_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 7064 Mod 37,36 (DPD parcel numbers). */
export function dpdCheckChar(data: string): string {
  let p = 36;
  for (const ch of data) {
    const v = MOD37_ALPHABET.indexOf(ch);
    p = (p + v) % 36;
    if (p === 0) p = 36;
    p = (2 * p) % 37;
  }
  return MOD37_ALPHABET[(37 - p) % 36]!;
}

export type TrackingFormat =
  | 'usps-impb-22'
  | 'ups-1z'
  | 'fedex-12'
  | 'royal-mail-s10'
  | 'evri-16'
  | 'dpd-14'
  | 'jt-id'
  | 'jt-numeric-12'
  | 'ninja-van'
  | 'spx-id'
  | 'flash-th'
  | 'kerry-th'
  | 'ghn-vn'
  | 'cainiao-lp'
  | 'yunexpress-yt';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function letters(prng: Prng, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += prng.pick([...LETTERS]);
  return text;
}

/**
 * Makes one tracking number of the given format.
 * Example: `makeTrackingNumber('royal-mail-s10', prng, 'GB')` → `'RB123456785GB'`-shaped with a valid S10 check.
 */
export function makeTrackingNumber(format: TrackingFormat, prng: Prng, country = 'US'): string {
  switch (format) {
    case 'usps-impb-22': {
      // 94 = online/vendor label, 001 service type, 11 + 9-digit mailer id, then serial.
      const data = `9400111${prng.digits(14)}`;
      return data + gs1CheckDigit(data);
    }
    case 'ups-1z': {
      const body = `${letters(prng, 1)}${prng.int(10000, 99999)}${prng.pick(['01', '02', '03', '12', 'YW'])}${prng.digits(7)}`;
      return `1Z${body}${ups1zCheckDigit(body)}`;
    }
    case 'fedex-12': {
      const data = `${prng.int(1, 9)}${prng.digits(10)}`;
      return data + fedex12CheckDigit(data);
    }
    case 'royal-mail-s10': {
      const serial = prng.digits(8);
      return `${prng.pick(['RB', 'RR', 'LK', 'CP'])}${serial}${s10CheckDigit(serial)}${country}`;
    }
    case 'evri-16':
      return `H${prng.int(10, 99)}${prng.digits(13)}`;
    case 'dpd-14': {
      const data = `1550${prng.digits(10)}`;
      return data + dpdCheckChar(data);
    }
    case 'jt-id':
      return `${prng.pick(['JX', 'JP', 'JD'])}${prng.digits(10)}`;
    case 'jt-numeric-12':
      return `${prng.pick(['8', '6'])}${prng.digits(11)}`;
    case 'ninja-van':
      return `NV${country}${letters(prng, 5)}${prng.digits(9)}`;
    case 'spx-id':
      return `SPXID${prng.digits(12)}`;
    case 'flash-th':
      return `TH${prng.digits(10)}${letters(prng, 1)}`;
    case 'kerry-th':
      return `${letters(prng, 3)}${prng.digits(10)}`;
    case 'ghn-vn':
      return `G${letters(prng, 3)}${prng.int(1000, 9999)}`;
    case 'cainiao-lp':
      return `LP00${prng.digits(12)}`;
    case 'yunexpress-yt':
      return `YT${prng.digits(16)}`;
  }
}
