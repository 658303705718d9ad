import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveLocale, type EffectiveContext } from '@/lib/context';
import { localize, type Locale, type Localized } from '@/lib/i18n';
import { getContext, onContextChange } from '@/lib/messaging';

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

export interface ContextValue {
  /** The context the background published; undefined until it has been read. */
  context: EffectiveContext | undefined;
  /** Whether reading the context failed (no background answer): a surface then goes on with defaults. */
  failed: boolean;
  /** The seller's language setting, else the browser's. */
  locale: Locale;
  t: (text: Localized) => string;
}

/**
 * The effective context for a React surface (popup, side panel, options), kept current: read once,
 * then every re-publication. The one place our pages get the rule pack, language and units from.
 */
export function useEffectiveContext(): ContextValue {
  const [context, setContext] = useState<EffectiveContext>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    getContext()
      .then((value) => live && setContext(value))
      .catch(() => live && setFailed(true));
    const stop = onContextChange((value) => live && setContext(value));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const locale = resolveLocale(context?.localePreference, browserLanguage());
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  return { context, failed, locale, t: (text) => localize(text, locale) };
}
