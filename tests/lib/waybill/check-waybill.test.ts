import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MAX_LISTED_CHARACTER_ISSUES,
  WAYBILL_ISSUE_CODES,
  WAYBILL_ISSUE_TITLES,
  checkWaybill,
  findDuplicateWaybills,
  type WaybillIssue,
  type WaybillIssueCode,
} from '@/lib/waybill';

const S10 = 'RB123456785GB';
const IMPB = '9400111206206406260787';

function charIssues(raw: string) {
  return checkWaybill(raw)
    .issues.filter((i) => i.index !== undefined)
    .map((i) => ({ code: i.code, index: i.index, codePoint: i.codePoint }));
}

describe('checkWaybill: a clean, valid number', () => {
  it('is ok as typed, with no issues and nothing to clean', () => {
    const result = checkWaybill(IMPB, { carrier: 'USPS Ground Advantage', market: 'US' });
    expect(result).toMatchObject({
      ok: true,
      normalized: IMPB,
      carrier: 'usps',
      requestedCarrier: 'usps',
      needsCleaning: false,
      suggestion: false,
      candidateValid: true,
      formatVerifiable: true,
    });
    expect(result.issues).toEqual([]);
    expect(result.format).toMatchObject({ id: 'usps-impb-22', checkDigit: 'verified', verifiable: true });
  });

  it('accepts carrier ids and displayed names alike', () => {
    expect(checkWaybill('JX8009962760', { carrier: 'jt-express' }).carrier).toBe('jt-express');
    expect(checkWaybill('JX8009962760', { carrier: '极兔速递' }).carrier).toBe('jt-express');
    expect(checkWaybill(S10, { carrier: 'Royal Mail Tracked 24', market: 'UK' }).carrier).toBe('royal-mail');
  });
});

describe('checkWaybill: every illegal-character class, with exact index and code point', () => {
  it.each([
    ['leading space', ` ${S10}`, 'whitespace', 0, 0x20],
    ['trailing space', `${S10} `, 'whitespace', 13, 0x20],
    ['inner space', 'RB1234 56785GB', 'whitespace', 6, 0x20],
    ['tab', `\t${S10}`, 'whitespace', 0, 0x09],
    ['carriage return', `${S10}\r`, 'whitespace', 13, 0x0d],
    ['line feed', `RB12345\n6785GB`, 'whitespace', 7, 0x0a],
    ['no-break space U+00A0', `RB123\u00a0456785GB`, 'whitespace', 5, 0xa0],
    ['ideographic space U+3000', `RB123456785GB\u3000`, 'whitespace', 13, 0x3000],
    ['zero-width space U+200B', `RB12\u200b3456785GB`, 'zero-width', 4, 0x200b],
    ['zero-width non-joiner U+200C', `\u200c${S10}`, 'zero-width', 0, 0x200c],
    ['zero-width joiner U+200D', `RB123456785G\u200dB`, 'zero-width', 12, 0x200d],
    ['word joiner U+2060', `RB\u2060123456785GB`, 'zero-width', 2, 0x2060],
    ['BOM U+FEFF', `\ufeff${S10}`, 'zero-width', 0, 0xfeff],
    ['left-to-right mark U+200E (other Cf)', `${S10}\u200e`, 'zero-width', 13, 0x200e],
    ['soft hyphen U+00AD (Cf)', `RB123\u00ad456785GB`, 'zero-width', 5, 0xad],
    ['full-width letter', `ＲB123456785GB`, 'fullwidth', 0, 0xff32],
    ['full-width digit', `RB12345678５GB`, 'fullwidth', 10, 0xff15],
    ['full-width lowercase letter', `RB123456785Gｂ`, 'fullwidth', 12, 0xff42],
    ['full-width bracket （', `（${S10}`, 'cjk', 0, 0xff08],
    ['full-width bracket ）', `${S10}）`, 'cjk', 13, 0xff09],
    ['CJK bracket 【', `【${S10}`, 'cjk', 0, 0x3010],
    ['CJK bracket 】', `${S10}】`, 'cjk', 13, 0x3011],
    ['corner bracket 「', `「${S10}`, 'cjk', 0, 0x300c],
    ['corner bracket 」', `${S10}」`, 'cjk', 13, 0x300d],
    ['ideographic comma 、', `RB123、456785GB`, 'cjk', 5, 0x3001],
    ['full-width comma ，', `RB123，456785GB`, 'cjk', 5, 0xff0c],
    ['ideographic full stop 。', `${S10}。`, 'cjk', 13, 0x3002],
    ['CJK ideograph', `单${S10}`, 'cjk', 0, 0x5355],
    ['CJK ideograph outside the BMP', `${S10}𠀀`, 'cjk', 13, 0x20000],
    ['hyphen', 'RB-123456785GB', 'illegal-char', 2, 0x2d],
    ['en dash', 'RB–123456785GB', 'illegal-char', 2, 0x2013],
    ['full-width hyphen', 'RB－123456785GB', 'cjk', 2, 0xff0d],
    ['slash', 'RB123456785GB/', 'illegal-char', 13, 0x2f],
    ['Thai letter', `ก${S10}`, 'illegal-char', 0, 0x0e01],
    ['Vietnamese letter', `${S10}ệ`, 'illegal-char', 13, 0x1ec7],
    ['combining acute accent', `RB1\u030123456785GB`, 'illegal-char', 3, 0x0301],
    ['lone high surrogate', `RB123\ud800456785GB`, 'illegal-char', 5, 0xd800],
    ['lone low surrogate', `${S10}\udc00`, 'illegal-char', 13, 0xdc00],
    ['lowercase letter', 'rB123456785GB', 'lowercase', 0, 0x72],
  ])('%s', (_name, raw, code, index, codePoint) => {
    const result = checkWaybill(raw);
    expect(result.ok).toBe(false);
    expect(charIssues(raw)).toEqual([{ code, index, codePoint }]);
    const issue = result.issues.find((i) => i.index === index)!;
    expect(issue.severity).toBe('error');
    expect(issue.message).toContain(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
    expect(issue.message).toContain(`at position ${index + 1}`);
    expect(issue.text.zh).toContain(`第 ${index + 1} 个字符`);
    expect(issue.fix?.en.length).toBeGreaterThan(10);
    expect(issue.fix?.zh.length).toBeGreaterThan(5);
  });

  it('words the brief’s example exactly: a full-width bracket after a J&T number', () => {
    const result = checkWaybill('JT12345（', { carrier: 'J&T Express' });
    expect(result.issues[0]).toMatchObject({ code: 'cjk', index: 7, codePoint: 0xff08, severity: 'error' });
    expect(result.issues[0]!.message).toBe('Full-width bracket "（" (U+FF08) at position 8');
    expect(result.normalized).toBe('JT12345');
  });

  it('counts positions in code points, so an emoji before a space does not shift it', () => {
    expect(charIssues('📦 RB123456785GB')).toEqual([
      { code: 'illegal-char', index: 0, codePoint: 0x1f4e6 },
      { code: 'whitespace', index: 1, codePoint: 0x20 },
    ]);
  });

  it('says whether whitespace is leading, inside or trailing', () => {
    const issues = checkWaybill(' RB1234 56785GB\n').issues;
    expect(issues.map((i) => i.where)).toEqual(['leading', 'inner', 'trailing']);
    expect(issues.map((i) => i.message)).toEqual([
      'Leading space (U+0020) at position 1',
      'Space (U+0020) inside the number at position 8',
      'Trailing line break (U+000A) at position 16',
    ]);
  });

  it('names invisible characters instead of quoting them', () => {
    const [issue] = checkWaybill(`RB12\u200b3456785GB`).issues;
    expect(issue!.message).toBe('Zero-width space (U+200B) at position 5');
  });

  it('reports every offending character, not only the first', () => {
    expect(charIssues('（ rb123456785gb ）').map((i) => i.code)).toEqual([
      'cjk',
      'whitespace',
      'lowercase',
      'lowercase',
      'lowercase',
      'lowercase',
      'whitespace',
      'cjk',
    ]);
  });
});

describe('checkWaybill: the cleaned candidate', () => {
  it.each([
    ['spaces in groups', '9400 1112 0620 6406 2607 87', IMPB, true],
    ['zero-width and BOM', `\ufeff${IMPB}\u200b`, IMPB, true],
    ['full-width digits (NFKC)', '９４００１１１２０６２０６４０６２６０７８７', IMPB, true],
    ['lowercase', 'rb123456785gb', S10, true],
    ['CJK brackets: the bracket characters go, the number stays', '【RB123456785GB】', S10, false],
    ['ASCII brackets: contents kept', '(RB123456785GB)', S10, false],
    ['CJK text removed with its brackets', 'RB123456785GB（备注）', S10, false],
    ['accented letter reduced to its base letter (a guess, so not certain)', 'RB123456785ĠB', S10, false],
  ])('%s', (_name, raw, expected, certain) => {
    const result = checkWaybill(raw);
    expect(result.normalized).toBe(expected);
    expect(raw).not.toBe(expected);
    expect(result).toMatchObject({
      ok: false,
      needsCleaning: true,
      suggestion: true,
      candidateValid: true,
      fixIsCertain: certain,
    });
  });

  it('says when the corrected candidate itself still fails the carrier format', () => {
    const result = checkWaybill('9400 1112 0620 6406 2607 88', { carrier: 'usps' });
    expect(result).toMatchObject({
      ok: false,
      suggestion: true,
      candidateValid: false,
      normalized: '9400111206206406260788',
    });
    const check = result.issues.find((i) => i.code === 'bad-check-digit')!;
    expect(check.message).toMatch(/^After cleaning, check digit does not match/);
  });

  it('does not mark the fix certain when CJK text or hyphens are removed', () => {
    expect(checkWaybill('RB-123456785GB').fixIsCertain).toBe(false);
    expect(checkWaybill(' RB123456785GB').fixIsCertain).toBe(true);
  });
});

describe('checkWaybill: lowercase', () => {
  it('flags each lowercase letter and uppercases the candidate', () => {
    const result = checkWaybill('1z5r89390357567127', { carrier: 'UPS' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.index, i.codePoint])).toEqual([
      ['lowercase', 1, 0x7a],
      ['lowercase', 3, 0x72],
    ]);
    expect(result.issues[0]!.fix?.en).toBe('Use uppercase "Z".');
    expect(result).toMatchObject({ normalized: '1Z5R89390357567127', candidateValid: true, carrier: 'ups' });
  });
});

describe('checkWaybill: carrier mismatch', () => {
  it('flags a USPS number on a J&T row as an error, naming both carriers', () => {
    const result = checkWaybill(IMPB, { carrier: 'J&T Express', market: 'US' });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ code: 'carrier-mismatch', severity: 'error' }]);
    expect(result.issues[0]!.message).toContain('USPS');
    expect(result.issues[0]!.message).toContain('J&T Express');
    expect(result.issues[0]!.text.zh).toContain('极兔');
    expect(result).toMatchObject({ carrier: 'usps', requestedCarrier: 'jt-express' });
    expect(result.detected[0]).toMatchObject({ carrierId: 'usps', formatId: 'usps-impb-22', checkDigitVerified: true });
  });

  it('flags a postal S10 number on a UPS row (a closed format list) as a mismatch', () => {
    const result = checkWaybill(S10, { carrier: 'ups' });
    expect(result.issues.map((i) => i.code)).toEqual(['carrier-mismatch']);
    expect(result.carrier).toBe('royal-mail');
  });

  it('does not call a J&T-shaped number another carrier’s just because a weak check digit happens to pass', () => {
    // 12 digits with a valid FedEx mod 11: also the commonly seen J&T numeric shape.
    const result = checkWaybill('986578788855', { carrier: 'J&T Express', market: 'TH' });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(['format-not-verifiable']);
  });

  it('only warns for consolidators that may hand parcels to the last-mile carrier', () => {
    const result = checkWaybill(IMPB, { carrier: 'Winit', market: 'US' });
    expect(result.ok).toBe(true);
    expect(result.issues).toMatchObject([{ code: 'carrier-mismatch', severity: 'warning' }]);
  });

  it('does not call a USPS number on a DHL eCommerce row a mismatch (reported handover, UNCONFIRMED)', () => {
    const result = checkWaybill(IMPB, { carrier: 'DHL eCommerce' });
    expect(result).toMatchObject({ ok: true, carrier: 'dhl-ecommerce', formatVerifiable: false });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['format-not-verifiable', 'info']]);
  });

  it('accepts a postal ePacket number on a USPS row (posts carry each other’s S10 numbers)', () => {
    expect(checkWaybill('LK123456785CN', { carrier: 'usps' })).toMatchObject({ ok: true, issues: [] });
  });
});

describe('checkWaybill: carriers whose format is UNCONFIRMED', () => {
  it.each([
    ['J&T Express', 'JX8009962760'],
    ['J&T Express', 'anything that is clean'.replace(/ /g, '').toUpperCase()],
    ['Ninja Van', 'NVSG0000012345'],
    ['SPX', 'SPXID012345678'],
    ['Flash Express', 'TH12345678901A'],
    ['Kerry Express', 'ABCD1234567890'],
    ['Cainiao', 'LP00123456789012'],
    ['Zongteng', 'ZT1234567890'],
    ['Evri', 'H00A1B2C3D4E5F6G'],
    ['4PX', '4PX1234567890CN'],
  ])('%s: %s passes with an info "format not verifiable for this carrier"', (carrier, n) => {
    const result = checkWaybill(n, { carrier });
    expect(result.ok).toBe(true);
    expect(result.formatVerifiable).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'format-not-verifiable', severity: 'info' });
    expect(result.issues[0]!.message).toMatch(/^Format not verifiable for this carrier/);
    expect(result.issues[0]!.text.zh).toContain('无法校验该承运商的单号格式');
  });

  it('still rejects characters for such carriers: the platform filters them whatever the carrier', () => {
    const result = checkWaybill('JX 8009962760', { carrier: 'J&T Express' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['whitespace', 'error'],
      ['format-not-verifiable', 'info'],
    ]);
  });

  it('accepts Royal Mail’s reported 9/21-character domestic lengths without claiming to verify them', () => {
    const result = checkWaybill('AB1234567', { carrier: 'royal-mail' });
    expect(result).toMatchObject({ ok: true, formatVerifiable: false });
    expect(result.issues.map((i) => i.code)).toEqual(['format-not-verifiable']);
  });

  it('gives FedEx SmartPost (USPS numbers, UNCONFIRMED attribution) an info, not an error', () => {
    const result = checkWaybill('9261290983497923666238', { carrier: 'FedEx' });
    expect(result).toMatchObject({
      ok: true,
      carrier: 'fedex',
      format: { id: 'fedex-smartpost', checkDigit: 'verified', verifiable: false },
    });
  });
});

describe('checkWaybill: bad format for a carrier with published formats', () => {
  it('lists the shapes the carrier uses', () => {
    const [issue] = checkWaybill('GFUS123', { carrier: 'GOFO' }).issues;
    expect(issue).toMatchObject({ code: 'bad-format', severity: 'error', source: 'ref:carriers-and-labels#1.2' });
    expect(issue!.message).toBe('Not a valid GOFO number (7 characters): expected GFUS + 14 digits.');
    expect(issue!.text.zh).toContain('GFUS + 14 位数字');
  });
});

describe('checkWaybill: the contract shape (architecture.md)', () => {
  it('keeps the names and types acceptance checks call', () => {
    expectTypeOf(checkWaybill).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(checkWaybill).parameter(1).toMatchTypeOf<{ carrier?: string; market?: string } | undefined>();
    const result = checkWaybill('x');
    expectTypeOf(result.ok).toEqualTypeOf<boolean>();
    expectTypeOf(result.normalized).toEqualTypeOf<string>();
    expectTypeOf(result.carrier).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.issues[0]!.code).toMatchTypeOf<string>();
    expectTypeOf(result.issues[0]!.message).toEqualTypeOf<string>();
    expectTypeOf(result.issues[0]!.index).toEqualTypeOf<number | undefined>();
    expectTypeOf(result.issues[0]!.codePoint).toEqualTypeOf<number | undefined>();
  });
});

describe('checkWaybill: without a carrier', () => {
  it('names the detected carrier when the number is unambiguous', () => {
    expect(checkWaybill('1Z5R89390357567127')).toMatchObject({ ok: true, carrier: 'ups', format: { id: 'ups-1z' } });
    expect(checkWaybill('TBA000000000000')).toMatchObject({
      ok: true,
      carrier: 'amazon-logistics',
      format: { checkDigit: 'none' },
    });
  });

  it('rejects a distinctive shape whose check digit is wrong, whatever the carrier', () => {
    expect(checkWaybill('1Z5R89390357567128').issues).toMatchObject([{ code: 'bad-check-digit', severity: 'error' }]);
    expect(checkWaybill('RB123456786US').issues).toMatchObject([{ code: 'bad-check-digit', severity: 'error' }]);
  });

  it('does not pretend to verify a number no known format covers', () => {
    const result = checkWaybill('ZZ9');
    expect(result).toMatchObject({ ok: true, formatVerifiable: false, detected: [] });
    expect(result.carrier).toBeUndefined();
    expect(result.issues).toMatchObject([{ code: 'format-not-verifiable', severity: 'info' }]);
  });

  it('reports an unknown carrier name and falls back to detection', () => {
    const result = checkWaybill(IMPB, { carrier: 'Pony Express Deluxe' });
    expect(result.issues).toMatchObject([{ code: 'unknown-carrier', severity: 'info' }]);
    expect(result).toMatchObject({ ok: true, carrier: 'usps' });
    expect(result.requestedCarrier).toBeUndefined();
  });
});

describe('checkWaybill: input that is not a plain number', () => {
  it.each([
    ['undefined', undefined, 'empty'],
    ['null', null, 'empty'],
    ['empty string', '', 'empty'],
    ['a fractional number', 12.5, 'not-text'],
    ['a number past 2^53 (digits already lost)', 9.400111206206406e21, 'not-text'],
    ['an object', { waybill: IMPB }, 'not-text'],
    ['an array', [IMPB], 'not-text'],
    ['a boolean', true, 'not-text'],
    ['a symbol', Symbol('x'), 'not-text'],
    ['a function', () => IMPB, 'not-text'],
  ])('%s → %s', (_name, raw, code) => {
    const result = checkWaybill(raw);
    expect(result.ok).toBe(false);
    expect(result.normalized).toBe('');
    expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  it('takes whole numbers a spreadsheet produced as their digits', () => {
    expect(checkWaybill(986578788855, { carrier: 'fedex' })).toMatchObject({ ok: true, normalized: '986578788855' });
    expect(checkWaybill(986578788855n, { carrier: 'fedex' })).toMatchObject({ ok: true, normalized: '986578788855' });
  });

  it('reports only "empty" for a cell of spaces, but names junk characters in an otherwise empty cell', () => {
    expect(checkWaybill('   \u200b ').issues.map((i) => i.code)).toEqual(['empty']);
    expect(checkWaybill('（）').issues.map((i) => i.code)).toEqual(['empty', 'cjk', 'cjk']);
  });

  it('ignores options it cannot read', () => {
    const hostile = Object.defineProperty({}, 'carrier', {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(checkWaybill(IMPB, hostile as never)).toMatchObject({ ok: true, carrier: 'usps' });
    expect(checkWaybill(IMPB, 'usps' as never)).toMatchObject({ ok: true, carrier: 'usps' });
  });
});

describe('checkWaybill: long input', () => {
  it('answers too-long for a 1 MB paste without reading it', () => {
    const huge = `${IMPB} `.repeat(40_000);
    checkWaybill(huge); // warm-up
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const result = checkWaybill(huge);
      best = Math.min(best, performance.now() - start);
      expect(result.issues.map((x) => x.code)).toEqual(['too-long']);
      expect(result.ok).toBe(false);
    }
    expect(best).toBeLessThan(5);
  });

  it('rejects a candidate longer than 64 characters as too-long', () => {
    expect(checkWaybill('A'.repeat(65)).issues.map((i) => i.code)).toEqual(['too-long']);
    expect(checkWaybill('A'.repeat(64)).issues.map((i) => i.code)).not.toContain('too-long');
  });

  it('cleans a number padded with spaces instead of calling it too long', () => {
    const result = checkWaybill(`${IMPB}${' '.repeat(60)}`);
    expect(result.normalized).toBe(IMPB);
    expect(result.candidateValid).toBe(true);
  });

  it('caps listed character issues and says how many more there are', () => {
    const raw = `${'\u200b'.repeat(120)}${IMPB}`;
    const result = checkWaybill(raw);
    const listed = result.issues.filter((i) => i.code === 'zero-width');
    expect(listed).toHaveLength(MAX_LISTED_CHARACTER_ISSUES);
    expect(result.omittedIssueCount).toBe(120 - MAX_LISTED_CHARACTER_ISSUES);
    const more = result.issues.find((i) => i.code === 'too-many-issues')!;
    expect(more.message).toBe('70 more problem characters not listed.');
  });
});

describe('every issue code has English and Chinese text', () => {
  // One input per code. Typed as Record<WaybillIssueCode, …>, so a new code fails to compile until
  // it has an example here, and the runtime check below fails if the code list and this table drift.
  const producers: Record<WaybillIssueCode, () => WaybillIssue[]> = {
    empty: () => checkWaybill('').issues,
    'too-long': () => checkWaybill('9'.repeat(300)).issues,
    whitespace: () => checkWaybill(` ${S10}`).issues,
    fullwidth: () => checkWaybill(`Ｒ${S10.slice(1)}`).issues,
    cjk: () => checkWaybill(`【${S10}】`).issues,
    'zero-width': () => checkWaybill(`\u200b${S10}`).issues,
    'illegal-char': () => checkWaybill(`RB-123456785GB`).issues,
    lowercase: () => checkWaybill(S10.toLowerCase()).issues,
    'bad-format': () => checkWaybill('12345', { carrier: 'ups' }).issues,
    'bad-check-digit': () => checkWaybill('9400111206206406260788').issues,
    'carrier-mismatch': () => checkWaybill(IMPB, { carrier: 'J&T Express' }).issues,
    'format-not-verifiable': () => checkWaybill('JX8009962760', { carrier: 'J&T Express' }).issues,
    'not-text': () => checkWaybill({}).issues,
    'too-many-issues': () => checkWaybill(`${' '.repeat(80)}${S10}`).issues,
    'unknown-carrier': () => checkWaybill(S10, { carrier: 'Pony Express Deluxe' }).issues,
    duplicate: () =>
      findDuplicateWaybills([
        { orderId: 'A', raw: S10 },
        { orderId: 'B', raw: S10 },
      ]).map((g) => ({ ...g.issue })),
  };

  it('the table covers exactly the code list', () => {
    expect(Object.keys(producers).sort()).toEqual([...WAYBILL_ISSUE_CODES].sort());
    expect(Object.keys(WAYBILL_ISSUE_TITLES).sort()).toEqual([...WAYBILL_ISSUE_CODES].sort());
  });

  it.each([...WAYBILL_ISSUE_CODES])('%s', (code) => {
    const issue = producers[code]().find((i) => i.code === code);
    expect(issue, code).toBeDefined();
    expect(issue!.message).toBe(issue!.text.en);
    expect(issue!.text.en).toMatch(/[A-Za-z]{3}/);
    expect(issue!.text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(['error', 'warning', 'info']).toContain(issue!.severity);
    expect(issue!.source).toMatch(/^(seed:S\d+|ref:carriers-and-labels#[\d.]+)$/);
    if (issue!.fix) expect(issue!.fix.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(WAYBILL_ISSUE_TITLES[code].en.length).toBeGreaterThan(3);
    expect(WAYBILL_ISSUE_TITLES[code].zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
