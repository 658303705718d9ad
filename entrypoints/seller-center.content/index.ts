import { browser } from 'wxt/browser';
import { isFeatureOn, resolveLocale, type PageContext } from '@/lib/context';
import { getPageContext } from '@/lib/messaging';
import { SELLER_CENTER_MATCHES } from '@/lib/seller-center/hosts';
import type { HintFeature } from './feature';
import { startPageSession } from './page-session';
import { carrierBadge } from './carrier-badge';
import { feeEstimate } from './fee-estimate';
import { labelPrint } from './label-print';
import { pendingDiagnosis } from './pending-diagnosis';
import { uploadCheck } from './upload-check';
import { waybillWarning } from './waybill-warning';

/** Every hint kind, in the order their hints are placed. */
const features: readonly HintFeature[] = [
  waybillWarning,
  carrierBadge,
  pendingDiagnosis,
  feeEstimate,
  labelPrint,
  uploadCheck,
];

export default defineContentScript({
  matches: [...SELLER_CENTER_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // The seller's settings come from the background's published context; without an answer the hints
    // still run, in the page's language, with every feature on.
    void getPageContext()
      .catch((): PageContext | undefined => undefined)
      .then((context) => {
        if (ctx.isInvalid) return;
        const pageLanguage = document.documentElement.lang || browser.i18n.getUILanguage();
        const locale = resolveLocale(context?.localePreference, pageLanguage);
        const enabled = features.filter((feature) => !context || isFeatureOn(context, feature.kind));
        startPageSession(ctx, enabled, locale);
      });
  },
});
