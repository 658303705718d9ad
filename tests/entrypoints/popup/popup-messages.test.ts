import { describe, expect, it } from 'vitest';
import { popupMessages, quoteTableMessages } from '@/lib/i18n/popup-messages';

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each([
  ['popupMessages', popupMessages],
  ['quoteTableMessages', quoteTableMessages],
])('%s', (_name, messages) => {
  it.each(Object.entries(messages))('%s has non-empty English and Chinese', (_key, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh.trim()).not.toBe('');
    // A Chinese text identical to the English one is an untranslated copy (units like "kg" aside).
    if (/[a-z]{4,}/i.test(text.en)) expect(text.zh).not.toBe(text.en);
  });

  it.each(Object.entries(messages))('%s uses the same placeholders in both languages', (_key, text) => {
    expect(placeholdersOf(text.zh)).toEqual(placeholdersOf(text.en));
  });
});
