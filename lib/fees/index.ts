/** lib/fees — chargeable weight, surcharges, rebates → itemised quotes in integer minor units. Pure. */
export { quote } from './quote';
export { quoteAll } from './quote-all';
export { computeChargeableWeight, computeVolumetricWeightGrams } from './chargeable-weight';
export type { ChargeableWeight } from './chargeable-weight';
export { describeRoundingRule, divideRounded } from './money';
export { EXCLUSION_STATUSES, QUOTE_LINE_CODES } from './types';
export type {
  ExclusionReason,
  ExclusionStatus,
  NoRate,
  NoRateCode,
  Parcel,
  Quote,
  QuoteAllResult,
  QuoteContext,
  QuoteLine,
  QuoteLineCode,
  QuoteResult,
  QuoteWarning,
  QuoteWarningCode,
} from './types';
