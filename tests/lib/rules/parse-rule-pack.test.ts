import { describe, expect, it } from 'vitest';
import {
  defaultRulePack,
  formatIssuePath,
  parseRulePack,
  parseRulePackOverride,
  serializeRulePack,
  type RulePack,
} from '@/lib/rules';

/** A deep copy of the default pack as plain JSON, to break on purpose. */
const copyPack = (): RulePack => JSON.parse(JSON.stringify(defaultRulePack)) as RulePack;

function errorsOf(input: unknown): Array<{ path: string; message: string }> {
  const result = parseRulePack(input);
  return result.ok ? [] : result.errors;
}

describe('parseRulePack', () => {
  it('reads an exported pack back to an equal pack', () => {
    const result = parseRulePack(serializeRulePack(defaultRulePack));
    expect(result).toEqual({ ok: true, pack: defaultRulePack });
  });

  it('accepts parsed JSON as well as JSON text', () => {
    expect(parseRulePack(copyPack()).ok).toBe(true);
  });

  it('returns one error at the root for text that is not JSON', () => {
    expect(errorsOf('{"version": ')).toEqual([{ path: '', message: expect.stringContaining('not valid JSON') }]);
  });

  it('lists every missing top-level field by path, not just the first', () => {
    const paths = errorsOf({}).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'version',
        'effectiveFrom',
        'moneyRounding',
        'markets',
        'carriers',
        'postcodeSets',
        'feeTables',
      ]),
    );
  });

  it('never throws on odd input', () => {
    for (const odd of [undefined, null, 42, 'text', [], { markets: 'x' }]) expect(parseRulePack(odd).ok).toBe(false);
  });

  it('points at a figure without a valid source', () => {
    const pack = copyPack();
    (pack.feeTables[0]!.weightBands[0] as { source: string }).source = 'my notes';
    expect(errorsOf(pack)).toEqual([
      { path: 'feeTables[0].weightBands[0].source', message: expect.stringContaining('source must be') },
    ]);
  });

  it('refuses a fractional or negative minor amount', () => {
    const pack = copyPack();
    pack.feeTables[0]!.weightBands[0]!.baseMinor = 3.28;
    pack.feeTables[0]!.trackingFee!.perOrderMinor = -15;
    expect(errorsOf(pack).map((e) => e.path)).toEqual([
      'feeTables[0].weightBands[0].baseMinor',
      'feeTables[0].trackingFee.perOrderMinor',
    ]);
  });

  it('refuses weight bands out of order', () => {
    const pack = copyPack();
    pack.feeTables[0]!.weightBands = [
      { maxWeightGrams: 1000, baseMinor: 400, source: 'user' },
      { maxWeightGrams: 500, baseMinor: 328, source: 'seed:S20' },
    ];
    expect(errorsOf(pack)).toEqual([
      { path: 'feeTables[0].weightBands[1].maxWeightGrams', message: expect.stringContaining('ascending') },
    ]);
  });

  it('refuses a fuel figure with both a per-kg amount and a percent, and a month listed twice', () => {
    const pack = copyPack();
    pack.feeTables[0]!.fuel = [
      { month: '2024-08', perKgMinor: 21, percent: 5, source: 'seed:S21' },
      { month: '2024-08', perKgMinor: 22, source: 'user' },
    ];
    expect(errorsOf(pack)).toEqual([
      { path: 'feeTables[0].fuel[0]', message: 'a fuel figure needs exactly one of perKgMinor or percent' },
      { path: 'feeTables[0].fuel[1].month', message: 'fuel month 2024-08 is listed twice' },
    ]);
  });

  it('refuses a fee table whose currency differs from its market', () => {
    const pack = copyPack();
    pack.feeTables[0]!.currency = 'GBP';
    expect(errorsOf(pack)).toEqual([
      { path: 'feeTables[0].currency', message: "currency GBP does not match US's USD" },
    ]);
  });

  it('refuses a remote-area fee naming a postcode set the pack does not have', () => {
    const pack = copyPack();
    pack.feeTables[0]!.remoteAreas![0]!.postcodeSetIds = ['us-alaska', 'us-atlantis'];
    expect(errorsOf(pack)).toEqual([
      { path: 'feeTables[0].remoteAreas[0].postcodeSetIds[1]', message: expect.stringContaining('us-atlantis') },
    ]);
  });

  it('refuses duplicate carriers and unknown keys (typos are caught, not ignored)', () => {
    const pack = copyPack() as RulePack & { extra?: unknown };
    pack.carriers.push(pack.carriers[0]!);
    (pack.feeTables[0] as unknown as Record<string, unknown>).fule = [];
    const errors = errorsOf(pack);
    expect(errors).toContainEqual({
      path: `carriers[${pack.carriers.length - 1}]`,
      message: 'carrier jt-express is listed twice',
    });
    expect(errors.some((e) => e.path === 'feeTables[0]' && e.message.includes('fule'))).toBe(true);
  });

  it('accepts UK as the market code for GB', () => {
    const pack = copyPack();
    (pack.markets[1] as { code: string }).code = 'UK';
    const result = parseRulePack(pack);
    expect(result.ok && result.pack.markets[1]!.code).toBe('GB');
  });
});

describe('parseRulePackOverride', () => {
  it('accepts a partial fee table for a carrier and market of the base', () => {
    const result = parseRulePackOverride(
      { feeTables: [{ carrierId: 'jt-express', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }] },
      defaultRulePack,
    );
    expect(result.ok).toBe(true);
  });

  it('checks references against the base pack', () => {
    const result = parseRulePackOverride(
      {
        feeTables: [
          {
            carrierId: 'jt-express',
            market: 'US',
            currency: 'EUR',
            remoteAreas: [{ postcodeSetIds: ['nowhere'], feeMinor: 1, source: 'user' }],
          },
        ],
      },
      defaultRulePack,
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'feeTables[0].currency',
      'feeTables[0].remoteAreas[0].postcodeSetIds[0]',
    ]);
  });
});

describe('formatIssuePath', () => {
  it('writes array indexes in brackets', () => {
    expect(formatIssuePath(['feeTables', 0, 'weightBands', 1, 'baseMinor'])).toBe(
      'feeTables[0].weightBands[1].baseMinor',
    );
    expect(formatIssuePath([])).toBe('');
  });
});

describe('serializeRulePack', () => {
  it('writes pretty JSON that starts with the version', () => {
    expect(serializeRulePack(defaultRulePack)).toMatch(/^\{\n {2}"version": "1\.0\.0"/);
  });
});
