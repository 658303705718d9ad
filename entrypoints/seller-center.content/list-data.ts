import { checkOrderListPage, RELAY_PAGE, RELAY_REPLAY, type ListedOrder } from '@/lib/seller-center/order-list-api';

/**
 * Every order of the current list as Seller Center's own list XHR delivered it — including rows a
 * virtualised table has not rendered — relayed from the page world by `order-list-relay.content.ts`.
 * Each message is checked by hand (any page script could post one; a bad one is dropped, said once on the
 * console); a page at offset 0 starts a new list.
 */

interface ListState {
  orders: Map<string, ListedOrder>;
  total?: number;
  version: number;
}

const state: ListState = { orders: new Map(), version: 0 };
const listeners = new Set<() => void>();

/** Orders of the list, in list order; the list's stated total; a version that changes with every page. */
export function listedOrders(): { orders: readonly ListedOrder[]; total?: number; version: number } {
  return {
    orders: [...state.orders.values()],
    ...(state.total !== undefined ? { total: state.total } : {}),
    version: state.version,
  };
}

/** A listed order by id (the page's own ship-by for a row in the DOM). */
export function listedOrder(orderId: string): ListedOrder | undefined {
  return state.orders.get(orderId);
}

export function onListData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts listening to the relay and asks it to replay what it saw before this script ran. */
export function watchListData(signal: AbortSignal): void {
  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const data = event.data as { type?: unknown; page?: unknown } | null;
      if (!data || data.type !== RELAY_PAGE) return;
      const checked = checkOrderListPage(data.page);
      if (!checked.ok) return warnOnce(checked.error);
      const { page } = checked;
      if (page.offset === 0) state.orders = new Map();
      for (const order of page.orders) state.orders.set(order.orderId, order);
      if (page.total !== undefined) state.total = page.total;
      else if (page.offset === 0) delete state.total;
      state.version++;
      for (const listener of listeners) listener();
    },
    { signal },
  );
  window.postMessage({ type: RELAY_REPLAY }, location.origin);
}

let warned = false;
function warnOnce(error: string) {
  if (warned) return;
  warned = true;
  console.warn('[Lastmile Lens] ignored an order-list message that is not ours:', error);
}
