import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the feature module lands in the build (modules/seller-center-features.ts writes it). */
export const FEATURES_MODULE_PATH = '/content-scripts/seller-center/features.js';

/** What the feature module exports to the loader. */
export interface FeaturesModule {
  /** Starts the page session; `uiLanguage` is the browser's UI language tag (`browser.i18n.getUILanguage()`). */
  start: (ctx: ContentScriptContext, uiLanguage: string) => void;
}
