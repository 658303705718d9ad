import { describe, expect, it } from 'vitest';
import { optionsMessages } from '@/lib/i18n/options-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('optionsMessages', () => {
  it.each(Object.entries(optionsMessages))('%s has English and Chinese text', (_key, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh.trim()).not.toBe('');
  });
  it.each(Object.entries(optionsMessages))('%s uses the same placeholders in both languages', (_key, text) => {
    expect(placeholders(text.zh)).toEqual(placeholders(text.en));
  });
  it.each(Object.entries(optionsMessages).filter(([, text]) => /[a-z]{4,}/.test(text.en)))(
    '%s is translated, not copied',
    (_key, text) => {
      // Chinese text carries at least one CJK character (product names like "App key" may stay Latin).
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
