/// <reference types="chrome" />
/**
 * Rate card v2 (issue 15) end to end: a zone card and a size card imported in Options through the UI
 * are what the popup quotes and what the in-page fee estimate shows, printed the same way.
 * (Example figures chosen to be the cheapest offer, not a carrier's prices.)
 */
import type { Page } from '@playwright/test';
import { expect, hintsOf, test } from './fixtures';
import { openOptions } from './options-helpers';

const ZONE_CARD = [
  'carrier_id,market,currency,service,service_name_en,service_name_zh,zone,zone_postcodes,max_weight,weight_unit,base',
  'usps,US,USD,ground-advantage,Ground Advantage,地面服务,2,zip3:000-999,,,',
  'usps,US,USD,ground-advantage,,,2,,1,lb,1.11',
].join('\n');

const SIZE_CARD = [
  'carrier_id,market,currency,service,service_name_en,service_name_zh,format,format_name_en,format_name_zh,format_max_size,max_weight,weight_unit,base',
  'royal-mail,GB,GBP,tracked-24,Tracked 24,24小时追踪,small-parcel,Small parcel,小包裹,45x35x16cm,,,',
  'royal-mail,GB,GBP,tracked-24,,,small-parcel,,,,2,kg,2.22',
].join('\n');

async function importCard(page: Page, name: string, text: string) {
  await page
    .getByLabel('Import a rate card (.csv) or rule pack (.json)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByTestId('import-preview').getByRole('button', { name: 'Apply these changes' }).click();
  await expect(page.getByTestId('rules-status')).toHaveText(`${name} applied: your overrides were saved.`);
}

test('a zone card and a size card imported in Options price the popup and the in-page fee estimate', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const options = await openOptions(context, extensionId, '#rules');
  await expect(options.getByTestId('rate-card-templates').getByRole('link')).toHaveCount(4);
  await importCard(options, 'usps-zones.csv', ZONE_CARD);
  await importCard(options, 'royal-mail-sizes.csv', SIZE_CARD);

  // Popup, US: the zone card's price, naming its service and zone.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Market').selectOption('US');
  await popup.getByLabel('Weight unit').selectOption('kg');
  await popup.getByLabel('Weight', { exact: true }).fill('0.105');
  await popup.getByLabel('Destination postcode').fill('77053');
  await popup.getByLabel('Destination postcode').press('Enter');
  const usps = popup.locator('tr[data-carrier-id="usps"]');
  await expect(usps.locator('[data-cell="total"]')).toHaveText('$1.11');
  await expect(usps).toContainText('USPS Ground Advantage');
  await expect(usps).toContainText('service Ground Advantage, zone 2');

  // Popup, GB: the size card's price, naming its service and format.
  await popup.getByLabel('Market').selectOption('GB');
  await popup.getByLabel('Weight', { exact: true }).fill('1.25');
  await popup.getByLabel('Length', { exact: true }).fill('30');
  await popup.getByLabel('Width', { exact: true }).fill('20');
  await popup.getByLabel('Height', { exact: true }).fill('10');
  await popup.getByLabel('Destination postcode').fill('SW1A 1AA');
  await popup.getByLabel('Destination postcode').press('Enter');
  const royal = popup.locator('tr[data-carrier-id="royal-mail"]');
  await expect(royal.locator('[data-cell="total"]')).toHaveText('£2.22');
  await expect(royal).toContainText('format Small parcel');

  // Seller Center order detail (US order to ZIP 77053, 105 g): the fee estimate hint uses the zone card.
  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order/detail?order_no=577301846207734015');
  await expect
    .poll(async () => (await hintsOf(page, 'fee-estimate'))[0]?.text ?? '', { timeout: 15_000 })
    .toContain('Fee estimate · USPS Ground Advantage: $1.11');
  expect(pageErrors).toEqual([]);
});
