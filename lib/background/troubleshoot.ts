import { effectivePack } from '@/lib/rules';
import type { ResponseOf } from '@/lib/messaging';
import {
  callbackSetting,
  getLabelClick,
  listAlerts,
  listEvents,
  listPackagesOfOrder,
  printerSetting,
  ruleOverridesSetting,
  sellerProfileSetting,
  type LastmileDb,
  type PackageRecord,
} from '@/lib/storage';
import { readConnectionView } from './connection';
import { isApiConnected } from './diagnosis-facts';
import { hubConnected } from './hub-client';
import { database } from './poll';
import {
  buildTroubleshootView,
  choosePackage,
  classifyTroubleshootQuery,
  matchesQuery,
  type TroubleshootInput,
} from './troubleshoot-view';

/**
 * Finds what the store holds for a query: the matching package (by order id, or by waybill in any
 * spelling — the indexed exact forms first, then a scan comparing normalised numbers), its events,
 * the order's first print-label click and its alerts.
 * Example: `await findTroubleshootRecords(db, 'jt 1234567890')` → `{ record: { trackingNumber: 'JT1234567890', … }, events, alerts }`.
 */
export async function findTroubleshootRecords(
  db: LastmileDb,
  query: string,
): Promise<Pick<TroubleshootInput, 'record' | 'events' | 'labelClick' | 'alerts'>> {
  const q = classifyTroubleshootQuery(query);
  if (q.kind === 'empty') return { events: [], alerts: [] };
  const candidates: PackageRecord[] = q.kind === 'order-id' ? await listPackagesOfOrder(db, q.orderId) : [];
  if (q.waybillKey !== '') {
    const exact = await db.packages
      .where('trackingNumber')
      .anyOf([...new Set([q.raw, q.waybillKey])])
      .toArray();
    candidates.push(...exact);
    // A number stored with a stray space or in lower case is only found by comparing normalised forms.
    if (!candidates.some((r) => matchesQuery(q, r)))
      candidates.push(...(await db.packages.filter((r) => matchesQuery(q, r)).toArray()));
  }
  const record = choosePackage(q, candidates);
  const orderId = record?.orderId ?? (q.kind === 'order-id' ? q.orderId : undefined);
  const [events, labelClick, alerts] = await Promise.all([
    record ? listEvents(db, record.key) : Promise.resolve([]),
    orderId ? getLabelClick(db, orderId) : Promise.resolve(undefined),
    orderId ? listAlerts(db, { orderId }) : Promise.resolve([]),
  ]);
  return {
    ...(record ? { record } : {}),
    events,
    ...(labelClick ? { labelClick } : {}),
    alerts: record ? alerts.filter((a) => a.packageKey === record.key) : alerts,
  };
}

/**
 * `troubleshoot-order`: everything about one order id or waybill number, from the store the poller
 * fills and the seller's settings (no API call here: the poller owns the rate budget).
 */
export async function troubleshootOrder(query: string): Promise<ResponseOf<'troubleshoot-order'>> {
  const [db, overrides, profile, printer, callbacks, connection] = await Promise.all([
    database(),
    ruleOverridesSetting.getValue(),
    sellerProfileSetting.getValue(),
    printerSetting.getValue(),
    callbackSetting.getValue(),
    readConnectionView(),
  ]);
  const { pack } = effectivePack(overrides);
  const records = await findTroubleshootRecords(db, query);
  return buildTroubleshootView(
    {
      query,
      ...records,
      settings: { callbacks, profile, ...(printer ? { printerDpi: printer.dpi } : {}) },
      apiConnected: isApiConnected(connection.state) || (await hubConnected()),
    },
    Date.now(),
    pack,
  );
}
