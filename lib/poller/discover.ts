import {
  connectionReasons,
  connectionStateSetting,
  quarantinePayload,
  readMeta,
  upsertPackages,
  writeMeta,
  type ConnectionState,
  type LastmileDb,
} from '@/lib/storage';
import {
  describeTikTokError,
  isTikTokApiError,
  type TikTokApiError,
  type TikTokClient,
  type TikTokOrderStatus,
} from '@/lib/tiktok';
import type { PollLogEntry, PollStopReason } from './cycle';
import { packagesFromOrder } from './order-facts';
import type { QuarantineBuffer } from './quarantine-buffer';

/** Order statuses whose parcels can still miss a deadline: what the watch list follows. */
export const WATCHED_ORDER_STATUSES: readonly TikTokOrderStatus[] = [
  'AWAITING_SHIPMENT',
  'PARTIALLY_SHIPPING',
  'AWAITING_COLLECTION',
  'IN_TRANSIT',
];

/** Meta key of the discovery watermark: the largest order `update_time` (Unix seconds) fully read. */
export const DISCOVERY_WATERMARK_KEY = 'discovery:update-time';
/** Re-read this much before the watermark, so an order updated during the last run is not missed. */
const WATERMARK_OVERLAP_SECONDS = 300;

export interface DiscoverDeps {
  db: LastmileDb;
  client: Pick<TikTokClient, 'searchOrders'>;
  now: () => number;
  quarantine?: QuarantineBuffer;
  shopRegion?: string;
  setConnectionState?: (state: ConnectionState) => Promise<void>;
  log?: (entry: PollLogEntry) => void;
}

export interface DiscoverOptions {
  statuses?: readonly TikTokOrderStatus[];
  /** Orders per page. Default 50. */
  pageSize?: number;
  /** Safety stop per status. Default 100 pages. */
  maxPages?: number;
}

export interface DiscoverSummary {
  /** Package rows added to the watch list. */
  discovered: number;
  /** Rows already known and refreshed. */
  updated: number;
  pages: number;
  quarantined: number;
  /** The watermark after this run (Unix seconds), when it moved. */
  watermark?: number;
  stoppedBecause?: PollStopReason | 'schema';
}

function stopReasonOf(error: TikTokApiError): PollStopReason | 'schema' {
  switch (error.kind) {
    case 'auth':
      return 'auth';
    case 'clock':
      return 'clock';
    case 'network':
      return 'network';
    case 'rate-limit':
      return 'rate-limit';
    case 'schema':
      return 'schema';
    default:
      return 'server';
  }
}

/**
 * Pulls orders awaiting shipment or in transit from the API (`searchOrders` by status, paged, since the
 * last watermark) into the watch list; known rows are refreshed, new ones start watched and never
 * checked. Idempotent: running it twice adds nothing. A failure keeps what was already stored and leaves
 * the watermark where it was, so the next run reads the same window again.
 * Example: `await discoverPackages({ db, client, now: Date.now })` → `{ discovered: 140, updated: 0, pages: 4, quarantined: 0, watermark: 1700000000 }`.
 */
export async function discoverPackages(deps: DiscoverDeps, opts: DiscoverOptions = {}): Promise<DiscoverSummary> {
  const { db, client } = deps;
  const statuses = opts.statuses ?? WATCHED_ORDER_STATUSES;
  const pageSize = opts.pageSize ?? 50;
  const maxPages = opts.maxPages ?? 100;
  const previous = await readMeta<number>(db, DISCOVERY_WATERMARK_KEY);
  const since = previous === undefined ? undefined : Math.max(0, previous - WATERMARK_OVERLAP_SECONDS);
  const summary: DiscoverSummary = { discovered: 0, updated: 0, pages: 0, quarantined: 0 };
  let highest = previous ?? 0;
  let incomplete = false;

  const storeQuarantine = async (error?: TikTokApiError) => {
    const at = deps.now();
    const items = deps.quarantine?.take() ?? [];
    if (error?.kind === 'schema' && !items.some((i) => i.endpoint === error.endpoint && i.path === error.fieldPath)) {
      items.push({
        endpoint: error.endpoint,
        path: error.fieldPath ?? '(response)',
        issue: error.message,
        payload: undefined,
      });
    }
    for (const item of items)
      await quarantinePayload(db, {
        endpoint: item.endpoint,
        path: item.path,
        issue: item.issue,
        at,
        payload: item.payload,
      });
    summary.quarantined += items.length;
  };

  outer: for (const status of statuses) {
    let pageToken: string | undefined;
    for (let page = 0; page < maxPages; page += 1) {
      let result;
      try {
        result = await client.searchOrders({
          status,
          pageSize,
          sortField: 'update_time',
          sortOrder: 'ASC',
          ...(since !== undefined ? { updateTimeGe: since } : {}),
          ...(pageToken ? { pageToken } : {}),
        });
      } catch (error) {
        if (!isTikTokApiError(error)) throw error;
        await storeQuarantine(error);
        summary.stoppedBecause = stopReasonOf(error);
        deps.log?.({
          level: 'warn',
          code: 'discover-failed',
          message: error.message,
          data: { status, kind: error.kind },
        });
        if (error.kind === 'auth' || error.kind === 'clock') {
          const state: ConnectionState = {
            state: error.kind === 'clock' ? 'error' : 'reconnect-needed',
            reason: error.kind === 'clock' ? describeTikTokError(error) : connectionReasons.reconnect,
            detail: `${error.code ?? error.kind}: ${error.message}`,
            checkedAt: deps.now(),
          };
          if (deps.setConnectionState) await deps.setConnectionState(state);
          else await connectionStateSetting.setValue(state);
        }
        // A schema failure loses only this status's remaining pages; anything else stops the run.
        if (error.kind === 'schema') continue outer;
        break outer;
      }
      summary.pages += 1;
      const rows = result.orders.flatMap((order) => packagesFromOrder(order, deps.shopRegion));
      const counts = await upsertPackages(db, rows, deps.now());
      summary.discovered += counts.inserted;
      summary.updated += counts.updated;
      for (const order of result.orders)
        if (order.update_time !== undefined) highest = Math.max(highest, order.update_time);
      await storeQuarantine();
      if (!result.nextPageToken) break;
      pageToken = result.nextPageToken;
      if (page === maxPages - 1) incomplete = true;
    }
  }

  if (!summary.stoppedBecause && !incomplete && highest > 0 && highest !== previous) {
    await writeMeta(db, DISCOVERY_WATERMARK_KEY, highest);
    summary.watermark = highest;
  }
  return summary;
}
