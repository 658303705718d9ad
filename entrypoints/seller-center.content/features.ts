import { findTrackingUploadInputs } from '@/lib/seller-center';
import { memoPerPageChange } from '@/lib/seller-center/page-changes';
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

/** Asked on every batch until the dialog opens: a search of the whole list, so only once per change of the page. */
const trackingUploadInputs = memoPerPageChange(findTrackingUploadInputs);

/**
 * Every feature under the name of its file (refined-github's way): `upload-check.ts` is the
 * `upload-check` feature, whatever hint kind it draws — `data-lml` kinds are a contract of their own
 * (../shared/design/architecture.md), so the upload check still draws `waybill-warning` hints.
 * tests/entrypoints/seller-center.content/features.test.ts checks each name against its file, its
 * documentation (docs/architecture.md) and its e2e spec. Listed in the order their hints are placed.
 */
export const featuresByFile = {
  'page-summary': pageSummary,
  'waybill-warning': waybillWarning,
  'ship-by-deadline': shipByDeadline,
  'carrier-badge': carrierBadge,
  'pending-diagnosis': pendingDiagnosis,
  'fee-estimate': feeEstimate,
  'label-print': labelPrint,
  // the spreadsheet check loads when Seller Center's tracking-upload file input appears
  'upload-check': lazyFeature({
    kind: 'waybill-warning',
    include: (page) => page.kind === 'order-list' || page.kind === 'tracking-upload',
    needed: () => trackingUploadInputs(document).length > 0,
    load: () => import('./upload-check').then((m) => m.uploadCheck),
  }),
} as const satisfies Record<string, HintFeature>;

/**
 * The feature module the loader (index.ts) imports on pages that need it. Built as an ES module of
 * its own (modules/seller-center-features.ts).
 */
export const features: readonly HintFeature[] = Object.values(featuresByFile);

export const start: FeaturesModule['start'] = (ctx) => {
  watchPageSettings(ctx.signal);
  watchListData(ctx.signal);
  // hints speak the Seller Center page's language unless Options → Language forces one (signal policy rule 8)
  startPageSession(ctx, features, hintLocale);
};
