import { describe, expect, it } from 'vitest';
import { sidepanelMessages } from '@/lib/i18n/sidepanel-messages';

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '');

describe('sidepanelMessages', () => {
  it.each(Object.entries(sidepanelMessages))('%s has non-empty English and Chinese', (_key, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh.trim()).not.toBe('');
    // A Chinese text identical to the English one is an untranslated copy (placeholders and codes aside).
    if (/[a-z]{4,}/i.test(withoutPlaceholders(text.en))) expect(text.zh).not.toBe(text.en);
  });

  it.each(Object.entries(sidepanelMessages))('%s uses the same placeholders in both languages', (_key, text) => {
    expect(placeholdersOf(text.zh)).toEqual(placeholdersOf(text.en));
  });
});
