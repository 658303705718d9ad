/**
 * Turns the loosely-typed facts the background gathers into one checked context for the checks.
 * Nothing here throws: an unusable value is treated as absent, which the checks then report as
 * "Unknown — …" instead of guessing.
 */
import { isCarrierId, resolveCarrierId, resolveMarket, type CarrierId, type Market } from '@/lib/carriers';
import type { Localized } from '@/lib/i18n';
import type { CarrierRules, MarketRules, RulePack } from '@/lib/rules';
import {
  DEFAULT_SLA_FIGURES,
  MARKET_TIME_ZONES,
  defaultSlaPolicy,
  isScanStatus,
  normalizeTrackingEvent,
  slaPolicyFromMarketRules,
  type SlaPolicy,
  type TrackingEvent,
} from '@/lib/tracking';
import { localizeCarrierName } from '@/lib/waybill';
import { PHRASES } from './messages';
import { classifyOrderStatus } from './order-status';
import type { DiagnosisFacts, LabelCreatedSource, OrderStatus } from './types';

export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** An epoch-ms time a `Date` can hold (±8.64e15); anything else is treated as absent. */
export const isEpochMs = (value: unknown): value is number => isFiniteNumber(value) && Math.abs(value) <= 8.64e15;

/** The order id as text: a string as given, a finite number written out, anything else empty. */
export function readOrderId(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** A first scan known only as a time (`firstScanAt`), put on the trail as a carrier scan so the clocks see it. */
export const FIRST_SCAN_DESCRIPTION = 'first_scan_time';

function readOneEvent(item: unknown): TrackingEvent | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  if (isEpochMs(record.at) && typeof record.status === 'string') {
    const status = record.status as TrackingEvent['status'];
    return {
      at: record.at,
      status,
      description: typeof record.description === 'string' ? record.description : '',
      isCarrierScan: typeof record.isCarrierScan === 'boolean' ? record.isCarrierScan : isScanStatus(status),
      unknown: record.unknown === true,
    };
  }
  if ('update_time_millis' in record) {
    return normalizeTrackingEvent({
      description: typeof record.description === 'string' ? record.description : '',
      update_time_millis: record.update_time_millis as number | string,
    });
  }
  return undefined;
}

/**
 * Raw Get Tracking events and normalised ones, mixed, into sorted `TrackingEvent`s; unusable items
 * are counted, not thrown. `undefined` when no list was given (tracking not fetched).
 */
export function readEvents(input: unknown): { events: TrackingEvent[]; rejected: number } | undefined {
  if (!Array.isArray(input)) return undefined;
  const events: TrackingEvent[] = [];
  let rejected = 0;
  for (const item of input) {
    const event = readOneEvent(item);
    if (event) events.push(event);
    else rejected++;
  }
  events.sort((a, b) => a.at - b.at);
  return { events, rejected };
}

/** The order's carrier id from the id given or the displayed name. */
export function readCarrierId(facts: Pick<DiagnosisFacts, 'carrier'>): CarrierId | undefined {
  const carrier = facts.carrier;
  if (typeof carrier !== 'object' || carrier === null) return undefined;
  if (isCarrierId(carrier.id)) return carrier.id;
  return resolveCarrierId(carrier.id) ?? resolveCarrierId(carrier.text);
}

/** The carrier's name for sentences: the pack's, our vocabulary's, the page's text, or "the carrier". */
export function nameCarrier(
  facts: Pick<DiagnosisFacts, 'carrier'>,
  id: CarrierId | undefined,
  rules?: CarrierRules,
): Localized {
  if (rules) return rules.name;
  if (id) return localizeCarrierName(id);
  const text = typeof facts.carrier?.text === 'string' ? facts.carrier.text.trim() : '';
  return text ? { en: text, zh: text } : PHRASES.theCarrier;
}

export function timeZoneOf(market: Market | undefined): string {
  return market ? MARKET_TIME_ZONES[market] : 'UTC';
}

/** The platform-wide S7 figures, for an order whose market is unknown (the 4 h / 24 h rules hold everywhere). */
function marketlessPolicy(): SlaPolicy {
  return {
    firstScanHours: DEFAULT_SLA_FIGURES.firstScanHours.value,
    maxUpdateGapHours: DEFAULT_SLA_FIGURES.maxUpdateGapHours.value,
    timeZone: 'UTC',
    lostAfterDays: DEFAULT_SLA_FIGURES.lostAfterDays.value,
    dueSoonMinutes: DEFAULT_SLA_FIGURES.dueSoonMinutes.value,
  };
}

export interface DiagnosisContext {
  facts: DiagnosisFacts;
  now: number | undefined;
  pack: RulePack;
  orderId: string;
  market?: Market;
  marketRules?: MarketRules;
  marketName?: Localized;
  timeZone: string;
  policy: SlaPolicy;
  status: OrderStatus;
  statusText?: string;
  carrierId?: CarrierId;
  carrierRules?: CarrierRules;
  carrierName: Localized;
  /** The page's carrier text, trimmed ('' when none). */
  carrierText: string;
  carrierKnown: boolean;
  /** The waybill exactly as given; undefined when absent or blank. */
  waybill?: string;
  labelCreatedAt?: number;
  labelCreatedSource?: LabelCreatedSource;
  /** Events as given (plus a synthetic scan for `firstScanAt`); undefined when none were given. */
  events?: TrackingEvent[];
  firstScanAt?: number;
  /** Whether we can tell "no scan yet" from "not looked": a scan is known, or the API is connected and tracking was fetched. */
  scanKnown: boolean;
  /** A carrier scan is on record (events or `firstScanAt`). */
  scanned: boolean;
  apiConnected: boolean;
  trackingUploadedAt?: number;
  /** The platform's own deadline for handing the parcel over (API): the earlier of collection and ship-by time. */
  platformDeadline?: { at: number; field: 'tts_sla_time' | 'rts_sla_time' };
  printerDpi?: number;
  connectedCarriers: string[];
  callbackUrl?: string;
}

/** The earlier of the API's latest collection time and ship-by time, whichever are known. */
function readPlatformDeadline(facts: DiagnosisFacts): Pick<DiagnosisContext, 'platformDeadline'> {
  const known = [
    { at: facts.collectByAt, field: 'tts_sla_time' as const },
    { at: facts.shipByAt, field: 'rts_sla_time' as const },
  ].filter((d): d is { at: number; field: 'tts_sla_time' | 'rts_sla_time' } => isEpochMs(d.at));
  const earliest = known.sort((a, b) => a.at - b.at)[0];
  return earliest ? { platformDeadline: earliest } : {};
}

/** Reads facts, pack and time into a context. Never throws. */
export function readContext(input: DiagnosisFacts, now: number, pack: RulePack): DiagnosisContext {
  const facts: DiagnosisFacts =
    typeof input === 'object' && input !== null ? input : { orderId: '', apiConnected: false };
  const market = resolveMarket(facts.market);
  const marketRules = market ? pack?.markets?.find((m) => m.code === market) : undefined;
  const timeZone = timeZoneOf(market);
  const policy =
    (marketRules ? slaPolicyFromMarketRules(marketRules) : undefined) ??
    (market ? defaultSlaPolicy(market) : undefined) ??
    marketlessPolicy();

  const carrierId = readCarrierId(facts);
  const carrierRules = carrierId ? pack?.carriers?.find((c) => c.id === carrierId) : undefined;
  const carrierText = typeof facts.carrier?.text === 'string' ? facts.carrier.text.trim() : '';

  const read = readEvents(facts.events);
  const firstScanAt = isEpochMs(facts.firstScanAt) ? facts.firstScanAt : undefined;
  let events = read?.events;
  const firstTrailScan = events?.find((e) => e.isCarrierScan)?.at;
  if (firstScanAt !== undefined && (firstTrailScan === undefined || firstScanAt < firstTrailScan)) {
    const synthetic: TrackingEvent = {
      at: firstScanAt,
      status: 'picked-up',
      description: FIRST_SCAN_DESCRIPTION,
      isCarrierScan: true,
      unknown: false,
    };
    events = [...(events ?? []), synthetic].sort((a, b) => a.at - b.at);
  }
  const scanned = events?.some((e) => e.isCarrierScan) ?? false;
  const apiConnected = facts.apiConnected === true;

  const waybill = typeof facts.waybill === 'string' && facts.waybill.trim() !== '' ? facts.waybill : undefined;
  const status = classifyOrderStatus(facts.status);
  const dpi = facts.printerDpi;
  const connected = Array.isArray(facts.connectedCarriers)
    ? facts.connectedCarriers.filter((c): c is string => typeof c === 'string' && c.trim() !== '')
    : [];

  return {
    facts,
    now: isEpochMs(now) ? now : undefined,
    pack,
    orderId: readOrderId(facts.orderId),
    ...(market ? { market } : {}),
    ...(marketRules ? { marketRules } : {}),
    ...(market ? { marketName: marketRules?.name ?? { en: market, zh: market } } : {}),
    timeZone,
    policy,
    status,
    ...(typeof facts.status === 'string' && facts.status.trim() ? { statusText: facts.status.trim() } : {}),
    ...(carrierId ? { carrierId } : {}),
    ...(carrierRules ? { carrierRules } : {}),
    carrierName: nameCarrier(facts, carrierId, carrierRules),
    carrierText,
    carrierKnown: carrierId !== undefined || carrierText !== '',
    ...(waybill !== undefined ? { waybill } : {}),
    ...(isEpochMs(facts.labelCreatedAt) ? { labelCreatedAt: facts.labelCreatedAt } : {}),
    ...(facts.labelCreatedSource === 'api' || facts.labelCreatedSource === 'print-click'
      ? { labelCreatedSource: facts.labelCreatedSource }
      : {}),
    ...(events ? { events } : {}),
    ...(firstScanAt !== undefined ? { firstScanAt } : {}),
    scanKnown: scanned || (apiConnected && events !== undefined),
    scanned,
    apiConnected,
    ...(isEpochMs(facts.trackingUploadedAt) ? { trackingUploadedAt: facts.trackingUploadedAt } : {}),
    ...readPlatformDeadline(facts),
    ...(isFiniteNumber(dpi) && dpi > 0 ? { printerDpi: dpi } : {}),
    connectedCarriers: connected,
    ...(typeof facts.carrierCallbackUrl === 'string' && facts.carrierCallbackUrl.trim()
      ? { callbackUrl: facts.carrierCallbackUrl.trim() }
      : {}),
  };
}
