import { resolveMarket, type Market } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import {
  S10_DELIVERER_BY_MARKET,
  S10_ISSUER_BY_COUNTRY,
  WAYBILL_FORMATS,
  WAYBILL_FORMATS_BY_LENGTH,
  toAlphabetIndex,
  type CheckOutcome,
  type WaybillFormat,
} from './formats';
import { normalizeWaybill } from './normalize-waybill';
import type { DetectedCarrier, WaybillCarrierId } from './types';

export interface FormatMatch {
  format: WaybillFormat;
  /** Absent when the format has no check digit. */
  check?: CheckOutcome;
  /** A structural problem beyond the shape (unknown S10 country). */
  problem?: Localized;
  passes: boolean;
}

/**
 * Every format whose shape matches the clean candidate `n`, with its check-digit outcome.
 * Only formats of `n`'s length and first character are tried (precomputed buckets). Example:
 * `matchFormats('RB123456785GB')[0]` → `{ format: upu-s10, check: { ok: true, … }, passes: true }`.
 */
export function matchFormats(n: string): FormatMatch[] {
  const bucket = WAYBILL_FORMATS_BY_LENGTH[n.length]?.[toAlphabetIndex(n.charCodeAt(0))];
  if (!bucket || bucket.length === 0) return [];
  const matches: FormatMatch[] = [];
  for (const format of bucket) {
    if (!format.pattern.test(n)) continue;
    const problem = format.findProblem?.(n);
    const check = format.verifyCheck?.(n);
    matches.push({ format, check, problem, passes: !problem && (check ? check.ok : true) });
  }
  return matches;
}

// Ranking weights, not probabilities: a check digit that verifies beats a bare shape, a shape no
// other carrier shares beats a generic one, a published shape beats a third-party heuristic.
const CONFIDENCE_VERIFIED_DISTINCTIVE = 0.95;
const CONFIDENCE_PUBLISHED_DISTINCTIVE = 0.85;
const CONFIDENCE_VERIFIED = 0.6;
const CONFIDENCE_UNCONFIRMED_VERIFIED = 0.45;
const CONFIDENCE_UNCONFIRMED_DISTINCTIVE = 0.4;
const CONFIDENCE_PUBLISHED = 0.3;
const CONFIDENCE_UNCONFIRMED = 0.15;
/** A format seen in other markets than the seller's. */
const MARKET_MISMATCH_FACTOR = 0.7;
/** The post delivering an inbound S10 item, or Parcelforce for `…GB`, ranks just below the issuer. */
const S10_SECONDARY_FACTOR = 0.9;

const TABLE_ORDER: ReadonlyMap<WaybillFormat, number> = new Map(WAYBILL_FORMATS.map((f, i) => [f, i]));

/** Confidence at or above which a detected carrier is named in `checkWaybill`'s result. */
export const CONFIDENT_DETECTION = 0.5;

function computeBaseConfidence(format: WaybillFormat, checkDigitVerified: boolean): number {
  if (format.evidence === 'unconfirmed') {
    if (checkDigitVerified) return CONFIDENCE_UNCONFIRMED_VERIFIED;
    return format.distinctive ? CONFIDENCE_UNCONFIRMED_DISTINCTIVE : CONFIDENCE_UNCONFIRMED;
  }
  if (checkDigitVerified) return format.distinctive ? CONFIDENCE_VERIFIED_DISTINCTIVE : CONFIDENCE_VERIFIED;
  return format.distinctive ? CONFIDENCE_PUBLISHED_DISTINCTIVE : CONFIDENCE_PUBLISHED;
}

function isMarketConsistent(format: WaybillFormat, market: Market | undefined): boolean | undefined {
  if (!market) return undefined;
  return format.markets === 'any' || format.markets.includes(market);
}

interface RankedCandidate {
  candidate: DetectedCarrier;
  order: number;
}

function makeCandidate(
  carrierId: WaybillCarrierId,
  match: FormatMatch,
  confidence: number,
  marketConsistent: boolean | undefined,
  postalCountry: string | undefined,
): DetectedCarrier {
  // One literal with every field, always in the same order: this runs per row per render, and a
  // single object shape keeps it fast (spreads here cost more than the format matching itself).
  const candidate: DetectedCarrier = {
    carrierId,
    formatId: match.format.id,
    confidence: Math.round(confidence * 100) / 100,
    checkDigitVerified: match.check?.ok === true,
    marketConsistent,
    evidence: match.format.evidence,
  };
  if (postalCountry !== undefined) candidate.postalCountry = postalCountry;
  return candidate;
}

function addCandidates(out: RankedCandidate[], match: FormatMatch, n: string, market: Market | undefined): void {
  const { format } = match;
  const order = TABLE_ORDER.get(format) ?? 0;
  const marketConsistent = isMarketConsistent(format, market);
  const confidence =
    computeBaseConfidence(format, match.check?.ok === true) * (marketConsistent === false ? MARKET_MISMATCH_FACTOR : 1);
  if (format.owner !== 'upu-post') {
    out.push({ candidate: makeCandidate(format.owner, match, confidence, marketConsistent, undefined), order });
    return;
  }
  // S10: the issuing post (by the country suffix), then the post delivering in the seller's market.
  const postalCountry = n.slice(11, 13);
  const issuer: WaybillCarrierId = S10_ISSUER_BY_COUNTRY[postalCountry] ?? 'upu-post';
  out.push({ candidate: makeCandidate(issuer, match, confidence, marketConsistent, postalCountry), order });
  const deliverer = market ? S10_DELIVERER_BY_MARKET[market] : undefined;
  if (deliverer && deliverer !== issuer) {
    out.push({
      candidate: makeCandidate(deliverer, match, confidence * S10_SECONDARY_FACTOR, marketConsistent, postalCountry),
      order,
    });
  }
  if (postalCountry === 'GB') {
    // Parcelforce exports carry `…GB` S10 numbers (ref §1.3).
    out.push({
      candidate: makeCandidate(
        'parcelforce',
        match,
        confidence * S10_SECONDARY_FACTOR,
        marketConsistent,
        postalCountry,
      ),
      order,
    });
  }
}

function compareRanked(a: RankedCandidate, b: RankedCandidate): number {
  const x = a.candidate;
  const y = b.candidate;
  return (
    Number(y.checkDigitVerified) - Number(x.checkDigitVerified) ||
    Number(y.marketConsistent !== false) - Number(x.marketConsistent !== false) ||
    y.confidence - x.confidence ||
    a.order - b.order
  );
}

/**
 * Ranks the carriers of the passing matches: check-digit-verified first, market-consistent next,
 * then by confidence, then by table order; one entry per carrier (its best format).
 */
export function rankCandidates(
  matches: readonly FormatMatch[],
  n: string,
  market: Market | undefined,
): DetectedCarrier[] {
  const all: RankedCandidate[] = [];
  for (const match of matches) if (match.passes) addCandidates(all, match, n, market);
  if (all.length === 0) return [];
  if (all.length === 1) return [all[0]!.candidate];
  all.sort(compareRanked);
  const ranked: DetectedCarrier[] = [];
  for (const { candidate } of all) {
    if (!ranked.some((r) => r.carrierId === candidate.carrierId)) ranked.push(candidate);
  }
  return ranked;
}

/**
 * Which carriers a waybill number may belong to, best first. The number is cleaned first (as
 * `normalizeWaybill` does), so detection works on what the seller meant; `checkWaybill` is what
 * reports the cleaning. `market` (US, GB/UK, ID, TH, VN, MY, PH, SG) breaks ties toward carriers of
 * that market. Never throws; unknown input gives `[]`.
 * Example: `detectCarriers('9400111206206406260787')[0]` →
 * `{ carrierId: 'usps', formatId: 'usps-impb-22', confidence: 0.95, checkDigitVerified: true, … }`.
 */
export function detectCarriers(raw: unknown, market?: string): DetectedCarrier[] {
  const n = normalizeWaybill(raw);
  if (!n) return [];
  return rankCandidates(matchFormats(n), n, resolveMarket(market));
}
