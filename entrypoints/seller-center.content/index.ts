import { browser } from 'wxt/browser';
import { SELLER_CENTER_MATCHES } from '@/lib/seller-center/hosts';
import { detectPage } from '@/lib/seller-center/pages';
import { needsFeatures } from './feature-pages';
import { FEATURES_MODULE_PATH, type FeaturesModule } from './features-module';

/**
 * The content script proper is only this loader: on every Seller Center page it decides from the URL
 * whether any feature runs there and only then imports the feature code (an ES module built by
 * modules/seller-center-features.ts, web-accessible on Seller Center hosts only). A page with nothing to
 * annotate pays for this file alone (issue #11). Seller Center is a SPA: a later navigation to an
 * order page (`wxt:locationchange`, popstate) loads the features then.
 */
export default defineContentScript({
  matches: [...SELLER_CENTER_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let loading = false;
    const loadIfNeeded = () => {
      if (loading || !needsFeatures(detectPage(new URL(location.href))) || ctx.isInvalid) return;
      loading = true;
      const url = browser.runtime.getURL(FEATURES_MODULE_PATH);
      (import(/* @vite-ignore */ url) as Promise<FeaturesModule>)
        .then((features) => {
          if (!ctx.isInvalid) features.start(ctx);
        })
        .catch((error: unknown) => {
          loading = false; // e.g. the extension was updated under the page: the next navigation tries again
          console.warn('[Lastmile Lens] features failed to load:', error instanceof Error ? error.message : error);
        });
    };
    ctx.addEventListener(window, 'wxt:locationchange', loadIfNeeded);
    ctx.addEventListener(window, 'popstate', loadIfNeeded);
    loadIfNeeded();
  },
});
