/**
 * The in-page signal policy (docs/architecture.md "Signal policy"): a row gets a hint only when there
 * is something to act on now — an observed waybill defect or a deadline risk — and each problem is
 * shown by exactly one hint. Unknowns, priors and info-level findings stay in the side panel. Pure.
 */
import type { FeatureSwitches, Problem, ProblemCode, ProblemTone, RowFacts, RowSignals, SignalOptions } from './types';

const HOUR_MS = 3_600_000;
/** The seed's rule: a carrier scan within 4 h of label creation (S7, S27). */
export const SEED_FIRST_SCAN_HOURS = 4;

/** Lower = worse: the chip shows the worst problem of a row. */
const RANK: Record<ProblemCode, number> = {
  'ship-by-overdue': 0,
  'collection-overdue': 1,
  'waybill-duplicate': 2,
  'waybill-malformed': 3,
  'waybill-wrong-carrier': 4,
  'ship-by-4h': 5,
  'first-scan-overdue': 6,
  diagnosis: 7,
  'ship-by-12h': 8,
  'ship-by-24h': 9,
};

const TONE: Record<Exclude<ProblemCode, 'diagnosis'>, ProblemTone> = {
  'ship-by-overdue': 'critical',
  'collection-overdue': 'critical',
  'waybill-duplicate': 'critical',
  'waybill-malformed': 'critical',
  'waybill-wrong-carrier': 'high',
  'ship-by-4h': 'critical',
  'first-scan-overdue': 'high',
  'ship-by-12h': 'high',
  'ship-by-24h': 'medium',
};

/** Diagnosis findings worth a row hint: a cause with evidence, not an unknown, a prior or an info note. */
const ACTIONABLE_SEVERITIES = new Set(['critical', 'high', 'medium']);

/**
 * Whether a Pending-Shipment finding deserves an in-page hint. Waybill findings are left to the
 * waybill warning in the tracking cell (one hint per problem); `*-unknown` codes are unknowns.
 * Example: `isActionableFinding({ code: 'callback-mismatch', severity: 'high' })` → true;
 * `isActionableFinding({ code: 'printer-unknown', severity: 'unknown' })` → false.
 */
export function isActionableFinding(finding: { code: string; severity: string }): boolean {
  if (!ACTIONABLE_SEVERITIES.has(finding.severity)) return false;
  if (finding.code.startsWith('waybill-') || finding.code.endsWith('-unknown')) return false;
  return finding.code !== 'order-not-pending';
}

function waybillProblem(facts: RowFacts): Problem | undefined {
  const code: ProblemCode | undefined = facts.duplicateOf?.length
    ? 'waybill-duplicate'
    : facts.waybill?.malformed
      ? 'waybill-malformed'
      : facts.waybill?.wrongCarrier
        ? 'waybill-wrong-carrier'
        : undefined;
  return code ? { code, tone: TONE[code], hint: 'waybill-warning' } : undefined;
}

function shipByProblem(facts: RowFacts, now: number): Problem | undefined {
  if (facts.stage !== 'awaiting-shipment' || facts.shipByAt === undefined || facts.firstScanAt !== undefined)
    return undefined;
  const left = facts.shipByAt - now;
  const code: ProblemCode | undefined =
    left < 0
      ? 'ship-by-overdue'
      : left <= 4 * HOUR_MS
        ? 'ship-by-4h'
        : left <= 12 * HOUR_MS
          ? 'ship-by-12h'
          : left <= 24 * HOUR_MS
            ? 'ship-by-24h'
            : undefined;
  if (!code) return undefined;
  return {
    code,
    tone: TONE[code],
    hint: 'ship-by-deadline',
    dueAt: facts.shipByAt,
    dueSource: facts.shipBySource ?? 'page',
  };
}

/** Awaiting collection and no carrier scan past the collection deadline (or, without one, the ship-by). */
function collectionProblem(facts: RowFacts, now: number): Problem | undefined {
  if (facts.stage !== 'awaiting-collection' || facts.firstScanAt !== undefined) return undefined;
  const due = facts.collectByAt ?? facts.shipByAt;
  if (due === undefined || now <= due) return undefined;
  return {
    code: 'collection-overdue',
    tone: TONE['collection-overdue'],
    hint: 'ship-by-deadline',
    dueAt: due,
    dueSource: facts.collectByAt !== undefined ? 'api' : (facts.shipBySource ?? 'page'),
  };
}

/** The seed's 4 h first-scan rule (S7/S27): labelled, not yet scanned, label older than the window. */
function firstScanProblem(facts: RowFacts, now: number, hours: number): Problem | undefined {
  const waiting = facts.stage === 'awaiting-shipment' || facts.stage === 'awaiting-collection';
  if (!waiting || !facts.labelled || facts.labelCreatedAt === undefined || facts.firstScanAt !== undefined)
    return undefined;
  const due = facts.labelCreatedAt + hours * HOUR_MS;
  if (now <= due) return undefined;
  return {
    code: 'first-scan-overdue',
    tone: TONE['first-scan-overdue'],
    hint: 'ship-by-deadline',
    dueAt: due,
    dueSource: 'seed',
  };
}

function diagnosisProblem(facts: RowFacts): Problem | undefined {
  const finding = facts.diagnosis;
  if (!finding || !isActionableFinding(finding)) return undefined;
  return {
    code: 'diagnosis',
    tone: finding.severity === 'medium' ? 'medium' : finding.severity === 'high' ? 'high' : 'critical',
    hint: 'pending-diagnosis',
    findingCode: finding.code,
  };
}

function byRank(a: Problem, b: Problem): number {
  return RANK[a.code] - RANK[b.code];
}

/**
 * The hints one row gets. Example: a labelled awaiting-shipment row with a valid waybill, ship-by in
 * 3 days and no finding → `{ problems: [], carrierBadge: false }` (no hint at all).
 */
export function rowSignals(facts: RowFacts, options: SignalOptions): RowSignals {
  const { now, features } = options;
  const hours = options.firstScanHours ?? SEED_FIRST_SCAN_HOURS;
  const waybill = features.waybillWarnings ? waybillProblem(facts) : undefined;
  const rowLevel: Problem[] = [];
  const diagnosis = features.diagnosis ? diagnosisProblem(facts) : undefined;
  if (diagnosis) rowLevel.push(diagnosis);
  if (features.deadlines) {
    for (const problem of [shipByProblem(facts, now), collectionProblem(facts, now)])
      if (problem) rowLevel.push(problem);
    // the diagnosis already says "first scan overdue" (with its fix): not a second hint for it
    const firstScan = firstScanProblem(facts, now, hours);
    if (firstScan && diagnosis?.findingCode !== 'first-scan-overdue') rowLevel.push(firstScan);
  }
  rowLevel.sort(byRank);
  const problems = [...(waybill ? [waybill] : []), ...rowLevel].sort(byRank);
  const [worst, ...others] = rowLevel;
  const signals: RowSignals = {
    orderId: facts.orderId,
    problems,
    carrierBadge: carrierChoiceOpen(facts, features),
  };
  if (waybill) signals.waybill = waybill;
  if (worst)
    signals.chip = {
      kind: worst.hint === 'pending-diagnosis' ? 'pending-diagnosis' : 'ship-by-deadline',
      worst,
      others,
    };
  return signals;
}

/** The eligibility badge belongs where a carrier is still to be chosen: awaiting shipment, no label yet. */
function carrierChoiceOpen(facts: RowFacts, features: FeatureSwitches): boolean {
  return features.carrierBadges && !facts.labelled && facts.stage === 'awaiting-shipment';
}
