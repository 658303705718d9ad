import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { checkTrackingRows, readTrackingTemplate, type TrackingTemplate } from '../../lib/upload';
import { largeTemplate, zipBomb } from '../fixtures/uploads/large-files';
import { expect, test } from './fixtures';
import { openOptions } from './options-helpers';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/uploads');
const fixture = (name: string) => path.join(FIXTURES, name);

/** The upload check's hint (a `waybill-warning` host) next to the dialog's file input. */
const uploadHint = (dialog: Locator) => dialog.locator('[data-lml="waybill-warning"]');

async function openUploadDialog(page: Page, url: string, button: string, title: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function readOk(bytes: Uint8Array, name: string): Promise<TrackingTemplate> {
  const result = await readTrackingTemplate(bytes, name);
  if (!result.ok) throw new Error(result.error.message);
  return result.template;
}

/** The downloaded copy has exactly the certain fixes applied and every other cell as before. */
async function expectOnlyCertainFixes(
  original: TrackingTemplate,
  copyBytes: Uint8Array,
  name: string,
  fixedRows: number[],
) {
  const copy = await readOk(copyBytes, name);
  const fixes = checkTrackingRows(original.rows, { market: 'US' }).certainFixes;
  expect(fixes.map((f) => f.row)).toEqual(fixedRows);
  const to = new Map(fixes.map((f) => [f.row, f.to]));
  expect(copy.rows.map((r) => r.row)).toEqual(original.rows.map((r) => r.row));
  copy.rows.forEach((row, i) =>
    expect(row).toEqual({ ...original.rows[i]!, tracking: to.get(row.row) ?? original.rows[i]!.tracking }),
  );
  expect(checkTrackingRows(copy.rows, { market: 'US' }).certainFixes).toEqual([]);
}

test('a defective .xlsx chosen in the upload dialog gets a summary, and the corrected copy downloads with only the certain fixes', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  const dialog = await openUploadDialog(
    page,
    'https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1',
    'Upload',
    'Upload tracking numbers',
  );
  const input = dialog.locator('input[type="file"]');
  await input.setInputFiles(fixture('tracking-upload-defective-us.xlsx'));

  const hint = uploadHint(dialog);
  await expect(hint).toContainText('19 rows checked: 5 OK, 14 with problems');
  // data-order-id = the first defective row's order.
  await expect(hint).toHaveAttribute('data-order-id', '577301846207734015');
  const byClass = async (code: string) =>
    (await hint.locator(`tr[data-code="${code}"]`).innerText()).replace(/\s+/g, ' ');
  expect(await byClass('whitespace')).toBe(
    'Space or line break in the number rows 5, 16, 17 — fixed in the corrected copy',
  );
  expect(await byClass('zero-width')).toContain('rows 6');
  expect(await byClass('fullwidth')).toContain('rows 7');
  expect(await byClass('lowercase')).toContain('rows 10');
  expect(await byClass('cjk')).toBe('Chinese characters or brackets rows 11');
  expect(await byClass('bad-check-digit')).toContain('rows 12, 17');
  expect(await byClass('number-lost-digits')).toContain('rows 13');
  expect(await byClass('duplicate')).toContain('rows 8, 14');
  expect(await byClass('missing-order-id')).toContain('rows 15');
  expect(await byClass('split-order')).toContain('rows 4, 19');
  const humanRows = await hint
    .locator('li[data-row]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-row')));
  expect(humanRows).toEqual(['4', '8', '11', '12', '13', '14', '15', '17', '19']);
  await expect(hint.locator('li[data-row="12"]')).toContainText('expected 5, found 6');

  // The upload itself is untouched: the dialog shows the chosen file, Submit is enabled, the input keeps the original.
  await expect(dialog.getByText('tracking-upload-defective-us.xlsx', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Submit' })).toBeEnabled();
  // Our summary scrolls within itself: the dialog's title and buttons stay on screen.
  await expect(dialog.getByRole('button', { name: 'Submit' })).toBeInViewport();
  await expect(dialog.getByText('Upload tracking numbers', { exact: true })).toBeInViewport();
  expect(
    await input.evaluate((el: HTMLInputElement) => [el.files?.length, el.files?.[0]?.name, el.files?.[0]?.size]),
  ).toEqual([1, 'tracking-upload-defective-us.xlsx', fs.statSync(fixture('tracking-upload-defective-us.xlsx')).size]);

  const link = hint.locator('a[download]');
  await expect(link).toHaveText('⬇ Download corrected copy (6 rows fixed)');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('tracking-upload-defective-us-corrected.xlsx');
  const copyBytes = new Uint8Array(fs.readFileSync(await download.path()));
  const original = await readOk(
    new Uint8Array(fs.readFileSync(fixture('tracking-upload-defective-us.xlsx'))),
    'original.xlsx',
  );
  await expectOnlyCertainFixes(original, copyBytes, download.suggestedFilename(), [5, 6, 7, 10, 16, 17]);
  // Clicking our link did not close Seller Center's dialog.
  await expect(dialog).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('[data-lml="waybill-warning"]').analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('upload-check.png') });
  expect(pageErrors).toEqual([]);
});

test('a good template shows "All N rows OK" and no download', async ({ context, pageErrors }) => {
  const page = await context.newPage();
  const dialog = await openUploadDialog(
    page,
    'https://seller-us.tiktok.com/order?tab=all',
    'Upload',
    'Upload tracking numbers',
  );
  await dialog.locator('input[type="file"]').setInputFiles(fixture('tracking-upload-good-us.xlsx'));
  const hint = uploadHint(dialog);
  await expect(hint).toContainText('All 5 rows OK');
  await expect(hint).toHaveAttribute('data-order-id', 'upload');
  await expect(hint.locator('a[download]')).toHaveCount(0);

  // Choosing another file replaces the summary; a bad file gets its reason.
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(onDisk('old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
  await expect(hint).toContainText('Excel 97–2003');
  await expect(uploadHint(dialog)).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('the Chinese dialog checks a GBK .csv and the corrected copy keeps its encoding', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  const dialog = await openUploadDialog(
    page,
    'https://seller-uk.tiktok.com/order?tab=all&lang=zh-CN',
    '上传',
    '批量上传物流单号',
  );
  await dialog.locator('input[type="file"]').setInputFiles(fixture('tracking-upload-defective-zh-gbk.csv'));
  const hint = uploadHint(dialog);
  // a Chinese dialog gets Chinese hints (signal policy: the page's language)
  await expect(hint).toContainText('已检查 7 行：3 行正常，4 行有问题');
  const [download] = await Promise.all([page.waitForEvent('download'), hint.locator('a[download]').click()]);
  expect(download.suggestedFilename()).toBe('tracking-upload-defective-zh-gbk-corrected.csv');
  const copyBytes = new Uint8Array(fs.readFileSync(await download.path()));
  const original = await readOk(
    new Uint8Array(fs.readFileSync(fixture('tracking-upload-defective-zh-gbk.csv'))),
    'original.csv',
  );
  await expectOnlyCertainFixes(original, copyBytes, download.suggestedFilename(), [3, 4, 5]);
  expect((await readOk(copyBytes, 'copy.csv')).csv?.encoding).toBe('gb18030');
  expect(pageErrors).toEqual([]);
});

test('file inputs outside the tracking upload are left alone', async ({ context, pageErrors }) => {
  const page = await context.newPage();
  await page.goto('https://seller-us.tiktok.com/order?tab=all');
  await expect(page.getByRole('button', { name: 'Upload', exact: true })).toBeVisible();
  // A product-image style input the page might add: not a tracking upload.
  await page.evaluate(() => {
    const wrap = document.createElement('div');
    wrap.setAttribute('role', 'dialog');
    wrap.setAttribute('aria-label', 'Upload product images');
    const input = document.createElement('input');
    input.type = 'file';
    wrap.append(input);
    document.body.append(wrap);
  });
  await page
    .locator('[aria-label="Upload product images"] input[type="file"]')
    .setInputFiles(fixture('tracking-upload-defective-us.xlsx'));
  await page.waitForTimeout(500);
  await expect(page.locator('[data-lml="waybill-warning"][data-order-id="577301846207734015"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

/**
 * A generated file written to disk, so Playwright chooses it as the seller would (CDP, a trusted
 * "change"); a `buffer` payload is set by page script, which the content script rightly ignores.
 */
function onDisk(name: string, bytes: Uint8Array | string): string {
  const file = test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

// Issue #12 item 4 / issue #11: the files are read in the background, never on Seller Center's thread.
test('a 200,000-row template is checked in the background with progress shown, then summarised', async ({
  context,
  pageErrors,
}) => {
  test.setTimeout(300_000); // the goal is ≤ 10 s on a quiet machine (npm run bench); CI shares its cores
  const { bytes, spacedRows, duplicateRows } = largeTemplate(200_000);
  const page = await context.newPage();
  const dialog = await openUploadDialog(
    page,
    'https://seller-us.tiktok.com/order?tab=to_ship&order_status[]=1',
    'Upload',
    'Upload tracking numbers',
  );
  const startedAt = Date.now();
  await dialog.locator('input[type="file"]').setInputFiles(onDisk('big.xlsx', bytes));
  const hint = uploadHint(dialog);
  await expect(hint.locator('progress')).toBeVisible();
  await expect(hint).toContainText(
    /(Handing "big\.xlsx" to the checker|Reading the rows|Checking the tracking numbers)… \d+%/,
  );
  const defective = spacedRows.length + duplicateRows.length;
  await expect(hint).toContainText(`200000 rows checked: ${200_000 - defective} OK, ${defective} with problems`, {
    timeout: 180_000,
  });
  test.info().annotations.push({
    type: 'check time (ms, 200,000 rows, shared CI machine)',
    description: String(Date.now() - startedAt),
  });
  await expect(hint.locator('progress')).toHaveCount(0);
  await expect(hint.locator('a[download]')).toHaveText(`⬇ Download corrected copy (${spacedRows.length} rows fixed)`);
  expect(await hint.locator('tr[data-code="whitespace"]').innerText()).toContain(`and ${spacedRows.length - 20} more`);
  expect(pageErrors).toEqual([]);
});

test('a zip bomb is refused with its reason (the en/zh texts: tests/lib/upload/large-files.test.ts)', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  const dialog = await openUploadDialog(
    page,
    'https://seller-us.tiktok.com/order?tab=all',
    'Upload',
    'Upload tracking numbers',
  );
  await dialog.locator('input[type="file"]').setInputFiles(onDisk('bomb.xlsx', zipBomb()));
  await expect(uploadHint(dialog)).toContainText('"bomb.xlsx" was not opened: it unpacks to 300 MB of sheet data');
  expect(pageErrors).toEqual([]);
});

test('a page script that sets files and dispatches "change" itself gets nothing checked', async ({
  context,
  pageErrors,
}) => {
  const page = await context.newPage();
  const dialog = await openUploadDialog(
    page,
    'https://seller-us.tiktok.com/order?tab=all',
    'Upload',
    'Upload tracking numbers',
  );
  const csv = 'Order ID,Tracking ID,Shipping provider\n577000000000000001, JX8000000001,J&T Express\n';
  await dialog.locator('input[type="file"]').evaluate((input: HTMLInputElement, text) => {
    const files = new DataTransfer();
    files.items.add(new File([text], 'forged.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, csv);
  await page.waitForTimeout(1000);
  await expect(uploadHint(dialog)).toHaveCount(0);
  // The seller's own choice of the same file is checked.
  await dialog.locator('input[type="file"]').setInputFiles(onDisk('chosen.csv', csv));
  await expect(uploadHint(dialog)).toContainText('1 rows checked: 0 OK, 1 with problems');
  expect(pageErrors).toEqual([]);
});

test('the options page checks a file through the same background path, with the corrected copy', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId, '#upload');
  await page
    .getByLabel('Tracking upload template to check')
    .setInputFiles(fixture('tracking-upload-defective-us.xlsx'));
  await expect(page.getByRole('status').filter({ hasText: 'rows checked' })).toContainText(
    '19 rows checked: 5 OK, 14 with problems',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download corrected copy/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tracking-upload-defective-us-corrected.xlsx');
  const copy = await readOk(new Uint8Array(fs.readFileSync(await download.path())), 'copy.xlsx');
  expect(copy.rows.find((r) => r.row === 5)?.tracking).not.toMatch(/\s/);
});

// Fixtures: tests/fixtures/uploads (README.md lists each defect and its row).
