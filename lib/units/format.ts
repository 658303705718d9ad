/**
 * Every display format of the extension: money from integer minor units in the quote's currency,
 * weights, percentages and moments with their time zone. One formatter per concern, so the in-page
 * badge, the fee estimate, the popup and the side panel print the same amount the same way.
 */
import type { Locale } from '@/lib/i18n';
import { convertWeight } from './convert';

/** BCP 47 tag for number and date formatting in a UI locale. */
function intlLocaleOf(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en-US';
}

/** Exact decimal text of `value / 10^decimals` (no float drift): `scaledDecimal(8400, 5)` → `'0.08400'`. */
function scaledDecimal(value: number, decimals: number): `${number}` {
  const digits = Math.abs(Math.trunc(value))
    .toString()
    .padStart(decimals + 1, '0');
  const whole = decimals ? digits.slice(0, -decimals) : digits;
  const fraction = decimals ? `.${digits.slice(-decimals)}` : '';
  return `${value < 0 ? '-' : ''}${whole}${fraction}` as `${number}`;
}

// Building an Intl.NumberFormat costs far more than formatting with one (quoteAll prints every line's money).
const currencyFormats = new Map<string, Intl.NumberFormat>();

function formatCurrency(
  decimal: `${number}`,
  currency: string,
  fractionDigits: { min: number; max: number },
  locale: Locale,
): string {
  try {
    const key = `${locale}|${currency}|${fractionDigits.min}|${fractionDigits.max}`;
    let format = currencyFormats.get(key);
    if (!format) {
      // narrowSymbol: "$", "£", "฿", "Rp" in both languages (the plain symbol gives "US$" in zh-CN and "IDR" in en-US).
      format = new Intl.NumberFormat(intlLocaleOf(locale), {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: fractionDigits.min,
        maximumFractionDigits: fractionDigits.max,
      });
      currencyFormats.set(key, format);
    }
    return format.format(decimal);
  } catch {
    // A code Intl refuses (a hand-made rate card) still shows its amount, with the code.
    return `${currency} ${decimal}`;
  }
}

/**
 * Integer minor units as money in its currency, with exactly `exponent` decimals. The exponent comes
 * from the rule pack, not from Intl, because whole rupiah are used in practice although ISO lists two.
 * Example: `formatMoney(601, 'USD', 2, 'en')` → `'$6.01'`; `formatMoney(3280, 'IDR', 0, 'en')` → `'Rp 3,280'`
 * (no-break space); `formatMoney(-21, 'GBP', 2, 'en')` → `'-£0.21'`.
 */
export function formatMoney(amountMinor: number, currency: string, exponent: number, locale: Locale = 'en'): string {
  return formatCurrency(scaledDecimal(amountMinor, exponent), currency, { min: exponent, max: exponent }, locale);
}

/**
 * An amount finer than the minor unit, given in units of 10^-(exponent + extraDigits), shown exactly
 * with at least `exponent` decimals: 8.4 ¢ is `formatSubMinorMoney(8400, 3, 'USD', 2)` → `'$0.084'`.
 */
export function formatSubMinorMoney(
  scaled: number,
  extraDigits: number,
  currency: string,
  exponent: number,
  locale: Locale = 'en',
): string {
  const decimals = exponent + extraDigits;
  return formatCurrency(scaledDecimal(scaled, decimals), currency, { min: exponent, max: decimals }, locale);
}

/** Grams as kilograms, exact, without trailing zeros (for calculations shown in text): 400 → `'0.4'`, 3000 → `'3'`. */
export function formatKilograms(grams: number): string {
  return scaledDecimal(Math.round(grams), 3).replace(/\.?0+$/, '');
}

/**
 * A weight for reading: "400 g", "1.25 kg", with pounds added for sellers who think in them.
 * Example: `formatWeight(400, 'en', 'lb')` → `'400 g (0.88 lb)'`; `formatWeight(1250, 'zh')` → `'1.25 kg'`.
 */
export function formatWeight(grams: number, locale: Locale, unit: 'kg' | 'lb' = 'kg'): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(intlLocaleOf(locale), { maximumFractionDigits: digits }).format(value);
  const metric = grams < 1000 ? `${number(grams, 0)} g` : `${number(grams / 1000, 3)} kg`;
  return unit === 'lb' ? `${metric} (${number(convertWeight(grams, 'g', 'lb'), 2)} lb)` : metric;
}

/** A ratio as a percentage with one decimal. Example: `formatPercent(0.95, 'en')` → `'95.0%'`. */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleOf(locale), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/**
 * A moment as a short date and time in a time zone, with the zone named so the reader knows whose
 * clock it is (the browser's zone when none is given).
 * Example: `formatDateTime(Date.UTC(2026, 2, 5, 9, 0), 'en', 'UTC')` → `'Mar 5, 2026, 9:00 AM UTC'`.
 */
export function formatDateTime(ms: number, locale: Locale, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    const text = new Intl.DateTimeFormat(intlLocaleOf(locale), { ...options, timeZone: zone }).format(ms);
    return `${text} ${zone}`;
  } catch {
    return `${new Intl.DateTimeFormat(intlLocaleOf(locale), { ...options, timeZone: 'UTC' }).format(ms)} UTC`;
  }
}
