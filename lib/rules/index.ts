/**
 * lib/rules — the rule pack: one zod schema, the default pack (seed figures with sources),
 * JSON and CSV import, merge of user overrides, export. Pure.
 */
export {
  SOURCE_PATTERN,
  carrierIdSchema,
  carrierMarketSchema,
  carrierRulesSchema,
  feeTableKey,
  feeTableOverrideSchema,
  feeTableSchema,
  fuelSurchargeSchema,
  localizedSchema,
  marketCodeSchema,
  marketRulesSchema,
  moneyRoundingSchema,
  postcodeRuleSchema,
  postcodeSetSchema,
  rebateTierSchema,
  remoteAreaFeeSchema,
  rulePackOverrideSchema,
  rulePackSchema,
  sourceSchema,
  volumetricRuleSchema,
  weightBandSchema,
} from './schema';
export type {
  CarrierMarket,
  CarrierRules,
  ExtraWeight,
  FeeTable,
  FeeTableOverride,
  FuelSurcharge,
  FulfilmentMetric,
  MarketRules,
  MoneyRounding,
  PostcodeRule,
  PostcodeSet,
  RebateTier,
  RemoteAreaFee,
  RulePack,
  RulePackOverride,
  Service,
  SizeFormat,
  Source,
  Surcharge,
  VolumetricRule,
  WeightBand,
  Zone,
} from './schema';
export { defaultRulePack } from './default-pack';
export { formatIssuePath, parseRulePack, parseRulePackOverride, serializeRulePack } from './parse-rule-pack';
export type { ParseRulePackOverrideResult, ParseRulePackResult, RulePackError } from './parse-rule-pack';
export { mergeRulePacks } from './merge-rule-packs';
export { RATE_CARD_COLUMNS, parseRateCardCsv } from './parse-rate-card-csv';
export { ZONE_MATRIX_COLUMNS } from './parse-zone-matrix-csv';
export type { ParseRateCardResult, RateCardColumn, RateCardError } from './parse-rate-card-csv';
export {
  describePostcodeRule,
  isReadablePostcode,
  matchesParsedPostcode,
  matchesPostcodeRule,
  normalizePostcode,
  parsePostcode,
  readUkOutward,
  readZip3,
} from './postcode-rules';
export type { ParsedPostcode } from './postcode-rules';
export { effectivePack, type EffectivePack } from './effective-pack';
export { fuelPeriod, sortFuel } from './fuel-period';
