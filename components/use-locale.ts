import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { localeFromLanguageTag, localize, type Locale, type Localized } from '@/lib/i18n';

/** The browser's UI language as our locale (zh-CN, zh-TW → zh; everything else → en). */
export function browserLocale(): Locale {
  try {
    return localeFromLanguageTag(browser.i18n.getUILanguage());
  } catch {
    return localeFromLanguageTag(globalThis.navigator?.language);
  }
}

/**
 * UI locale for React surfaces: follows the browser language unless the options page overrides it
 * (`local:locale` = 'en' | 'zh' | 'auto'). Returns the locale and a translator for Localized texts.
 */
export function useLocale(): { locale: Locale; t: (text: Localized) => string } {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  useEffect(() => {
    const apply = (value: unknown) => setLocale(value === 'en' || value === 'zh' ? value : browserLocale());
    browser.storage.local
      .get('locale')
      .then((v) => apply(v.locale))
      .catch(() => undefined);
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && 'locale' in changes) apply(changes.locale?.newValue);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  return { locale, t: (text) => localize(text, locale) };
}
