import type { Localized } from '@/lib/i18n';
import type { RawTrackingEvent, TrackingEvent } from '@/lib/tracking';

/**
 * Every finding code `diagnosePendingShipment` can emit. The list is the source of the type, so the
 * message map (`Record<FindingCode, …>`) and the tests that walk it cannot forget a code. The order is
 * also the last tie-breaker of the ranking (see rank.ts): within one severity, a cause comes before
 * the symptom it explains (a wrong callback or an uncertified carrier before the overdue first scan
 * it produces), and unknowns come last.
 */
export const FINDING_CODES = [
  // Observed on this order: causes…
  'waybill-malformed',
  'carrier-not-certified',
  'carrier-removed-manual-label',
  'callback-mismatch',
  // …then the symptoms they produce, and further observations.
  'first-scan-overdue',
  'carrier-not-connected',
  'first-scan-late',
  'tracking-exception',
  'printer-below-203dpi',
  'tracking-stale',
  'first-scan-due-soon',
  'first-scan-pending',
  'order-not-pending',
  // Backed only by a prior.
  'waybill-unverified',
  // Facts we could not check: "Unknown — …" with how to check.
  'waybill-unknown',
  'label-time-unknown',
  'first-scan-unknown',
  'market-unknown',
  'carrier-unknown',
  'carrier-certification-unknown',
  'carrier-connection-unknown',
  'callback-unknown',
  'printer-unknown',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** Where a label-created time comes from: the Open API, or the seller's first click on the print-label button. */
export const LABEL_CREATED_SOURCES = ['api', 'print-click'] as const;
export type LabelCreatedSource = (typeof LABEL_CREATED_SOURCES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * How we know: `observed` = seen in this order's facts; `prior` = not observable here, but a base rate
 * makes it worth checking; `unknown` = a fact is missing, the finding says how to get it.
 */
export type Evidence = 'observed' | 'prior' | 'unknown';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One line for the inline hint, e.g. "Waybill has a full-width bracket at position 7". */
  title: Localized;
  /** What we saw (times, figures) and why it keeps the order in Pending Shipment. */
  detail: Localized;
  /** What the seller does about it. */
  fix: Localized;
  /** The main citation: `seed:S28`, `ref:seller-center#5`, … */
  source: string;
  /** Every citation the texts rely on, `source` first. */
  sources: string[];
  evidence: Evidence;
  /**
   * An ordering weight from the seed (0–1), e.g. S29's share of "label printed but still Pending
   * Shipment" support tickets caused by a malformed waybill. It orders the checklist; it is not the
   * chance that this order has that cause, so texts never show it as one.
   */
  prior?: { value: number; source: string };
  /** Ranking score, higher = more likely (see `rankingNote` and rank.ts). */
  score: number;
}

/** A finding before ranking gives it a score. */
export type UnscoredFinding = Omit<Finding, 'score'>;

/** Order statuses the diagnosis tells apart (Seller Center / Open API wording is mapped onto these). */
export const ORDER_STATUSES = [
  'unpaid',
  'on-hold',
  'awaiting-shipment',
  'awaiting-collection',
  'partially-shipping',
  'in-transit',
  'delivered',
  'completed',
  'cancelled',
  'unknown',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Tracking events as the API sends them (`data.tracking[]`) or already normalised by lib/tracking; mixed is fine. */
export type RawOrNormalizedEvents = ReadonlyArray<RawTrackingEvent | TrackingEvent>;

/**
 * What the background knows about one order when it asks for a diagnosis. Everything but `orderId`
 * and `apiConnected` is optional: a missing fact becomes an "Unknown — …" finding, never a guess.
 * Times are epoch ms.
 */
export interface DiagnosisFacts {
  /** Page: the row's order id (Seller Center `data-log_order_id`); API: `order.id`. */
  orderId: string;
  /** Page: the Seller Center host (lib/seller-center); API: recipient region / shop region. US, GB (UK), ID, TH, VN, MY, PH, SG. */
  market?: string;
  /**
   * Page: the row's status text ("Awaiting shipment", "待揽收"); API: `order.status` (AWAITING_SHIPMENT, 112…).
   * Our ids (`awaiting-shipment`, `awaiting-collection`, …) are accepted as well. Absent = assumed still pending.
   */
  status?: string;
  /** Page: the "Shipping provider" text; API: `shipping_provider` / `shipping_provider_name`; or our carrier id. */
  carrier?: { text?: string; id?: string };
  /** Page: the tracking number as displayed on the order detail; API: `tracking_number`. Kept exactly as typed. */
  waybill?: string;
  /** When the label was created: API (`rts_time` / shipped time) or the store's first print-label click. */
  labelCreatedAt?: number;
  /** `api` = the Open API's time; `print-click` = the seller's first click on Seller Center's print-label button (storage label-clicks). */
  labelCreatedSource?: LabelCreatedSource;
  /** Store: tracking events polled from the Open API (Get Tracking), raw or normalised. Absent = not fetched. */
  events?: RawOrNormalizedEvents;
  /** API or store: the carrier's first scan (`first_scan_time`, S27) when known apart from the events. */
  firstScanAt?: number;
  /** Options: the tracking callback address the seller says this carrier pushes to (S28 step 2). */
  carrierCallbackUrl?: string;
  /** Options: the saved label printer resolution in dots per inch (S33). */
  printerDpi?: number;
  /** Options: the carriers the seller connected in Seller Center → Settings → Logistics (ids or names, S11). Empty = not stated. */
  connectedCarriers?: readonly string[];
  /** API (`rts_sla_time`, ref:tiktok-open-api#5.1): the platform's ship-by time for this order. */
  shipByAt?: number;
  /** API (`tts_sla_time`, ref:tiktok-open-api#5.1): the platform's latest collection time for this order. */
  collectByAt?: number;
  /** API or store: when tracking was first uploaded for this order (the 72 h revision window, ref:seller-center#5). */
  trackingUploadedAt?: number;
  /** Background: whether Open API credentials are connected (tracking and first scans are then polled). */
  apiConnected: boolean;
}
