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
