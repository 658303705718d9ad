import type { Market, PackCarrierId } from '@/lib/carriers';
import type { EligibilityReason, SellerProfile } from '@/lib/eligibility';
import type { Localized } from '@/lib/i18n';

/** A parcel to quote. Grams and millimetres; `destination.country` is ISO alpha-2 (`UK` accepted for GB). */
export interface Parcel {
  weightGrams: number;
  dimensionsMm?: { length: number; width: number; height: number };
  destination: { country: string; postcode: string };
  /** Where the parcel is sent from, for a card with an origin × destination zone matrix. */
  origin?: { postcode: string };
}

/** What the quote depends on besides the parcel. `date` is an ISO day (`2024-08-15`); it picks the fuel month. */
export interface QuoteContext {
  market: string;
  date: string;
  priority?: boolean;
  monthlyParcels?: number;
  /** Whether the address is residential (a card's residential surcharge); unknown = not applied, with a warning. */
  residential?: boolean;
  /** Quote only this service of the carrier (e.g. `tracked-48`); absent = every service (`quote`: the cheapest). */
  service?: string;
}

export const QUOTE_LINE_CODES = ['base', 'fuel', 'remote', 'surcharge', 'tracking', 'priority', 'rebate'] as const;
export type QuoteLineCode = (typeof QUOTE_LINE_CODES)[number];

export interface QuoteLine {
  code: QuoteLineCode;
  /** Integer minor units; negative only for `rebate`. */
  amountMinor: number;
  explanation: Localized;
  /** The figure's source in the rule pack (`seed:S21`, a URL, `user`…). */
  source: string;
  /** True when the figure was borrowed from another month (fuel) or is otherwise not on file as such. */
  estimate?: boolean;
  /** For an estimated fuel line: the month whose figure was used. */
  basedOnMonth?: string;
}

export type QuoteWarningCode =
  | 'no-volumetric-divisor'
  | 'volumetric-divisor-unconfirmed'
  | 'volumetric-exceeds-actual'
  | 'fuel-not-on-file'
  | 'remote-fee-not-on-file'
  | 'remote-area-unconfirmed'
  | 'postcode-unreadable'
  | 'priority-fee-not-on-file'
  | 'residential-surcharge-not-applied'
  | 'rebate-requires-contract';

export interface QuoteWarning {
  code: QuoteWarningCode;
  text: Localized;
  source?: string;
}

export interface Quote {
  kind: 'quote';
  carrierId: PackCarrierId;
  market: Market;
  currency: string;
  /** Decimal places minor units stand for (USD 2, IDR/VND 0), for display. */
  currencyExponent: number;
  chargeableWeightGrams: number;
  actualWeightGrams: number;
  /** `null` when no dimensions were given, the carrier has no divisor on file, or the rule does not apply. */
  volumetricWeightGrams: number | null;
  lines: QuoteLine[];
  totalMinor: number;
  /** True when any line is an estimate (e.g. fuel from an earlier month) or an unconfirmed rule was used. */
  estimate: boolean;
  roundingRule: Localized;
  warnings: QuoteWarning[];
  /** The service of the card used (a carrier with several services gets one quote each in `quoteAll`). */
  service?: { id: string; name: Localized };
  /** The zone of a zone card the destination fell in. */
  zone?: string;
  /** The size format of a size card the parcel fitted. */
  format?: { id: string; name: Localized };
  /** Service, zone and format in words ("service Tracked 24, zone 8, format Small parcel (up to …)"). */
  basis?: Localized;
  /** Present only in `quoteAll` results: advisory eligibility reasons (e.g. `low-volume`). */
  advisories?: EligibilityReason[];
}

export type NoRateCode =
  | 'invalid-input'
  | 'unknown-market'
  | 'unknown-carrier'
  | 'destination-outside-market'
  | 'no-zone-for-postcode'
  | 'no-format-for-parcel'
  | 'no-card-in-force'
  | 'no-fee-table'
  | 'no-base-rate'
  | 'over-rate-card-weight'
  | 'no-fuel-for-month';

/** No price: the pack has no figure for this case. Never an invented price. `reason` = `text.en`. */
export interface NoRate {
  kind: 'no-rate';
  carrierId: string;
  reason: string;
  reasonCode: NoRateCode;
  text: Localized;
  source: string;
}

export type QuoteResult = Quote | NoRate;

/** Why a carrier is left out of `quoteAll`'s ranking: eligibility reasons, or `no-rate`. */
export interface ExclusionReason {
  code: string;
  source: string;
  text: Localized;
  /** For `no-rate`: the `NoRateCode`. */
  reasonCode?: NoRateCode;
}

/** Not eligible on evidence, eligibility unknown (nothing on file), or eligible without a rate. */
export const EXCLUSION_STATUSES = ['not-eligible', 'unknown', 'no-rate'] as const;
export type ExclusionStatus = (typeof EXCLUSION_STATUSES)[number];

export interface QuoteAllResult {
  /** Eligible carriers with a price, cheapest first (ties by carrier id). */
  eligible: Quote[];
  /** Every other carrier of the pack: ineligible ones with their reasons, eligible ones without a rate with code `no-rate`. */
  excluded: Array<{ carrierId: string; status: ExclusionStatus; reasons: ExclusionReason[] }>;
}

export type { SellerProfile };
