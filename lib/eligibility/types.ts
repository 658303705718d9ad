import type { CarrierId } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';

export type EligibilityCode =
  | 'invalid-parcel'
  | 'unknown-market'
  | 'not-certified-in-market'
  | 'market-not-served'
  | 'below-min-weight'
  | 'over-max-weight'
  | 'over-max-size'
  | 'individual-needs-isv'
  | 'no-api-label-printing'
  | 'not-connected'
  | 'low-volume';

export interface EligibilityReason {
  code: EligibilityCode;
  /** Where the rule comes from: `seed:S2`, `seed:S16`, a URL, `user`… */
  source: string;
  text: Localized;
  /** `false` for advice (`low-volume`): the carrier stays eligible. */
  blocking: boolean;
}

export interface EligibilityVerdict {
  carrierId: CarrierId;
  eligible: boolean;
  /** Blocking reasons when ineligible, plus any advisory ones. */
  reasons: EligibilityReason[];
}

/** The order as eligibility sees it. Grams and millimetres. */
export interface EligibilityOrder {
  market: string;
  parcel: { weightGrams: number; dimensionsMm?: { length: number; width: number; height: number } };
  destination?: { country: string; postcode: string };
}

/** The seller, from the options page. `connectedCarriers` accepts ids or displayed names; an empty list means "not stated". */
export interface SellerProfile {
  businessType: 'company' | 'individual';
  dailyOrders?: number;
  connectedCarriers?: readonly string[];
  viaIsv?: boolean;
}
