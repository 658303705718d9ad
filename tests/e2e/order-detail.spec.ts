import type { Page } from '@playwright/test';
import { REPLICA_HOST_BY_MARKET, replicaOrders } from '../fixtures/replica-server.mjs';
import { expect, hintsOf, test } from './fixtures';
import { connectMockShop, routeMockApi, sendFromExtensionPage } from './mock-api';

const HOUR = 3_600_000;
type ReplicaOrder = ReturnType<typeof replicaOrders>[number];
const awaitingShipment = (o: ReplicaOrder) =>
  o.order_status_module?.[0]?.main_order_status === 101 && o.order_status_module?.[0]?.main_sub_order_status === 1;

/** Hint hosts of one order by kind (`waybill-warning: 1` …). */
const hostsByKind = (page: Page, orderId: string) =>
  page.$$eval(`[data-lml][data-order-id="${orderId}"]`, (hosts) => {
    const counts: Record<string, number> = {};
    for (const h of hosts)
      counts[h.getAttribute('data-lml') ?? ''] = (counts[h.getAttribute('data-lml') ?? ''] ?? 0) + 1;
    return counts;
  });

for (const { market, lang, waybill, shipWithin, source } of [
  {
    market: 'US',
    lang: 'en',
    waybill: /Waybill/,
    shipWithin: /Ship within 3 h (29|30) m/,
    source: 'from TikTok Shop API',
  },
  {
    // the mock shop is connected as its US shop: the Chinese page is the US Seller Center in Chinese
    market: 'US',
    lang: 'zh-CN',
    waybill: /运单号/,
    shipWithin: /须在 3 小时 ?(29|30) 分钟? ?内发货/,
    source: '来自 TikTok Shop API',
  },
] as const) {
  test(`order detail (${market}, ${lang}): one hint per problem — the malformed waybill once, the ship-by countdown from the mock API once`, async ({
    context,
    extensionId,
    pageErrors,
  }) => {
    const api = await routeMockApi(context);
    const now = Date.now();
    api.control.setNow(now);
    const order = replicaOrders(market).find(
      (o) => awaitingShipment(o) && o._defect && o.delivery_module?.[0]?.tracking_no,
    )!;
    expect(order).toBeTruthy();
    api.control.seedOrders([
      {
        id: order.main_order_id,
        market,
        status: 'AWAITING_SHIPMENT',
        trackingNumber: order.delivery_module?.[0]?.tracking_no ?? undefined,
        carrier: order._carrier ?? undefined,
        shipBy: now + 3 * HOUR + 30 * 60_000,
      },
    ]);
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    await connectMockShop(ext);
    await sendFromExtensionPage(ext, 'poll-now', {});

    const page = await context.newPage();
    const host = REPLICA_HOST_BY_MARKET[market];
    await page.goto(`https://${host}/order/detail?order_no=${order.main_order_id}&shop_region=${market}&lang=${lang}`);
    const id = order.main_order_id;
    const chip = page.locator(`[data-lml="ship-by-deadline"][data-order-id="${id}"]`);
    await expect(chip).toContainText(shipWithin, { timeout: 15_000 });
    await expect(chip).toContainText(source);
    await expect(chip.locator('[data-problem]').first()).toHaveAttribute('data-problem', 'ship-by-4h');
    await expect
      .poll(async () => (await hintsOf(page, 'waybill-warning')).find((h) => h.orderId === id)?.text ?? '')
      .toMatch(waybill);
    await page.waitForTimeout(1500); // a diagnosis or badge arrives asynchronously: give it time to (not) repeat a problem
    const counts = await hostsByKind(page, id);
    expect(counts['waybill-warning']).toBe(1);
    expect(counts['ship-by-deadline']).toBe(1);
    // the waybill problem is said once: no diagnosis chip repeating it, no second deadline chip
    expect(counts['pending-diagnosis'] ?? 0).toBe(0);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    await api.close();
    expect(pageErrors).toEqual([]);
  });
}
