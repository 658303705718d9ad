import { closestAny, queryAll, readingPage } from './dom-text';
import type { OrderRow } from './extract';
import { defaultSellerCenterSelectors, type SellerCenterSelectors } from './selectors';

/**
 * The element holding the order list the rows belong to, for a page-level summary placed in front of
 * it: the `data-log_module_name="order_list"` wrapper holding the rows, else the table-like element of
 * the first row, else the smallest element holding every row. Cheap: no extraction, the rows are given.
 * Example: on the To ship tab → the `div[data-log_module_name="order_list"]`.
 */
export function orderListElementOf(
  rows: readonly OrderRow[],
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): Element | undefined {
  const first = rows[0];
  if (!first) return undefined;
  return readingPage(() => {
    const wrapper = queryAll(root, selectors.orderListContainer.values).find((w) => w.contains(first.container));
    if (wrapper) return wrapper;
    const table = closestAny(first.container, selectors.tableRoot.values);
    if (table) return table;
    const last = rows[rows.length - 1]!.container;
    let common: Element | null = first.container.parentElement;
    while (common && !common.contains(last)) common = common.parentElement;
    return common && common.tagName !== 'BODY' && common.tagName !== 'HTML' ? common : undefined;
  });
}

/**
 * The list's total across pages when Seller Center states it: the "Select all N packages" button
 * carries it in `data-log_total_cnt` (ref:seller-center#2.8). `undefined` when not shown.
 */
export function readShownListTotal(
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): number | undefined {
  for (const el of queryAll(root, selectors.listTotalCount.values)) {
    const value = Number(el.getAttribute('data-log_total_cnt')?.trim());
    if (Number.isInteger(value) && value >= 0) return value;
  }
  return undefined;
}
