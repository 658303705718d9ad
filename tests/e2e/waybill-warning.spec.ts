import { replicaOrders } from '../fixtures/replica-server.mjs';
import { expect, hintsOf, test } from './fixtures';

const orders = (market: string) => replicaOrders(market) as Array<{ main_order_id: string; _defect?: string | null }>;

test('warns beside each defective waybill on the To ship list, and nowhere else', async ({ context, pageErrors }) => {
  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1');
  await expect(page.locator('[data-lml="waybill-warning"]').first()).toBeAttached();
  const visibleIds = await page.$$eval('[data-log_order_id]', (rows) => rows.map((r) => r.getAttribute('data-log_order_id')));
  const defective = new Set(orders('US').filter((o) => o._defect).map((o) => o.main_order_id));
  const expected = visibleIds.filter((id) => defective.has(id!)).sort();
  await expect.poll(async () => (await hintsOf(page, 'waybill-warning')).map((h) => h.orderId).sort()).toEqual(expected);
  expect(pageErrors).toEqual([]);
});
