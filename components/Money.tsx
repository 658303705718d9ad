import type { Locale } from '@/lib/i18n';
import { formatMoney } from '@/lib/units';

export interface MoneyProps {
  amountMinor: number;
  currency: string;
  exponent: number;
  locale: Locale;
}

/** A money amount (integer minor units) formatted by lib/units, exactly as the in-page hints print it. */
export function Money({ amountMinor, currency, exponent, locale }: MoneyProps) {
  return (
    <span className="lml-money" data-amount-minor={amountMinor} data-currency={currency}>
      {formatMoney(amountMinor, currency, exponent, locale)}
    </span>
  );
}
