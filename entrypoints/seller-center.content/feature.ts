import type { Locale } from '@/lib/i18n';
import type { OrderRow, PageInfo } from '@/lib/seller-center';
import type { EnrichmentClient } from './enrichment';
import type { HintKind, HintRegistry, NoticeKind } from './hint-host';

export interface FeatureContext {
  page: PageInfo;
  locale: Locale;
  hints: HintRegistry;
  /** Aborted when the page changes or the extension is reloaded. */
  signal: AbortSignal;
  /** Badges and diagnoses from the background, shared by all features of the page. */
  enrichment: EnrichmentClient;
  /** Re-run extraction + updates on the next frame (e.g. after async data arrived). */
  requestUpdate: () => void;
}

/**
 * One in-page hint kind (style guide §1): which pages it runs on and how it updates for the
 * orders currently visible. `update` is called once per animation frame in which the page changed.
 */
export interface HintFeature {
  kind: HintKind | NoticeKind;
  include: (page: PageInfo) => boolean;
  update: (rows: readonly OrderRow[], ctx: FeatureContext) => void | Promise<void>;
  /** Optional one-time setup per page (listeners on Seller Center's own form fields etc.). */
  init?: (ctx: FeatureContext) => void;
}
