import type { DiagnosisFacts } from '@/lib/diagnostics';
import { resolveCarrierId } from '@/lib/carriers';
import type { PageOrder } from '@/lib/messaging';
import {
  callbackSetting,
  connectionStateSetting,
  getLabelClicks,
  listEventsOfPackages,
  printerSetting,
  sellerProfileSetting,
  type EventRecord,
  type LabelClickRecord,
  type LastmileDb,
  type PackageRecord,
} from '@/lib/storage';
import { hubConnected } from './hub-client';

/** What the store knows about one order: its (first) package, that package's events, the print-label click. */
export interface StoredOrder {
  pkg?: PackageRecord;
  events: EventRecord[];
  labelClick?: LabelClickRecord;
}

/** Settings every diagnosis reads once per request. */
export interface DiagnosisSettings {
  callbacks: Record<string, { url: string }>;
  printerDpi?: number;
  connectedCarriers: readonly string[];
  apiConnected: boolean;
}

/**
 * Whether tracking is being polled: a shop that works ('ok') or failed its last call for a transient
 * reason ('error'). 'reconnect-needed' and 'not-configured' mean the store is not being kept up to date.
 */
export function isApiConnected(state: string): boolean {
  return state === 'ok' || state === 'error';
}

export async function loadDiagnosisSettings(): Promise<DiagnosisSettings> {
  const [callbacks, printer, profile, connection] = await Promise.all([
    callbackSetting.getValue(),
    printerSetting.getValue(),
    sellerProfileSetting.getValue(),
    connectionStateSetting.getValue(),
  ]);
  return {
    callbacks,
    ...(printer ? { printerDpi: printer.dpi } : {}),
    connectedCarriers: profile.connectedCarriers,
    apiConnected: isApiConnected(connection.state) || (await hubConnected()),
  };
}

/** Packages, events and print clicks of many orders in three IndexedDB reads. */
export async function loadStoredOrders(db: LastmileDb, orderIds: readonly string[]): Promise<Map<string, StoredOrder>> {
  const ids = [...new Set(orderIds)];
  const packages = await db.packages.where('orderId').anyOf(ids).toArray();
  const firstPackage = new Map<string, PackageRecord>();
  for (const pkg of packages) if (!firstPackage.has(pkg.orderId)) firstPackage.set(pkg.orderId, pkg);
  const [events, clicks] = await Promise.all([
    listEventsOfPackages(
      db,
      [...firstPackage.values()].map((p) => p.key),
    ),
    getLabelClicks(db, ids),
  ]);
  return new Map(
    ids.map((id) => {
      const pkg = firstPackage.get(id);
      const click = clicks.get(id);
      return [
        id,
        {
          ...(pkg ? { pkg } : {}),
          events: pkg ? (events.get(pkg.key) ?? []) : [],
          ...(click ? { labelClick: click } : {}),
        },
      ];
    }),
  );
}

/**
 * Merges what the page shows, what the store holds and the seller's settings into diagnosis facts.
 * The page wins for what the seller sees (waybill as typed, status, carrier text); the API's label time
 * wins over the seller's first print-label click (S27).
 */
export function buildDiagnosisFacts(
  orderId: string,
  page: PageOrder | undefined,
  stored: StoredOrder | undefined,
  settings: DiagnosisSettings,
  market: string | undefined,
): DiagnosisFacts {
  const pkg = stored?.pkg;
  const carrierText = page?.carrierText ?? pkg?.carrierName;
  const carrierId = resolveCarrierId(carrierText) ?? resolveCarrierId(pkg?.carrierId);
  const labelCreatedAt = pkg?.labelCreatedAt ?? stored?.labelClick?.firstClickAt;
  const callback = carrierId ? settings.callbacks[carrierId]?.url : undefined;
  const facts: DiagnosisFacts = { orderId, apiConnected: settings.apiConnected };
  const m = market ?? pkg?.market;
  if (m) facts.market = m;
  const status = page?.statusText ?? pkg?.orderStatus;
  if (status) facts.status = status;
  if (carrierText || carrierId)
    facts.carrier = { ...(carrierText ? { text: carrierText } : {}), ...(carrierId ? { id: carrierId } : {}) };
  const waybill = page?.waybill ?? pkg?.trackingNumber;
  if (waybill) facts.waybill = waybill;
  if (labelCreatedAt !== undefined) {
    facts.labelCreatedAt = labelCreatedAt;
    facts.labelCreatedSource = pkg?.labelCreatedAt !== undefined ? 'api' : 'print-click';
  }
  // Events are only a fact when the poller fetched them; an empty store is "unknown", not "no scans".
  if (pkg && pkg.lastCheckedAt > 0)
    facts.events = stored!.events.map((e) => ({ description: e.description, update_time_millis: e.at }));
  if (pkg?.shipByAt !== undefined) facts.shipByAt = pkg.shipByAt;
  if (callback) facts.carrierCallbackUrl = callback;
  if (settings.printerDpi !== undefined) facts.printerDpi = settings.printerDpi;
  if (settings.connectedCarriers.length) facts.connectedCarriers = settings.connectedCarriers;
  return facts;
}
