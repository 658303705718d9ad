import type { Localized } from '@/lib/i18n';
import type { MoneyRounding } from '@/lib/rules';

/**
 * Integer division with the pack's rounding mode, for non-negative integers.
 * Example: `divideRounded(8400, 1000, 'half-up')` → 8 (0.4 kg × 21 ¢/kg = 8.4 ¢).
 */
export function divideRounded(numerator: number, denominator: number, mode: MoneyRounding['mode']): number {
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (mode === 'down' || remainder === 0) return quotient;
  if (mode === 'up') return quotient + 1;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/** Percent as an integer in 1/10,000 of a percent, so 3.5 % → 35,000 and money maths stays integral. */
export function percentToMicro(percent: number): number {
  return Math.round(percent * 10_000);
}

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', THB: '฿', IDR: 'Rp ', VND: '₫ ' };

/** Exact decimal text of `value / 10^decimals` (no float drift): `formatScaled(8400, 5)` → `0.084`. */
export function formatScaled(value: number, decimals: number): string {
  const negative = value < 0;
  const digits = Math.abs(Math.trunc(value))
    .toString()
    .padStart(decimals + 1, '0');
  const whole = decimals ? digits.slice(0, -decimals) : digits;
  const fraction = decimals ? digits.slice(-decimals) : '';
  return `${negative ? '−' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Money for explanations: `formatMoney(328, 'USD', 2)` → `$3.28`; `formatMoney(-21, 'USD', 2)` → `−$0.21`;
 * `formatMoney(3280, 'IDR', 0)` → `Rp 3280`.
 */
export function formatMoney(minor: number, currency: string, exponent: number): string {
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  const text = formatScaled(Math.abs(minor), exponent);
  return `${minor < 0 ? '−' : ''}${symbol}${text}`;
}

/** A sub-minor amount such as 8.4 ¢ shown in major units with extra places: `$0.084` (at least `exponent` places). */
export function formatFractionalMoney(
  numerator: number,
  denominatorPowerOfTen: number,
  currency: string,
  exponent: number,
): string {
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  const [whole, fraction = ''] = formatScaled(numerator, exponent + denominatorPowerOfTen).split('.');
  const kept = fraction.replace(/0+$/, '').padEnd(exponent, '0');
  return `${symbol}${whole}${kept ? `.${kept}` : ''}`;
}

/** Grams as kilograms without trailing zeros: 400 → `0.4`, 3000 → `3`. */
export function formatKg(grams: number): string {
  return formatScaled(Math.round(grams), 3).replace(/\.?0+$/, '');
}

const MINOR_UNIT_NAMES: Record<string, Localized> = {
  USD: { en: 'cent', zh: '美分' },
  GBP: { en: 'penny', zh: '便士' },
  THB: { en: 'satang', zh: '萨当' },
};

function describeUnit(currency: string, exponent: number): Localized {
  if (exponent === 0) return { en: `whole ${currency}`, zh: `整数 ${currency}` };
  return (
    MINOR_UNIT_NAMES[currency] ?? {
      en: `0.${'0'.repeat(exponent - 1)}1 ${currency}`,
      zh: `0.${'0'.repeat(exponent - 1)}1 ${currency}`,
    }
  );
}

/** The short phrase used on a rounded line: "rounded half-up to the cent". */
export function describeRoundingShort(mode: MoneyRounding['mode'], currency: string, exponent: number): Localized {
  const unit = describeUnit(currency, exponent);
  const how: Localized =
    mode === 'half-up'
      ? { en: 'rounded half-up', zh: '四舍五入' }
      : mode === 'up'
        ? { en: 'rounded up', zh: '向上取整' }
        : { en: 'rounded down', zh: '向下取整' };
  return { en: `${how.en} to the ${unit.en}`, zh: `${how.zh}到${unit.zh}` };
}

/** The pack's money rounding rule as a sentence, stated on every quote. */
export function describeRoundingRule(rounding: MoneyRounding, currency: string, exponent: number): Localized {
  const short = describeRoundingShort(rounding.mode, currency, exponent);
  return {
    en: `Each line is ${short.en} on its own (per line); the total is the sum of the rounded lines.`,
    zh: `每一行单独${short.zh}(逐行取整);合计为各行取整后之和。`,
  };
}
