import { expect, hintsOf, test } from './fixtures';
import { openOptions } from './options-helpers';

const TO_SHIP = 'https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1';

test('Options → In-page hints: unticking a switch in the options page removes that hint from an open Seller Center tab without reload, and ticking brings it back', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto(TO_SHIP);
  await expect.poll(async () => (await hintsOf(page, 'waybill-warning')).length).toBeGreaterThan(0);
  const marker = await page.evaluate(() => ((window as unknown as { __same: number }).__same = 11));

  const options = await openOptions(context, extensionId, '#in-page-hints');
  const section = options.getByRole('region', { name: 'In-page hints on Seller Center' });
  const waybills = section.getByRole('checkbox', { name: 'Waybill warnings' });
  await expect(waybills).toBeChecked();
  await waybills.uncheck();
  await expect(options.getByTestId('feature-switches-status')).toContainText('Saved');

  await page.bringToFront();
  await expect(page.locator('[data-lml="waybill-warning"]')).toHaveCount(0, { timeout: 10_000 });
  // The other hints stay: the summary still counts, it just no longer counts waybill problems.
  await expect(page.locator('[data-lml="page-summary"]')).toHaveCount(1);

  await options.bringToFront();
  await expect(section.getByRole('checkbox', { name: 'Waybill warnings' })).not.toBeChecked(); // stays saved
  await section.getByRole('checkbox', { name: 'Waybill warnings' }).check();
  await page.bringToFront();
  await expect(page.locator('[data-lml="waybill-warning"]').first()).toBeAttached({ timeout: 10_000 });
  expect(await page.evaluate(() => (window as unknown as { __same: number }).__same)).toBe(marker); // no reload
  expect(pageErrors).toEqual([]);
});
