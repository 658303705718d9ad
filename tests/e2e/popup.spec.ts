/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('form', { name: 'Parcel to quote' })).toBeVisible();
  return page;
}

/** The worked example of issue 5: US, J&T, 0.4 kg, no dimensions, ZIP 99501 (Anchorage), shipped in August 2024. */
async function fillWorkedExample(page: Page) {
  await page.getByLabel('Market').selectOption('US');
  await page.getByLabel('Weight unit').selectOption('kg');
  await page.getByLabel('Weight', { exact: true }).fill('0.4');
  await page.getByLabel('Destination postcode').fill('99501');
  await page.getByLabel('Ship date').fill('2024-08-15');
  await page.getByLabel('Destination postcode').press('Enter');
}

async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function storedInputs(serviceWorker: Worker) {
  return serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('popup-inputs'))['popup-inputs'] as Record<string, unknown> | undefined,
  );
}

test('quotes the worked example: J&T $6.01 = base $3.28 + fuel $0.08 + remote $2.50 + tracking $0.15', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await openPopup(context, extensionId);
  // The ship date defaults to today, in the browser's time zone.
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(page.getByLabel('Ship date')).toHaveValue(today);

  await fillWorkedExample(page);
  const jt = page.locator('tr[data-carrier-id="jt-express"]');
  await expect(jt.locator('[data-cell="total"]')).toHaveText('$6.01');
  await expect(jt).toContainText('≤ 3.2 days (reference)');
  await expect(jt).toContainText('400 g');

  await page.getByRole('button', { name: 'Show breakdown for J&T Express' }).click();
  const breakdown = page.locator('[data-breakdown-of="jt-express"]');
  await expect(breakdown).toBeVisible();
  const amountOf = (code: string) => breakdown.locator(`tr[data-line-code="${code}"] [data-cell="amount"]`);
  // The August 2024 figure is on file: no estimate badge on the fuel line.
  await expect(amountOf('fuel')).toHaveText('$0.08');
  await expect(amountOf('base')).toHaveText('$3.28');
  await expect(amountOf('remote')).toHaveText('$2.50');
  await expect(amountOf('tracking')).toHaveText('$0.15');
  await expect(breakdown.locator('tr[data-line-code]')).toHaveCount(4);
  await expect(breakdown.locator('tr[data-line-code="fuel"]')).toContainText('seed:S21');
  await expect(breakdown.locator('tr[data-line-code="remote"]')).toContainText('Alaska');

  // Carriers with nothing on file are listed apart, as unknown, with where to check.
  const unknown = page.locator('.lml-excluded[data-status="unknown"]');
  await expect(unknown.locator('li[data-carrier-id="royal-mail"]')).toContainText(
    'Unknown — nothing on file about Royal Mail in United States',
  );
  await expect(unknown.locator('li[data-carrier-id="ups"]')).toContainText(
    'check Seller Center → Settings → Logistics',
  );

  // A month without a fuel figure is priced as a visible estimate naming the month it borrows.
  await page.getByLabel('Ship date').fill('2026-03-05');
  await expect(amountOf('fuel')).toContainText('estimate: uses the 2024-08 figure');
  await expect(jt.locator('[data-cell="total"]')).toContainText('$6.01');

  await page.screenshot({ path: test.info().outputPath('popup-worked-example.png'), fullPage: true });
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('remembers the inputs across openings of the popup', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openPopup(context, extensionId);
  await page.getByLabel('Market').selectOption('GB');
  await page.getByLabel('Weight', { exact: true }).fill('1.25');
  await page.getByLabel('Length', { exact: true }).fill('30');
  await page.getByLabel('Width', { exact: true }).fill('20');
  await page.getByLabel('Height', { exact: true }).fill('10');
  await page.getByLabel('Destination postcode').fill('HS1 2AA');
  await page.getByLabel('Priority delivery tag').check();
  await page.getByLabel('Monthly parcels').fill('12000');
  await expect.poll(async () => (await storedInputs(serviceWorker))?.monthlyParcels).toBe('12000');
  await page.close();

  const again = await openPopup(context, extensionId);
  await expect(again.getByLabel('Market')).toHaveValue('GB');
  await expect(again.getByLabel('Weight', { exact: true })).toHaveValue('1.25');
  await expect(again.getByLabel('Weight unit')).toHaveValue('kg');
  await expect(again.getByLabel('Length', { exact: true })).toHaveValue('30');
  await expect(again.getByLabel('Width', { exact: true })).toHaveValue('20');
  await expect(again.getByLabel('Height', { exact: true })).toHaveValue('10');
  await expect(again.getByLabel('Length unit')).toHaveValue('cm');
  await expect(again.getByLabel('Destination postcode')).toHaveValue('HS1 2AA');
  await expect(again.getByLabel('Priority delivery tag')).toBeChecked();
  await expect(again.getByLabel('Monthly parcels')).toHaveValue('12000');
  // And quotes them straight away.
  await expect(again.locator('[data-quote-state="ready"]')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('junk in the remembered inputs is ignored, not trusted', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      'popup-inputs': { state: { market: '<img src=x onerror=alert(1)>', weight: 5 }, version: 1 },
    }),
  );
  const page = await openPopup(context, extensionId);
  await expect(page.getByLabel('Market')).toHaveValue('US');
  await expect(page.getByLabel('Weight', { exact: true })).toHaveValue('');
  expect(pageErrors).toEqual([]);
});

test('without credentials the poller is idle and the popup says why, with a way to Options', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openPopup(context, extensionId);
  const strip = page.getByRole('region', { name: 'Tracking poller' });
  await expect(strip.getByRole('status')).toHaveText('Tracking poller idle: connect your shop in Options');
  await strip.getByRole('button', { name: 'Open Options' }).click();
  // Chromium opens options_ui either as a tab (open_in_tab) or inside chrome://extensions/?options=<id>.
  await expect
    .poll(() =>
      context
        .pages()
        .some((p) => p.url().includes(`${extensionId}/options.html`) || p.url().includes(`options=${extensionId}`)),
    )
    .toBe(true);
  // "Open troubleshooting" reaches the background, which records the target and opens the panel (or a tab).
  await strip.getByRole('button', { name: 'Open troubleshooting' }).click();
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => 'sidepanel-target' in (await chrome.storage.local.get('sidepanel-target'))),
    )
    .toBe(true);
  await expect(strip.getByRole('alert')).toHaveCount(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('is usable with the keyboard alone', async ({ context, extensionId, pageErrors }) => {
  const page = await openPopup(context, extensionId);
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  for (let i = 0; i < 12 && (await focusedId()) !== 'lml-weight'; i++) await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('lml-weight');
  await page.keyboard.type('1'); // 1 lb (the US default unit) = 454 g
  for (let i = 0; i < 12 && (await focusedId()) !== 'lml-postcode'; i++) await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('lml-postcode');
  await page.keyboard.type('96813'); // Honolulu
  await page.keyboard.press('Enter');
  const jt = page.locator('tr[data-carrier-id="jt-express"]');
  await expect(jt).toContainText('454 g (1 lb)');
  const toggle = page.getByRole('button', { name: 'Show breakdown for J&T Express' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-breakdown-of="jt-express"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide breakdown for J&T Express' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.keyboard.press('Space');
  await expect(page.locator('[data-breakdown-of="jt-express"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('speaks Chinese when the locale setting says so', async ({ context, extensionId, serviceWorker, pageErrors }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ locale: 'zh' }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('form', { name: '待报价包裹' })).toBeVisible();
  await expect(page.getByRole('region', { name: '物流轨迹轮询' }).getByRole('status')).toHaveText(
    '物流轨迹轮询未运行：请在设置中连接店铺',
  );
  await page.getByLabel('重量单位').selectOption('kg');
  await page.getByLabel('重量', { exact: true }).fill('0.4');
  await page.getByLabel('目的地邮编').fill('99501');
  await page.getByLabel('目的地邮编').press('Enter');
  await expect(page.getByRole('button', { name: '展开极兔速递的费用明细' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
