import { describe, expect, it } from 'vitest';
import { rankFindings, scoreFinding, topFinding, type UnscoredFinding } from '@/lib/diagnostics';

function finding(
  code: UnscoredFinding['code'],
  evidence: UnscoredFinding['evidence'],
  severity: UnscoredFinding['severity'],
  prior?: number,
): UnscoredFinding {
  const text = { en: code, zh: code };
  return {
    code,
    severity,
    evidence,
    title: text,
    detail: text,
    fix: text,
    source: 'seed:S27',
    sources: ['seed:S27'],
    ...(prior !== undefined ? { prior: { value: prior, source: 'seed:S29' } } : {}),
  };
}

describe('scoreFinding', () => {
  it('packs evidence, then severity, then prior', () => {
    expect(scoreFinding(finding('waybill-malformed', 'observed', 'critical', 0.837))).toBe(2583);
    expect(scoreFinding(finding('first-scan-overdue', 'observed', 'critical'))).toBe(2500);
    expect(scoreFinding(finding('waybill-unverified', 'prior', 'low', 0.837))).toBe(1283);
    expect(scoreFinding(finding('waybill-unknown', 'unknown', 'unknown', 0.837))).toBe(83);
  });

  it('a prior can never lift a finding over the next severity or evidence level', () => {
    expect(scoreFinding(finding('printer-below-203dpi', 'observed', 'high', 1))).toBeLessThan(
      scoreFinding(finding('callback-mismatch', 'observed', 'critical', 0)),
    );
    expect(scoreFinding(finding('waybill-unverified', 'prior', 'critical', 1))).toBeLessThan(
      scoreFinding(finding('first-scan-pending', 'observed', 'info')),
    );
  });

  it('clamps odd priors', () => {
    expect(scoreFinding(finding('printer-unknown', 'unknown', 'unknown', 7))).toBe(99);
    expect(scoreFinding(finding('printer-unknown', 'unknown', 'unknown', Number.NaN))).toBe(0);
  });
});

describe('rankFindings and topFinding', () => {
  const list = [
    finding('label-time-unknown', 'unknown', 'unknown'),
    finding('waybill-unverified', 'prior', 'low', 0.837),
    finding('first-scan-overdue', 'observed', 'critical'),
    finding('printer-below-203dpi', 'observed', 'high', 0.39),
    finding('waybill-unknown', 'unknown', 'unknown', 0.837),
    finding('waybill-malformed', 'observed', 'critical', 0.837),
  ];

  it('orders observed (by severity, then prior), then prior-only, then unknowns', () => {
    expect(rankFindings(list).map((f) => f.code)).toEqual([
      'waybill-malformed',
      'first-scan-overdue',
      'printer-below-203dpi',
      'waybill-unverified',
      'waybill-unknown',
      'label-time-unknown',
    ]);
  });

  it('on equal scores keeps FINDING_CODES order (cause before symptom), whatever the input order', () => {
    const tied = [
      finding('first-scan-overdue', 'observed', 'critical'),
      finding('callback-mismatch', 'observed', 'critical'),
    ];
    expect(rankFindings(tied).map((f) => f.code)).toEqual(['callback-mismatch', 'first-scan-overdue']);
    expect(rankFindings([...tied].reverse()).map((f) => f.code)).toEqual(['callback-mismatch', 'first-scan-overdue']);
  });

  it('does not change its input', () => {
    const copy = [...list];
    rankFindings(list);
    expect(list).toEqual(copy);
  });

  it('topFinding picks the most likely one in any order, undefined for none', () => {
    expect(topFinding([...list].reverse())?.code).toBe('waybill-malformed');
    expect(topFinding([])).toBeUndefined();
  });
});
