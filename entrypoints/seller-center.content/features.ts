import { findTrackingUploadInputs } from '@/lib/seller-center';
import { lazyFeature, type HintFeature } from './feature';
import type { FeaturesModule } from './features-module';
import { startPageSession } from './page-session';
import { carrierBadge } from './carrier-badge';
import { feeEstimate } from './fee-estimate';
import { labelPrint } from './label-print';
import { watchListData } from './list-data';
import { hintLocale, watchPageSettings } from './page-context';
import { pageSummary } from './page-summary';
import { pendingDiagnosis } from './pending-diagnosis';
import { shipByDeadline } from './ship-by-deadline';
import { waybillWarning } from './waybill-warning';

/**
 * The feature module the loader (index.ts) imports on pages that need it: every hint kind, in the
 * order their hints are placed. Built as an ES module of its own (modules/seller-center-features.ts).
 */
export const features: readonly HintFeature[] = [
  pageSummary,
  waybillWarning,
  shipByDeadline,
  carrierBadge,
  pendingDiagnosis,
  feeEstimate,
  labelPrint,
  // the spreadsheet check loads when Seller Center's tracking-upload file input appears
  lazyFeature({
    kind: 'waybill-warning',
    include: (page) => page.kind === 'order-list' || page.kind === 'tracking-upload',
    needed: () => findTrackingUploadInputs(document).length > 0,
    load: () => import('./upload-check').then((m) => m.uploadCheck),
  }),
];

export const start: FeaturesModule['start'] = (ctx) => {
  watchPageSettings(ctx.signal);
  watchListData(ctx.signal);
  // hints speak the Seller Center page's language unless Options → Language forces one (signal policy rule 8)
  startPageSession(ctx, features, hintLocale);
};
