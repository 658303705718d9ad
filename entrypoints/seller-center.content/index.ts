import { SELLER_CENTER_MATCHES } from '@/lib/seller-center/hosts';
import type { HintFeature } from './feature';
import { startPageSession } from './page-session';
import { carrierBadge } from './carrier-badge';
import { feeEstimate } from './fee-estimate';
import { labelPrint } from './label-print';
import { watchListData } from './list-data';
import { hintLocale, watchPageSettings } from './page-context';
import { pageSummary } from './page-summary';
import { pendingDiagnosis } from './pending-diagnosis';
import { shipByDeadline } from './ship-by-deadline';
import { uploadCheck } from './upload-check';
import { waybillWarning } from './waybill-warning';

/** Every hint kind, in the order their hints are placed. */
const features: readonly HintFeature[] = [
  pageSummary,
  waybillWarning,
  shipByDeadline,
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
    watchPageSettings(ctx.signal);
    watchListData(ctx.signal);
    // hints speak the Seller Center page's language unless Options → Language forces one (signal policy rule 8)
    startPageSession(ctx, features, hintLocale);
  },
});
