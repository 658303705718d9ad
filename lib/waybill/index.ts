/**
 * `lib/waybill`: normalise and validate waybill (tracking) numbers per carrier — illegal characters,
 * format, check digit, carrier detection and duplicates. Pure: no DOM, no browser APIs, no clock.
 */
export { checkWaybill, MAX_LISTED_CHARACTER_ISSUES } from './check-waybill';
export { detectCarriers, matchFormats, type FormatMatch } from './detect-carriers';
export { findDuplicateWaybills, type DuplicateWaybillGroup } from './find-duplicate-waybills';
export { normalizeWaybill, coerceWaybillInput, MAX_WAYBILL_LENGTH } from './normalize-waybill';
export { classifyCodePoint, type CharacterClass } from './characters';
export {
  WAYBILL_FORMATS,
  WAYBILL_FORMATS_BY_ID,
  CARRIER_WAYBILL_PROFILES,
  LONGEST_FORMAT_LENGTH,
  type WaybillFormat,
  type CarrierWaybillProfile,
  type CheckScheme,
} from './formats';
export { WAYBILL_ISSUE_TITLES, localizeCarrierName } from './messages';
export {
  computeAlternating12Mod10,
  computeFedexMod11,
  computeGs1Mod10,
  computeMod3736,
  computeMod7,
  computeS10Check,
  computeUpsMod10,
} from './check-digits';
export {
  WAYBILL_ISSUE_CODES,
  type WaybillIssueCode,
  type CharacterIssueCode,
  type WaybillIssue,
  type WaybillIssueSeverity,
  type WaybillCheck,
  type WaybillFormatVerdict,
  type DetectedCarrier,
  type WaybillCarrierId,
  type CheckWaybillOptions,
} from './types';
