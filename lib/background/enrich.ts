import { diagnosePendingShipment, topFinding } from '@/lib/diagnostics';
import type { DeadlineView, FindingView, PageOrder, RequestOf, ResponseOf } from '@/lib/messaging';
import { effectivePack, type RulePack } from '@/lib/rules';
import { checkShownWaybill, isActionableFinding, waybillDefects } from '@/lib/signals';
import { ruleOverridesSetting, sellerProfileSetting } from '@/lib/storage';
import { buildBadgeView } from './badge-view';
import {
  buildDiagnosisFacts,
  loadDiagnosisSettings,
  loadStoredOrders,
  type DiagnosisSettings,
  type StoredOrder,
} from './diagnosis-facts';
import { database } from './poll';
import { todayIso } from './quote';

type EnrichResponse = ResponseOf<'enrich-orders'>;

/**
 * A stuck order: Seller Center still says awaiting shipment (or collection) although a label exists —
 * a waybill is shown, the API has a label time, or the seller clicked print-label (S27).
 */
function isStuckOrder(order: PageOrder, stored: StoredOrder | undefined): boolean {
  if (order.awaitingShipment === false) return false;
  const awaiting =
    order.awaitingShipment === true ||
    /awaiting|待发货|待揽收/i.test(order.statusText ?? '') ||
    stored?.pkg?.orderStatus === 'AWAITING_SHIPMENT' ||
    stored?.pkg?.orderStatus === 'AWAITING_COLLECTION';
  const labelled = Boolean(order.waybill || stored?.pkg?.labelCreatedAt || stored?.labelClick);
  return awaiting && labelled;
}

/**
 * The top Pending-Shipment finding of a stuck order, for the inline hint; `null` = nothing to say —
 * also for a finding the page would not show (signal policy rule 1: unknowns and priors go to the side
 * panel). A 500-row list of stuck orders answered with every unknown finding was 318 KB, read back on
 * Seller Center's main thread for nothing (issue #11).
 */
function diagnoseForPage(
  order: PageOrder,
  stored: StoredOrder | undefined,
  settings: DiagnosisSettings,
  market: string | undefined,
  pack: RulePack,
  now: number,
): FindingView | null {
  if (!isStuckOrder(order, stored)) return null;
  const top = topFinding(
    diagnosePendingShipment(buildDiagnosisFacts(order.orderId, order, stored, settings, market), now, pack),
  );
  if (!top || !isActionableFinding(top)) return null;
  return {
    code: top.code,
    severity: top.severity,
    title: top.title,
    detail: top.detail,
    fix: top.fix,
    source: top.source,
  };
}

/**
 * `enrich-orders`: one batched answer per frame for the orders visible on a Seller Center page —
 * the carrier badge of each and, when asked, the top Pending-Shipment finding of each stuck order,
 * the store's clock and each shown waybill's defects.
 */
export async function enrichOrders(request: RequestOf<'enrich-orders'>): Promise<EnrichResponse> {
  const [overrides, profile] = await Promise.all([ruleOverridesSetting.getValue(), sellerProfileSetting.getValue()]);
  const { pack } = effectivePack(overrides);
  const market = request.market ?? profile.market;
  const today = todayIso();
  const now = Date.now();
  let stored = new Map<string, StoredOrder>();
  let settings: DiagnosisSettings | undefined;
  if (request.withDiagnosis || request.withDeadlines) {
    [stored, settings] = await Promise.all([
      loadStoredOrders(
        await database(),
        request.orders.map((o) => o.orderId),
      ),
      request.withDiagnosis ? loadDiagnosisSettings() : undefined,
    ]);
  }
  return {
    orders: request.orders.map((order) => ({
      orderId: order.orderId,
      ...(market && request.withBadges !== false ? { badge: buildBadgeView(order, market, pack, profile, today) } : {}),
      ...(settings
        ? { diagnosis: diagnoseForPage(order, stored.get(order.orderId), settings, market, pack, now) }
        : {}),
      ...(request.withDeadlines ? deadlinesOf(stored.get(order.orderId)) : {}),
      ...(request.withWaybillChecks && order.waybill
        ? { waybill: waybillDefects(checkShownWaybill(order.waybill, order.carrierText, request.market)) ?? null }
        : {}),
    })),
  };
}

/** The stored clock of an order for the in-page deadline hints; nothing when the store knows nothing. */
function deadlinesOf(stored: StoredOrder | undefined): { deadlines?: DeadlineView } {
  const pkg = stored?.pkg;
  // a carrier scan, not `shippedAt`: the API's ready-to-ship time is set when the label is bought (rts_time)
  const firstScanAt = stored?.events
    .filter((e) => e.isCarrierScan)
    .reduce<number | undefined>((first, e) => (first === undefined || e.at < first ? e.at : first), undefined);
  const labelCreatedAt = pkg?.labelCreatedAt ?? stored?.labelClick?.firstClickAt;
  const deadlines: DeadlineView = {
    ...(pkg?.shipByAt !== undefined ? { shipByAt: pkg.shipByAt } : {}),
    ...(pkg?.collectByAt !== undefined ? { collectByAt: pkg.collectByAt } : {}),
    ...(labelCreatedAt !== undefined ? { labelCreatedAt } : {}),
    ...(firstScanAt !== undefined ? { firstScanAt } : {}),
    ...(pkg?.orderStatus ? { apiStatus: pkg.orderStatus.slice(0, 40) } : {}),
  };
  return Object.keys(deadlines).length ? { deadlines } : {};
}
