import { renormalizeEvents, type EventRecord, type NewEvent, type PackageRecord } from '@/lib/storage';
import type { TikTokOrder, TikTokTrackingEvent } from '@/lib/tiktok';
import {
  computeDispatchDeadline,
  computeSlaClocksOfTrail,
  digestTrail,
  eventKey,
  mergeEvents,
  normalizeApiStatus,
  normalizeTrackingEvents,
  type DispatchDeadline,
  type RiskCode,
  type SlaClocks,
  type SlaPolicy,
  type TrackingEvent,
  type TrailDigest,
} from '@/lib/tracking';
import { orderFacts } from './order-facts';

export interface AssessInput {
  record: PackageRecord;
  storedEvents: readonly EventRecord[];
  /** `data.tracking[]` as fetched; absent when tracking was not fetched this time. */
  tracking?: readonly TikTokTrackingEvent[];
  /** The order as fetched this time, if it was. */
  order?: TikTokOrder;
  /**
   * The trail was requested this time but could not be read (server error, timeout, malformed answer).
   * A finished order then stays watched: otherwise one failed request would drop its trail for good.
   */
  trackingUnread?: boolean;
  /** First "print label" click the content script saw for this order (epoch ms). */
  labelClickAt?: number;
  /** The market's SLA policy; absent for a market we have no policy for (no clocks then). */
  policy?: SlaPolicy;
  /** Shop region, used when neither the row nor the order names a market. */
  fallbackMarket?: string;
  now: number;
}

export interface Assessment {
  /** The row to store: facts merged, clocks' verdict, checked now. */
  record: PackageRecord;
  /** Events not stored yet. */
  newEvents: NewEvent[];
  /** Tracking items whose time was unusable, by index in `tracking`. */
  rejected: Array<{ index: number; code: string }>;
  risks: RiskCode[];
  clocks?: SlaClocks;
  dispatch?: DispatchDeadline;
  /** The package id the order now gives for an `order:` placeholder row. */
  packageIdFound?: string;
}

/** Order stages after which nothing more happens to a parcel we could help with. */
const FINISHED_STAGES = new Set(['delivered', 'completed', 'cancelled']);
/** Stages before the seller has shipped: the dispatch clock runs, tracking does not exist yet. */
const PRE_SHIPMENT_STAGES = new Set(['unpaid', 'on-hold', 'awaiting-shipment', 'partially-shipped']);

function toStoredEvent(e: TrackingEvent): NewEvent {
  return {
    eventKey: eventKey(e),
    at: e.at,
    status: e.status,
    description: e.description,
    isCarrierScan: e.isCarrierScan,
  };
}

function earliest(...values: Array<number | undefined>): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return defined.length > 0 ? Math.min(...defined) : undefined;
}

/**
 * Whether a package's tracking is worth a request: not before the seller has shipped (no trail can
 * exist), unless a label or tracking number says otherwise (the "label printed but still Pending
 * Shipment" case, seed:S27). Example: an `AWAITING_SHIPMENT` order without label → false.
 */
export function shouldFetchTracking(record: PackageRecord, order?: TikTokOrder, labelClickAt?: number): boolean {
  const stage = normalizeApiStatus(order?.status ?? record.orderStatus).stage;
  if (stage === 'cancelled') return false;
  if (!PRE_SHIPMENT_STAGES.has(stage)) return true;
  return Boolean(
    record.trackingNumber ||
    order?.tracking_number ||
    labelClickAt !== undefined ||
    record.labelCreatedAt !== undefined,
  );
}

/**
 * Folds what one poll learned about a package into its row: merges events (each stored once), runs the
 * SLA clocks and the dispatch deadline, and decides whether to keep watching (not once delivered,
 * completed or cancelled, unless the trail could not be read this time: it is fetched first). Pure. Example: a row labelled 4 h 1 min ago with an empty trail →
 * `risks: ['first-scan-overdue']`.
 */
export function assessPackage(input: AssessInput): Assessment {
  const normalized = normalizeTrackingEvents(input.tracking ?? []);
  const storedKeys = new Set(input.storedEvents.map((e) => e.eventKey));
  const newEvents = mergeEvents([], normalized.events)
    .filter((e) => !storedKeys.has(eventKey(e)))
    .map(toStoredEvent);
  const trail = digestTrail(mergeEvents(renormalizeEvents(input.storedEvents), normalized.events));
  return judge(input, trail, newEvents, normalized.rejected);
}

/** What `reassessPackage` needs: no fetch, the row's trail digest standing for its events. */
type ReassessInput = Omit<AssessInput, 'storedEvents' | 'tracking' | 'order' | 'trackingUnread'> & {
  trail: TrailDigest;
};

/**
 * `assessPackage` of a row at `now` with nothing fetched, from its trail digest (lib/storage
 * `storedTrailOf`) instead of its events: what the shop view shows, in constant time per package.
 */
export function reassessPackage(input: ReassessInput): Assessment {
  return judge(input, input.trail, [], []);
}

function judge(
  input: Omit<AssessInput, 'storedEvents' | 'tracking'>,
  trail: TrailDigest,
  newEvents: NewEvent[],
  rejected: Assessment['rejected'],
): Assessment {
  const { record, now } = input;
  const facts = input.order ? orderFacts(input.order, record.packageId, input.fallbackMarket) : {};
  const market = record.market ?? facts.market ?? input.fallbackMarket;
  const labelCreatedAt = earliest(input.labelClickAt, record.labelCreatedAt, facts.labelCreatedAt);
  const orderStatus = facts.orderStatus ?? record.orderStatus;
  const stage = normalizeApiStatus(orderStatus).stage;
  const apiDeliveredAt = facts.deliveredAt ?? record.deliveredAt;

  const clocks = input.policy
    ? computeSlaClocksOfTrail({
        trail,
        market: market ?? '',
        now,
        policy: input.policy,
        ...(labelCreatedAt !== undefined ? { labelCreatedAt } : {}),
        ...(apiDeliveredAt !== undefined ? { deliveredAt: apiDeliveredAt } : {}),
      })
    : undefined;

  const shippedAt = facts.shippedAt ?? record.shippedAt ?? trail.firstScanAt;
  const shipByAt = facts.shipByAt ?? record.shipByAt;
  // Only an order still waiting for the seller can miss its ship-by time; once shipped without a
  // known time, "unknown" beats a false "overdue".
  const dispatch =
    PRE_SHIPMENT_STAGES.has(stage) || shippedAt !== undefined
      ? computeDispatchDeadline({
          now,
          ...(shipByAt !== undefined ? { shipByAt } : {}),
          ...(shippedAt !== undefined ? { shippedAt } : {}),
        })
      : undefined;

  const delivered = clocks?.status === 'delivered' || stage === 'delivered' || stage === 'completed';
  // An order the API calls delivered leaves the watch list only with its trail read, so that a cycle
  // interrupted by a failing tracking endpoint resumes without losing those events.
  const finished = (delivered || FINISHED_STAGES.has(stage)) && !input.trackingUnread;
  const risks: RiskCode[] =
    stage === 'cancelled' ? [] : [...new Set([...(clocks?.risks ?? []), ...(dispatch?.risks ?? [])])];

  const { lastError: _cleared, ...rest } = record;
  const next: PackageRecord = {
    ...rest,
    ...facts,
    key: record.key,
    orderId: record.orderId,
    ...(market !== undefined ? { market } : {}),
    ...(labelCreatedAt !== undefined ? { labelCreatedAt } : {}),
    ...(shippedAt !== undefined ? { shippedAt } : {}),
    ...(clocks?.transit.deliveredAt !== undefined ? { deliveredAt: clocks.transit.deliveredAt } : {}),
    ...(clocks ? { status: clocks.status } : {}),
    ...(clocks?.lastEventAt !== undefined ? { lastEventAt: clocks.lastEventAt } : {}),
    lastCheckedAt: now,
    trail,
    watched: finished ? 0 : 1,
    risks,
    atRisk: risks.length > 0 ? 1 : 0,
    updatedAt: now,
  };

  const packageIds = input.order?.packages?.map((p) => p.id) ?? [];
  const assessment: Assessment = { record: next, newEvents, rejected, risks };
  if (clocks) assessment.clocks = clocks;
  if (dispatch) assessment.dispatch = dispatch;
  if (!record.packageId && packageIds[0]) assessment.packageIdFound = packageIds[0];
  return assessment;
}
