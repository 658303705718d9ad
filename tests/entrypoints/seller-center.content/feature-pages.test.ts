// @vitest-environment happy-dom
/**
 * The loader decides from `needsFeatures` alone whether to import the feature module: it must say yes
 * on every page where any feature's own `include` holds (else that feature would never run), and no on
 * pages where none does (else those pages load code they never use, issue #11).
 */
import { describe, expect, it } from 'vitest';
import { detectPage, PAGE_KIND_EXAMPLES } from '@/lib/seller-center';
import { needsFeatures } from '@/entrypoints/seller-center.content/feature-pages';
import { features } from '@/entrypoints/seller-center.content/features';

const examples = Object.values(PAGE_KIND_EXAMPLES).flat();

describe('needsFeatures', () => {
  it.each(examples)('agrees with the features on %s', (url) => {
    const page = detectPage(new URL(url));
    const included = features.filter((f) => f.include(page)).map((f) => f.kind);
    expect(needsFeatures(page), `features that run there: ${included.join(', ') || 'none'}`).toBe(included.length > 0);
  });

  it('loads nothing on a Seller Center page no feature serves', () => {
    expect(needsFeatures(detectPage(new URL('https://seller-us.tiktok.com/homepage')))).toBe(false);
    expect(needsFeatures(detectPage(new URL('https://seller-us.tiktok.com/order?tab=to_ship')))).toBe(true);
  });
});
