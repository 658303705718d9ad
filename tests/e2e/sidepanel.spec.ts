/// <reference types="chrome" />
import { expect, test } from './fixtures';
import {
  HOUR,
  connectAndPoll,
  deliveredLater,
  downloadText,
  openSidepanel,
  parseCsv,
  routeMockApi,
  sendFromExtensionPage,
  seriousAxeViolations,
  stuckShopOrders,
  tableRows,
} from './sidepanel-helpers';

test('shop view lists the mock shop’s at-risk packages, exports matching CSVs, and troubleshooting shows timeline and findings', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const api = await routeMockApi(context);
  const now = Date.now();
  api.control.setNow(now);
  const { orders, ids } = stuckShopOrders(now);
  api.control.seedOrders(orders);

  const panel = await openSidepanel(context, extensionId);
  await connectAndPoll(panel);
  // The next poll sees one package delivered: the delivery-day chart has a bar.
  api.control.seedOrders([
    deliveredLater(
      orders.find((o) => o.id === ids.delivered)!,
      now - HOUR,
    ),
  ]);
  await sendFromExtensionPage(panel, 'poll-now', {});
  await panel.reload();

  // ── Shop tab ──
  // Keyboard only: the tabs follow the ARIA tabs pattern (arrow keys move and select).
  await panel.getByRole('tab', { name: 'Troubleshoot' }).focus();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Shop' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('tab', { name: 'Shop' })).toBeFocused();
  const table = panel.getByTestId('at-risk-table');
  await expect(table).toBeVisible();
  const rows = await tableRows(panel, '[data-testid="at-risk-table"]');
  const rowIds = rows.map((r) => r[0]);
  expect([...rowIds].sort()).toEqual([ids.overdue, ids.stale, ids.exception].sort());
  expect(rows.find((r) => r[0] === ids.overdue)![4]).toMatch(/No first scan — 2 h (\d+ m )?past the seed’s 4 h window/);
  expect(rows.find((r) => r[0] === ids.stale)![4]).toContain('No tracking update for 1 d 16 h');
  expect(rows.find((r) => r[0] === ids.exception)![4]).toContain('Carrier reports an exception');
  await expect(panel.getByRole('heading', { name: 'At-risk packages (3)' })).toBeVisible();
  await expect(panel.getByTestId('counts-by-carrier')).toContainText('USPS');
  await expect(panel.getByTestId('counts-by-carrier')).toContainText('3');

  // Sorting by keyboard: focus the "Ship by" header button, Enter → ascending, Enter again → descending.
  const shipBy = panel.getByRole('button', { name: /^Ship by/ });
  await shipBy.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.locator('th[aria-sort="ascending"]')).toContainText('Ship by');
  await panel.keyboard.press('Enter');
  await expect(panel.locator('th[aria-sort="descending"]')).toContainText('Ship by');
  const sortedRows = await tableRows(panel, '[data-testid="at-risk-table"]');
  // Descending: the latest ship-by first (overdue +40 h, exception +10 h, stale −20 h).
  expect(sortedRows.map((r) => r[0])).toEqual([ids.overdue, ids.exception, ids.stale]);

  // CSV export of the at-risk list: same rows, same order, same risk texts as the table.
  const atRisk = await downloadText(panel, () =>
    panel.getByRole('button', { name: 'Export at-risk list (CSV)' }).click(),
  );
  expect(atRisk.name).toMatch(/^lastmile-lens-at-risk-\d{8}-\d{4}Z\.csv$/);
  const csvRows = parseCsv(atRisk.text);
  expect(csvRows[0]![0]).toBe('Order ID');
  expect(csvRows.slice(1).map((r) => r[0])).toEqual(sortedRows.map((r) => r[0]));
  for (const row of csvRows.slice(1)) {
    const shown = sortedRows.find((r) => r[0] === row[0])!;
    expect(shown[1]).toBe(row[1]); // tracking number
    expect(shown[2]).toBe(row[2]); // carrier
    expect(row[6]!.split('; ').join('')).toBe(shown[4]); // risk texts
  }
  await expect(panel.getByRole('status').filter({ hasText: 'Saved lastmile-lens-at-risk' })).toBeVisible();

  // SLA report: metrics with targets (exception rate < 1.3 %, VTR ≥ 95 % for the US) and delivery days.
  const sla = await downloadText(panel, () => panel.getByRole('button', { name: 'Export SLA report (CSV)' }).click());
  const slaRows = parseCsv(sla.text);
  const shopException = slaRows.find((r) => r[0] === 'shop' && r[4] === 'exception-rate')!;
  expect(shopException.slice(9, 11)).toEqual(['<', '1.3']);
  expect(
    slaRows.find((r) => r[0] === 'market' && r[1] === 'US' && r[4] === 'valid-tracking-rate')!.slice(9, 11),
  ).toEqual(['>=', '95']);
  expect(slaRows.some((r) => r[4] === 'delivery-days' && r[1] === 'US')).toBe(true);
  await expect(panel.locator('table[data-scope="shop"] tr[data-metric="exception-rate"]')).toContainText('< 1.3%');
  await expect(panel.locator('svg[role="img"]').first()).toBeVisible();
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await panel.screenshot({ path: test.info().outputPath('sidepanel-shop.png'), fullPage: true });

  // ── Pick the stale order: its timeline shows the gap ──
  await panel.getByRole('button', { name: `Troubleshoot order ${ids.stale}` }).click();
  await expect(panel.getByRole('heading', { name: `Order ${ids.stale}` })).toBeVisible();
  await expect(panel.locator('.lml-timeline')).toContainText('Accepted at USPS Origin Facility');
  await expect(panel.locator('.lml-timeline')).toContainText('Arrived at USPS Regional Facility');
  await expect(panel.locator('.lml-timeline .lml-gap-bad').first()).toContainText('over the 24 h rule');

  // ── Search the overdue order by typing + Enter: first-scan clock and findings ──
  const search = panel.getByLabel('Order ID or waybill number');
  await search.fill(ids.overdue);
  await search.press('Enter');
  await expect(panel.getByRole('heading', { name: `Order ${ids.overdue}` })).toBeVisible();
  await expect(panel.locator('[data-clock="first-scan"]')).toHaveAttribute('data-state', 'overdue');
  await expect(panel.locator('.lml-finding').first()).toHaveAttribute('data-code', 'first-scan-overdue');
  // The seed's 4 h rule alone, with the API's ship-by still ahead, is a warning, not critical (issue 10.6).
  await expect(panel.locator('.lml-finding').first()).toContainText('Medium');
  await expect(panel.locator('.lml-finding').first()).toContainText('the seed’s 4 h rule');
  await expect(panel.locator('.lml-finding').first()).toContainText('ship-by time (rts_sla_time)');
  // One zone in the view, named on every time, the same as the findings'.
  await expect(panel.locator('.lml-facts')).toContainText('(America/Los_Angeles)');
  await expect(panel.locator('.lml-timeline')).toContainText('Shipping Label Created, USPS Awaiting Item');
  await panel.screenshot({ path: test.info().outputPath('sidepanel-troubleshoot.png'), fullPage: true });

  // A waybill in another spelling finds the same package.
  await search.fill(' 9400 1112 0620 6406 2607 87 ');
  await panel.getByRole('button', { name: 'Troubleshoot', exact: true }).click();
  await expect(panel.getByRole('heading', { name: `Order ${ids.overdue}` })).toBeVisible();

  // Copy the support-ticket summary: confirmation shown; pasting (keyboard) gives the ticket back.
  await panel.getByRole('button', { name: 'Copy support-ticket summary' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Summary copied to the clipboard.' })).toBeVisible();
  await search.fill('');
  await search.focus();
  await panel.keyboard.press('ControlOrMeta+V');
  await expect(search).toHaveValue(new RegExp(`Order ${ids.overdue}: label printed`));
  expect(await seriousAxeViolations(panel)).toEqual([]);

  // A query that matches nothing says what is unknown.
  await search.fill('576800999999999999');
  await search.press('Enter');
  await expect(panel.locator('.lml-finding').first()).toHaveAttribute('data-code', 'not-found');
  await expect(panel.getByText('Nothing in the extension’s records matches')).toBeVisible();

  await api.close();
  expect(pageErrors).toEqual([]);
});

test('opens on ?order=, on the background’s stored target, and follows the active Seller Center order tab', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const api = await routeMockApi(context);
  const now = Date.now();
  api.control.setNow(now);
  const { orders, ids } = stuckShopOrders(now);
  api.control.seedOrders(orders);
  const setup = await openSidepanel(context, extensionId);
  await connectAndPoll(setup);
  await setup.close();

  // ?order= (how the background opens the panel as a tab when the side panel cannot open).
  const panel = await openSidepanel(context, extensionId, `?order=${ids.overdue}`);
  await expect(panel.getByRole('heading', { name: `Order ${ids.overdue}` })).toBeVisible();
  await expect(panel.getByLabel('Order ID or waybill number')).toHaveValue(ids.overdue);

  // The background stores a new target (an in-page "Open troubleshooting"): the open panel follows it.
  await serviceWorker.evaluate(
    (orderId) => chrome.storage.local.set({ 'sidepanel-target': { orderId, at: Date.now() } }),
    ids.exception,
  );
  await expect(panel.getByRole('heading', { name: `Order ${ids.exception}` })).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: `Opened on order ${ids.exception}` })).toBeVisible();

  // The seller switches to a Seller Center order page: the panel opens on that order.
  const sellerCenter = await context.newPage();
  await sellerCenter.goto(`https://seller-us.tiktok.com/order/detail?order_no=${ids.stale}&shop_region=US`);
  await sellerCenter.bringToFront();
  await expect(panel.getByRole('heading', { name: `Order ${ids.stale}` })).toBeVisible();
  await expect(
    panel.getByRole('status').filter({ hasText: `Opened from the Seller Center tab: order ${ids.stale}` }),
  ).toBeVisible();

  await api.close();
  expect(pageErrors).toEqual([]);
});
