/**
 * Which characters may appear in a tracking number, and what every other character is.
 * No carrier format contains anything outside `[0-9A-Z]` (ref:carriers-and-labels#0); the platform
 * filters labels whose number holds spaces or Chinese/full-width brackets (seed:S28), and a malformed
 * number is behind 83.7 % of "label printed but still Pending Shipment" tickets (seed:S29).
 */
import type { Localized } from '@/lib/i18n';
import type { CharacterIssueCode } from './types';

export interface CharacterClass {
  code: CharacterIssueCode;
  /** Seller-facing name of the character kind ("Full-width bracket"). */
  name: Localized;
  /** Whether the character shows on screen; invisible ones are named, never quoted. */
  visible: boolean;
  /** What the character becomes in the cleaned candidate ('' = removed). */
  replacement: string;
  /** True when that replacement is certainly what the seller meant. */
  autoFixable: boolean;
}

const n = (en: string, zh: string): Localized => ({ en, zh });

// Compiled once; used only for characters outside ASCII (the slow path).
const FORMAT_CHAR = /^\p{Cf}$/u;
const SPACE_CHAR = /^[\p{Zs}\p{Zl}\p{Zp}]$/u;
const MARK_CHAR = /^\p{M}$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const KANA_CHAR = /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HANGUL_CHAR = /^\p{Script=Hangul}$/u;
const THAI_CHAR = /^\p{Script=Thai}$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;

function cls(
  code: CharacterIssueCode,
  name: Localized,
  visible: boolean,
  replacement: string,
  autoFixable: boolean,
): CharacterClass {
  return { code, name, visible, replacement, autoFixable };
}

const WS = (name: Localized) => cls('whitespace', name, false, '', true);
const INVISIBLE = (name: Localized) => cls('zero-width', name, false, '', true);
const CJK = (name: Localized) => cls('cjk', name, true, '', false);
const ILLEGAL = (name: Localized, visible = true) => cls('illegal-char', name, visible, '', false);

const NAMED: ReadonlyMap<number, CharacterClass> = new Map([
  [0x20, WS(n('Space', '空格'))],
  [0x09, WS(n('Tab', '制表符'))],
  [0x0a, WS(n('Line break', '换行符'))],
  [0x0d, WS(n('Carriage return', '回车符'))],
  [0x0b, WS(n('Vertical tab', '垂直制表符'))],
  [0x0c, WS(n('Form feed', '换页符'))],
  [0xa0, WS(n('No-break space', '不间断空格'))],
  [0x3000, WS(n('Full-width ideographic space', '全角空格'))],
  [0x200b, INVISIBLE(n('Zero-width space', '零宽空格'))],
  [0x200c, INVISIBLE(n('Zero-width non-joiner', '零宽非连接符'))],
  [0x200d, INVISIBLE(n('Zero-width joiner', '零宽连接符'))],
  [0x2060, INVISIBLE(n('Zero-width word joiner', '零宽连字符'))],
  [0xfeff, INVISIBLE(n('Byte order mark / zero-width no-break space', '字节顺序标记／零宽不换行空格'))],
  [0x00ad, INVISIBLE(n('Invisible soft hyphen', '不可见软连字符'))],
  [0xff08, CJK(n('Full-width bracket', '全角括号'))],
  [0xff09, CJK(n('Full-width bracket', '全角括号'))],
  [0x3010, CJK(n('CJK bracket', '中文方头括号'))],
  [0x3011, CJK(n('CJK bracket', '中文方头括号'))],
  [0x300c, CJK(n('CJK corner bracket', '中文直角引号'))],
  [0x300d, CJK(n('CJK corner bracket', '中文直角引号'))],
  [0x300e, CJK(n('CJK corner bracket', '中文直角引号'))],
  [0x300f, CJK(n('CJK corner bracket', '中文直角引号'))],
  [0x3008, CJK(n('CJK angle bracket', '中文书名号'))],
  [0x3009, CJK(n('CJK angle bracket', '中文书名号'))],
  [0x300a, CJK(n('CJK angle bracket', '中文书名号'))],
  [0x300b, CJK(n('CJK angle bracket', '中文书名号'))],
  [0xff0c, CJK(n('Full-width comma', '全角逗号'))],
  [0x3001, CJK(n('Ideographic comma', '顿号'))],
  [0x3002, CJK(n('Ideographic full stop', '中文句号'))],
  [0xff1a, CJK(n('Full-width colon', '全角冒号'))],
  [0xff0d, CJK(n('Full-width hyphen', '全角连字符'))],
  [0x2d, ILLEGAL(n('Hyphen', '连字符'))],
  [0x2010, ILLEGAL(n('Hyphen', '连字符'))],
  [0x2011, ILLEGAL(n('Non-breaking hyphen', '不换行连字符'))],
  [0x2012, ILLEGAL(n('Dash', '破折号'))],
  [0x2013, ILLEGAL(n('En dash', '短破折号'))],
  [0x2014, ILLEGAL(n('Em dash', '长破折号'))],
  [0x2015, ILLEGAL(n('Horizontal bar', '水平线'))],
  [0x2212, ILLEGAL(n('Minus sign', '减号'))],
]);

const LOWERCASE = cls('lowercase', n('Lowercase letter', '小写字母'), true, '', true);
const ASCII_CONTROL = ILLEGAL(n('Control character', '控制字符'), false);
const ASCII_SYMBOL = ILLEGAL(n('Character', '字符'));
const SPACE_OTHER = WS(n('Unicode space', 'Unicode 空格字符'));
const FORMAT_OTHER = INVISIBLE(n('Invisible formatting character', '不可见格式字符'));
const FULLWIDTH_DIGIT = n('Full-width digit', '全角数字');
const FULLWIDTH_LETTER = n('Full-width letter', '全角字母');
const FULLWIDTH_PUNCT = CJK(n('Full-width punctuation', '全角标点'));
const HALFWIDTH_CJK = CJK(n('Half-width CJK form', '半角中日韩字符'));
const CJK_PUNCT = CJK(n('CJK punctuation', '中文标点'));
const HAN = CJK(n('Chinese character', '汉字'));
const KANA = CJK(n('Japanese kana', '日文假名'));
const HANGUL = CJK(n('Korean letter', '韩文字母'));
const CJK_OTHER = CJK(n('CJK character', '中日韩字符'));
const THAI = ILLEGAL(n('Thai character', '泰文字符'));
const MARK = ILLEGAL(n('Combining accent mark', '组合声调或重音符号'), false);
const LONE_SURROGATE = ILLEGAL(n('Broken character, an unpaired surrogate', '损坏的字符，孤立代理项'), false);
const OTHER = ILLEGAL(n('Character', '字符'));

function isCjkBlock(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x33ff) || // symbols & punctuation, kana, bopomofo, compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe1f) || // vertical forms
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** Latin letters with diacritics (Vietnamese "ệ", "Đ"): the base ASCII letter is the likely intent. */
function baseLatinLetter(char: string): string | undefined {
  const base = char.normalize('NFD').charCodeAt(0);
  if (base >= 0x41 && base <= 0x5a) return String.fromCharCode(base);
  if (base >= 0x61 && base <= 0x7a) return String.fromCharCode(base - 32);
  if (char === 'Đ' || char === 'đ') return 'D'; // no decomposition in Unicode
  return undefined;
}

/**
 * Classifies one code point that is not `[0-9A-Z]`. Returns the class with its seller-facing name
 * and what the character becomes in the cleaned candidate.
 * Example: `classifyCodePoint(0xff08).code === 'cjk'`, `classifyCodePoint(0x61).replacement === 'A'`.
 */
export function classifyCodePoint(cp: number): CharacterClass {
  if (cp >= 0x61 && cp <= 0x7a) return { ...LOWERCASE, replacement: String.fromCharCode(cp - 32) };
  const named = NAMED.get(cp);
  if (named) return named;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return ASCII_CONTROL;
  if (cp < 0x80) return ASCII_SYMBOL;
  if (cp >= 0xd800 && cp <= 0xdfff) return LONE_SURROGATE;
  // Full-width forms U+FF01–U+FF5E map to ASCII by subtracting 0xFEE0 (what NFKC does for them).
  if (cp >= 0xff10 && cp <= 0xff19)
    return cls('fullwidth', FULLWIDTH_DIGIT, true, String.fromCharCode(cp - 0xfee0), true);
  if (cp >= 0xff21 && cp <= 0xff3a)
    return cls('fullwidth', FULLWIDTH_LETTER, true, String.fromCharCode(cp - 0xfee0), true);
  if (cp >= 0xff41 && cp <= 0xff5a)
    return cls('fullwidth', FULLWIDTH_LETTER, true, String.fromCharCode(cp - 0xfee0 - 32), true);
  if (cp >= 0xff01 && cp <= 0xff5e) return FULLWIDTH_PUNCT;
  if (cp >= 0xff5f && cp <= 0xffdf) return HALFWIDTH_CJK;
  if (cp >= 0xffe0 && cp <= 0xffee) return FULLWIDTH_PUNCT; // ￥ ￡ ￠ and friends
  const char = String.fromCodePoint(cp);
  if (SPACE_CHAR.test(char)) return SPACE_OTHER;
  if (FORMAT_CHAR.test(char)) return FORMAT_OTHER;
  if (HAN_CHAR.test(char)) return HAN;
  if (KANA_CHAR.test(char)) return KANA;
  if (HANGUL_CHAR.test(char)) return HANGUL;
  if (isCjkBlock(cp)) return cp >= 0x3000 && cp <= 0x303f ? CJK_PUNCT : CJK_OTHER;
  if (THAI_CHAR.test(char)) return THAI;
  if (MARK_CHAR.test(char)) return MARK;
  if (LATIN_LETTER.test(char)) {
    const base = baseLatinLetter(char);
    if (base) return cls('illegal-char', n('Accented letter', '带声调或重音的字母'), true, base, false);
  }
  return OTHER;
}

export interface CharacterFinding {
  cls: CharacterClass;
  /** 0-based code-point index in the raw text. */
  index: number;
  codePoint: number;
  char: string;
}

export interface CharacterScan {
  /** The cleaned candidate. */
  cleaned: string;
  findings: CharacterFinding[];
  /** Code-point index of the first / last character that survives cleaning (−1 when none). */
  firstKeptIndex: number;
  lastKeptIndex: number;
}

/** True for `0-9` and `A-Z`: the only characters a tracking number has. */
function isWaybillCharCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** Index of the first UTF-16 unit outside `[0-9A-Z]`, or −1. The fast path: clean numbers stop here. */
export function findFirstNonWaybillUnit(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (!isWaybillCharCode(text.charCodeAt(i))) return i;
  }
  return -1;
}

/**
 * Walks `text` by code point (lone surrogates are single, broken code points), classifies every
 * character outside `[0-9A-Z]` and builds the cleaned candidate. The caller bounds `text`'s length.
 * Example: `scanCharacters('JT 12').cleaned === 'JT12'` with one `whitespace` finding at index 2.
 */
export function scanCharacters(text: string): CharacterScan {
  const findings: CharacterFinding[] = [];
  let cleaned = '';
  let firstKeptIndex = -1;
  let lastKeptIndex = -1;
  let index = 0;
  for (let i = 0; i < text.length; i++, index++) {
    const unit = text.charCodeAt(i);
    if (isWaybillCharCode(unit)) {
      cleaned += text[i];
      if (firstKeptIndex < 0) firstKeptIndex = index;
      lastKeptIndex = index;
      continue;
    }
    let cp = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const found = classifyCodePoint(cp);
    findings.push({
      cls: found,
      index,
      codePoint: cp,
      char: cp >= 0xd800 && cp <= 0xdfff ? '' : String.fromCodePoint(cp),
    });
    if (found.replacement) {
      cleaned += found.replacement;
      if (firstKeptIndex < 0) firstKeptIndex = index;
      lastKeptIndex = index;
    }
  }
  return { cleaned, findings, firstKeptIndex, lastKeptIndex };
}
