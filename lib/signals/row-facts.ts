import { checkWaybill, type WaybillCheck } from '@/lib/waybill';
import type { FindingSeverity, OrderStage, RowFacts } from './types';

/** A status reading (lib/seller-center `OrderStatusKind` or the API's stage) → the policy's stage. */
export function stageOf(status: { kind?: string; awaitingShipment?: boolean } | undefined): OrderStage {
  switch (status?.kind) {
    case 'awaiting-shipment':
      return 'awaiting-shipment';
    case 'awaiting-collection':
      return 'awaiting-collection';
    case 'in-transit':
    case 'shipped':
      return 'in-transit';
    case 'delivered':
    case 'completed':
    case 'cancelled':
      return 'closed';
    default:
      return status?.awaitingShipment ? 'awaiting-shipment' : 'unknown';
  }
}

/**
 * How a waybill shown on the page is checked — by the page (to word a warning) and by the background
 * (for the signals) alike, so the row and the summary agree: its row's carrier text and the page's market.
 */
export function checkShownWaybill(raw: string, carrier?: string, market?: string | null): WaybillCheck {
  return checkWaybill(raw, { ...(carrier ? { carrier } : {}), ...(market ? { market } : {}) });
}

/**
 * A waybill check read as the policy's defects: any error/warning issue is a malformed number, except a
 * number that is well-formed for another carrier (`carrier-mismatch` alone) — the wrong carrier.
 * `undefined` when nothing is wrong.
 */
export function waybillDefects(check: WaybillCheck): RowFacts['waybill'] {
  const problems = check.issues.filter((issue) => issue.severity !== 'info');
  if (!problems.length) return undefined;
  const wrongCarrier = problems.some((issue) => issue.code === 'carrier-mismatch');
  const malformed = problems.some((issue) => issue.code !== 'carrier-mismatch');
  return { malformed, wrongCarrier };
}

/** What the background knows of an order's clock (API when connected; print clicks otherwise). */
export interface DeadlineFacts {
  shipByAt?: number;
  collectByAt?: number;
  labelCreatedAt?: number;
  firstScanAt?: number;
  /** The API's order status as last polled, e.g. `AWAITING_COLLECTION`. */
  apiStatus?: string;
}

const API_STAGE: Record<string, OrderStage> = {
  AWAITING_SHIPMENT: 'awaiting-shipment',
  AWAITING_COLLECTION: 'awaiting-collection',
  PARTIALLY_SHIPPING: 'awaiting-shipment',
  IN_TRANSIT: 'in-transit',
  DELIVERED: 'closed',
  COMPLETED: 'closed',
  CANCELLED: 'closed',
};

/**
 * The policy's input for one order, from what the page shows (status, waybill defects, the page's own
 * ship-by), what the list shows about the other rows (duplicates) and what the background answered
 * (API deadlines win over the page's; the diagnosis). Pure.
 */
export function rowFactsOf(input: {
  orderId: string;
  status?: { kind?: string; awaitingShipment?: boolean };
  waybillShown: boolean;
  /** The shown waybill's defects (`waybillDefects` of its check), wherever it was checked. */
  waybill?: RowFacts['waybill'];
  duplicateOf?: readonly string[];
  pageShipByAt?: number;
  deadlines?: DeadlineFacts;
  diagnosis?: { code: string; severity: FindingSeverity } | null;
}): RowFacts {
  const { deadlines } = input;
  let stage = stageOf(input.status);
  if (stage === 'unknown' && deadlines?.apiStatus) stage = API_STAGE[deadlines.apiStatus] ?? 'unknown';
  const facts: RowFacts = {
    orderId: input.orderId,
    stage,
    labelled: input.waybillShown || deadlines?.labelCreatedAt !== undefined,
  };
  if (input.waybill) facts.waybill = input.waybill;
  if (input.duplicateOf?.length) facts.duplicateOf = input.duplicateOf;
  if (deadlines?.shipByAt !== undefined) {
    facts.shipByAt = deadlines.shipByAt;
    facts.shipBySource = 'api';
  } else if (input.pageShipByAt !== undefined) {
    facts.shipByAt = input.pageShipByAt;
    facts.shipBySource = 'page';
  }
  if (deadlines?.collectByAt !== undefined) facts.collectByAt = deadlines.collectByAt;
  if (deadlines?.labelCreatedAt !== undefined) facts.labelCreatedAt = deadlines.labelCreatedAt;
  if (deadlines?.firstScanAt !== undefined) facts.firstScanAt = deadlines.firstScanAt;
  if (input.diagnosis) facts.diagnosis = { code: input.diagnosis.code, severity: input.diagnosis.severity };
  return facts;
}
