import { describe, expect, it } from 'vitest';
import {
  eligibleCarriers,
  type EligibilityOrder,
  type EligibilityVerdict,
  type SellerProfile,
} from '@/lib/eligibility';
import { defaultRulePack, mergeRulePacks, type RulePack } from '@/lib/rules';

const COMPANY: SellerProfile = { businessType: 'company' };
const usOrder = (weightGrams = 400, dimensionsMm?: EligibilityOrder['parcel']['dimensionsMm']): EligibilityOrder => ({
  market: 'US',
  parcel: { weightGrams, ...(dimensionsMm ? { dimensionsMm } : {}) },
  destination: { country: 'US', postcode: '10001' },
});
const thOrder = (weightGrams: number): EligibilityOrder => ({
  market: 'TH',
  parcel: { weightGrams },
  destination: { country: 'TH', postcode: '10110' },
});

function verdictFor(verdicts: EligibilityVerdict[], carrierId: string): EligibilityVerdict {
  const verdict = verdicts.find((v) => v.carrierId === carrierId);
  if (!verdict) throw new Error(`no verdict for ${carrierId}`);
  return verdict;
}
const codes = (v: EligibilityVerdict) => v.reasons.map((r) => r.code);

describe('eligibleCarriers', () => {
  it('returns one verdict per carrier of the pack, with en/zh text and a source on every reason', () => {
    const verdicts = eligibleCarriers(
      usOrder(),
      { businessType: 'individual', dailyOrders: 5, connectedCarriers: ['usps'] },
      defaultRulePack,
    );
    expect(verdicts.map((v) => v.carrierId)).toEqual(defaultRulePack.carriers.map((c) => c.id));
    for (const reason of verdicts.flatMap((v) => v.reasons)) {
      expect(reason.source).toMatch(/^(seed:S\d+|pack:|user|https?:)/);
      expect(reason.text.en.length).toBeGreaterThan(10);
      expect(reason.text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists the US certified carriers as eligible for a company', () => {
    const eligible = eligibleCarriers(usOrder(), COMPANY, defaultRulePack)
      .filter((v) => v.eligible)
      .map((v) => v.carrierId);
    expect(eligible).toEqual(['jt-express', 'usps', 'cainiao', 'zongteng', 'winit']);
  });

  describe('certification (S2, S11)', () => {
    it('a carrier with nothing on file in the market is unknown, not refused', () => {
      const v = verdictFor(eligibleCarriers(usOrder(), COMPANY, defaultRulePack), 'ninja-van');
      expect(v).toMatchObject({ eligible: false, status: 'unknown' });
      expect(v.reasons).toEqual([
        expect.objectContaining({ code: 'not-on-file-in-market', source: 'pack:carriers', blocking: false }),
      ]);
      expect(v.reasons[0]!.text.en).toContain('Unknown — nothing on file about Ninja Van in United States');
    });

    it('a carrier that serves the market with no certification on file is unknown (UPS)', () => {
      expect(codes(verdictFor(eligibleCarriers(usOrder(), COMPANY, defaultRulePack), 'ups'))).toEqual([
        'certification-unknown',
      ]);
    });

    it('accepts a carrier on the US TLPP list (S11)', () => {
      expect(verdictFor(eligibleCarriers(usOrder(), COMPANY, defaultRulePack), 'cainiao')).toEqual({
        carrierId: 'cainiao',
        eligible: true,
        status: 'eligible',
        reasons: [],
      });
    });

    it('reads UK as GB', () => {
      const v = verdictFor(
        eligibleCarriers({ market: 'UK', parcel: { weightGrams: 400 } }, COMPANY, defaultRulePack),
        'royal-mail',
      );
      expect(v.eligible).toBe(true);
    });
  });

  describe('below-min-weight (S16)', () => {
    it('excludes Ninja Van Thailand under 3 kg', () => {
      const v = verdictFor(eligibleCarriers(thOrder(1200), COMPANY, defaultRulePack), 'ninja-van');
      expect(v).toEqual({
        carrierId: 'ninja-van',
        eligible: false,
        status: 'not-eligible',
        reasons: [expect.objectContaining({ code: 'below-min-weight', source: 'seed:S16' })],
      });
      expect(v.reasons[0]!.text.en).toBe(
        'Ninja Van (Thailand) takes parcels of at least 3000 g; this one weighs 1200 g.',
      );
    });

    it('accepts Ninja Van Thailand at 3 kg and above', () => {
      expect(verdictFor(eligibleCarriers(thOrder(3000), COMPANY, defaultRulePack), 'ninja-van').eligible).toBe(true);
    });
  });

  describe('over-max-weight / over-max-size (only when the pack has a sourced limit)', () => {
    const limited: RulePack = mergeRulePacks(defaultRulePack, {
      carriers: [
        {
          id: 'usps',
          name: { en: 'USPS', zh: '美国邮政' },
          markets: [
            {
              market: 'US',
              source: 'seed:S2',
              limits: {
                maxWeightGrams: { value: 31_751, source: 'user' },
                maxLongestSideMm: { value: 1_000, source: 'user' },
                maxLengthPlusGirthMm: { value: 2_500, source: 'user' },
              },
            },
          ],
        },
      ],
    });

    it('has no max limits in the default pack, so a heavy bulky parcel is not refused for size', () => {
      expect(
        codes(
          verdictFor(
            eligibleCarriers(usOrder(50_000, { length: 2000, width: 1000, height: 1000 }), COMPANY, defaultRulePack),
            'usps',
          ),
        ),
      ).toEqual([]);
    });

    it('refuses a parcel over the maximum weight', () => {
      const v = verdictFor(eligibleCarriers(usOrder(40_000), COMPANY, limited), 'usps');
      expect(v.reasons).toEqual([expect.objectContaining({ code: 'over-max-weight', source: 'user' })]);
    });

    it('refuses a parcel with a side over the maximum, or over length + girth', () => {
      expect(
        codes(
          verdictFor(
            eligibleCarriers(usOrder(1000, { length: 1200, width: 100, height: 100 }), COMPANY, limited),
            'usps',
          ),
        ),
      ).toEqual(['over-max-size']);
      // 900 + 2 × (500 + 400) = 2,700 mm > 2,500.
      const girth = verdictFor(
        eligibleCarriers(usOrder(1000, { length: 400, width: 900, height: 500 }), COMPANY, limited),
        'usps',
      );
      expect(girth.reasons[0]!.text.en).toContain('2700 mm');
    });

    it('accepts a parcel within every limit', () => {
      expect(
        verdictFor(eligibleCarriers(usOrder(1000, { length: 600, width: 400, height: 300 }), COMPANY, limited), 'usps')
          .eligible,
      ).toBe(true);
    });
  });

  describe('individual-needs-isv (S14)', () => {
    it('excludes every carrier for an individual business without an ISV', () => {
      const verdicts = eligibleCarriers(usOrder(), { businessType: 'individual' }, defaultRulePack);
      expect(verdicts.every((v) => !v.eligible && codes(v).includes('individual-needs-isv'))).toBe(true);
      expect(verdictFor(verdicts, 'jt-express').reasons).toEqual([
        expect.objectContaining({ code: 'individual-needs-isv', source: 'seed:S14' }),
      ]);
    });

    it('accepts an individual business connected through an ISV, and a company', () => {
      expect(
        verdictFor(
          eligibleCarriers(usOrder(), { businessType: 'individual', viaIsv: true }, defaultRulePack),
          'jt-express',
        ).eligible,
      ).toBe(true);
      expect(verdictFor(eligibleCarriers(usOrder(), COMPANY, defaultRulePack), 'jt-express').eligible).toBe(true);
    });
  });

  describe('no-api-label-printing (S9)', () => {
    it('excludes a carrier whose channel cannot print labels through the API', () => {
      const pack = mergeRulePacks(defaultRulePack, {
        carriers: [
          {
            id: 'winit',
            name: { en: 'Winit', zh: '万邑通' },
            markets: [{ market: 'US', source: 'seed:S11', apiLabelPrinting: { value: false, source: 'user' } }],
          },
        ],
      });
      const v = verdictFor(eligibleCarriers(usOrder(), COMPANY, pack), 'winit');
      expect(v).toEqual({
        carrierId: 'winit',
        eligible: false,
        status: 'not-eligible',
        reasons: [expect.objectContaining({ code: 'no-api-label-printing', source: 'user' })],
      });
    });

    it('accepts certified channels, which all print through the API (S9)', () => {
      expect(codes(verdictFor(eligibleCarriers(usOrder(), COMPANY, defaultRulePack), 'winit'))).not.toContain(
        'no-api-label-printing',
      );
    });
  });

  describe('not-connected (when the profile lists connected carriers)', () => {
    it('excludes carriers the shop has not connected, accepting ids or displayed names', () => {
      const verdicts = eligibleCarriers(
        usOrder(),
        { businessType: 'company', connectedCarriers: ['J&T Express', 'usps'] },
        defaultRulePack,
      );
      expect(verdicts.filter((v) => v.eligible).map((v) => v.carrierId)).toEqual(['jt-express', 'usps']);
      expect(verdictFor(verdicts, 'cainiao').reasons).toEqual([
        expect.objectContaining({ code: 'not-connected', source: 'seed:S11' }),
      ]);
    });

    it('does not apply when the profile lists none (an empty list means "not stated")', () => {
      expect(
        verdictFor(
          eligibleCarriers(usOrder(), { businessType: 'company', connectedCarriers: [] }, defaultRulePack),
          'cainiao',
        ).eligible,
      ).toBe(true);
    });
  });

  describe('low-volume advice (S15)', () => {
    it('adds advice under 20 orders a day without making the carrier ineligible', () => {
      const v = verdictFor(
        eligibleCarriers(usOrder(), { businessType: 'company', dailyOrders: 12 }, defaultRulePack),
        'jt-express',
      );
      expect(v.eligible).toBe(true);
      expect(v.reasons).toEqual([expect.objectContaining({ code: 'low-volume', source: 'seed:S15', blocking: false })]);
    });

    it('gives no advice from 20 orders a day, or when the volume is unknown', () => {
      expect(
        verdictFor(
          eligibleCarriers(usOrder(), { businessType: 'company', dailyOrders: 20 }, defaultRulePack),
          'jt-express',
        ).reasons,
      ).toEqual([]);
      expect(verdictFor(eligibleCarriers(usOrder(), COMPANY, defaultRulePack), 'jt-express').reasons).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('marks every carrier unknown for a market the pack has no records for', () => {
      for (const market of ['MY', 'XX']) {
        const verdicts = eligibleCarriers({ market, parcel: { weightGrams: 400 } }, COMPANY, defaultRulePack);
        expect(verdicts.every((v) => v.status === 'unknown' && codes(v)[0] === 'unknown-market')).toBe(true);
      }
    });

    it('never throws on a broken parcel and says what is wrong', () => {
      for (const parcel of [
        { weightGrams: Number.NaN },
        { weightGrams: -1 },
        { weightGrams: 100, dimensionsMm: { length: 1, width: 0, height: 1 } },
        undefined,
      ]) {
        const verdicts = eligibleCarriers({ market: 'US', parcel } as EligibilityOrder, COMPANY, defaultRulePack);
        expect(verdicts.every((v) => !v.eligible && codes(v).includes('invalid-parcel'))).toBe(true);
      }
    });

    it('skips seller checks when no profile is given', () => {
      expect(verdictFor(eligibleCarriers(usOrder(), undefined, defaultRulePack), 'jt-express')).toEqual({
        carrierId: 'jt-express',
        eligible: true,
        status: 'eligible',
        reasons: [],
      });
    });
  });
});
