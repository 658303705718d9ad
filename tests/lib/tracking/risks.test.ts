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
