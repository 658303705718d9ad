import { localize, type Locale } from '@/lib/i18n';
import type { ShopOverview } from '@/lib/messaging';

/**
 * Sorting of the at-risk table. The background sends the rows most urgent first; `risks` sorts by
 * that urgency. Rows without a value sort last in either direction (an unknown time is not "earliest").
 */

export type AtRiskRow = ShopOverview['atRisk'][number];
export const AT_RISK_COLUMNS = [
  'order',
  'waybill',
  'carrier',
  'market',
  'risks',
  'labelCreatedAt',
  'lastEventAt',
  'firstScanDueAt',
  'shipByAt',
] as const;
export type AtRiskColumn = (typeof AT_RISK_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface AtRiskSort {
  column: AtRiskColumn;
  direction: SortDirection;
}

/** The table's first order: most urgent first, as the background ranked it. */
export const DEFAULT_AT_RISK_SORT: AtRiskSort = { column: 'risks', direction: 'ascending' };

type Key = string | number | undefined;

function keyOf(row: AtRiskRow, index: number, column: AtRiskColumn, locale: Locale): Key {
  switch (column) {
    case 'order':
      return row.orderId;
    case 'waybill':
      return row.trackingNumber;
    case 'carrier':
      return row.carrierName ? localize(row.carrierName, locale) : row.carrierId;
    case 'market':
      return row.market;
    case 'risks':
      return index;
    default:
      return row[column];
  }
}

function compareKeys(a: Key, b: Key, locale: Locale): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Order ids are long digit strings: numeric collation keeps "99" before "100".
  return String(a).localeCompare(String(b), locale === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Rows sorted by a column (stable; the background's urgency order breaks ties). Example:
 * `sortAtRisk(rows, { column: 'shipByAt', direction: 'ascending' }, 'en')` → the earliest ship-by first, rows without one last.
 */
export function sortAtRisk(rows: readonly AtRiskRow[], sort: AtRiskSort, locale: Locale): AtRiskRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: keyOf(row, index, sort.column, locale) }))
    .sort((a, b) => {
      const aMissing = a.key === undefined || a.key === '';
      const bMissing = b.key === undefined || b.key === '';
      if (aMissing !== bMissing) return aMissing ? 1 : -1;
      const byKey = aMissing ? 0 : compareKeys(a.key, b.key, locale) * sign;
      return byKey || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** Clicking a column header: a new column sorts ascending, the same column flips direction. */
export function nextSort(current: AtRiskSort, column: AtRiskColumn): AtRiskSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
