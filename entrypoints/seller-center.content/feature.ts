import type { Locale } from '@/lib/i18n';
import type { OrderDigest, OrderRow, PageInfo } from '@/lib/seller-center';
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
  /**
   * Every order of Seller Center's own table, cheaply read, in page order; `update`'s rows are those of
   * them read in full (near the viewport). Empty when the page's rows are all read in full (other shapes).
   */
  listDigests: () => readonly OrderDigest[];
}

/**
 * One in-page hint kind (style guide §1): which pages it runs on and how it updates for the
 * orders currently visible. `update` is called once per animation frame in which the page changed,
 * with the rows read in full: on Seller Center's own table those near the viewport (issue #11).
 */
export interface HintFeature {
  kind: HintKind | NoticeKind;
  include: (page: PageInfo) => boolean;
  update: (rows: readonly OrderRow[], ctx: FeatureContext) => void | Promise<void>;
  /** Optional one-time setup per page (listeners on Seller Center's own form fields etc.). */
  init?: (ctx: FeatureContext) => void;
}

/**
 * A feature whose code is loaded only once a page needs it: `needed()` is asked on each update until
 * it holds, then `load()` imports the feature (a chunk of its own) and it runs from then on. The upload
 * check's spreadsheet code stays out of every list page this way until Seller Center's upload dialog opens.
 * Example: `lazyFeature({ kind, include, needed: () => dialogIsOpen(), load: () => import('./x').then((m) => m.x) })`.
 */
export function lazyFeature(spec: {
  kind: HintFeature['kind'];
  include: HintFeature['include'];
  needed: () => boolean;
  load: () => Promise<HintFeature>;
}): HintFeature {
  const loaded = new WeakMap<FeatureContext, HintFeature | 'loading'>();
  return {
    kind: spec.kind,
    include: spec.include,
    update(rows, ctx) {
      const feature = loaded.get(ctx);
      if (feature && feature !== 'loading') return feature.update(rows, ctx);
      if (feature || !spec.needed()) return;
      loaded.set(ctx, 'loading');
      return spec.load().then((real) => {
        if (ctx.signal.aborted || !real.include(ctx.page)) return;
        real.init?.(ctx);
        loaded.set(ctx, real);
        ctx.requestUpdate();
      });
    },
  };
}
