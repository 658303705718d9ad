import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  FINDING_MESSAGES,
  ORDER_STATUSES,
  ORDER_STATUS_TEXTS,
  PHRASES,
  SEVERITIES,
  SEVERITY_TEXTS,
  rankingNote,
} from '@/lib/diagnostics';
import { listPlaceholders, renderText } from '@/lib/diagnostics/messages';

const CJK = /[\u4e00-\u9fff]/;

describe('finding templates', () => {
  it('list exactly the codes of FINDING_CODES', () => {
    expect(Object.keys(FINDING_MESSAGES).sort()).toEqual([...FINDING_CODES].sort());
  });

  describe.each([...FINDING_CODES])('%s', (code) => {
    it.each(['title', 'detail', 'fix'] as const)(
      '%s has English and Chinese text with the same placeholders',
      (part) => {
        const text = FINDING_MESSAGES[code][part];
        expect(text.en.trim()).not.toBe('');
        expect(text.zh.trim()).not.toBe('');
        expect(listPlaceholders(text.en)).toEqual(listPlaceholders(text.zh));
      },
    );

    it('the Chinese title says something in Chinese unless it is all placeholders', () => {
      const zh = FINDING_MESSAGES[code].title.zh;
      expect(CJK.test(zh) || zh.replace(/\{\w+\}/g, '').trim() === '').toBe(true);
    });
  });

  it('unknown findings open with "Unknown — " / "未知 — "', () => {
    for (const code of FINDING_CODES.filter((c) => c.endsWith('-unknown'))) {
      expect(FINDING_MESSAGES[code].title.en).toMatch(/^Unknown — /);
      expect(FINDING_MESSAGES[code].title.zh).toMatch(/^未知 — /);
    }
  });
});

describe('phrases and names', () => {
  it.each(Object.keys(PHRASES) as Array<keyof typeof PHRASES>)(
    '%s has both languages with the same placeholders',
    (key) => {
      const text = PHRASES[key];
      expect(text.en.trim()).not.toBe('');
      expect(text.zh.trim()).not.toBe('');
      expect(listPlaceholders(text.en)).toEqual(listPlaceholders(text.zh));
    },
  );

  it('every order status and severity has a name in both languages', () => {
    for (const status of ORDER_STATUSES)
      expect(ORDER_STATUS_TEXTS[status].en && CJK.test(ORDER_STATUS_TEXTS[status].zh)).toBeTruthy();
    for (const severity of SEVERITIES)
      expect(SEVERITY_TEXTS[severity].en && CJK.test(SEVERITY_TEXTS[severity].zh)).toBeTruthy();
  });

  it('the ranking note explains evidence before priors, severity, and unknowns last, in both languages', () => {
    expect(rankingNote.en).toContain('observed evidence beats');
    expect(rankingNote.en).toContain('come last');
    expect(rankingNote.zh).toContain('排在最后');
  });

  it('calls the S29 83.7 % a share of support tickets that orders the checklist, never a probability', () => {
    expect(rankingNote.en).toContain('83.7 % of such support tickets');
    expect(rankingNote.en).toContain('not the chance that this order');
    expect(rankingNote.zh).toContain('83.7% 的此类客服工单');
    expect(rankingNote.zh).toContain('不代表本订单');
    for (const text of [rankingNote.en, rankingNote.zh])
      expect(text).not.toMatch(/probabilit|likelihood of 83|概率为/i);
  });
});

describe('renderText', () => {
  it('fills plain and localized values per language', () => {
    expect(
      renderText({ en: 'Call {c} within {h} h', zh: '请在 {h} 小时内联系{c}' }, { c: { en: 'J&T', zh: '极兔' }, h: 4 }),
    ).toEqual({
      en: 'Call J&T within 4 h',
      zh: '请在 4 小时内联系极兔',
    });
  });

  it('leaves unknown placeholders visible and does not re-scan inserted values', () => {
    expect(renderText({ en: '{a} {b}', zh: '{a}{b}' }, { a: '{b}' })).toEqual({ en: '{b} {b}', zh: '{b}{b}' });
  });

  it('does not read inherited properties as values', () => {
    expect(renderText({ en: '{toString}', zh: '{toString}' }, {}).en).toBe('{toString}');
  });
});
