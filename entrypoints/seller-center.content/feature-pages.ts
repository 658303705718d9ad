import type { PageInfo, PageKind } from '@/lib/seller-center/pages';

/**
 * The page kinds on which at least one hint feature runs. The loader (index.ts) decides from this list
 * alone whether to load the feature code, so it stays small; tests/entrypoints/seller-center.content
 * checks it against every feature's own `include` for every example URL of lib/seller-center/pages.
 */
const FEATURE_PAGE_KINDS: ReadonlySet<PageKind> = new Set<PageKind>([
  'order-list',
  'order-detail',
  'shipping-labels',
  'tracking-upload',
]);

export function needsFeatures(page: PageInfo): boolean {
  return FEATURE_PAGE_KINDS.has(page.kind);
}
