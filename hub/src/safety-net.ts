/**
 * The slow safety net under the webhooks: the platform retries a failed webhook only four times over
 * about 15 h (shared/reference/tiktok-open-api.md §7), so every hour each shop searches the orders
 * updated since the last run in the watched statuses and starts watching any it did not know.
 */
import { WATCHED_ORDER_STATUSES } from '@/lib/poller/discover';
import { packagesFromOrder } from '@/lib/poller/order-facts';
import { isTikTokApiError, type TikTokApiError, type TikTokClient } from '@/lib/tiktok';
import type { DurableObjectStorage } from './runtime';
import type { ShopStore } from './shop-store';
import { watchPackages } from './watch-list';

export const SAFETY_NET_INTERVAL_MS = 60 * 60_000;
const WATERMARK_KEY = 'safety-net:update-time';
/** Re-read this much before the watermark, so an order updated during the last run is not missed. */
const OVERLAP_SECONDS = 300;
const PAGE_SIZE = 50;
const MAX_PAGES_PER_STATUS = 40;

export interface SafetyNetResult {
  discovered: number;
  pages: number;
  error?: TikTokApiError;
}

/** Example: `await runSafetyNet({ store, storage, client, now }, 'US')` → `{ discovered: 12, pages: 4 }`. */
export async function runSafetyNet(
  deps: {
    store: ShopStore;
    storage: Pick<DurableObjectStorage, 'transactionSync'>;
    client: Pick<TikTokClient, 'searchOrders'>;
    now: () => number;
  },
  shopRegion?: string,
): Promise<SafetyNetResult> {
  const previous = deps.store.readMeta<number>(WATERMARK_KEY);
  const since = previous === undefined ? undefined : Math.max(0, previous - OVERLAP_SECONDS);
  const result: SafetyNetResult = { discovered: 0, pages: 0 };
  let highest = previous ?? 0;
  for (const status of WATCHED_ORDER_STATUSES) {
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES_PER_STATUS; page += 1) {
      let found;
      try {
        found = await deps.client.searchOrders({
          status,
          pageSize: PAGE_SIZE,
          sortField: 'update_time',
          sortOrder: 'ASC',
          ...(since !== undefined ? { updateTimeGe: since } : {}),
          ...(pageToken ? { pageToken } : {}),
        });
      } catch (error) {
        if (!isTikTokApiError(error)) throw error;
        return { ...result, error }; // the watermark stays: the next run reads the same window
      }
      result.pages += 1;
      const now = deps.now();
      deps.storage.transactionSync(() => {
        result.discovered += watchPackages(
          deps.store,
          found.orders.flatMap((order) => packagesFromOrder(order, shopRegion)),
          now,
        );
      });
      for (const order of found.orders) highest = Math.max(highest, order.update_time ?? 0);
      if (!found.nextPageToken) break;
      pageToken = found.nextPageToken;
    }
  }
  if (highest > 0) deps.store.writeMeta(WATERMARK_KEY, highest);
  return result;
}
