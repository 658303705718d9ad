import type { PostcodeRule } from './schema';

/**
 * Normalises a postcode for matching: NFKC (full-width digits from CJK keyboards), upper case,
 * no spaces or hyphens. Example: `normalizePostcode(' kw15 1ab ')` → `'KW151AB'`.
 */
export function normalizePostcode(postcode: string): string {
  // NFKC is costly and only matters outside printable ASCII; skip it on the common path.
  const text = /^[\x20-\x7e]*$/.test(postcode) ? postcode : postcode.normalize('NFKC');
  return text.toUpperCase().replace(/[\s-]+/g, '');
}

/** A postcode read once for matching against many rules. */
export interface ParsedPostcode {
  normalized: string;
  /** First three digits of a US ZIP (`99501-1234` → `995`) when it reads as one. */
  zip3?: string;
  /** UK outward code split (`KW15 1AB` → `{ area: 'KW', district: 15 }`) when it reads as one. */
  ukOutward?: { area: string; district: number };
}

const ZIP_PATTERN = /^(\d{3})\d{2}(?:\d{4})?$/;
const UK_PATTERN = /^([A-Z]{1,2})(\d{1,2})[A-Z]?(?:\d[A-Z]{2})?$/;

/** Reads a postcode once: `parsePostcode('99501')` → `{ normalized: '99501', zip3: '995' }`. Non-strings read as empty. */
export function parsePostcode(postcode: unknown): ParsedPostcode {
  const normalized = typeof postcode === 'string' ? normalizePostcode(postcode) : '';
  const parsed: ParsedPostcode = { normalized };
  const zip = ZIP_PATTERN.exec(normalized);
  if (zip?.[1]) parsed.zip3 = zip[1];
  const uk = UK_PATTERN.exec(normalized);
  if (uk?.[1] && uk[2] !== undefined) parsed.ukOutward = { area: uk[1], district: Number(uk[2]) };
  return parsed;
}

/** First three digits of a US ZIP (`99501-1234` → `995`); `undefined` unless it is 5 or 9 digits. */
export function readZip3(postcode: string): string | undefined {
  return parsePostcode(postcode).zip3;
}

/**
 * Splits a UK postcode's outward code into area letters and district number
 * (`KW15 1AB` → `{ area: 'KW', district: 15 }`, `G83 0AA` → `{ area: 'G', district: 83 }`).
 */
export function readUkOutward(postcode: string): { area: string; district: number } | undefined {
  return parsePostcode(postcode).ukOutward;
}

/** Like `matchesPostcodeRule`, for a postcode already read with `parsePostcode`. */
export function matchesParsedPostcode(rule: PostcodeRule, parsed: ParsedPostcode): boolean {
  switch (rule.kind) {
    case 'zip3-range':
      return parsed.zip3 !== undefined && parsed.zip3 >= rule.from && parsed.zip3 <= rule.to;
    case 'uk-district': {
      const outward = parsed.ukOutward;
      if (!outward || outward.area !== rule.area) return false;
      if (rule.from === undefined) return true;
      return outward.district >= rule.from && outward.district <= (rule.to ?? rule.from);
    }
    case 'prefix':
      return parsed.normalized.length > 0 && parsed.normalized.startsWith(rule.prefix);
  }
}

/**
 * Whether a postcode falls under a rule of the pack. Unreadable postcodes match nothing.
 * Example: `matchesPostcodeRule({ kind: 'zip3-range', from: '995', to: '999' }, '99501')` → `true`.
 */
export function matchesPostcodeRule(rule: PostcodeRule, postcode: string): boolean {
  return matchesParsedPostcode(rule, parsePostcode(postcode));
}

/** Whether the postcode reads as one of the country's rule kinds (US ZIP, UK postcode; else non-empty). */
export function isReadablePostcode(country: string, postcode: string | ParsedPostcode): boolean {
  const parsed = typeof postcode === 'string' ? parsePostcode(postcode) : postcode;
  if (country === 'US') return parsed.zip3 !== undefined;
  if (country === 'GB') return parsed.ukOutward !== undefined;
  return parsed.normalized.length > 0;
}

/** Short human form of a rule, e.g. `ZIP 995–999`, `KW15–KW17`, `BT`. */
export function describePostcodeRule(rule: PostcodeRule): string {
  switch (rule.kind) {
    case 'zip3-range':
      return rule.from === rule.to ? `ZIP ${rule.from}xx` : `ZIP ${rule.from}–${rule.to}`;
    case 'uk-district':
      if (rule.from === undefined) return rule.area;
      return rule.to === undefined || rule.to === rule.from
        ? `${rule.area}${rule.from}`
        : `${rule.area}${rule.from}–${rule.area}${rule.to}`;
    case 'prefix':
      return `${rule.prefix}…`;
  }
}
