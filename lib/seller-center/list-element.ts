import { closestAny, queryAll, readingPage } from './dom-text';
import { defaultSellerCenterSelectors, type SellerCenterSelectors } from './selectors';

/**
 * The element holding the order list, for a page-level summary placed in front of it: the
 * `data-log_module_name="order_list"` wrapper holding the list's first order, else the table-like
 * element of it, else the smallest element holding its first and last order. Cheap: no extraction,
 * the orders' first elements (`OrderRow.rows[0]`, `OrderDigest.rows[0]`) are given.
 * Example: on the To ship tab → the `div[data-log_module_name="order_list"]`.
 */
export function orderListElementOf(
  first: Element | undefined,
  last: Element | undefined,
  root: ParentNode,
  selectors: SellerCenterSelectors = defaultSellerCenterSelectors,
): Element | undefined {
  if (!first) return undefined;
  return readingPage(() => {
    const wrapper = queryAll(root, selectors.orderListContainer.values).find((w) => w.contains(first));
    if (wrapper) return wrapper;
    const table = closestAny(first, selectors.tableRoot.values);
    if (table) return table;
    let common: Element | null = first.parentElement;
    while (common && last && !common.contains(last)) common = common.parentElement;
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
