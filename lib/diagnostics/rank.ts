/**
 * Ranking of findings by how likely each explains the stuck order (the words are `rankingNote` in
 * messages.ts). The score is lexicographic, packed into one number so the UI can sort or show it:
 *   evidence (observed 2 > prior 1 > unknown 0) × 1000
 * + severity (critical 5 … info 1, unknown 0) × 100
 * + prior (0–1, e.g. S29's 0.837 for the waybill cause) × 99, rounded.
 * So an observed finding always beats a prior-only one whatever their severities (evidence beats
 * priors), severity decides among observed findings, and the prior only breaks severity ties — which
 * is how a malformed waybill (critical, 83.7 %) outranks an overdue first scan (critical, no prior)
 * while an overdue scan on an order with a valid waybill still outranks the waybill's prior alone.
 * Equal scores keep the order of `FINDING_CODES`, which puts a cause before the symptom it explains
 * (a wrong callback before the overdue first scan it produces).
 */
import {
  FINDING_CODES,
  type Evidence,
  type Finding,
  type FindingCode,
  type Severity,
  type UnscoredFinding,
} from './types';

const EVIDENCE_WEIGHT: Readonly<Record<Evidence, number>> = { observed: 2, prior: 1, unknown: 0 };
const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
  unknown: 0,
};
const CODE_ORDER: ReadonlyMap<FindingCode, number> = new Map(FINDING_CODES.map((code, i) => [code, i]));

/**
 * The ranking score of a finding (higher = more likely the cause).
 * Example: `scoreFinding({ evidence: 'observed', severity: 'critical', prior: { value: 0.837, source: 'seed:S29' } }) === 2583`.
 */
export function scoreFinding(finding: Pick<UnscoredFinding, 'evidence' | 'severity' | 'prior'>): number {
  const prior =
    finding.prior && Number.isFinite(finding.prior.value) ? Math.min(1, Math.max(0, finding.prior.value)) : 0;
  return (
    (EVIDENCE_WEIGHT[finding.evidence] ?? 0) * 1000 +
    (SEVERITY_WEIGHT[finding.severity] ?? 0) * 100 +
    Math.round(prior * 99)
  );
}

/**
 * Scores and sorts findings, most likely first (a new array; the input is not changed).
 * Example: `rankFindings([unknownLabelTime, observedOverdue])[0].code === 'first-scan-overdue'`.
 */
export function rankFindings(findings: ReadonlyArray<UnscoredFinding | Finding>): Finding[] {
  return findings
    .map((f) => ({ ...f, score: scoreFinding(f) }))
    .sort((a, b) => b.score - a.score || (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0));
}

/**
 * The most likely finding (what the inline hint shows), or `undefined` for an empty list. Ranks the
 * list first, so it is right whatever order it is given in.
 * Example: `topFinding(diagnosePendingShipment(facts, now, pack))?.title.en` → "Waybill has a full-width bracket at position 7".
 */
export function topFinding(findings: ReadonlyArray<UnscoredFinding | Finding>): Finding | undefined {
  return rankFindings(findings)[0];
}
