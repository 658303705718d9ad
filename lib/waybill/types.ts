import type { CarrierId } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';

/**
 * Every issue code `lib/waybill` can emit. The list is the source of the type, so a test can walk
 * it and a new code cannot be forgotten by the message map (`Record<WaybillIssueCode, …>`).
 * The first twelve are the stable contract codes (architecture.md); the rest are extras.
 */
export const WAYBILL_ISSUE_CODES = [
  'empty',
  'too-long',
  'whitespace',
  'fullwidth',
  'cjk',
  'zero-width',
  'illegal-char',
  'lowercase',
  'bad-format',
  'bad-check-digit',
  'carrier-mismatch',
  'format-not-verifiable',
  'not-text',
  'too-many-issues',
  'unknown-carrier',
  'duplicate',
] as const;

export type WaybillIssueCode = (typeof WAYBILL_ISSUE_CODES)[number];

/** Codes that describe one offending character (they carry `index` and `codePoint`). */
export type CharacterIssueCode = Extract<
  WaybillIssueCode,
  'whitespace' | 'fullwidth' | 'cjk' | 'zero-width' | 'illegal-char' | 'lowercase'
>;

export type WaybillIssueSeverity = 'error' | 'warning' | 'info';

export interface WaybillIssue {
  code: WaybillIssueCode;
  /** `error` makes `ok` false; `warning` and `info` never do. */
  severity: WaybillIssueSeverity;
  /** Plain English, naming the character and position where there is one. */
  message: string;
  /** The same text in English and Simplified Chinese. */
  text: Localized;
  /** What the seller should do, when there is something to do. */
  fix?: Localized;
  /** 0-based position in the raw input, counted in Unicode code points (not UTF-16 units). Messages say `index + 1`. */
  index?: number;
  /** The offending character's code point. */
  codePoint?: number;
  /** For `whitespace`: where the character sits relative to the number itself. */
  where?: 'leading' | 'inner' | 'trailing';
  /**
   * True when removing or converting the character is certainly right (spaces, invisibles,
   * full-width letters/digits, lowercase); false when a person should look (CJK text, hyphens,
   * accented letters).
   */
  autoFixable?: boolean;
  /** Where the rule comes from: `seed:S28`, `ref:carriers-and-labels#1.4`, … */
  source: string;
}

/** A carrier id, or `upu-post` for a national postal operator we have no id for (see `postalCountry`). */
export type WaybillCarrierId = CarrierId | 'upu-post';

export interface DetectedCarrier {
  carrierId: WaybillCarrierId;
  formatId: string;
  /** Ranking weight 0–1 (not a probability): check digit, distinctiveness, evidence, market. */
  confidence: number;
  checkDigitVerified: boolean;
  /** `undefined` when no market was given. */
  marketConsistent?: boolean;
  /** `unconfirmed` = a heuristic shape from third-party sources: a hint, never proof. */
  evidence: 'published' | 'unconfirmed';
  /** For S10 numbers: the ISO country of the issuing postal operator. */
  postalCountry?: string;
}

export interface WaybillFormatVerdict {
  id: string;
  name: Localized;
  /** `verified` = check digit computed and equal; `none` = the format has no check digit. */
  checkDigit: 'verified' | 'failed' | 'none';
  /** False when the format (or this carrier's use of it) is UNCONFIRMED. */
  verifiable: boolean;
}

export interface WaybillCheck {
  /** True only for a number the platform would accept exactly as typed: no error-severity issue. */
  ok: boolean;
  /** The cleaned candidate: invisibles and whitespace removed, full-width → ASCII (NFKC), uppercase, CJK/illegal characters removed. */
  normalized: string;
  /** The carrier the number is attributed to (the given one when it fits, else the detected one). */
  carrier?: string;
  /** The carrier given in `opts.carrier`, resolved to our id. */
  requestedCarrier?: CarrierId;
  issues: WaybillIssue[];
  /** True when `normalized` differs from the raw text (anything was cleaned). */
  needsCleaning: boolean;
  /** True when `normalized` is worth offering as "copy corrected number" (non-empty and different). */
  suggestion: boolean;
  /** True when every cleaning step was certain (see `WaybillIssue.autoFixable`). */
  fixIsCertain: boolean;
  /** Whether the cleaned candidate itself passes the carrier's format and check digit (no format-level error). */
  candidateValid: boolean;
  /** False when no published format could be checked ("format not verifiable for this carrier"). */
  formatVerifiable: boolean;
  format?: WaybillFormatVerdict;
  /** Ranked candidates; filled when no carrier was given or to explain a mismatch. */
  detected: DetectedCarrier[];
  /** Character issues beyond the cap that were counted but not listed. */
  omittedIssueCount: number;
}

export interface CheckWaybillOptions {
  /** Our carrier id or a displayed name ("J&T Express", "USPS Ground Advantage"). */
  carrier?: string;
  /** Market code: US, GB (or UK), ID, TH, VN, MY, PH, SG. */
  market?: string;
}
