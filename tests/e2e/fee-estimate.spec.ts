import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Seller Center's weight inputs on the shipment page (ref §2.8, tests/fixtures/seller-center/shapes/
 * shipment-weight-us-en.html): the bulk "Edit weight" drawer and the per-row popover, both
 * `input#packageWeight_input`. The shipment page's URL is unconfirmed, so they are opened here the way
 * Seller Center's SPA renders them: inserted into an open order-list page.
 */
async function openWeightInputs(page: Page, { label, unit }: { label: string; unit: string }) {
  return page.evaluate(
    ({ label, unit }) => {
      const group = () => {
        const wrap = document.createElement('span');
        wrap.className = 'core-input-group';
        const input = document.createElement('input');
        input.id = 'packageWeight_input';
        input.className = 'core-input';
        const suffix = document.createElement('span');
        suffix.className = 'core-input-group-suffix';
        suffix.textContent = unit;
        wrap.append(input, suffix);
        return wrap;
      };
      const labelFor = () => {
        const l = document.createElement('label');
        l.htmlFor = 'packageWeight_input';
        l.textContent = label;
        return l;
      };
      const drawer = document.createElement('div');
      drawer.className = 'core-drawer-inner';
      drawer.setAttribute('data-log_module_name', 'batch_edit_weight_all_package_info_drawer');
      drawer.setAttribute('role', 'dialog');
      drawer.append(labelFor(), group());
      document.body.prepend(drawer);
      const row = document.querySelector('tr[data-log_order_id]');
      const popover = document.createElement('div');
      popover.setAttribute('data-log_module_name', 'package_weight_edit_popover');
      popover.append(labelFor(), group());
      row?.querySelector('td')?.append(popover);
      return row?.getAttribute('data-log_order_id');
    },
    { label, unit },
  );
}

const bulkEstimate = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('[data-lml-notice="bulk-weight-estimate"]')?.shadowRoot?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/** A J&T US rate card for this month (the built-in one is dated), as a seller imports it in Options. */
function thisMonthsJtCard() {
  const month = new Date().toISOString().slice(0, 7);
  return {
    feeTables: [
      {
        carrierId: 'jt-express',
        market: 'US',
        currency: 'USD',
        weightBands: [
          { maxWeightGrams: 500, baseMinor: 328, source: 'user:e2e card' },
          { maxWeightGrams: 1000, baseMinor: 410, source: 'user:e2e card' },
        ],
        fuel: [{ month, perKgMinor: 22, source: 'user:e2e card' }],
      },
    ],
  };
}

test('typing a weight into Seller Center’s Edit-weight drawer and row popover shows the live estimate (en); a weight with no rate says so', async ({
  context,
  serviceWorker,
  pageErrors,
}) => {
  await serviceWorker.evaluate((card) => chrome.storage.local.set({ 'rule-overrides': card }), thisMonthsJtCard());
  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1');
  await expect(page.locator('tr[data-log_order_id]').first()).toBeAttached();
  const orderId = await openWeightInputs(page, { label: 'Package weight', unit: 'lb' });
  expect(orderId).toMatch(/^\d{18,19}$/);

  await expect.poll(() => bulkEstimate(page)).toContain('Enter the package weight to see the fee.');
  const drawerInput = page.locator('[data-log_module_name="batch_edit_weight_all_package_info_drawer"] input');
  await drawerInput.pressSequentially('1.5', { delay: 40 }); // Seller Center takes typed keys only
  // 1.5 lb = 680 g → the card's ≤ 1000 g band, $4.10, plus this month's fuel
  await expect.poll(() => bulkEstimate(page)).toMatch(/^Fee estimate · J&T Express: \$4\.\d\d/);
  expect(await bulkEstimate(page)).toContain('chargeable weight');

  // Typing a heavier weight updates it in place: beyond the card's bands there is no rate, and it says so.
  await drawerInput.fill('');
  await drawerInput.pressSequentially('30', { delay: 40 });
  await expect.poll(() => bulkEstimate(page)).toMatch(/^Fee estimate:No rate on file for .*J&T Express/);
  await expect(page.locator('[data-lml-notice="bulk-weight-estimate"]')).toHaveCount(1);

  // The row popover: that order's estimate, bound to the order.
  const popoverInput = page.locator('[data-log_module_name="package_weight_edit_popover"] input');
  await popoverInput.pressSequentially('0.8', { delay: 40 });
  const rowEstimate = page.locator(`[data-lml="fee-estimate"][data-order-id="${orderId}"]`);
  await expect(rowEstimate).toHaveCount(1);
  await expect.poll(async () => rowEstimate.evaluate((h) => h.shadowRoot?.textContent ?? '')).toContain('Fee estimate');
  expect(pageErrors).toEqual([]);
});

test('a Chinese Seller Center page gets the estimate in Chinese (kg drawer)', async ({ context, pageErrors }) => {
  const page = await context.newPage();
  await page.goto('https://seller-uk.tiktok.com/order?tab=to_ship&lang=zh-CN');
  await expect(page.locator('[data-lml="page-summary"]')).toHaveCount(1);
  await openWeightInputs(page, { label: '包裹重量', unit: 'kg' });
  await page
    .locator('[data-log_module_name="batch_edit_weight_all_package_info_drawer"] input')
    .pressSequentially('1.2', { delay: 40 });
  // No GB rate card is on file: said in Chinese, no figure invented.
  await expect.poll(() => bulkEstimate(page)).toMatch(/^运费估算:.*(暂无费率|未知)/);
  expect(pageErrors).toEqual([]);
});
