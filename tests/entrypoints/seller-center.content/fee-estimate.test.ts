import { describe, expect, it } from 'vitest';
import { noEstimateText } from '@/entrypoints/seller-center.content/fee-estimate';
import type { QuoteAllView } from '@/lib/messaging';

const carrier = (id: string, status: 'no-rate' | 'unknown' | 'not-eligible') => ({
  carrierId: id,
  carrierName: { en: id.toUpperCase(), zh: `${id}中` },
  status,
  reasons: [],
});
const view = (...excluded: QuoteAllView['excluded']): QuoteAllView => ({ eligible: [], excluded, usedDefaults: [] });

describe('fee estimate without a price says why, as it is', () => {
  it.each([
    ['no weight typed yet', view(carrier('ups', 'no-rate')), false, 'Enter the package weight', '填写包裹重量'],
    [
      'carriers that may take it have no rate on file: named, no figure invented',
      view(carrier('ups', 'no-rate'), carrier('usps', 'no-rate'), carrier('fedex', 'unknown')),
      true,
      'No rate on file for UPS, USPS',
      'ups中、usps中 暂无费率',
    ],
    [
      'nothing on file: unknown, where to check',
      view(carrier('fedex', 'unknown'), carrier('usps', 'not-eligible')),
      true,
      'Carriers unknown — check Seller Center → Settings → Logistics',
      '承运商资格未知 — 请在 Seller Center → 设置 → 物流中查看',
    ],
    [
      'every carrier refused',
      view(carrier('usps', 'not-eligible')),
      true,
      'No certified carrier can take',
      '没有认证承运商',
    ],
  ] as const)('%s', (_case, v, hasWeight, en, zh) => {
    const text = noEstimateText(v, hasWeight);
    expect(text.en).toContain(en);
    expect(text.zh).toContain(zh);
  });
});
