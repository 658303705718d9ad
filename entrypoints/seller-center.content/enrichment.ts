import type { BadgeView, DeadlineView, FindingView, PageOrder } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/page';
import type { OrderRow, PageInfo } from '@/lib/seller-center';

export interface Enrichment {
  badge?: BadgeView;
  diagnosis?: FindingView | null;
  /** The order's clock from the store (API deadlines, label time, first scan), when known. */
  deadlines?: DeadlineView;
}

/** What the background needs to know about a row; also the cache key (a row that changes is re-asked). */
export function pageOrderOf(row: OrderRow): PageOrder {
  const order: PageOrder = { orderId: row.orderId };
  if (row.status) {
    order.statusText = row.status.text.slice(0, 200);
    order.awaitingShipment = row.status.isAwaitingShipment;
  }
  if (row.carrier?.text) order.carrierText = row.carrier.text.slice(0, 200);
  if (row.waybill?.raw) order.waybill = row.waybill.raw.slice(0, 200);
  if (row.weightGrams && row.weightGrams > 0) order.weightGrams = row.weightGrams;
  if (row.dimensionsMm) order.dimensionsMm = row.dimensionsMm;
  if (row.destination) order.destination = { ...row.destination };
  return order;
}

/** Each row's question and cache key, once per row object: unchanged rows are reused across frames and several features ask. */
const asked = new WeakMap<OrderRow, { order: PageOrder; key: string }>();
function askedFor(row: OrderRow): { order: PageOrder; key: string } {
  let entry = asked.get(row);
  if (!entry) {
    const order = pageOrderOf(row);
    asked.set(row, (entry = { order, key: JSON.stringify(order) }));
  }
  return entry;
}

/**
 * What a carrier badge depends on (lib/background/badge-view.ts: the page's market and the parcel): rows
 * with the same parcel get the same badge, asked once.
 */
function badgeKeyOf(order: PageOrder): string {
  return JSON.stringify([order.weightGrams, order.dimensionsMm, order.destination]);
}

/**
 * One batched `enrich-orders` request per frame for every feature on the page, cached by the row's
 * facts so a virtualised row scrolling back in costs nothing. Badges are asked apart, once per distinct
 * parcel (`badgeKeyOf`): a badge is ~2 KB of JSON, and a 500-row answer with one per row (1.1 MB) took
 * tens of ms of the page's main thread to read back (issue #11). Results arrive asynchronously; the
 * features re-render on `onResult`.
 */
export class EnrichmentClient {
  private readonly results = new Map<string, Enrichment>();
  private readonly badges = new Map<string, BadgeView | null>();
  private readonly pending = new Map<string, PageOrder>();
  private inFlight = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly page: PageInfo,
    private readonly withDiagnosis: () => boolean,
    private readonly onResult: () => void,
    private readonly signal: AbortSignal,
  ) {}

  /** Cached result for the row, or undefined (and queued) when not asked yet. */
  get(row: OrderRow): Enrichment | undefined {
    const { order, key } = askedFor(row);
    const cached = this.results.get(key);
    if (cached) return cached;
    if (!this.inFlight.has(key)) {
      this.pending.set(key, order);
      this.schedule();
    }
    return undefined;
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  /** The badges of the batch's parcels not known yet: one order per distinct parcel stands for the others. */
  private async askBadges(orders: readonly PageOrder[]): Promise<void> {
    const byParcel = new Map<string, PageOrder>();
    for (const order of orders) {
      const parcel = badgeKeyOf(order);
      if (!this.badges.has(parcel) && !byParcel.has(parcel)) byParcel.set(parcel, order);
    }
    if (!byParcel.size) return;
    const response = await sendMessage('enrich-orders', {
      market: this.page.market,
      orders: [...byParcel.values()],
      withDiagnosis: false,
    });
    const byId = new Map(response.orders.map((o) => [o.orderId, o.badge ?? null]));
    for (const [parcel, order] of byParcel) this.badges.set(parcel, byId.get(order.orderId) ?? null);
  }

  private async flush() {
    if (!this.pending.size || this.signal.aborted) return;
    const batch = [...this.pending.entries()].slice(0, 500);
    for (const [key] of batch) {
      this.pending.delete(key);
      this.inFlight.add(key);
    }
    try {
      const orders = batch.map(([, order]) => order);
      const [response] = await Promise.all([
        sendMessage('enrich-orders', {
          market: this.page.market,
          orders,
          withDiagnosis: this.withDiagnosis(),
          withDeadlines: true,
          withBadges: false,
        }),
        this.askBadges(orders),
      ]);
      const byId = new Map(response.orders.map((o) => [o.orderId, o]));
      for (const [key, order] of batch) {
        const result = byId.get(order.orderId);
        const badge = this.badges.get(badgeKeyOf(order));
        this.results.set(key, {
          ...(badge ? { badge } : {}),
          ...(result && 'diagnosis' in result ? { diagnosis: result.diagnosis ?? null } : {}),
          ...(result?.deadlines ? { deadlines: result.deadlines } : {}),
        });
      }
    } catch {
      // Background unavailable (extension updated, worker starting): leave uncached so the next frame asks again.
    } finally {
      for (const [key] of batch) this.inFlight.delete(key);
    }
    if (!this.signal.aborted) this.onResult();
    if (this.pending.size) this.schedule();
  }
}
