// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultSellerCenterSelectors } from '@/lib/seller-center/selectors';
import { mapTables, mapTablesInSteps } from '@/lib/seller-center/table-columns';
import { renderCardOrderList } from '../../fixtures/perf/order-list-static.mjs';
import { parseHtml, readFixture } from './fixtures';

describe('mapTablesInSteps', () => {
  it.each([
    ['a 40-card grid', () => renderCardOrderList({ count: 40 })],
    ['a table with rowspans and split parts', () => readFixture('shapes/order-list-table-us-en.html')],
    ['the card shape with label:value cards', () => readFixture('shapes/order-list-cards-us-en.html')],
  ])('maps %s a row a step when the deadline has passed, exactly as mapTables at once', (_name, html) => {
    const doc = parseHtml(html());
    const whole = mapTables(doc, defaultSellerCenterSelectors);
    expect(whole.length).toBeGreaterThan(0);
    const step = mapTablesInSteps(doc, defaultSellerCenterSelectors);
    let steps = 1;
    let tables;
    while (!(tables = step(0))) steps++;
    expect(step(0)).toBe(tables);
    expect(tables).toEqual(whole);
    // every row's cells, then every body row, one at a time: no step holds the page for the whole grid
    expect(steps).toBeGreaterThan(whole[0]!.cells.length / 5);
  });
});
