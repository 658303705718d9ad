import type { Locale } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/page';
import { detectPageLanguage } from '@/lib/seller-center';
import { ALL_FEATURES_ON, type FeatureSwitches } from '@/lib/signals';

/**
 * What the in-page hints read from the seller's settings, kept current without a reload: the language
 * override (Options → Language), the per-feature switches (Options → In-page hints) and the label
 * printer's resolution. One `get-context` answer serves every feature of the tab. Content
 * scripts cannot read storage.local (it holds secrets and is TRUSTED_CONTEXTS), so the background
 * answers `get-context` (the published effective context, without the rule pack); asked at start, whenever the tab becomes visible or focused (the seller
 * coming back from Options), and every few seconds while it is visible.
 */
const REFRESH_MS = 2_000;

let preference: 'auto' | Locale = 'auto';
let features: FeatureSwitches = { ...ALL_FEATURES_ON };
let printer: number | null = null;
let known = false;
let pageLanguage: { key: string; locale: Locale } | undefined;
const listeners = new Set<() => void>();

/** The hints' language: the seller's forced choice, else the Seller Center page's own language. */
export function hintLocale(): Locale {
  if (preference !== 'auto') return preference;
  return currentPageLanguage();
}

/** The page's language: `<html lang>` when Seller Center sets it, else its label texts (once per URL + lang). */
function currentPageLanguage(): Locale {
  const lang = document.documentElement.getAttribute('lang') ?? '';
  const key = `${location.pathname}${location.search}|${lang}`;
  if (pageLanguage?.key === key) return pageLanguage.locale;
  const locale: Locale = lang ? (/^zh\b/i.test(lang) ? 'zh' : 'en') : detectPageLanguage(document);
  pageLanguage = { key, locale };
  return locale;
}

/** The seller's feature switches (all on until the background answered). */
export function featureSwitches(): FeatureSwitches {
  return features;
}

/** The saved label printer's resolution in dpi, `null` until the seller told us (label-print.ts). */
export function printerDpi(): number | null {
  return printer;
}

/** Whether the settings have been read at least once (features wait for it before showing optional hints). */
export function settingsKnown(): boolean {
  return known;
}

/** Calls `listener` whenever a setting changed; returns the unsubscribe. */
export function onPageSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function refresh() {
  try {
    const answer = await sendMessage('get-context', {});
    const nextPreference = answer.localePreference;
    const nextFeatures: FeatureSwitches = { ...ALL_FEATURES_ON, ...answer.features };
    const nextPrinter = answer.printer?.dpi ?? null;
    const changed =
      !known ||
      nextPreference !== preference ||
      nextPrinter !== printer ||
      JSON.stringify(nextFeatures) !== JSON.stringify(features);
    preference = nextPreference;
    features = nextFeatures;
    printer = nextPrinter;
    known = true;
    if (changed) for (const listener of listeners) listener();
  } catch {
    // background starting or the extension reloaded: keep the last settings, ask again later
  }
}

/** Starts keeping the settings current for this tab; stops with `signal`. */
export function watchPageSettings(signal: AbortSignal): void {
  void refresh();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refresh();
  };
  document.addEventListener('visibilitychange', onVisible, { signal });
  window.addEventListener('focus', onVisible, { signal });
  const timer = window.setInterval(onVisible, REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
