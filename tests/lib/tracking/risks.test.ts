import { describe, expect, it } from 'vitest';
import { RISK_CODES, isAtRisk, riskSources, riskTexts } from '@/lib/tracking';

describe('riskTexts', () => {
  it('has an English and a Chinese text for every risk code, and nothing else', () => {
    expect(Object.keys(riskTexts).sort()).toEqual([...RISK_CODES].sort());
    for (const code of RISK_CODES) {
      expect(riskTexts[code].en, code).toMatch(/[a-z]{3}/);
      expect(riskTexts[code].zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives every risk a source', () => {
    for (const code of RISK_CODES) expect(riskSources[code], code).toMatch(/^(?:seed:S\d+|ref:[a-z0-9-]+#[0-9.]+)$/);
  });
});

describe('isAtRisk', () => {
  it('is true when at least one risk is present', () => {
    expect(isAtRisk({ risks: [] })).toBe(false);
    expect(isAtRisk({ risks: ['dispatch-overdue'] })).toBe(true);
  });
});

describe('calibration (issue 10.6)', () => {
  it('labels the 4 h first-scan rule as the seed’s rule, in both languages', () => {
    for (const code of ['first-scan-overdue', 'first-scan-due-soon'] as const) {
      expect(riskTexts[code].en, code).toMatch(/seed’s 4 h rule/);
      expect(riskTexts[code].zh, code).toMatch(/资料所述的 4 小时规则/);
    }
  });

  it('has no risk for a market benchmark (S4–S6 are averages, not per-parcel deadlines)', () => {
    expect(RISK_CODES as readonly string[]).not.toContain('past-benchmark');
  });
});
