import { it } from 'vitest';
import { buildShopOverviewView } from '@/lib/background/shop-overview-view';
import { defaultRulePack } from '@/lib/rules';
import type { EventRecord, PackageRecord } from '@/lib/storage';
it('perf', () => {
  const now = Date.UTC(2026, 2, 5, 9);
  const packages: PackageRecord[] = []; const eventsByKey = new Map<string, EventRecord[]>();
  for (let i = 0; i < 2000; i++) {
    const key = `pkg:${i}`; const label = now - (i % 300) * 3_600_000;
    packages.push({ key, orderId: String(576800000000000000n + BigInt(i)), market: 'US', carrierId: 'usps', trackingNumber: '9400111206206406260787', labelCreatedAt: label, orderStatus: 'IN_TRANSIT', lastCheckedAt: now, watched: 1, risks: [], atRisk: 0 });
    eventsByKey.set(key, Array.from({ length: 8 }, (_, j) => ({ packageKey: key, eventKey: `${j}`, at: label + (j + 1) * 5 * 3_600_000, status: 'in-transit', description: j === 7 ? 'Delivered, In/At Mailbox' : 'Arrived at USPS Regional Facility', isCarrierScan: true, storedAt: now })));
  }
  const t0 = performance.now();
  const v = buildShopOverviewView({ packages, eventsByKey, labelClicks: new Map(), apiConnected: true }, now, defaultRulePack);
  console.log('ms', Math.round(performance.now() - t0), 'atRisk', v.atRisk.length, 'metrics', v.metrics.length);
});
