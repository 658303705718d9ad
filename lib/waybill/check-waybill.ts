import { resolveCarrierId, resolveMarket, type CarrierId, type Market } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import { findFirstNonWaybillUnit, scanCharacters, type CharacterFinding, type CharacterScan } from './characters';
import { CONFIDENT_DETECTION, matchFormats, rankCandidates, type FormatMatch } from './detect-carriers';
import {
  CARRIER_WAYBILL_PROFILES,
  LONGEST_FORMAT_LENGTH,
  WAYBILL_FORMATS_BY_ID,
  type CarrierWaybillProfile,
} from './formats';
import {
  BAD_CHECK_DIGIT_FIX,
  BAD_FORMAT_FIX,
  EMPTY_FIX,
  EMPTY_TEXT,
  MISMATCH_FIX,
  NOT_TEXT_FIX,
  TOO_LONG_FIX,
  localizeCarrierName,
  describeBadCheckDigit,
  describeBadFormat,
  describeCharacter,
  describeCharacterFix,
  describeFormatProblem,
  describeMismatch,
  describeNotText,
  describeNotVerifiable,
  describeOmitted,
  describeTooLong,
  describeUnknownCarrier,
  type NotVerifiableReason,
} from './messages';
import { MAX_SCANNED_LENGTH, MAX_WAYBILL_LENGTH, coerceWaybillInput } from './normalize-waybill';
import type {
  CheckWaybillOptions,
  DetectedCarrier,
  WaybillCheck,
  WaybillFormatVerdict,
  WaybillIssue,
  WaybillIssueCode,
  WaybillIssueSeverity,
} from './types';

/** Character issues listed one by one; the rest are counted in `omittedIssueCount`. */
export const MAX_LISTED_CHARACTER_ISSUES = 50;

const SOURCE_CHARACTERS = 'seed:S28';
const SOURCE_CHECK_DIGITS = 'ref:carriers-and-labels#1.1';
const SOURCE_NO_FORMAT = 'ref:carriers-and-labels#1.5';

function makeIssue(
  code: WaybillIssueCode,
  severity: WaybillIssueSeverity,
  text: Localized,
  source: string,
  fix?: Localized,
): WaybillIssue {
  const issue: WaybillIssue = { code, severity, message: text.en, text, source };
  if (fix) issue.fix = fix;
  return issue;
}

interface FormatJudgement {
  issues: WaybillIssue[];
  carrier?: string;
  format?: WaybillFormatVerdict;
  formatVerifiable: boolean;
  detected: DetectedCarrier[];
}

function buildVerdict(match: FormatMatch, verifiable: boolean): WaybillFormatVerdict {
  const checkDigit = match.check ? (match.check.ok ? 'verified' : 'failed') : 'none';
  return { id: match.format.id, name: match.format.name, checkDigit, verifiable };
}

function buildFailureIssue(
  match: FormatMatch,
  severity: WaybillIssueSeverity,
  afterCleaning: boolean,
  confirmed: boolean,
): WaybillIssue {
  const { format } = match;
  if (match.problem) {
    return makeIssue(
      'bad-format',
      severity,
      describeFormatProblem(format.name, match.problem, afterCleaning),
      format.source,
      BAD_FORMAT_FIX,
    );
  }
  const check = match.check ?? { expected: ['?'], found: '?' };
  return makeIssue(
    'bad-check-digit',
    severity,
    describeBadCheckDigit(format.name, check.expected, check.found, afterCleaning, confirmed),
    SOURCE_CHECK_DIGITS,
    BAD_CHECK_DIGIT_FIX,
  );
}

const isPublished = (m: FormatMatch) => m.format.evidence === 'published';
const isStrong = (m: FormatMatch) => m.passes && isPublished(m) && (m.check?.ok === true || m.format.distinctive);

/** The number checked against the carrier the row names. */
function judgeForCarrier(
  n: string,
  profile: CarrierWaybillProfile,
  market: Market | undefined,
  afterCleaning: boolean,
): FormatJudgement {
  const matches = matchFormats(n);
  const name = localizeCarrierName(profile.carrierId);
  const own: Array<{ m: FormatMatch; confirmed: boolean }> = [];
  const foreign: FormatMatch[] = [];
  for (const m of matches) {
    const ref = profile.formats.find((f) => f.formatId === m.format.id);
    if (ref) own.push({ m, confirmed: ref.attribution === 'confirmed' && isPublished(m) });
    else foreign.push(m);
  }

  const verified = own.find((o) => o.m.passes && o.confirmed);
  if (verified) {
    return {
      issues: [],
      carrier: profile.carrierId,
      format: buildVerdict(verified.m, true),
      formatVerifiable: true,
      detected: [],
    };
  }

  const hinted = own.find((o) => o.m.passes);
  if (hinted) {
    const { format } = hinted.m;
    // A bare third-party shape is a hint about the carrier; a format with a check digit (or a
    // published one handed over by this carrier) is a real number whose attribution is unconfirmed.
    const bareHeuristic = format.evidence === 'unconfirmed' && !hinted.m.check;
    const reason: NotVerifiableReason = bareHeuristic
      ? { kind: 'heuristic-match', carrier: name, shape: format.shape }
      : {
          kind: 'unconfirmed-attribution',
          carrier: name,
          formatName: format.name,
          checkDigitVerified: hinted.m.check?.ok === true,
        };
    return {
      issues: [makeIssue('format-not-verifiable', 'info', describeNotVerifiable(reason), format.source)],
      carrier: profile.carrierId,
      format: buildVerdict(hinted.m, false),
      formatVerifiable: false,
      detected: [],
    };
  }

  const failing = own.find((o) => o.confirmed) ?? own[0];
  if (failing) {
    // Only a published format the carrier is confirmed to use may reject; anything else warns.
    const severity = failing.confirmed ? 'error' : 'warning';
    return {
      issues: [buildFailureIssue(failing.m, severity, afterCleaning, failing.confirmed)],
      carrier: profile.carrierId,
      format: buildVerdict(failing.m, failing.confirmed),
      formatVerifiable: failing.confirmed,
      detected: [],
    };
  }

  // None of the carrier's shapes fits: is it plainly another carrier's number?
  const telling = foreign.filter((m) => isStrong(m) && (m.format.distinctive || profile.coverage === 'closed'));
  const detected = rankCandidates(telling, n, market);
  const other = detected[0];
  if (other) {
    const match = telling.find((m) => m.format.id === other.formatId)!;
    const consolidator = profile.carriesOtherCarriersNumbers;
    const text = describeMismatch(
      name,
      localizeCarrierName(other.carrierId, other.postalCountry),
      match.format.name,
      consolidator,
    );
    return {
      issues: [
        makeIssue('carrier-mismatch', consolidator ? 'warning' : 'error', text, match.format.source, MISMATCH_FIX),
      ],
      carrier: other.carrierId === 'upu-post' ? undefined : other.carrierId,
      format: buildVerdict(match, true),
      formatVerifiable: true,
      detected,
    };
  }

  const published = profile.formats
    .map((f) => WAYBILL_FORMATS_BY_ID.get(f.formatId))
    .filter((f) => f !== undefined && f.evidence === 'published');
  if (profile.coverage === 'closed' && published.length > 0) {
    const text = describeBadFormat(
      name,
      published.map((f) => f!.shape),
      n.length,
      afterCleaning,
    );
    return {
      issues: [makeIssue('bad-format', 'error', text, profile.source, BAD_FORMAT_FIX)],
      carrier: profile.carrierId,
      formatVerifiable: true,
      detected: [],
    };
  }
  const reason: NotVerifiableReason =
    published.length === 0 ? { kind: 'no-published-format', carrier: name } : { kind: 'no-match-open', carrier: name };
  return {
    issues: [
      makeIssue(
        'format-not-verifiable',
        'info',
        describeNotVerifiable(reason),
        published.length === 0 ? SOURCE_NO_FORMAT : profile.source,
      ),
    ],
    carrier: profile.carrierId,
    formatVerifiable: false,
    detected: [],
  };
}

/** The number checked with no carrier given: detection decides. */
function judgeWithoutCarrier(n: string, market: Market | undefined, afterCleaning: boolean): FormatJudgement {
  const matches = matchFormats(n);
  const detected = rankCandidates(matches, n, market);
  const top = detected[0];
  const topMatch = top && matches.find((m) => m.format.id === top.formatId);
  if (top && topMatch && isStrong(topMatch)) {
    const named = top.carrierId !== 'upu-post' && top.confidence >= CONFIDENT_DETECTION;
    return {
      issues: [],
      carrier: named ? top.carrierId : undefined,
      format: buildVerdict(topMatch, true),
      formatVerifiable: true,
      detected,
    };
  }

  // A shape only one carrier uses, with a wrong check digit (or S10 country): wrong whatever the carrier.
  const failed = matches.find((m) => !m.passes && isPublished(m) && m.format.distinctive);
  if (failed) {
    // A passing third-party heuristic might still explain the number: then warn, never reject.
    const severity = matches.some((m) => m.passes) ? 'warning' : 'error';
    return {
      issues: [buildFailureIssue(failed, severity, afterCleaning, true)],
      format: buildVerdict(failed, true),
      formatVerifiable: true,
      detected,
    };
  }

  const reason: NotVerifiableReason =
    top && topMatch
      ? {
          kind: 'no-carrier-hint',
          carrier: localizeCarrierName(top.carrierId, top.postalCountry),
          shape: topMatch.format.shape,
          unconfirmed: topMatch.format.evidence === 'unconfirmed',
        }
      : { kind: 'no-carrier-no-match' };
  return {
    issues: [
      makeIssue(
        'format-not-verifiable',
        'info',
        describeNotVerifiable(reason),
        topMatch?.format.source ?? SOURCE_NO_FORMAT,
      ),
    ],
    format: topMatch ? buildVerdict(topMatch, false) : undefined,
    formatVerifiable: false,
    detected,
  };
}

function buildCharacterIssue(finding: CharacterFinding, scan: CharacterScan): WaybillIssue {
  const where =
    finding.cls.code !== 'whitespace'
      ? undefined
      : scan.firstKeptIndex < 0 || finding.index < scan.firstKeptIndex
        ? 'leading'
        : finding.index > scan.lastKeptIndex
          ? 'trailing'
          : 'inner';
  const text = describeCharacter(finding, where);
  const issue: WaybillIssue = {
    code: finding.cls.code,
    severity: 'error',
    message: text.en,
    text,
    fix: describeCharacterFix(finding),
    index: finding.index,
    codePoint: finding.codePoint,
    autoFixable: finding.cls.autoFixable,
    source: SOURCE_CHARACTERS,
  };
  if (where) issue.where = where;
  return issue;
}

function buildEmptyResult(normalized: string, issues: WaybillIssue[], omittedIssueCount = 0): WaybillCheck {
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    normalized,
    issues,
    needsCleaning: false,
    suggestion: false,
    fixIsCertain: false,
    candidateValid: false,
    formatVerifiable: false,
    detected: [],
    omittedIssueCount,
  };
}

const RESOLVED_CARRIERS = new Map<string, CarrierId | null>();
const RESOLVED_CARRIERS_LIMIT = 512;

/** `resolveCarrierId` memoised: a page shows the same few provider names on every row. */
function resolveCarrierCached(text: string): CarrierId | undefined {
  let id = RESOLVED_CARRIERS.get(text);
  if (id === undefined) {
    if (RESOLVED_CARRIERS.size >= RESOLVED_CARRIERS_LIMIT) RESOLVED_CARRIERS.clear();
    id = resolveCarrierId(text) ?? null;
    RESOLVED_CARRIERS.set(text, id);
  }
  return id ?? undefined;
}

function readOptions(opts: unknown): { carrierText?: string; market?: Market } {
  if (typeof opts !== 'object' || opts === null) return {};
  try {
    const { carrier, market } = opts as Record<string, unknown>;
    return { carrierText: typeof carrier === 'string' ? carrier : undefined, market: resolveMarket(market) };
  } catch {
    // A hostile getter on the options object: behave as if no options were given.
    return {};
  }
}

const FORMAT_CODES: ReadonlySet<WaybillIssueCode> = new Set(['bad-format', 'bad-check-digit', 'carrier-mismatch']);

/**
 * Checks one waybill (tracking) number as the platform would see it, exactly as typed.
 *
 * `ok` is true only when the text needs no cleaning and nothing at error severity was found: spaces
 * and line breaks anywhere, full-width characters, CJK characters and brackets, invisible characters,
 * lowercase and any character outside `[0-9A-Z]` are errors (the platform filters such labels,
 * seed:S28), and so are a wrong check digit or shape for a carrier whose format is published.
 * Carriers that publish no format give an `info` issue `format-not-verifiable` and are never
 * rejected for their shape. Character issues carry `index` = 0-based position in `raw` counted in
 * Unicode code points (their sentence counts from 1 for people), and `codePoint`. `normalized` is the cleaned candidate (`suggestion` says
 * whether to offer it; `candidateValid` whether it passes the carrier's format and check digit).
 * `opts.carrier` is our id or a displayed name ("J&T Express"); `opts.market` a market code.
 * Pure and total: never throws, whatever `raw` and `opts` are; text over 256 UTF-16 units is answered
 * `too-long` without being read.
 *
 * Example: `checkWaybill('9400 1112 0620 6406 2607 87', { carrier: 'USPS' })` →
 * `{ ok: false, normalized: '9400111206206406260787', carrier: 'usps', candidateValid: true,
 *    issues: [{ code: 'whitespace', index: 4, codePoint: 32, … }, …] }`.
 */
export function checkWaybill(raw: unknown, opts?: CheckWaybillOptions): WaybillCheck {
  const input = coerceWaybillInput(raw);
  if (input.kind === 'missing')
    return buildEmptyResult('', [makeIssue('empty', 'error', EMPTY_TEXT, SOURCE_CHARACTERS, EMPTY_FIX)]);
  if (input.kind === 'not-text') {
    return buildEmptyResult('', [
      makeIssue('not-text', 'error', describeNotText(input.description), SOURCE_CHARACTERS, NOT_TEXT_FIX),
    ]);
  }
  const text = input.text;
  if (text.length === 0)
    return buildEmptyResult('', [makeIssue('empty', 'error', EMPTY_TEXT, SOURCE_CHARACTERS, EMPTY_FIX)]);
  if (text.length > MAX_SCANNED_LENGTH) {
    return buildEmptyResult('', [
      makeIssue(
        'too-long',
        'error',
        describeTooLong(text.length, LONGEST_FORMAT_LENGTH),
        SOURCE_CHARACTERS,
        TOO_LONG_FIX,
      ),
    ]);
  }

  const { carrierText, market } = readOptions(opts);
  const carrierId: CarrierId | undefined = carrierText ? resolveCarrierCached(carrierText) : undefined;

  // Fast path: a plain [0-9A-Z] string needs no character scan.
  const scan: CharacterScan =
    findFirstNonWaybillUnit(text) < 0
      ? { cleaned: text, findings: [], firstKeptIndex: 0, lastKeptIndex: text.length - 1 }
      : scanCharacters(text);
  const cleaned = scan.cleaned;

  if (cleaned.length > MAX_WAYBILL_LENGTH) {
    const result = buildEmptyResult(cleaned, [
      makeIssue(
        'too-long',
        'error',
        describeTooLong(cleaned.length, LONGEST_FORMAT_LENGTH),
        SOURCE_CHARACTERS,
        TOO_LONG_FIX,
      ),
    ]);
    return { ...result, requestedCarrier: carrierId };
  }

  const issues: WaybillIssue[] = [];
  if (carrierText && !carrierId && carrierText.trim()) {
    issues.push(
      makeIssue(
        'unknown-carrier',
        'info',
        describeUnknownCarrier(carrierText.slice(0, 60)),
        'ref:carriers-and-labels#1',
      ),
    );
  }

  const findings = cleaned
    ? scan.findings
    : scan.findings.filter((f) => f.cls.code !== 'whitespace' && f.cls.code !== 'zero-width');
  if (!cleaned) issues.push(makeIssue('empty', 'error', EMPTY_TEXT, SOURCE_CHARACTERS, EMPTY_FIX));
  const listed = Math.min(findings.length, MAX_LISTED_CHARACTER_ISSUES);
  for (let i = 0; i < listed; i++) issues.push(buildCharacterIssue(findings[i]!, scan));
  const omittedIssueCount = findings.length - listed;
  if (omittedIssueCount > 0)
    issues.push(makeIssue('too-many-issues', 'info', describeOmitted(omittedIssueCount), SOURCE_CHARACTERS));

  const needsCleaning = cleaned !== text;
  const fixIsCertain = scan.findings.length > 0 && scan.findings.every((f) => f.cls.autoFixable);
  if (!cleaned)
    return {
      ...buildEmptyResult('', issues, omittedIssueCount),
      requestedCarrier: carrierId,
      needsCleaning,
      fixIsCertain,
    };

  const profile = carrierId ? CARRIER_WAYBILL_PROFILES[carrierId] : undefined;
  const judgement = profile
    ? judgeForCarrier(cleaned, profile, market, needsCleaning)
    : judgeWithoutCarrier(cleaned, market, needsCleaning);
  issues.push(...judgement.issues);

  const result: WaybillCheck = {
    ok: !issues.some((i) => i.severity === 'error'),
    normalized: cleaned,
    issues,
    needsCleaning,
    suggestion: needsCleaning,
    fixIsCertain,
    candidateValid: !judgement.issues.some((i) => i.severity === 'error' && FORMAT_CODES.has(i.code)),
    formatVerifiable: judgement.formatVerifiable,
    detected: judgement.detected,
    omittedIssueCount,
  };
  if (judgement.carrier) result.carrier = judgement.carrier;
  if (carrierId) result.requestedCarrier = carrierId;
  if (judgement.format) result.format = judgement.format;
  return result;
}
