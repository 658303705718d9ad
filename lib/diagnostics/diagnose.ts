/**
 * "Label printed but the order still shows Pending Shipment": each check turns the facts into zero or
 * more findings (code, severity, evidence, texts from messages.ts); rank.ts orders them. Pure: the
 * time is `now`, the rules are `pack`.
 */
import { resolveCarrierId } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import type { RulePack } from '@/lib/rules';
import { computeSlaClocks, HOUR_MS, type SlaClocks, type TrackingEvent } from '@/lib/tracking';
import {
  WAYBILL_ISSUE_TITLES,
  checkWaybill,
  classifyCodePoint,
  type WaybillCheck,
  type WaybillIssue,
} from '@/lib/waybill';
import { compareCallbackUrl } from './callback-url';
import { formatDurationLocalized, formatTimestamp } from './format';
import { FINDING_MESSAGES, ORDER_STATUS_TEXTS, PHRASES, renderText } from './messages';
import { isStillPending } from './order-status';
import { rankFindings } from './rank';
import { FIRST_SCAN_DESCRIPTION, readContext, type DiagnosisContext } from './read-facts';
import type { DiagnosisFacts, Evidence, Finding, FindingCode, Severity, UnscoredFinding } from './types';

/**
 * S29: 83.7 % of "label printed but still Pending Shipment" support tickets in 2024 Q2 were malformed
 * waybills. A share of tickets, used only to order the checklist (rank.ts), never shown as a probability.
 */
const WAYBILL_PRIOR = { value: 0.837, source: 'seed:S29' } as const;
/** S33: below 203 dpi the first-scan rate drops to 61 %, so 39 % of such labels miss the first scan. */
const LOW_DPI_PRIOR = { value: 0.39, source: 'seed:S33' } as const;
/** S33: thermal labels must print at ≥ 203 dpi. */
const MIN_LABEL_DPI = { value: 203, source: 'seed:S33' } as const;
/** Tracking can be revised once, within 72 h of the first upload (ref:seller-center#5). */
const TRACKING_REVISION_WINDOW_HOURS = { value: 72, source: 'ref:seller-center#5' } as const;

type Values = Readonly<Record<string, string | number | Localized>>;

interface FindingSpec {
  code: FindingCode;
  severity: Severity;
  evidence: Evidence;
  sources: [string, ...string[]];
  values?: Values;
  prior?: { value: number; source: string };
}

/** English sentences start with a capital even when they open with a filled-in name ("the carrier"). */
function capitalize(text: Localized): Localized {
  return { en: text.en.charAt(0).toUpperCase() + text.en.slice(1), zh: text.zh };
}

function makeFinding(spec: FindingSpec): UnscoredFinding {
  const template = FINDING_MESSAGES[spec.code];
  const values = spec.values ?? {};
  return {
    code: spec.code,
    severity: spec.severity,
    title: capitalize(renderText(template.title, values)),
    detail: capitalize(renderText(template.detail, values)),
    fix: capitalize(renderText(template.fix, values)),
    source: spec.sources[0],
    sources: [...new Set(spec.sources)],
    evidence: spec.evidence,
    ...(spec.prior ? { prior: { ...spec.prior } } : {}),
  };
}

const same = (text: string): Localized => ({ en: text, zh: text });

// ------------------------------------------------------------------ waybill

/** "a"/"an" before a lowercase English noun phrase. */
function withArticle(phrase: string): string {
  return /^[aeio]/i.test(phrase) ? 'an' : 'a';
}

/** "Full-width bracket" → "full-width bracket", but "CJK bracket" stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The first defect in words: "a full-width bracket at position 7" / "第 7 个字符是全角括号". */
function describeDefect(issue: WaybillIssue): Localized {
  if (issue.index !== undefined && issue.codePoint !== undefined) {
    const name = classifyCodePoint(issue.codePoint).name;
    const en = lowerFirst(name.en);
    return renderText(PHRASES.defectAtPosition, {
      name: { en: `${withArticle(en)} ${en}`, zh: name.zh },
      position: issue.index + 1,
    });
  }
  const title = WAYBILL_ISSUE_TITLES[issue.code] ?? same(issue.code);
  return renderText(PHRASES.defectGeneral, { name: { en: lowerFirst(title.en), zh: title.zh } });
}

function describeRevisionWindow(ctx: DiagnosisContext): Localized {
  if (ctx.trackingUploadedAt === undefined || ctx.now === undefined) return same('');
  const endsAt = ctx.trackingUploadedAt + TRACKING_REVISION_WINDOW_HOURS.value * HOUR_MS;
  return ctx.now < endsAt
    ? renderText(PHRASES.revisionOpen, { left: formatDurationLocalized(endsAt - ctx.now) })
    : renderText(PHRASES.revisionClosed, { ago: formatDurationLocalized(ctx.now - endsAt) });
}

function describeCorrection(check: WaybillCheck, firstError: WaybillIssue): Localized {
  if (check.suggestion && check.candidateValid)
    return renderText(PHRASES.correctionValid, { normalized: check.normalized });
  if (check.suggestion) return renderText(PHRASES.correctionStillInvalid, { normalized: check.normalized });
  return firstError.fix ?? PHRASES.correctionNone;
}

/**
 * S28 step 3 / S29: a malformed number (observed), a clean number whose format cannot be confirmed
 * (the S29 prior only), or no number seen (unknown).
 */
function checkWaybillNumber(ctx: DiagnosisContext): UnscoredFinding[] {
  if (ctx.waybill === undefined) {
    return [
      makeFinding({
        code: 'waybill-unknown',
        severity: 'unknown',
        evidence: 'unknown',
        sources: ['seed:S28', 'seed:S29'],
        prior: WAYBILL_PRIOR,
      }),
    ];
  }
  const check = checkWaybill(ctx.waybill, {
    ...(ctx.carrierId ? { carrier: ctx.carrierId } : ctx.carrierText ? { carrier: ctx.carrierText } : {}),
    ...(ctx.market ? { market: ctx.market } : {}),
  });
  const errors = check.issues.filter((i) => i.severity === 'error');
  const firstError = errors[0];
  if (firstError) {
    const more = errors.length - 1 + check.omittedIssueCount;
    return [
      makeFinding({
        code: 'waybill-malformed',
        severity: 'critical',
        evidence: 'observed',
        sources: ['seed:S28', 'seed:S29', TRACKING_REVISION_WINDOW_HOURS.source, firstError.source],
        prior: WAYBILL_PRIOR,
        values: {
          defect: describeDefect(firstError),
          waybill: ctx.waybill,
          first: firstError.text,
          more: more > 0 ? renderText(PHRASES.moreIssues, { count: more }) : same(''),
          correction: describeCorrection(check, firstError),
          revision: renderText(PHRASES.revision, { window: describeRevisionWindow(ctx) }),
        },
      }),
    ];
  }
  const doubt =
    check.issues.find((i) => i.severity === 'warning') ?? check.issues.find((i) => i.code === 'format-not-verifiable');
  if (!doubt && check.formatVerifiable) return [];
  return [
    makeFinding({
      code: 'waybill-unverified',
      severity: 'low',
      evidence: 'prior',
      sources: ['seed:S29', ...(doubt ? [doubt.source] : [])],
      prior: WAYBILL_PRIOR,
      values: {
        forCarrier: ctx.carrierKnown ? renderText(PHRASES.forCarrier, { carrier: ctx.carrierName }) : same(''),
        checkText: doubt ? { en: `${doubt.text.en} `, zh: doubt.text.zh } : same(''),
        waybill: ctx.waybill,
        carrier: ctx.carrierName,
      },
    }),
  ];
}

// ------------------------------------------------------------------ first scan and tracking

function labelSourcePhrase(ctx: DiagnosisContext, clocks: SlaClocks): Localized {
  if (clocks.firstScan.labelAtSource === 'info-received-event') return PHRASES.labelFromEvent;
  if (ctx.labelCreatedSource === 'api') return PHRASES.labelFromApi;
  if (ctx.labelCreatedSource === 'print-click') return PHRASES.labelFromClick;
  return PHRASES.labelFromUnstated;
}

function firstScanUnknown(ctx: DiagnosisContext, clocks: SlaClocks | undefined): UnscoredFinding {
  const why =
    ctx.now === undefined
      ? PHRASES.firstScanWhyNoClock
      : ctx.apiConnected
        ? PHRASES.firstScanWhyNotFetched
        : PHRASES.firstScanWhyOffline;
  const labelAt = clocks?.firstScan.labelAt;
  const dueAt = clocks?.firstScan.dueAt;
  let window: Localized = same('');
  if (labelAt !== undefined && dueAt !== undefined && ctx.now !== undefined) {
    const values = { labelTime: formatTimestamp(labelAt, ctx.timeZone), hours: ctx.policy.firstScanHours };
    window =
      ctx.now > dueAt
        ? renderText(PHRASES.firstScanWindowClosed, { ...values, ago: formatDurationLocalized(ctx.now - dueAt) })
        : renderText(PHRASES.firstScanWindowOpen, { ...values, left: formatDurationLocalized(dueAt - ctx.now) });
  }
  return makeFinding({
    code: 'first-scan-unknown',
    severity: 'unknown',
    evidence: 'unknown',
    sources: ['seed:S28', 'seed:S27'],
    values: { carrier: ctx.carrierName, why, window, hours: ctx.policy.firstScanHours },
  });
}

/**
 * The seed's 4 h rule (S7/S27) is an article's claim; the platform's own clock is the deadline the API
 * gives (ref:tiktok-open-api#5.1). An overdue first scan is critical only once that deadline has passed
 * too; with the platform's deadline still ahead it is a warning, and without it (no API) it stays high.
 */
function describePlatformDeadline(ctx: DiagnosisContext, now: number): { severity: Severity; text: Localized } {
  const deadline = ctx.platformDeadline;
  // An overdue scan needs the API's trail (scanKnown), so "unknown" here means the API gave no deadline.
  if (!deadline) return { severity: 'high', text: PHRASES.platformDeadlineUnknown };
  const values = {
    field: deadline.field,
    name: deadline.field === 'tts_sla_time' ? PHRASES.collectByName : PHRASES.shipByName,
    time: formatTimestamp(deadline.at, ctx.timeZone),
  };
  return now > deadline.at
    ? {
        severity: 'critical',
        text: renderText(PHRASES.platformDeadlinePassed, {
          ...values,
          ago: formatDurationLocalized(now - deadline.at),
        }),
      }
    : {
        severity: 'medium',
        text: renderText(PHRASES.platformDeadlineAhead, {
          ...values,
          left: formatDurationLocalized(deadline.at - now),
        }),
      };
}

/** S27/S7: the first carrier scan is due within 4 h of label creation (inclusive: exactly 4 h is on time). */
function checkFirstScan(ctx: DiagnosisContext, clocks: SlaClocks | undefined): UnscoredFinding[] {
  const findings: UnscoredFinding[] = [];
  const hasLabelTime = clocks !== undefined ? clocks.firstScan.state !== 'unknown' : ctx.labelCreatedAt !== undefined;
  if (!hasLabelTime) {
    findings.push(
      makeFinding({
        code: 'label-time-unknown',
        severity: 'unknown',
        evidence: 'unknown',
        sources: ['seed:S27'],
        values: { hours: ctx.policy.firstScanHours },
      }),
    );
  }
  if (!clocks || ctx.now === undefined) {
    if (!ctx.scanned) findings.push(firstScanUnknown(ctx, clocks));
    return findings;
  }
  const fs = clocks.firstScan;
  if (!ctx.scanKnown) {
    findings.push(firstScanUnknown(ctx, clocks));
    return findings;
  }
  if (fs.labelAt === undefined || fs.dueAt === undefined) return findings;
  const base = {
    carrier: ctx.carrierName,
    hours: ctx.policy.firstScanHours,
    labelTime: formatTimestamp(fs.labelAt, ctx.timeZone),
    labelSource: labelSourcePhrase(ctx, clocks),
    dueTime: formatTimestamp(fs.dueAt, ctx.timeZone),
  };
  const now = ctx.now;
  switch (fs.state) {
    case 'overdue': {
      const lost = clocks.risks.includes('lost-suspected') && clocks.status !== 'lost';
      const platform = describePlatformDeadline(ctx, now);
      findings.push(
        makeFinding({
          code: 'first-scan-overdue',
          severity: platform.severity,
          evidence: 'observed',
          sources: [
            'seed:S27',
            'seed:S7',
            'seed:S28',
            ...(ctx.platformDeadline ? ['ref:tiktok-open-api#5.1'] : []),
            ...(lost ? ['ref:seller-center#5'] : []),
          ],
          values: {
            ...base,
            sinceLabel: formatDurationLocalized(now - fs.labelAt),
            lateBy: formatDurationLocalized(fs.lateByMs ?? now - fs.dueAt),
            platform: platform.text,
            lost: lost ? renderText(PHRASES.lostSuspected, { days: ctx.policy.lostAfterDays ?? 10 }) : same(''),
          },
        }),
      );
      break;
    }
    case 'due-soon':
    case 'pending':
      findings.push(
        makeFinding({
          code: fs.state === 'due-soon' ? 'first-scan-due-soon' : 'first-scan-pending',
          severity: fs.state === 'due-soon' ? 'medium' : 'info',
          evidence: 'observed',
          sources: ['seed:S7', 'seed:S27'],
          values: { ...base, remaining: formatDurationLocalized(fs.remainingMs ?? fs.dueAt - now) },
        }),
      );
      break;
    case 'late':
      findings.push(
        makeFinding({
          code: 'first-scan-late',
          severity: 'high',
          evidence: 'observed',
          sources: ['seed:S27', 'seed:S7'],
          values: {
            ...base,
            lateBy: formatDurationLocalized(fs.lateByMs ?? 0),
            scanTime: formatTimestamp(fs.at ?? fs.dueAt, ctx.timeZone),
            sinceLabel: formatDurationLocalized((fs.at ?? fs.dueAt) - fs.labelAt),
          },
        }),
      );
      break;
    default:
      break;
  }
  return findings;
}

function describeEvent(event: TrackingEvent): Localized {
  if (event.description === FIRST_SCAN_DESCRIPTION) return { en: 'First scan', zh: '首次扫描' };
  return same(event.description || event.status);
}

const EXCEPTION_STATUSES = new Set(['exception', 'returned', 'lost']);

/** S7: an update at least every 24 h once the carrier has the parcel; S8: exceptions (refused, lost, mis-delivered). */
function checkTrail(ctx: DiagnosisContext, clocks: SlaClocks | undefined): UnscoredFinding[] {
  const events = ctx.events;
  if (!events || events.length === 0 || !clocks) return [];
  const findings: UnscoredFinding[] = [];
  // Before the first scan the 4 h rule is the one that applies; "stale" is about a trail that stopped.
  if (clocks.carrierScanCount > 0 && clocks.currentGap.breached) {
    const last = events[events.length - 1]!;
    findings.push(
      makeFinding({
        code: 'tracking-stale',
        severity: 'high',
        evidence: 'observed',
        sources: ['seed:S7', 'seed:S28'],
        values: {
          gap: formatDurationLocalized(clocks.currentGap.ms),
          time: formatTimestamp(last.at, ctx.timeZone),
          description: describeEvent(last),
          hours: ctx.policy.maxUpdateGapHours,
          carrier: ctx.carrierName,
        },
      }),
    );
  }
  const exception = [...events].reverse().find((e) => EXCEPTION_STATUSES.has(e.status));
  if (exception) {
    const latest = EXCEPTION_STATUSES.has(clocks.status);
    findings.push(
      makeFinding({
        code: 'tracking-exception',
        severity: latest ? 'high' : 'low',
        evidence: 'observed',
        sources: ['seed:S8'],
        values: {
          description: describeEvent(exception),
          time: formatTimestamp(exception.at, ctx.timeZone),
          latest: latest ? PHRASES.exceptionLatest : PHRASES.exceptionEarlier,
          carrier: ctx.carrierName,
        },
      }),
    );
  }
  return findings;
}

// ------------------------------------------------------------------ market and carrier

/** S2/S9/S11 against the pack's certification records and the seller's connected carriers. */
function checkCarrier(ctx: DiagnosisContext): UnscoredFinding[] {
  const findings: UnscoredFinding[] = [];
  if (!ctx.market)
    findings.push(
      makeFinding({
        code: 'market-unknown',
        severity: 'unknown',
        evidence: 'unknown',
        sources: ['ref:seller-center#1.1', 'seed:S2', 'seed:S28'],
      }),
    );
  if (!ctx.carrierKnown) {
    findings.push(
      makeFinding({
        code: 'carrier-unknown',
        severity: 'unknown',
        evidence: 'unknown',
        sources: ['ref:seller-center#2.7', 'seed:S11'],
      }),
    );
    return findings;
  }
  const values = { carrier: ctx.carrierName, market: ctx.marketName ?? same('') };
  const entry = ctx.market ? ctx.carrierRules?.markets.find((m) => m.market === ctx.market) : undefined;
  const removed = entry?.apiLabelPrinting?.value === false;
  if (removed) {
    findings.push(
      makeFinding({
        code: 'carrier-removed-manual-label',
        severity: 'critical',
        evidence: 'observed',
        sources: [entry!.apiLabelPrinting!.source, 'seed:S9', 'seed:S11'],
        values,
      }),
    );
  }
  const required = ctx.marketRules?.certifiedCarrierRequired;
  if (required) {
    const certification = entry?.certification;
    if (certification?.status === 'not-certified') {
      findings.push(
        makeFinding({
          code: 'carrier-not-certified',
          severity: 'critical',
          evidence: 'observed',
          sources: [required.source, certification.source, 'seed:S11'],
          values: {
            ...values,
            since: required.since,
            note: certification.note ? { en: ` ${certification.note.en}`, zh: certification.note.zh } : same(''),
          },
        }),
      );
    } else if (certification?.status !== 'certified' && !removed) {
      findings.push(
        makeFinding({
          code: 'carrier-certification-unknown',
          severity: 'unknown',
          evidence: 'unknown',
          sources: ['seed:S11', required.source],
          values,
        }),
      );
    }
  }
  findings.push(...checkConnection(ctx));
  return findings;
}

function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.,()&]+/g, '');
}

function checkConnection(ctx: DiagnosisContext): UnscoredFinding[] {
  if (ctx.connectedCarriers.length === 0) {
    return [
      makeFinding({
        code: 'carrier-connection-unknown',
        severity: 'unknown',
        evidence: 'unknown',
        sources: ['seed:S11'],
        values: { carrier: ctx.carrierName },
      }),
    ];
  }
  const listed = ctx.connectedCarriers;
  const isListed = ctx.carrierId
    ? listed.some((c) => resolveCarrierId(c) === ctx.carrierId)
    : listed.some((c) => foldName(c) === foldName(ctx.carrierText));
  if (isListed) return [];
  return [
    makeFinding({
      code: 'carrier-not-connected',
      severity: 'high',
      evidence: 'observed',
      sources: ['seed:S11'],
      values: { carrier: ctx.carrierName, connected: same(listed.join(', ')) },
    }),
  ];
}

/** S28 step 2: the carrier must push tracking to the endpoint the platform specifies for the market. */
function checkCallback(ctx: DiagnosisContext): UnscoredFinding[] {
  if (!ctx.market) return []; // market-unknown already says the endpoint could not be checked
  const endpoint = ctx.marketRules?.trackingCallbackEndpoint;
  const values = { carrier: ctx.carrierName, market: ctx.marketName ?? same(ctx.market) };
  const unknown = (why: Localized, how: Localized) =>
    makeFinding({
      code: 'callback-unknown',
      severity: 'unknown',
      evidence: 'unknown',
      sources: [endpoint?.source ?? 'seed:S28', 'seed:S28'],
      values: { ...values, why, how },
    });
  if (!endpoint) {
    return [
      unknown(
        ctx.callbackUrl
          ? renderText(PHRASES.callbackWhyNoEndpoint, values)
          : renderText(PHRASES.callbackWhyNotEntered, values),
        renderText(PHRASES.callbackHowNoEndpoint, values),
      ),
    ];
  }
  const comparison = compareCallbackUrl(ctx.callbackUrl, endpoint.url);
  if (comparison.kind === 'empty') {
    return [
      unknown(
        renderText(PHRASES.callbackWhyNotEntered, values),
        renderText(PHRASES.callbackHowWithEndpoint, { ...values, expected: endpoint.url }),
      ),
    ];
  }
  if (comparison.kind === 'match') return [];
  const how =
    comparison.kind === 'not-a-url'
      ? PHRASES.notAUrl
      : comparison.differs === 'host'
        ? PHRASES.differsHost
        : comparison.differs === 'path'
          ? PHRASES.differsPath
          : PHRASES.differsBoth;
  // A warning, not critical: the endpoint on file is the seed's (S28), and the carrier's side is what the
  // seller typed. Only host and path are repeated: a query string may carry the carrier's tokens.
  const entered = comparison.kind === 'mismatch' ? same(comparison.enteredHostPath) : PHRASES.enteredNotAUrl;
  return [
    makeFinding({
      code: 'callback-mismatch',
      severity: 'medium',
      evidence: 'observed',
      sources: [endpoint.source, 'seed:S28'],
      values: { ...values, entered, expected: endpoint.url, comparison: how },
    }),
  ];
}

/** S33/S34: labels below 203 dpi often fail the first scan; moot once a scan is on record. */
function checkPrinter(ctx: DiagnosisContext): UnscoredFinding[] {
  if (ctx.scanned) return [];
  if (ctx.printerDpi === undefined) {
    return [
      makeFinding({
        code: 'printer-unknown',
        severity: 'unknown',
        evidence: 'unknown',
        sources: ['seed:S33', 'seed:S34'],
        prior: LOW_DPI_PRIOR,
      }),
    ];
  }
  if (ctx.printerDpi >= MIN_LABEL_DPI.value) return [];
  return [
    makeFinding({
      code: 'printer-below-203dpi',
      severity: 'high',
      evidence: 'observed',
      sources: ['seed:S33', 'seed:S34'],
      prior: LOW_DPI_PRIOR,
      values: { dpi: ctx.printerDpi },
    }),
  ];
}

function notPending(ctx: DiagnosisContext): UnscoredFinding {
  return makeFinding({
    code: 'order-not-pending',
    severity: 'info',
    evidence: 'observed',
    sources: ['ref:seller-center#4'],
    values: { status: ORDER_STATUS_TEXTS[ctx.status], statusText: ctx.statusText ?? ORDER_STATUS_TEXTS[ctx.status].en },
  });
}

function computeClocks(ctx: DiagnosisContext): SlaClocks | undefined {
  if (ctx.now === undefined) return undefined;
  return computeSlaClocks({
    ...(ctx.labelCreatedAt !== undefined ? { labelCreatedAt: ctx.labelCreatedAt } : {}),
    events: ctx.events ?? [],
    market: ctx.market ?? 'unknown',
    now: ctx.now,
    policy: ctx.policy,
  });
}

/**
 * Why is this order still Pending Shipment although its label was printed? Returns findings ranked
 * most likely first (see `rankingNote`): a malformed waybill (S28/S29), a first scan overdue or due
 * soon (S7/S27, inclusive: exactly 4 h after the label is not yet overdue), a wrong tracking callback
 * (S28), a carrier that is not certified, connected or still certified for API labels (S2/S9/S11), a
 * printer below 203 dpi (S33), a stale trail or an exception (S7/S8). Facts that are missing come
 * back as "Unknown — …" findings saying how to check them. An order whose status shows it has moved
 * on gets a single `order-not-pending` finding. Never throws on odd facts.
 * Example: facts `{ orderId: '5770', market: 'US', carrier: { text: 'J&T Express' }, waybill: 'JT00（1234567890',
 * labelCreatedAt: t, labelCreatedSource: 'api', events: [], apiConnected: true }` at `t + 5 h 12 m` →
 * first finding `waybill-malformed` ("Waybill has a full-width bracket at position 5"), then
 * `first-scan-overdue` ("No first scan 5 h 12 m after label — call J&T Express").
 */
export function diagnosePendingShipment(facts: DiagnosisFacts, now: number, pack: RulePack): Finding[] {
  const ctx = readContext(facts, now, pack);
  if (!isStillPending(ctx.status)) return rankFindings([notPending(ctx)]);
  const clocks = computeClocks(ctx);
  return rankFindings([
    ...checkWaybillNumber(ctx),
    ...checkFirstScan(ctx, clocks),
    ...checkTrail(ctx, clocks),
    ...checkCarrier(ctx),
    ...checkCallback(ctx),
    ...checkPrinter(ctx),
  ]);
}
