import type { PackCarrierId } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';

export type EligibilityCode =
  | 'invalid-parcel'
  | 'unknown-market'
  | 'not-certified-in-market'
  | 'certification-unknown'
  | 'own-carrier'
  | 'not-on-file-in-market'
  | 'below-min-weight'
  | 'over-max-weight'
  | 'over-max-size'
  | 'individual-needs-isv'
  | 'no-api-label-printing'
  | 'not-connected'
  | 'connected-in-seller-center'
  | 'low-volume';

/**
 * What a reason does to the verdict: `blocks` = evidence the carrier cannot take the parcel;
 * `unknown` = nothing on file to decide (the seller checks Seller Center); `advice` = informs only.
 */
export type ReasonEffect = 'blocks' | 'unknown' | 'advice';

/** Eligible, not eligible with evidence, or unknown (nothing on file). */
export type EligibilityStatus = 'eligible' | 'not-eligible' | 'unknown';

export interface EligibilityReason {
  code: EligibilityCode;
  /** Where the rule comes from: `seed:S2`, `seed:S16`, a URL, `user`… */
  source: string;
  text: Localized;
  effect: ReasonEffect;
  /** `effect === 'blocks'`: kept for callers that only ask "is there evidence against it?". */
  blocking: boolean;
}

export interface EligibilityVerdict {
  carrierId: PackCarrierId;
  /**
   * True only for `status === 'eligible'`: a carrier whose certification is unknown is not offered as
   * eligible (shipping with an uncertified carrier gets orders intercepted, S2), but it is not shown as
   * refused either — `status` says `unknown` and its reasons say where to check.
   */
  eligible: boolean;
  status: EligibilityStatus;
  /** Blocking and unknown reasons, plus any advisory ones. */
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
