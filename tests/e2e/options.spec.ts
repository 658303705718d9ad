/// <reference types="chrome" />
import { expect, test } from './fixtures';
import {
  MOCK_CREDENTIALS,
  openOptions,
  readLocal,
  routeMockApi,
  seriousAxeViolations,
  writeLocal,
} from './options-helpers';
import { storedCredentials } from './secrets-helpers';

// The options page in the built extension: profile, rate-card import, test label, shop connection,
// language, accessibility. Storage is read through the service worker, i.e. what the extension stored.

const BROKEN_CSV = [
  'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg,source',
  'jt-express,US,USD,1000,4.10,,,J&T contract 2025',
  'jt-express,US,USD,,,2024-09,0.2x,J&T fuel notice',
  'Pony Express,US,USD,500,3.00,,,',
  'royal-mail,GB,USD,500,3.00,,,',
].join('\n');

const GOOD_CSV = [
  'carrier_id,market,currency,max_weight_g,base,fuel_month,fuel_per_kg,source',
  'jt-express,US,USD,500,3.28,,,https://example.com/jt-us-rates',
  'jt-express,US,USD,1000,4.10,,,J&T contract 2025',
  'jt-express,US,USD,,,2024-09,0.22,J&T fuel notice',
].join('\n');

/** An override already saved before the broken import (a tracking fee the seller set earlier). */
const EXISTING_OVERRIDE = {
  feeTables: [{ carrierId: 'usps', market: 'US', trackingFee: { perOrderMinor: 20, source: 'user' } }],
};

test('the seller profile saves in grams and millimetres and reloads in the market’s units', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await page.getByLabel('Market').selectOption('US');
  await page.getByRole('radio', { name: 'Individual business (个体工商户)' }).check();
  await expect(page.getByRole('note').filter({ hasText: 'certified ISV' })).toBeVisible();
  await page.getByLabel('Orders per day').fill('30');
  await page.getByLabel('Parcels per month').fill('900');
  await page.getByRole('checkbox', { name: 'J&T Express' }).check();
  await page.getByRole('checkbox', { name: 'USPS' }).check();
  await page.getByLabel('Weight (lb)').fill('1');
  await page.getByLabel('Length (in)').fill('10');
  await page.getByLabel('Width (in)').fill('8');
  await page.getByLabel('Height (in)').fill('4');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('Profile saved.');

  const stored = await readLocal(serviceWorker, ['seller-profile']);
  expect(stored['seller-profile']).toEqual({
    market: 'US',
    businessType: 'individual',
    dailyOrders: 30,
    monthlyParcels: 900,
    connectedCarriers: ['jt-express', 'usps'],
    defaultParcel: { weightGrams: 454, dimensionsMm: { length: 254, width: 203.2, height: 101.6 } },
  });

  await page.reload();
  await expect(page.getByLabel('Market')).toHaveValue('US');
  await expect(page.getByLabel('Weight (lb)')).toHaveValue('1');
  await expect(page.getByLabel('Width (in)')).toHaveValue('8');
  await expect(page.getByRole('checkbox', { name: 'USPS' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Individual business (个体工商户)' })).toBeChecked();

  // A bad entry is refused field by field and nothing is written.
  await page.getByLabel('Length (in)').fill('');
  await page.getByLabel('Orders per day').fill('thirty');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-status')).toContainText('Nothing was saved');
  await expect(page.getByText('Enter all three sides')).toBeVisible();
  await expect(page.getByLabel('Orders per day')).toHaveAttribute('aria-invalid', 'true');
  expect((await readLocal(serviceWorker, ['seller-profile']))['seller-profile']).toEqual(stored['seller-profile']);
  expect(pageErrors).toEqual([]);
});

test('a broken rate card lists every error line by line and changes nothing', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  await writeLocal(serviceWorker, { 'rule-overrides': EXISTING_OVERRIDE });
  const page = await openOptions(context, extensionId, '#rules');
  await page
    .getByLabel('Import a rate card (.csv) or rule pack (.json)')
    .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(BROKEN_CSV) });

  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('broken.csv was not imported: 3 problem(s). Nothing was changed.');
  await expect(errors.getByRole('listitem')).toHaveText([
    /^line 3, column fuel_per_kg: "0\.2x" is not a plain amount/,
    /^line 4, column carrier_id: unknown carrier "Pony Express"/,
    /^line 5, column currency: currency "USD" does not match GB's GBP/,
  ]);
  expect((await readLocal(serviceWorker, ['rule-overrides']))['rule-overrides']).toEqual(EXISTING_OVERRIDE);

  // A pack JSON with a bad figure is refused the same way, by path.
  await page.getByLabel('Import a rate card (.csv) or rule pack (.json)').setInputFiles({
    name: 'pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        feeTables: [{ carrierId: 'usps', market: 'US', trackingFee: { perOrderMinor: -5, source: 'user' } }],
      }),
    ),
  });
  await expect(errors.getByRole('listitem').first()).toHaveText(/^at feeTables\[0\]\.trackingFee\.perOrderMinor: /);
  expect((await readLocal(serviceWorker, ['rule-overrides']))['rule-overrides']).toEqual(EXISTING_OVERRIDE);

  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a good rate card is previewed, applied over the stored override, exported and reset', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  await writeLocal(serviceWorker, { 'rule-overrides': EXISTING_OVERRIDE });
  const page = await openOptions(context, extensionId, '#rules');
  await page
    .getByLabel('Import a rate card (.csv) or rule pack (.json)')
    .setInputFiles({ name: 'jt-us.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });

  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('jt-us.csv is valid (3 rate rows). It would change:');
  await expect(preview).toContainText('Weight bands: up to 500 g $3.28 → up to 500 g $3.28; up to 1000 g $4.10');
  await expect(preview).toContainText('Fuel surcharge: 2024-08: $0.21/kg → 2024-08: $0.21/kg; 2024-09: $0.22/kg');
  // Previewing is not applying.
  expect((await readLocal(serviceWorker, ['rule-overrides']))['rule-overrides']).toEqual(EXISTING_OVERRIDE);

  await preview.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(page.getByTestId('rules-status')).toHaveText('jt-us.csv applied: your overrides were saved.');
  const stored = (await readLocal(serviceWorker, ['rule-overrides']))['rule-overrides'] as {
    feeTables: Array<Record<string, unknown>>;
  };
  expect(stored.feeTables).toEqual([
    EXISTING_OVERRIDE.feeTables[0],
    {
      carrierId: 'jt-express',
      market: 'US',
      currency: 'USD',
      weightBands: [
        { maxWeightGrams: 500, baseMinor: 328, source: 'https://example.com/jt-us-rates' },
        { maxWeightGrams: 1000, baseMinor: 410, source: 'user:J&T contract 2025' },
      ],
      fuel: [{ month: '2024-09', perKgMinor: 22, source: 'user:J&T fuel notice' }],
    },
  ]);
  await expect(page.getByTestId('rules-state')).toContainText('your overrides (2 fee table(s))');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export effective pack (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('lastmile-lens-rule-pack-1.0.0+user.json');

  await page.getByRole('button', { name: 'Reset to built-in pack' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByTestId('rules-status')).toHaveText('Reset: the built-in rule pack is in effect.');
  expect((await readLocal(serviceWorker, ['rule-overrides']))['rule-overrides']).toBeUndefined();
  expect(pageErrors).toEqual([]);
});

test('the test label renders at printer resolution and every barcode scans in Chromium', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  await writeLocal(serviceWorker, {
    'seller-profile': { market: 'US', connectedCarriers: ['usps', 'royal-mail', 'jt-express'] },
  });
  const page = await openOptions(context, extensionId, '#printer');
  await page.getByRole('radio', { name: '203 dpi' }).check();
  await page.getByRole('radio', { name: '4 × 6 in (101.6 × 152.4 mm)' }).check();
  // The live check for the seller's formats at that resolution.
  await expect(page.getByTestId('print-check-420787459400111206206406260787')).toContainText(
    'OK: 3-dot modules at 203 dpi give an X-dimension of 14.78 mil',
  );
  await page.getByRole('button', { name: 'Print test label' }).click();

  await expect(page).toHaveURL(/#test-label$/);
  expect((await readLocal(serviceWorker, ['printer']))['printer']).toEqual({ dpi: 203, labelSize: '4x6' });
  await expect(page.getByRole('heading', { name: 'Print a test label' })).toBeVisible();
  await expect(page.getByText('tick “High Quality”')).toBeVisible();
  for (const number of ['9400111206206406260787', '420787459400111206206406260787', 'RB123456785GB']) {
    await expect(page.getByTestId(`scan-${number}`)).toContainText(`Scans: OK — read ${number}.`);
  }
  await expect(page.getByText('No verified sample number on file for J&T Express')).toBeVisible();

  // Pixel-exact: (167 modules + 2 × 10 quiet) × 4 dots at 203 dpi, sized in millimetres for a 1:1 print.
  const canvas = page.getByRole('img', { name: 'Barcode of 9400111206206406260787' });
  await expect(canvas).toHaveAttribute('width', '748');
  expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).style.width)).toMatch(/^93\.59\d*mm$/);

  // The seller's own number goes through the same render and scan.
  await page.getByLabel('Add one of your own waybill numbers').fill('1Z5R89390357567127');
  await page.getByLabel('Its carrier').selectOption('ups');
  await page.getByRole('button', { name: 'Add to the test labels' }).click();
  await expect(page.getByTestId('scan-1Z5R89390357567127')).toContainText('Scans: OK — read 1Z5R89390357567127.');

  expect(await seriousAxeViolations(page)).toEqual([]);

  // Print: the dialog opens, and print media shows the labels only.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.locator('.lml-label-sheet').first()).toBeVisible();
  await expect(page.getByTestId('scan-9400111206206406260787')).toBeHidden();
  expect(pageErrors).toEqual([]);
});

test('connecting shows the shops, secrets are never shown back, and disconnect wipes them', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const api = await routeMockApi(context);
  try {
    const page = await openOptions(context, extensionId);
    await expect(page.getByTestId('connection-state')).toContainText('Not connected');

    // A wrong secret: the error is said in plain words, the state says so.
    await page.getByLabel('App key').fill(MOCK_CREDENTIALS.appKey);
    await page.getByLabel('App secret').fill('not-the-secret');
    await page.getByLabel('Access token', { exact: true }).fill(MOCK_CREDENTIALS.accessToken);
    await page.getByRole('button', { name: 'Save & test connection' }).click();
    await expect(page.getByTestId('connection-state')).toContainText(/Reconnect needed|Connection problem/);
    await expect(page.getByTestId('connect-status')).not.toHaveText('');

    // The right ones: connected, shops listed, secret fields empty, type=password.
    await page.getByLabel('App secret').fill(MOCK_CREDENTIALS.appSecret);
    await page.getByLabel('Access token', { exact: true }).fill(MOCK_CREDENTIALS.accessToken);
    await page.getByLabel('Refresh token (optional)').fill(MOCK_CREDENTIALS.refreshToken);
    await page.getByRole('button', { name: 'Save & test connection' }).click();
    await expect(page.getByTestId('connect-status')).toContainText('Connected: TikTok Shop answered');
    await expect(page.getByRole('table', { name: 'Authorized shops' }).getByRole('row')).not.toHaveCount(1);
    await expect(page.getByLabel('App secret')).toHaveValue('');
    await expect(page.getByLabel('App secret')).toHaveAttribute('type', 'password');
    await expect(page.getByLabel('Access token', { exact: true })).toHaveValue('');
    const saved = await storedCredentials(serviceWorker);
    expect(saved?.appSecret).toBe(MOCK_CREDENTIALS.appSecret);
    expect(await page.content()).not.toContain(MOCK_CREDENTIALS.appSecret);

    await page.reload();
    await expect(page.getByTestId('connection-state')).toContainText('Connected');
    await expect(page.getByLabel('App secret')).toHaveValue('');
    expect(await page.content()).not.toContain(MOCK_CREDENTIALS.appSecret);
    expect(await page.content()).not.toContain(MOCK_CREDENTIALS.accessToken);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('group', { name: /Disconnect and delete/ })).toBeVisible();
    await page.getByRole('button', { name: 'Yes, disconnect' }).click();
    await expect(page.getByTestId('connect-status')).toContainText('every saved secret was deleted');
    await expect(page.getByTestId('connection-state')).toContainText('Not connected');
    const after = await readLocal(serviceWorker, ['credentials', 'connection-state']);
    expect(await storedCredentials(serviceWorker)).toBeNull();
    expect(after['credentials'] ?? null).toBeNull();
    expect(after['connection-state'] ?? null).toBeNull();
    expect(pageErrors).toEqual([]);
  } finally {
    await api.close();
  }
});

test('callbacks are checked against the market’s endpoint and the language switches to Chinese', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  await writeLocal(serviceWorker, { 'seller-profile': { market: 'US', connectedCarriers: ['jt-express', 'usps'] } });
  const page = await openOptions(context, extensionId, '#callbacks');
  await expect(page.getByTestId('expected-endpoint')).toContainText(
    'us-api.tiktokshop.com/logistics/v3/tracking (seed:S28)',
  );
  await page.getByLabel('Callback URL configured at J&T Express').fill('https://api.jtexpress.example/push');
  await expect(page.getByText(/Different host from the endpoint TikTok specifies/)).toBeVisible();
  await page.getByLabel('Callback URL configured at USPS').fill('https://us-api.tiktokshop.com/logistics/v3/tracking');
  await expect(page.getByText('Matches the endpoint TikTok specifies.')).toBeVisible();
  await page.getByRole('button', { name: 'Save callback URLs' }).click();
  await expect(page.getByTestId('callbacks-status')).toHaveText('Callback URLs saved.');
  const callbacks = (await readLocal(serviceWorker, ['carrier-callbacks']))['carrier-callbacks'] as Record<
    string,
    { url: string }
  >;
  expect(callbacks['jt-express']?.url).toBe('https://api.jtexpress.example/push');
  expect(callbacks['usps']?.url).toBe('https://us-api.tiktokshop.com/logistics/v3/tracking');

  await page.getByRole('radio', { name: '简体中文' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lastmile Lens 设置');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect((await readLocal(serviceWorker, ['locale']))['locale']).toBe('zh');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByLabel('物流轨迹检查间隔（分钟）').fill('0');
  await page.getByRole('button', { name: '保存间隔' }).click();
  await expect(page.getByTestId('poll-status')).toContainText('请输入不小于 1 的整数分钟数');
  await page.getByLabel('物流轨迹检查间隔（分钟）').fill('30');
  await page.getByRole('button', { name: '保存间隔' }).click();
  await expect(page.getByTestId('poll-status')).toContainText('每 30 分钟');
  expect(
    ((await readLocal(serviceWorker, ['poll-settings']))['poll-settings'] as { intervalMinutes: number })
      .intervalMinutes,
  ).toBe(30);
  expect(pageErrors).toEqual([]);
});

test('a saved setting that cannot be read is named on the page, and saving it again clears the notice', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  await writeLocal(serviceWorker, { printer: { dpi: 'fast', labelSize: '4x6' } });
  const page = await openOptions(context, extensionId);
  const notice = page.getByTestId('setting-issues');
  await expect(notice).toContainText('Some saved settings could not be read');
  await expect(notice).toContainText('Label printer (dpi)');
  await page.getByRole('radio', { name: '203 dpi' }).check();
  await page.getByRole('radio', { name: '4 × 6 in (101.6 × 152.4 mm)' }).check();
  await page.getByRole('button', { name: 'Save printer' }).click();
  await expect(notice).toHaveCount(0);
  expect((await readLocal(serviceWorker, ['printer']))['printer']).toEqual({ dpi: 203, labelSize: '4x6' });
  expect(pageErrors).toEqual([]);
});
