import { describe, expect, it } from 'vitest';
import { uploadMessages } from '@/lib/i18n/upload-messages';

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('uploadMessages', () => {
  it.each(Object.entries(uploadMessages))('%s has non-empty English and Chinese', (_key, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh.trim()).not.toBe('');
    if (/[a-z]{4,}/i.test(text.en)) expect(text.zh).not.toBe(text.en);
  });

  it.each(Object.entries(uploadMessages))('%s uses the same placeholders in both languages', (_key, text) => {
    expect(placeholdersOf(text.zh)).toEqual(placeholdersOf(text.en));
  });
});
