import { describe, expect, it } from 'vitest';
import {
  defaultRulePack,
  describePostcodeRule,
  isReadablePostcode,
  matchesPostcodeRule,
  normalizePostcode,
  parsePostcode,
  type PostcodeRule,
} from '@/lib/rules';

const inSet = (id: string, postcode: string) =>
  defaultRulePack.postcodeSets.find((s) => s.id === id)!.rules.some((r) => matchesPostcodeRule(r, postcode));

describe('postcode rules', () => {
  it.each([
    ['99501', 'us-alaska', true],
    ['99950', 'us-alaska', true],
    ['99401', 'us-alaska', false],
    ['96813', 'us-hawaii', true],
    ['96799', 'us-hawaii', true],
    ['96901', 'us-hawaii', false],
    ['00601', 'us-puerto-rico', true],
    ['00802', 'us-puerto-rico', false],
    ['00802', 'us-virgin-islands', true],
    ['99501-1234', 'us-alaska', true],
    ['９９５０１', 'us-alaska', true],
  ])('ZIP %s in %s → %s (ref:carriers-and-labels#4.1)', (zip, set, expected) => {
    expect(inSet(set, zip)).toBe(expected);
  });

  it.each([
    ['KW15 1AB', 'gb-offshore', true],
    ['KW1 4AA', 'gb-offshore', false],
    ['KW1 4AA', 'gb-highlands', true],
    ['ZE1 0AA', 'gb-offshore', true],
    ['BT1 1AA', 'gb-offshore', true],
    ['G83 0AA', 'gb-highlands', true],
    ['G1 1AA', 'gb-highlands', false],
    ['GY1 1AA', 'gb-offshore', true],
    ['PO30 1AA', 'gb-isle-of-wight', true],
    ['PO3 1AA', 'gb-isle-of-wight', false],
    ['ph13 9zz', 'gb-highlands', true],
    ['SW1A 1AA', 'gb-offshore', false],
  ])('UK %s in %s → %s (ref:carriers-and-labels#4.2)', (postcode, set, expected) => {
    expect(inSet(set, postcode)).toBe(expected);
  });

  it('matches prefixes on the normalised postcode and never on an empty one', () => {
    const rule: PostcodeRule = { kind: 'prefix', prefix: 'GY' };
    expect(matchesPostcodeRule(rule, 'gy1 1aa')).toBe(true);
    expect(matchesPostcodeRule({ kind: 'prefix', prefix: '1' }, '')).toBe(false);
  });

  it('normalises full-width characters, case, spaces and hyphens', () => {
    expect(normalizePostcode(' kw15 1ab ')).toBe('KW151AB');
    expect(normalizePostcode('９９５０１－１２３４')).toBe('995011234');
  });

  it('reads ZIP and UK outward codes once', () => {
    expect(parsePostcode('99501')).toEqual({ normalized: '99501', zip3: '995' });
    expect(parsePostcode('KW15 1AB')).toEqual({ normalized: 'KW151AB', ukOutward: { area: 'KW', district: 15 } });
    expect(parsePostcode(undefined)).toEqual({ normalized: '' });
  });

  it('knows when a postcode cannot be read for its country', () => {
    expect(isReadablePostcode('US', '995')).toBe(false);
    expect(isReadablePostcode('US', '99501')).toBe(true);
    expect(isReadablePostcode('GB', 'not a postcode')).toBe(false);
    expect(isReadablePostcode('TH', '10110')).toBe(true);
    expect(isReadablePostcode('TH', '')).toBe(false);
  });

  it('describes rules briefly', () => {
    expect(describePostcodeRule({ kind: 'zip3-range', from: '995', to: '999' })).toBe('ZIP 995–999');
    expect(describePostcodeRule({ kind: 'uk-district', area: 'KW', from: 15, to: 17 })).toBe('KW15–KW17');
    expect(describePostcodeRule({ kind: 'uk-district', area: 'BT' })).toBe('BT');
  });
});
