import type { ShopOverview } from '@/lib/messaging';

/** A small shop overview as the background sends it (two at-risk packages, a few metrics). Not a test file. */
export const NOW = Date.UTC(2026, 2, 5, 9, 0, 0);
const HOUR = 3_600_000;

export function sampleOverview(): ShopOverview {
  return {
    generatedAt: NOW,
    timeZone: 'America/Los_Angeles',
    apiConnected: true,
    atRisk: [
      {
        orderId: '576800000000000002',
        packageKey: 'pkg:2',
        trackingNumber: 'JT0001234567',
        carrierId: 'jt-express',
        carrierName: { en: 'J&T Express', zh: '极兔速递' },
        market: 'US',
        risks: [
          {
            code: 'first-scan-overdue',
            text: {
              en: 'No first scan — 1 h 12 m past the 4 h window',
              zh: '无首次扫描 — 已超出 4 小时时限 1 小时 12 分钟',
            },
          },
        ],
        labelCreatedAt: NOW - 5 * HOUR - 12 * 60_000,
        firstScanDueAt: NOW - HOUR - 12 * 60_000,
      },
      {
        orderId: '576800000000000001',
        packageKey: 'pkg:1',
        trackingNumber: '=HYPERLINK("x")',
        carrierId: 'usps',
        carrierName: { en: 'USPS', zh: '美国邮政' },
        market: 'US',
        risks: [
          { code: 'no-update-24h', text: { en: 'No tracking update for 1 d 2 h', zh: '物流已 1 天 2 小时 未更新' } },
          { code: 'exception', text: { en: 'Carrier reports an exception', zh: '承运商报告异常' } },
        ],
        labelCreatedAt: NOW - 4 * 24 * HOUR,
        lastEventAt: NOW - 26 * HOUR,
        shipByAt: NOW - 5 * 24 * HOUR,
      },
    ],
    countsByCarrier: [
      { carrierId: 'jt-express', carrierName: { en: 'J&T Express', zh: '极兔速递' }, count: 1 },
      { carrierId: 'usps', carrierName: { en: 'USPS', zh: '美国邮政' }, count: 1 },
    ],
    metrics: [
      {
        code: 'exception-rate',
        label: { en: 'Delivery exception rate', zh: '派送异常率' },
        scope: 'shop',
        value: 0.05,
        numerator: 1,
        denominator: 20,
        threshold: 0.013,
        comparator: '<',
        breached: true,
        previousValue: 0,
        trend: 'worsening',
        source: 'seed:S8',
      },
      {
        code: 'valid-tracking-rate',
        label: { en: 'Valid tracking rate (VTR)', zh: '有效物流追踪率（VTR）' },
        scope: 'market-carrier',
        market: 'US',
        carrierId: 'usps',
        value: null,
        numerator: 0,
        denominator: 0,
        threshold: 0.95,
        comparator: '>=',
        breached: false,
        previousValue: null,
        trend: 'unknown',
        source: 'ref:seller-center#5',
      },
    ],
    deliveryDays: [
      {
        market: 'US',
        histogram: [
          { days: 2, count: 3 },
          { days: 4, count: 1 },
        ],
      },
    ],
  };
}
