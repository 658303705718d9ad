/**
 * Two UI languages from day one: English and Simplified Chinese.
 * Domain modules return `Localized` texts (both languages); surfaces pick one with `localize`.
 */
export type Locale = 'en' | 'zh';

export interface Localized {
  en: string;
  zh: string;
}

/** Maps a BCP 47 tag (navigator.language, browser.i18n.getUILanguage()) to a UI locale. `zh-CN` → `zh`. */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^zh\b/i.test(tag.trim()) ? 'zh' : 'en';
}

/** Picks the text for a locale. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Replaces `{name}` placeholders in both languages. */
export function fillLocalized(text: Localized, values: Record<string, string | number>): Localized {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
  return { en: fill(text.en), zh: fill(text.zh) };
}
