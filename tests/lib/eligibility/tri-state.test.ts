import { describe, expect, it } from 'vitest';
import { eligibleCarriers, type EligibilityOrder, type EligibilityVerdict } from '@/lib/eligibility';
import { defaultRulePack, mergeRulePacks, type RulePack } from '@/lib/rules';

const COMPANY = { businessType: 'company' as const };
const order = (market: string, weightGrams = 400): EligibilityOrder => ({ market, parcel: { weightGrams } });
const verdict = (verdicts: EligibilityVerdict[], id: string) => verdicts.find((v) => v.carrierId === id)!;

/** The default pack with UPS on file as explicitly not certified in the US (evidence). */
const upsNotCertified: RulePack = mergeRulePacks(defaultRulePack, {
  carriers: [
    {
      id: 'ups',
      name: { en: 'UPS', zh: 'UPS' },
      markets: [
        {
          market: 'US',
          source: 'ref:carriers-and-labels#1.2',
          certification: { status: 'not-certified', source: 'user' },
        },
      ],
    },
  ],
});

describe('eligibility is tri-state (issue 10.7)', () => {
  // [market, carrier, pack, status, eligible, reason codes]
  it.each<[string, string, RulePack, EligibilityVerdict['status'], boolean, string[]]>([
    ['US', 'jt-express', defaultRulePack, 'eligible', true, []],
    ['US', 'cainiao', defaultRulePack, 'eligible', true, []],
    // Serves the US per the reference, but no certification record: unknown, not "intercepted".
    ['US', 'ups', defaultRulePack, 'unknown', false, ['certification-unknown']],
    ['US', 'fedex', defaultRulePack, 'unknown', false, ['certification-unknown']],
    // Nothing on file for the carrier in this market at all: unknown too.
    ['US', 'ninja-van', defaultRulePack, 'unknown', false, ['not-on-file-in-market']],
    ['GB', 'usps', defaultRulePack, 'unknown', false, ['not-on-file-in-market']],
    // Evidence on file: not eligible.
    ['US', 'ups', upsNotCertified, 'not-eligible', false, ['not-certified-in-market']],
    ['TH', 'ninja-van', defaultRulePack, 'not-eligible', false, ['below-min-weight']],
    // A market the pack has no records for: unknown for every carrier, never red.
    ['MY', 'jt-express', defaultRulePack, 'unknown', false, ['unknown-market']],
    ['SG', 'ninja-van', defaultRulePack, 'unknown', false, ['unknown-market']],
  ])('%s · %s → %s', (market, carrierId, pack, status, eligible, reasonCodes) => {
    const v = verdict(eligibleCarriers(order(market), COMPANY, pack), carrierId);
    expect(v.status).toBe(status);
    expect(v.eligible).toBe(eligible);
    expect(v.reasons.map((r) => r.code)).toEqual(reasonCodes);
    for (const r of v.reasons) expect(r.source).toMatch(/^(seed:S\d+|ref:|pack:|user)/);
  });

  it('says "unknown — check Seller Center → Settings → Logistics" in en and zh, never "intercepted"', () => {
    for (const [market, id] of [
      ['US', 'ups'],
      ['US', 'ninja-van'],
      ['MY', 'jt-express'],
    ] as const) {
      const reason = verdict(eligibleCarriers(order(market), COMPANY, defaultRulePack), id).reasons[0]!;
      expect(reason.blocking).toBe(false);
      expect(reason.effect).toBe('unknown');
      expect(reason.text.en).toMatch(/^Unknown — /);
      expect(reason.text.en).toContain('check Seller Center → Settings → Logistics');
      expect(reason.text.zh).toMatch(/^未知 — /);
      expect(reason.text.zh).toContain('请在 Seller Center → 设置 → 物流中查看');
      expect(reason.text.en).not.toMatch(/intercept/i);
      expect(reason.text.zh).not.toContain('拦截');
    }
  });

  it('a carrier the seller lists as connected in Seller Center counts as certified (S11: only certified carriers connect)', () => {
    const v = verdict(
      eligibleCarriers(order('US'), { businessType: 'company', connectedCarriers: ['UPS', 'usps'] }, defaultRulePack),
      'ups',
    );
    expect(v).toMatchObject({ status: 'eligible', eligible: true });
    expect(v.reasons).toEqual([
      expect.objectContaining({
        code: 'connected-in-seller-center',
        source: 'user',
        effect: 'advice',
        blocking: false,
      }),
    ]);
  });

  it('evidence wins over unknown: an unconnected carrier with no certification on file is not eligible', () => {
    const v = verdict(
      eligibleCarriers(order('US'), { businessType: 'company', connectedCarriers: ['usps'] }, defaultRulePack),
      'ups',
    );
    expect(v.status).toBe('not-eligible');
    expect(v.reasons.map((r) => r.code)).toEqual(['certification-unknown', 'not-connected']);
  });

  it('encodes the markets the carriers reference lists for J&T and Ninja Van, with that source and its date', () => {
    const entries = (id: string) => defaultRulePack.carriers.find((c) => c.id === id)!.markets;
    const fromRef = (id: string) =>
      entries(id)
        .filter((m) => m.source === 'ref:carriers-and-labels#1.5')
        .map((m) => m.market)
        .sort();
    expect(fromRef('jt-express')).toEqual(['MY', 'PH', 'SG', 'TH', 'VN']);
    expect(fromRef('ninja-van')).toEqual(['ID', 'MY', 'PH', 'SG', 'VN']);
    for (const id of ['jt-express', 'ninja-van'])
      for (const m of entries(id).filter((e) => e.source === 'ref:carriers-and-labels#1.5')) {
        expect(m.sourceDate, `${id}/${m.market}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // The reference says where a carrier works, not that it is certified there.
        expect(m.certification).toBeUndefined();
      }
    // …so J&T in Thailand is "unknown", not "not on file".
    expect(verdict(eligibleCarriers(order('TH'), COMPANY, defaultRulePack), 'jt-express').reasons[0]!.code).toBe(
      'certification-unknown',
    );
  });
});
