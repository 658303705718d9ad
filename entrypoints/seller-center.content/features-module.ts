import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Where the feature module lands in the build (modules/seller-center-features.ts writes it). */
export const FEATURES_MODULE_PATH = '/content-scripts/seller-center/features.js';

/** What the feature module exports to the loader. */
export interface FeaturesModule {
  /** Starts the page session (hints speak the page's language, see page-context.ts). */
  start: (ctx: ContentScriptContext) => void;
}
