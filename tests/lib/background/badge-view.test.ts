import { describe, expect, it } from 'vitest';
import { buildBadgeView } from '@/lib/background/badge-view';
import { defaultRulePack } from '@/lib/rules';
import type { SellerProfile } from '@/lib/storage';

const PROFILE = { businessType: 'company', connectedCarriers: [] } as unknown as SellerProfile;
const statusOf = (view: ReturnType<typeof buildBadgeView>) =>
  Object.fromEntries(view.excluded.map((e) => [e.carrierId, e.status]));

describe('buildBadgeView: carriers with nothing on file are unknown, not refused (issue 10.7)', () => {
  it.each([
    ['with a weight', { orderId: '5770', weightGrams: 400 }],
    ['without a weight', { orderId: '5770' }],
  ])('%s', (_name, order) => {
    const view = buildBadgeView(order, 'US', defaultRulePack, PROFILE, '2024-08-15');
    const status = statusOf(view);
    expect(status.ups).toBe('unknown');
    expect(status.fedex).toBe('unknown');
    expect(status['ninja-van']).toBe('unknown');
    // The five US carriers with a certification on file.
    expect(view.eligibleCount).toBe(5);
  });

  it('a market without records leaves every carrier unknown and none refused', () => {
    const view = buildBadgeView({ orderId: '5770', weightGrams: 400 }, 'MY', defaultRulePack, PROFILE, '2024-08-15');
    expect(view.eligibleCount).toBe(0);
    expect(view.excluded.every((e) => e.status === 'unknown')).toBe(true);
  });
});
