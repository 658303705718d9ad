import { browser } from 'wxt/browser';
import { localeFromLanguageTag } from '@/lib/i18n';
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
    const locale = localeFromLanguageTag(browser.i18n.getUILanguage());
    startPageSession(ctx, features, locale);
  },
});
