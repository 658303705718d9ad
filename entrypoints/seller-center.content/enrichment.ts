import type { BadgeView, DeadlineView, FindingView, PageOrder } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/page';
import type { OrderDigest, OrderRow, PageInfo } from '@/lib/seller-center';
import type { RowFacts } from '@/lib/signals';

/** A shown waybill's defects as the background checked it; `null` = nothing wrong. */
export type WaybillDefects = NonNullable<RowFacts['waybill']> | null;

export interface Enrichment {
  badge?: BadgeView;
  diagnosis?: FindingView | null;
  /** The order's clock from the store (API deadlines, label time, first scan), when known. */
  deadlines?: DeadlineView;
}

/**
 * What the background needs to know about a row; also the cache key (a row that changes is re-asked).
 * A row not read in full (its digest: no weight, size or destination) asks the same question as its
 * full reading when the list shows none of those, so reading it in full later asks nothing new.
 */
export function pageOrderOf(row: OrderRow | OrderDigest): PageOrder {
  const order: PageOrder = { orderId: row.orderId };
  if (row.status) {
    order.statusText = row.status.text.slice(0, 200);
    order.awaitingShipment = row.status.isAwaitingShipment;
  }
  const full = 'anchor' in row ? row : undefined;
  const carrier = full ? full.carrier?.text : (row as OrderDigest).carrierText;
  const waybill = full ? full.waybill?.raw : (row as OrderDigest).waybillRaw;
  if (carrier) order.carrierText = carrier.slice(0, 200);
  if (waybill) order.waybill = waybill.slice(0, 200);
  if (!full) return order;
  if (full.weightGrams && full.weightGrams > 0) order.weightGrams = full.weightGrams;
  if (full.dimensionsMm) order.dimensionsMm = full.dimensionsMm;
  if (full.destination) order.destination = { ...full.destination };
  return order;
}

interface Question {
  order: PageOrder;
  /** The cache key: the order's facts, and whether the badge is asked too. */
  key: string;
  /** Only rows read in full get a badge drawn: a digest (a row not near the viewport) asks without one. */
  badge: boolean;
}

/**
 * The order's facts as one string, field by field in a fixed order (a field's absence and its value kept
 * apart): cheaper than `JSON.stringify` on every row of a 500-row list (issue #11).
 */
function questionKeyOf(order: PageOrder): string {
  const d = order.dimensionsMm;
  return [
    order.orderId,
    order.statusText,
    order.awaitingShipment,
    order.carrierText,
    order.waybill,
    order.weightGrams,
    d && `${d.length}x${d.width}x${d.height}`,
    order.destination && `${order.destination.country}\u0001${order.destination.postcode}`,
  ]
    .map((v) => (v === undefined ? '' : `=${String(v)}`))
    .join('\u0000');
}

/** Each row's question and cache key, once per row object: unchanged rows are reused across frames and several features ask. */
const asked = new WeakMap<OrderRow | OrderDigest, Question>();
function askedFor(row: OrderRow | OrderDigest): Question {
  let entry = asked.get(row);
  if (!entry) {
    const order = pageOrderOf(row);
    const badge = 'anchor' in row;
    asked.set(row, (entry = { order, key: `${badge ? 'b' : '-'}${questionKeyOf(order)}`, badge }));
  }
  return entry;
}

/** What a waybill check depends on besides the page's market: the number and the order's carrier, as asked. */
function waybillKeyOf(order: PageOrder): string {
  return `${order.carrierText ?? ''}\u0000${order.waybill ?? ''}`;
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
  /** Defects per carrier and number: a row's digest and its full reading ask apart but share the check. */
  private readonly waybills = new Map<string, WaybillDefects>();
  private readonly pending = new Map<string, Question>();
  private inFlight = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly page: PageInfo,
    private readonly withDiagnosis: () => boolean,
    private readonly onResult: () => void,
    private readonly signal: AbortSignal,
  ) {}

  /** Cached result for the row, or undefined (and queued) when not asked yet. */
  get(row: OrderRow | OrderDigest): Enrichment | undefined {
    const question = askedFor(row);
    const { key } = question;
    // an answer with the badge also answers the same question without it
    const cached = this.results.get(key) ?? (question.badge ? undefined : this.results.get(`b${key.slice(1)}`));
    if (cached) return cached;
    if (!this.inFlight.has(key)) {
      this.pending.set(key, question);
      this.schedule();
    }
    return undefined;
  }

  /**
   * The row's shown waybill checked by the background (asked with the row's question, `get`): its
   * defects, `null` when nothing is wrong or no waybill is shown, `undefined` until answered.
   */
  waybillDefectsOf(row: OrderRow | OrderDigest): WaybillDefects | undefined {
    const { order } = askedFor(row);
    return order.waybill ? this.waybills.get(waybillKeyOf(order)) : null;
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
    const batch = [...this.pending.values()].slice(0, 500);
    for (const { key } of batch) {
      this.pending.delete(key);
      this.inFlight.add(key);
    }
    await this.ask(batch);
    if (!this.signal.aborted) this.onResult();
    if (this.pending.size) this.schedule();
  }

  private async ask(questions: readonly Question[]) {
    try {
      const [response] = await Promise.all([
        sendMessage('enrich-orders', {
          market: this.page.market,
          orders: questions.map((q) => q.order),
          withDiagnosis: this.withDiagnosis(),
          withDeadlines: true,
          withBadges: false,
          withWaybillChecks: true,
        }),
        // badges only for the rows they are drawn on (read in full, near the viewport; issue #11)
        this.askBadges(questions.filter((q) => q.badge).map((q) => q.order)),
      ]);
      const byId = new Map(response.orders.map((o) => [o.orderId, o]));
      for (const question of questions) {
        const { key, order } = question;
        const result = byId.get(order.orderId);
        const badge = question.badge ? this.badges.get(badgeKeyOf(order)) : undefined;
        // an answer without it (no such order in the answer) counts as checked: a count must never wait forever
        if (order.waybill) this.waybills.set(waybillKeyOf(order), result?.waybill ?? null);
        this.results.set(key, {
          ...(badge ? { badge } : {}),
          ...(result && 'diagnosis' in result ? { diagnosis: result.diagnosis ?? null } : {}),
          ...(result?.deadlines ? { deadlines: result.deadlines } : {}),
        });
      }
    } catch {
      // Background unavailable (extension updated, worker starting): leave uncached so the next frame asks again.
    } finally {
      for (const { key } of questions) this.inFlight.delete(key);
    }
  }
}
