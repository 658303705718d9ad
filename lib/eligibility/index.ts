/** lib/eligibility — which certified carriers may take a parcel, and why not. Pure. */
export { eligibleCarriers } from './eligible-carriers';
export type {
  EligibilityCode,
  EligibilityOrder,
  EligibilityReason,
  EligibilityStatus,
  EligibilityVerdict,
  ReasonEffect,
  SellerProfile,
} from './types';
