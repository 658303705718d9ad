import type { Locale } from '@/lib/i18n';

/** BCP 47 tag for number and date formatting in a UI locale. */
export function intlLocaleOf(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en-US';
}

/**
 * Integer minor units as currency text, with exactly `exponent` decimals (USD 601, 2 → "$6.01";
 * IDR 15000, 0 → "IDR 15,000"). The exponent comes from the rule pack, not from Intl, because
 * whole rupiah are used in practice although ISO lists two decimals.
 */
export function formatMinorUnits(amountMinor: number, currency: string, exponent: number, locale: Locale): string {
  const major = amountMinor / 10 ** exponent;
  try {
    return new Intl.NumberFormat(intlLocaleOf(locale), {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    }).format(major);
  } catch {
    // An unknown currency code (a user rate card) still shows its amount, with the code.
    return `${currency} ${major.toFixed(exponent)}`;
  }
}

export interface MoneyProps {
  amountMinor: number;
  currency: string;
  exponent: number;
  locale: Locale;
}

/** A money amount (integer minor units) formatted for the locale. */
export function Money({ amountMinor, currency, exponent, locale }: MoneyProps) {
  return (
    <span className="lml-money" data-amount-minor={amountMinor} data-currency={currency}>
      {formatMinorUnits(amountMinor, currency, exponent, locale)}
    </span>
  );
}
