import type { BrowserContext, Page } from '@playwright/test';
import { expect, hintsOf, test } from './fixtures';
import { openOptions } from './options-helpers';

// One imported rate card, one amount everywhere: after a CSV import in Options, the popup's quote, the
// in-page carrier-badge and the fee-estimate of the same parcel show the same total, printed the same
// way (lib/units formatMoney). Before this, each surface worked out its own pack and money format.

/** An awaiting-shipment US order with no label yet (the badge shows), and its parcel as the replica has it. */
const ORDER = '581219704925158599';
const PARCEL = { kg: '0.477', cm: ['17', '15', '13'] as const, postcode: '30380' };

const JT_CARD = [
  'carrier_id,market,currency,max_weight_g,base,source',
  'jt-express,US,USD,30000,0.50,J&T contract 2026',
].join('\n');

async function inPageAmounts(context: BrowserContext): Promise<{ badge: string; fee: string; page: Page }> {
  const page = await context.newPage();
  await page.goto(`https://seller-us.tiktok.com/order/detail?order_no=${ORDER}&shop_region=US`);
  // The fee estimate prices Seller Center's own form fields: give it the replica's weight exactly, in kg.
  await page.getByLabel('Weight unit').first().selectOption('kg');
  await page.getByLabel('Weight', { exact: true }).first().fill(PARCEL.kg);
  // The estimate re-prices (debounced) after the typed weight: wait until it has settled on the badge's
  // parcel; if the two never agree, this times out with both texts.
  let badge = '';
  let fee = '';
  const amounts = () => ({
    badge: /from (\$[\d,.]+)/.exec(badge)?.[1],
    fee: /J&T[^:]*: (\$[\d,.]+)/.exec(fee)?.[1],
  });
  await expect
    .poll(async () => {
      badge = (await hintsOf(page, 'carrier-badge')).find((h) => h.orderId === ORDER)?.text ?? '';
      fee = (await hintsOf(page, 'fee-estimate'))[0]?.text ?? '';
      const { badge: b, fee: f } = amounts();
      return b !== undefined && b === f ? 'settled' : `badge "${badge}" · fee "${fee}"`;
    })
    .toBe('settled');
  return { badge: amounts().badge!, fee: amounts().fee!, page };
}

async function popupAmount(context: BrowserContext, extensionId: string): Promise<string> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Market').selectOption('US');
  await popup.getByLabel('Weight unit').selectOption('kg');
  await popup.getByLabel('Length unit').selectOption('cm');
  await popup.getByLabel('Weight', { exact: true }).fill(PARCEL.kg);
  await popup.getByLabel('Length', { exact: true }).fill(PARCEL.cm[0]);
  await popup.getByLabel('Width', { exact: true }).fill(PARCEL.cm[1]);
  await popup.getByLabel('Height', { exact: true }).fill(PARCEL.cm[2]);
  await popup.getByLabel('Destination postcode').fill(PARCEL.postcode);
  await popup.getByLabel('Destination postcode').press('Enter');
  const total = popup.locator('tr[data-carrier-id="jt-express"] [data-cell="total"]');
  await expect(total).toHaveText(/\$\d/);
  const text = (await total.textContent()) ?? '';
  await popup.close();
  return /\$[\d,.]+/.exec(text)![0];
}

test('an imported rate card changes the popup quote, the carrier badge and the fee estimate to one amount', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const before = await inPageAmounts(context);
  await before.page.close();

  const options = await openOptions(context, extensionId, '#rules');
  await options
    .getByLabel('Import a rate card (.csv) or rule pack (.json)')
    .setInputFiles({ name: 'jt-us-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(JT_CARD) });
  await options.getByTestId('import-preview').getByRole('button', { name: 'Apply these changes' }).click();
  await expect(options.getByTestId('rules-status')).toHaveText('jt-us-2026.csv applied: your overrides were saved.');

  const after = await inPageAmounts(context);
  const popup = await popupAmount(context, extensionId);
  // J&T at $0.50 base is now the cheapest: the badge's "from" price is J&T's, as the fee estimate's is.
  expect({ badge: after.badge, fee: after.fee, popup }).toEqual({ badge: popup, fee: popup, popup });
  expect(popup).not.toBe(before.badge);
  expect(pageErrors).toEqual([]);
});
