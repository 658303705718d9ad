/**
 * Seller-facing words for waybill issues, in English and Simplified Chinese. Finding a problem
 * (check-waybill.ts) and wording it (here) are separate, so UI wording can change without touching
 * the logic or its tests.
 */
import { CARRIER_ALIASES, type CarrierId } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import type { CharacterFinding } from './characters';
import type { WaybillCarrierId, WaybillIssueCode } from './types';

/** A short title per code, for badges and summaries ("Space in number"). */
export const WAYBILL_ISSUE_TITLES: Readonly<Record<WaybillIssueCode, Localized>> = {
  empty: { en: 'No waybill number', zh: '缺少运单号' },
  'too-long': { en: 'Too long for a tracking number', zh: '长度超出运单号范围' },
  whitespace: { en: 'Space or line break in the number', zh: '运单号含空格或换行' },
  fullwidth: { en: 'Full-width characters', zh: '含全角字符' },
  cjk: { en: 'Chinese characters or brackets', zh: '含中文字符或中文括号' },
  'zero-width': { en: 'Invisible characters', zh: '含不可见字符' },
  'illegal-char': { en: 'Character not allowed in tracking numbers', zh: '含运单号不允许的字符' },
  lowercase: { en: 'Lowercase letters', zh: '含小写字母' },
  'bad-format': { en: 'Not a valid number format for this carrier', zh: '不符合该承运商的单号格式' },
  'bad-check-digit': { en: 'Check digit does not match', zh: '校验位不符' },
  'carrier-mismatch': { en: 'Number belongs to another carrier', zh: '单号属于其他承运商' },
  'format-not-verifiable': { en: 'Format not verifiable for this carrier', zh: '无法校验该承运商的单号格式' },
  'not-text': { en: 'Not text', zh: '不是文本' },
  'too-many-issues': { en: 'More problems not listed', zh: '还有更多问题未列出' },
  'unknown-carrier': { en: 'Unknown carrier', zh: '未知承运商' },
  duplicate: { en: 'Same waybill on several orders', zh: '多个订单使用同一运单号' },
};

const CJK_TEXT = /[\u3400-\u9fff]/;

/** The carrier's display name in both languages. Example: `localizeCarrierName('jt-express').en === 'J&T Express'`. */
const CARRIER_NAMES = new Map<string, Localized>();

export function localizeCarrierName(id: WaybillCarrierId, postalCountry?: string): Localized {
  if (id === 'upu-post') {
    const cc = postalCountry ?? '??';
    return { en: `the national post (${cc})`, zh: `${cc} 国家邮政` };
  }
  let name = CARRIER_NAMES.get(id);
  if (!name) {
    const aliases = CARRIER_ALIASES[id as CarrierId];
    const en = aliases[0] ?? id;
    name = { en, zh: aliases.find((a) => CJK_TEXT.test(a)) ?? en };
    CARRIER_NAMES.set(id, name);
  }
  return name;
}

const HEX = '0123456789ABCDEF';

/** `U+FF08` notation; hand-rolled because it runs for every offending character of every row. */
function formatCodePoint(cp: number): string {
  let digits = '';
  for (let v = cp; v > 0; v >>>= 4) digits = HEX.charAt(v & 15) + digits;
  while (digits.length < 4) digits = '0' + digits;
  return 'U+' + digits;
}
const hex = formatCodePoint;

const WHERE_EN = { leading: 'Leading', inner: '', trailing: 'Trailing' } as const;
const WHERE_ZH = { leading: '开头的', inner: '号码中间的', trailing: '末尾的' } as const;

/**
 * The sentence for one offending character, e.g. `Full-width bracket "（" (U+FF08) at position 8`.
 * People count from 1, so the sentence says `index + 1` (as lib/label's messages do); the issue's
 * `index` field stays 0-based.
 */
export function describeCharacter(finding: CharacterFinding, where?: 'leading' | 'inner' | 'trailing'): Localized {
  const { cls, codePoint, index, char } = finding;
  const shown = cls.visible && char ? ` "${char}"` : '';
  const shownZh = cls.visible && char ? `“${char}”` : '';
  let nameEn = cls.name.en;
  if (where && where !== 'inner') nameEn = `${WHERE_EN[where]} ${nameEn.charAt(0).toLowerCase()}${nameEn.slice(1)}`;
  const inside = where === 'inner' ? ' inside the number' : '';
  return {
    en: `${nameEn}${shown} (${hex(codePoint)})${inside} at position ${index + 1}`,
    zh: `第 ${index + 1} 个字符是${where ? WHERE_ZH[where] : ''}${cls.name.zh}${shownZh}（${hex(codePoint)}）`,
  };
}

const FIXES = new Map<string, Localized>();

/** What to do about one offending character (memoised: the same few sentences recur on every row). */
export function describeCharacterFix(finding: CharacterFinding): Localized {
  const key = finding.cls.code + '\u0000' + finding.cls.replacement;
  let fix = FIXES.get(key);
  if (!fix) {
    fix = composeCharacterFix(finding);
    FIXES.set(key, fix);
  }
  return fix;
}

function composeCharacterFix(finding: CharacterFinding): Localized {
  const { cls } = finding;
  switch (cls.code) {
    case 'whitespace':
      return {
        en: 'Delete it: the platform filters out waybill numbers that contain spaces or line breaks.',
        zh: '请删除：含空格或换行的运单号会被平台过滤。',
      };
    case 'zero-width':
      return {
        en: 'Delete it: an invisible character, usually picked up by copy-paste. Retype the number or use the corrected copy.',
        zh: '请删除：这是复制粘贴时常带入的不可见字符。请重新输入或使用修正后的单号。',
      };
    case 'fullwidth':
      return {
        en: `Switch the input method to half-width (English) and type "${cls.replacement}" instead.`,
        zh: `请将输入法切换为半角（英文）后输入“${cls.replacement}”。`,
      };
    case 'lowercase':
      return { en: `Use uppercase "${cls.replacement}".`, zh: `请使用大写字母“${cls.replacement}”。` };
    case 'cjk':
      return {
        en: 'Remove it: Chinese characters and Chinese/full-width brackets make the platform filter the label out. Keep only letters A–Z and digits 0–9.',
        zh: '请删除：含中文字符或中文/全角括号的运单号会被平台过滤。只保留字母 A–Z 和数字 0–9。',
      };
    case 'illegal-char':
      return cls.replacement
        ? {
            en: `Tracking numbers use plain letters only: replace it with "${cls.replacement}" if that was meant.`,
            zh: `运单号只使用不带声调的字母：如本意是“${cls.replacement}”，请替换。`,
          }
        : {
            en: 'Remove it: tracking numbers contain only digits 0–9 and letters A–Z.',
            zh: '请删除：运单号只包含数字 0–9 和字母 A–Z。',
          };
  }
}

export const EMPTY_TEXT: Localized = { en: 'No waybill number.', zh: '没有运单号。' };
export const EMPTY_FIX: Localized = {
  en: 'Enter the tracking number printed on the label.',
  zh: '请填写面单上印的运单号。',
};

export function describeNotText(kind: string): Localized {
  return {
    en: `Expected the waybill number as text, got ${kind}.`,
    zh: `运单号应为文本，实际为${kind === 'a number too large to keep all its digits' ? '一个过大、已丢失位数的数字' : `“${kind}”`}。`,
  };
}

export const NOT_TEXT_FIX: Localized = {
  en: 'Store waybill numbers as text (format the spreadsheet column as Text) and enter the number again.',
  zh: '请以文本形式保存运单号（将表格列格式设为“文本”），然后重新输入。',
};

export function describeTooLong(length: number, longest: number): Localized {
  return {
    en: `Too long to be a tracking number: ${length} characters (the longest known format has ${longest}).`,
    zh: `长度 ${length} 个字符，超出运单号范围（已知最长格式为 ${longest} 位）。`,
  };
}

export const TOO_LONG_FIX: Localized = {
  en: 'Paste only the tracking number, not the whole label or message text.',
  zh: '请只粘贴运单号，不要粘贴整段面单或消息文字。',
};

export function describeOmitted(count: number): Localized {
  return { en: `${count} more problem characters not listed.`, zh: `另有 ${count} 个问题字符未列出。` };
}

export function describeUnknownCarrier(name: string): Localized {
  return {
    en: `Unknown carrier "${name}": the number was checked against every known format instead.`,
    zh: `未知承运商“${name}”：已改为按所有已知格式检查。`,
  };
}

const AFTER_CLEANING: Localized = { en: 'After cleaning, ', zh: '清理后，' };

function prefixed(afterCleaning: boolean, text: Localized): Localized {
  if (!afterCleaning) return text;
  return {
    en: AFTER_CLEANING.en + text.en.charAt(0).toLowerCase() + text.en.slice(1),
    zh: AFTER_CLEANING.zh + text.zh,
  };
}

export function describeBadFormat(
  carrier: Localized,
  shapes: readonly Localized[],
  length: number,
  afterCleaning: boolean,
): Localized {
  return prefixed(afterCleaning, {
    en: `Not a valid ${carrier.en} number (${length} characters): expected ${shapes.map((s) => s.en).join('; or ')}.`,
    zh: `不是有效的${carrier.zh}单号（${length} 位）：应为${shapes.map((s) => s.zh).join('；或')}。`,
  });
}

export function describeFormatProblem(formatName: Localized, problem: Localized, afterCleaning: boolean): Localized {
  return prefixed(afterCleaning, {
    en: `Not a valid ${formatName.en}: ${problem.en}.`,
    zh: `不是有效的${formatName.zh}：${problem.zh}。`,
  });
}

export const BAD_FORMAT_FIX: Localized = {
  en: 'Compare the number with the label character by character; check that the right carrier is selected.',
  zh: '请与面单逐字核对，并确认所选承运商正确。',
};

export function describeBadCheckDigit(
  formatName: Localized,
  expected: readonly string[],
  found: string,
  afterCleaning: boolean,
  confirmed: boolean,
): Localized {
  const exp = expected.join(' or ');
  const expZh = expected.join(' 或 ');
  const caveat: Localized = confirmed
    ? { en: '', zh: '' }
    : {
        en: " (this carrier's use of the format is not confirmed, so this is a warning)",
        zh: '（该承运商是否使用此格式未经证实，仅作提醒）',
      };
  return prefixed(afterCleaning, {
    en: `Check digit does not match for ${formatName.en}: expected ${exp}, found ${found}. A character is probably mistyped${caveat.en}.`,
    zh: `${formatName.zh}校验位不符：应为 ${expZh}，实际为 ${found}，可能有字符输错${caveat.zh}。`,
  });
}

export const BAD_CHECK_DIGIT_FIX: Localized = {
  en: 'Copy the number from the carrier label or the carrier system instead of retyping it.',
  zh: '请从面单或承运商系统复制单号，不要手动重新输入。',
};

export function describeMismatch(
  given: Localized,
  other: Localized,
  formatName: Localized,
  consolidator: boolean,
): Localized {
  if (consolidator) {
    return {
      en: `This is a ${other.en} number (a valid ${formatName.en}), while the row's carrier is ${given.en}. ${given.en} may hand parcels to ${other.en}; check that this is the number the platform expects.`,
      zh: `这是${other.zh}单号（有效的${formatName.zh}），而该订单的承运商是${given.zh}。${given.zh}可能转交${other.zh}派送，请确认平台需要的是这个单号。`,
    };
  }
  return {
    en: `This is a ${other.en} number, not a ${given.en} number: it is a valid ${formatName.en}.`,
    zh: `这是${other.zh}单号，不是${given.zh}单号：它是有效的${formatName.zh}。`,
  };
}

export const MISMATCH_FIX: Localized = {
  en: "Check that the order's shipping provider matches the carrier on the label.",
  zh: '请确认订单所选物流商与面单上的承运商一致。',
};

export type NotVerifiableReason =
  | { kind: 'no-published-format'; carrier: Localized }
  | { kind: 'heuristic-match'; carrier: Localized; shape: Localized }
  | { kind: 'no-match-open'; carrier: Localized }
  | { kind: 'unconfirmed-attribution'; carrier: Localized; formatName: Localized; checkDigitVerified: boolean }
  | { kind: 'no-carrier-no-match' }
  | { kind: 'no-carrier-hint'; carrier: Localized; shape: Localized; unconfirmed: boolean };

/** Every variant says "format not verifiable" in so many words, as the UI relies on that phrase. */
export function describeNotVerifiable(reason: NotVerifiableReason): Localized {
  switch (reason.kind) {
    case 'no-published-format':
      return {
        en: `Format not verifiable for this carrier: ${reason.carrier.en} publishes no tracking-number format, so the number was not rejected.`,
        zh: `无法校验该承运商的单号格式：${reason.carrier.zh}未公开运单号格式，因此未判定为错误。`,
      };
    case 'heuristic-match':
      return {
        en: `Format not verifiable for this carrier: ${reason.carrier.en} publishes no tracking-number format. The number has its commonly seen shape (${reason.shape.en}), which is a hint, not a check.`,
        zh: `无法校验该承运商的单号格式：${reason.carrier.zh}未公开运单号格式。该单号符合常见形式（${reason.shape.zh}），但这只是参考，不是校验。`,
      };
    case 'no-match-open':
      return {
        en: `Format not verifiable for this carrier: none of ${reason.carrier.en}'s published formats covers this number, and it has other, unpublished ones, so the number was not rejected.`,
        zh: `无法校验该承运商的单号格式：${reason.carrier.zh}已公开的格式都不涵盖此单号，而它还有未公开的格式，因此未判定为错误。`,
      };
    case 'unconfirmed-attribution':
      return {
        en: `Format not verifiable for this carrier: the number is a valid ${reason.formatName.en}${reason.checkDigitVerified ? ' (check digit OK)' : ''}, but that ${reason.carrier.en} uses this format is not confirmed.`,
        zh: `无法校验该承运商的单号格式：该单号是有效的${reason.formatName.zh}${reason.checkDigitVerified ? '（校验位正确）' : ''}，但${reason.carrier.zh}是否使用此格式未经证实。`,
      };
    case 'no-carrier-no-match':
      return {
        en: 'Format not verifiable: the number matches no known carrier format. Select the carrier to check it against that carrier.',
        zh: '无法校验单号格式：该单号不符合任何已知承运商格式。请选择承运商后再检查。',
      };
    case 'no-carrier-hint':
      return reason.unconfirmed
        ? {
            en: `Format not verifiable: looks like ${reason.carrier.en} (${reason.shape.en}), but that carrier publishes no format, so this is a hint only.`,
            zh: `无法校验单号格式：看起来像${reason.carrier.zh}（${reason.shape.zh}），但该承运商未公开格式，仅供参考。`,
          }
        : {
            en: `Format not verifiable: the number has the shape of ${reason.carrier.en} (${reason.shape.en}), but that shape has no check digit and other carriers use it too. Select the carrier to check it.`,
            zh: `无法校验单号格式：该单号符合${reason.carrier.zh}的格式（${reason.shape.zh}），但此格式没有校验位，且其他承运商也在使用。请选择承运商后再检查。`,
          };
  }
}

export function describeDuplicate(normalized: string, orderIds: readonly string[]): Localized {
  const list = orderIds.join(', ');
  return {
    en: `The same waybill number ${normalized} is used on ${orderIds.length} orders: ${list}.`,
    zh: `同一运单号 ${normalized} 被 ${orderIds.length} 个订单使用：${list}。`,
  };
}

export const DUPLICATE_FIX: Localized = {
  en: 'A waybill number belongs to one package: check whether a label was reused or the number was pasted into the wrong order.',
  zh: '一个运单号只对应一个包裹：请检查是否重复使用了面单，或单号填错了订单。',
};
