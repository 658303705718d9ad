/**
 * The side panel's "troubleshoot one order" view, built from what the store and the settings hold.
 * Pure: the records, the settings, `now` and the rule pack are arguments; `troubleshoot.ts` gathers
 * them. The branching lives here so it is tested on plain records.
 */
import { resolveCarrierId, resolveMarket } from '@/lib/carriers';
import {
  diagnosePendingShipment,
  formatTimestamp,
  rankingNote,
  summarizeForTicket,
  type DiagnosisFacts,
  type Finding,
  type LabelCreatedSource,
} from '@/lib/diagnostics';
import type { Locale, Localized } from '@/lib/i18n';
import type { FindingView, TroubleshootView } from '@/lib/messaging';
import { assessPackage } from '@/lib/poller';
import type { RulePack } from '@/lib/rules';
import {
  renormalizeEvents,
  type AlertRecord,
  type CallbackSettings,
  type EventRecord,
  type LabelClickRecord,
  type PackageRecord,
  type SellerProfile,
} from '@/lib/storage';
import {
  DEFAULT_SLA_FIGURES,
  HOUR_MS,
  MARKET_TIME_ZONES,
  mergeEvents,
  riskTexts,
  slaPolicyFromMarketRules,
  type RiskCode,
  type SlaPolicy,
  type TrackingEvent,
} from '@/lib/tracking';
import { checkWaybill } from '@/lib/waybill';

/** What the seller typed, read as an order id (digits, as Seller Center shows them) or a waybill number. */
export type TroubleshootQuery =
  | { kind: 'order-id'; raw: string; orderId: string; waybillKey: string }
  | { kind: 'waybill'; raw: string; waybillKey: string }
  | { kind: 'empty'; raw: string };

/** Order ids are 6–24 digits (the protocol's `orderId`); Seller Center prefixes them with "#" in places. */
const ORDER_ID = /^#?(\d{6,24})$/;

/**
 * Reads a query. Digits only → an order id (a digits-only waybill such as a USPS or J&T number is
 * matched too, through `waybillKey`). Anything else → a waybill, compared by `checkWaybill(…).normalized`,
 * so case, spaces, full-width characters and stray brackets do not stop a match.
 * Example: `classifyTroubleshootQuery(' jt 1234567890 ')` → `{ kind: 'waybill', waybillKey: 'JT1234567890', … }`.
 */
export function classifyTroubleshootQuery(raw: string): TroubleshootQuery {
  const trimmed = typeof raw === 'string' ? raw.trim() : '';
  if (trimmed === '') return { kind: 'empty', raw: trimmed };
  const compact = trimmed.replace(/\s+/g, '');
  const orderId = ORDER_ID.exec(compact)?.[1];
  const waybillKey = waybillKeyOf(trimmed);
  if (orderId) return { kind: 'order-id', raw: trimmed, orderId, waybillKey };
  return { kind: 'waybill', raw: trimmed, waybillKey };
}

/** The comparable form of a waybill number (`checkWaybill(…).normalized`); '' when nothing is left. */
function waybillKeyOf(raw: string | undefined): string {
  if (raw === undefined) return '';
  return checkWaybill(raw).normalized;
}

/** Whether a stored package answers the query (its order id, or its waybill in any spelling). */
export function matchesQuery(
  query: TroubleshootQuery,
  record: Pick<PackageRecord, 'orderId' | 'trackingNumber'>,
): boolean {
  if (query.kind === 'empty') return false;
  if (query.kind === 'order-id' && record.orderId === query.orderId) return true;
  return (
    query.waybillKey !== '' &&
    record.trackingNumber !== undefined &&
    waybillKeyOf(record.trackingNumber) === query.waybillKey
  );
}

/**
 * The one package the view is about. A waybill match names its package; an order with several
 * packages shows the one at risk first, else the most recently updated one. Order-id matches win
 * over digits that happen to equal another package's waybill.
 */
export function choosePackage(
  query: TroubleshootQuery,
  candidates: readonly PackageRecord[],
): PackageRecord | undefined {
  const matching = candidates.filter((r) => matchesQuery(query, r));
  if (matching.length === 0) return undefined;
  const byOrder = query.kind === 'order-id' ? matching.filter((r) => r.orderId === query.orderId) : [];
  const pool = byOrder.length > 0 ? byOrder : matching;
  return [...pool].sort(
    (a, b) => b.risks.length - a.risks.length || (b.updatedAt ?? 0) - (a.updatedAt ?? 0) || a.key.localeCompare(b.key),
  )[0];
}

export interface TroubleshootSettings {
  /** Saved label printer resolution (options). */
  printerDpi?: number;
  /** Carrier id → callback URL the seller configured (options). */
  callbacks: CallbackSettings;
  profile: SellerProfile;
}

export interface TroubleshootInput {
  query: string;
  /** The chosen package (see `choosePackage`), if the store has one. */
  record?: PackageRecord;
  /** Its stored events (any order). */
  events: readonly EventRecord[];
  /** The first print-label click recorded for the order (content script). */
  labelClick?: LabelClickRecord;
  /** Alerts raised for the order (newest first or any order). */
  alerts: readonly AlertRecord[];
  settings: TroubleshootSettings;
  /** Open API credentials connected and last check ok. */
  apiConnected: boolean;
}

const L = (en: string, zh: string): Localized => ({ en, zh });

/** Findings the side panel adds to the diagnosis: facts only the store knows. */
const PANEL_FINDINGS = {
  notFound: {
    title: L('Unknown — “{query}” is not in the extension’s records', '未知 — 扩展的记录中没有“{query}”'),
    detailConnected: L(
      'No watched package has this order id or waybill number. The poller adds orders awaiting shipment and in transit from the TikTok Shop API; an order outside those (or from another shop) is not tracked, and a number with a typo matches nothing.',
      '没有任何跟踪中的包裹使用这个订单号或运单号。轮询程序会从 TikTok Shop API 添加待发货和运输中的订单；不在这些状态（或属于其他店铺）的订单不会被跟踪，输入有误的号码也无法匹配。',
    ),
    detailOffline: L(
      'The TikTok Shop API is not connected, so the extension only knows what it saw on Seller Center pages (print-label clicks). It has no record for this order id or waybill number.',
      '尚未连接 TikTok Shop API，扩展只记录了在 Seller Center 页面上看到的信息（打印面单点击）。这个订单号或运单号没有记录。',
    ),
    fixConnected: L(
      'Check the number against Seller Center → Orders (search accepts up to 100 ids). If the order is awaiting shipment or in transit, press “Poll now” on the Shop tab so the poller picks it up, then search again.',
      '请在 Seller Center → 订单中核对号码（搜索最多支持 100 个订单号）。如果订单处于待发货或运输中，请在“店铺”页点击“立即轮询”，让轮询程序收录后再搜索。',
    ),
    fixOffline: L(
      'Connect the shop’s API in Options so orders and tracking are polled, or open the order in Seller Center with the extension active and print its label from there (the click time starts the 4 h first-scan clock).',
      '请在设置中连接店铺 API 以轮询订单和物流；或在扩展启用时于 Seller Center 打开该订单并从那里打印面单（点击时间会作为 4 小时首扫时限的起点）。',
    ),
    source: 'ref:seller-center#5',
  },
  lastFetchFailed: {
    title: L('The last API fetch of this package failed', '最近一次通过 API 获取该包裹失败'),
    detail: L(
      'At {at} the poller got: {kind} — {message}. The facts below may be older than Seller Center’s.',
      '{at} 轮询时出错：{kind} — {message}。以下信息可能比 Seller Center 上的旧。',
    ),
    fix: L(
      'Press “Poll now” on the Shop tab; if it keeps failing, run “Test connection” in Options.',
      '请在“店铺”页点击“立即轮询”；如果持续失败，请在设置中运行“测试连接”。',
    ),
    source: 'ref:tiktok-open-api#4',
  },
  alertsHeading: L('Alerts raised by Lastmile Lens:', 'Lastmile Lens 已发出的提醒：'),
} as const;

function fill(text: Localized, values: Record<string, string>): Localized {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  return { en: f(text.en), zh: f(text.zh) };
}

/**
 * The label time and where it came from. The poller stores the earliest of the API's time and the
 * first print-label click as `labelCreatedAt`, so a stored time equal to the click is the click.
 */
export function resolveLabelTime(
  record: PackageRecord | undefined,
  click: LabelClickRecord | undefined,
): { at?: number; source?: LabelCreatedSource } {
  const stored = record?.labelCreatedAt;
  const clicked = click?.firstClickAt;
  if (stored !== undefined && (clicked === undefined || stored < clicked)) return { at: stored, source: 'api' };
  if (clicked !== undefined) return { at: clicked, source: 'print-click' };
  return {};
}

function policyOf(market: string | undefined, pack: RulePack): SlaPolicy | undefined {
  const rules = market ? pack.markets.find((m) => m.code === market) : undefined;
  return rules ? slaPolicyFromMarketRules(rules) : undefined;
}

/** A stand-in row for an order the store knows only from a print-label click. */
function placeholderRecord(orderId: string): PackageRecord {
  return { key: `order:${orderId}`, orderId, lastCheckedAt: 0, watched: 1, risks: [], atRisk: 0 };
}

/**
 * Timeline rows: each event with the time since the previous update (the label opens the trail when
 * it precedes every event). A gap longer than the update rule (24 h, S7) is flagged only from the first
 * carrier scan on: before it, the wait is the first-scan clock's business, not a stale trail.
 */
export function buildTimeline(
  events: readonly TrackingEvent[],
  labelAt: number | undefined,
  maxGapHours: number,
): TroubleshootView['events'] {
  const limitMs = maxGapHours * HOUR_MS;
  const firstScanAt = events.find((e) => e.isCarrierScan)?.at;
  let previous = labelAt !== undefined && (events.length === 0 || labelAt <= events[0]!.at) ? labelAt : undefined;
  return events.map((e) => {
    const gap = previous !== undefined ? e.at - previous : undefined;
    const counts = firstScanAt !== undefined && previous !== undefined && previous >= firstScanAt;
    previous = e.at;
    return {
      at: e.at,
      status: e.status,
      description: e.description,
      isCarrierScan: e.isCarrierScan,
      ...(gap !== undefined ? { gapBeforeMs: gap, gapBreached: counts && gap > limitMs } : {}),
    };
  });
}

function toFindingView(f: Pick<Finding, 'code' | 'severity' | 'title' | 'detail' | 'fix' | 'source'>): FindingView {
  return { code: f.code, severity: f.severity, title: f.title, detail: f.detail, fix: f.fix, source: f.source };
}

function ticketOf(
  facts: DiagnosisFacts,
  findings: readonly Finding[],
  extraFindings: readonly FindingView[],
  alerts: readonly AlertRecord[],
  timeZone: string,
): Localized {
  const one = (locale: Locale) => {
    const lines = [summarizeForTicket(facts, findings, locale)];
    if (extraFindings.length > 0) {
      for (const f of extraFindings) lines.push(`- ${f.title[locale]}: ${f.detail[locale]} ${f.fix[locale]}`);
    }
    if (alerts.length > 0) {
      lines.push('', PANEL_FINDINGS.alertsHeading[locale]);
      for (const a of [...alerts].sort((x, y) => x.raisedAt - y.raisedAt)) {
        const text = riskTexts[a.riskCode as RiskCode]?.[locale] ?? a.riskCode;
        lines.push(`- ${formatTimestamp(a.raisedAt, timeZone)} — ${text}`);
      }
    }
    return lines.join('\n');
  };
  return { en: one('en'), zh: one('zh') };
}

/**
 * Everything the Troubleshoot tab shows about one order: facts (with where the label time came
 * from), the tracking timeline with gaps, SLA clocks, ranked findings, the ranking note and a
 * support-ticket summary in both languages. Without any record → `found: false`, with findings that
 * say what is unknown and how to check it (what the query itself reveals, e.g. a malformed waybill,
 * is still diagnosed).
 * Example: a US package labelled 5 h ago with no scan → `clocks.firstScan.state === 'overdue'` and
 * `findings[0].code === 'first-scan-overdue'` (when its waybill is valid).
 */
export function buildTroubleshootView(input: TroubleshootInput, now: number, pack: RulePack): TroubleshootView {
  const query = classifyTroubleshootQuery(input.query);
  const { record, labelClick, settings, apiConnected } = input;
  const orderId = record?.orderId ?? labelClick?.orderId ?? (query.kind === 'order-id' ? query.orderId : undefined);
  const found = record !== undefined || labelClick !== undefined;
  const market = resolveMarket(record?.market) ?? resolveMarket(settings.profile.market);
  const carrierId = record?.carrierId ?? resolveCarrierId(record?.carrierName);
  const label = resolveLabelTime(record, labelClick);
  // classified again with today's phrase rules (as the poller does), merged and sorted
  const events = mergeEvents([], renormalizeEvents(input.events));
  const policy = policyOf(market, pack);
  // One zone for every time of the view (facts, clocks, timeline, findings, ticket): the market's,
  // as lib/diagnostics words its findings; UTC, said as such, when the market is unknown.
  const timeZone = market ? MARKET_TIME_ZONES[market] : 'UTC';
  // Events are "not fetched" until the poller has checked the package once (diagnostics then says so).
  const fetched = record !== undefined && record.lastCheckedAt > 0;
  const waybill = record?.trackingNumber ?? (!found && query.kind === 'waybill' ? query.raw : undefined);
  const callback = carrierId ? settings.callbacks[carrierId]?.url : undefined;

  const facts: DiagnosisFacts = {
    // A waybill that matched nothing has no order id; the ticket then reads "Order —".
    orderId: orderId ?? '—',
    apiConnected,
    ...(market ? { market } : {}),
    ...(record?.orderStatus ? { status: record.orderStatus } : {}),
    ...(record?.carrierName || carrierId
      ? {
          carrier: {
            ...(record?.carrierName ? { text: record.carrierName } : {}),
            ...(carrierId ? { id: carrierId } : {}),
          },
        }
      : {}),
    ...(waybill ? { waybill } : {}),
    ...(label.at !== undefined ? { labelCreatedAt: label.at, labelCreatedSource: label.source! } : {}),
    ...(record?.shipByAt !== undefined ? { shipByAt: record.shipByAt } : {}),
    ...(fetched ? { events } : {}),
    ...(callback ? { carrierCallbackUrl: callback } : {}),
    ...(settings.printerDpi !== undefined ? { printerDpi: settings.printerDpi } : {}),
    connectedCarriers: settings.profile.connectedCarriers,
  };
  const diagnosis = diagnosePendingShipment(facts, now, pack);

  const assessment =
    found && policy
      ? assessPackage({
          record: record ?? placeholderRecord(orderId!),
          storedEvents: input.events,
          ...(labelClick ? { labelClickAt: labelClick.firstClickAt } : {}),
          policy,
          ...(market ? { fallbackMarket: market } : {}),
          now,
        })
      : undefined;
  const clocks = assessment?.clocks;

  const extra: FindingView[] = [];
  if (!found) {
    extra.push({
      code: 'not-found',
      severity: 'unknown',
      title: fill(PANEL_FINDINGS.notFound.title, { query: query.raw }),
      detail: apiConnected ? PANEL_FINDINGS.notFound.detailConnected : PANEL_FINDINGS.notFound.detailOffline,
      fix: apiConnected ? PANEL_FINDINGS.notFound.fixConnected : PANEL_FINDINGS.notFound.fixOffline,
      source: PANEL_FINDINGS.notFound.source,
    });
  }
  const lastError = record?.lastError;
  if (lastError) {
    extra.push({
      code: 'last-fetch-failed',
      severity: 'info',
      title: PANEL_FINDINGS.lastFetchFailed.title,
      detail: fill(PANEL_FINDINGS.lastFetchFailed.detail, {
        at: formatTimestamp(lastError.at, timeZone),
        kind: lastError.kind,
        message: lastError.message,
      }),
      fix: PANEL_FINDINGS.lastFetchFailed.fix,
      source: PANEL_FINDINGS.lastFetchFailed.source,
    });
  }
  // "Not found" is the headline; a failed fetch is context, after the diagnosis.
  const findings: FindingView[] = [
    ...extra.filter((f) => f.code === 'not-found'),
    ...diagnosis.map(toFindingView),
    ...extra.filter((f) => f.code !== 'not-found'),
  ];

  const gapHours = policy?.maxUpdateGapHours ?? DEFAULT_SLA_FIGURES.maxUpdateGapHours.value;
  const firstScanAt = clocks?.firstScan.at ?? events.find((e) => e.isCarrierScan)?.at;
  const risks = assessment?.risks ?? [];

  // Days in transit start with the carrier: empty while only a label exists.
  const inTransit = clocks !== undefined && (clocks.carrierScanCount > 0 || clocks.transit.delivered);
  return {
    query: query.raw,
    found,
    timeZone,
    ...(orderId ? { orderId } : {}),
    facts: {
      apiConnected,
      ...(market ? { market } : {}),
      ...(record?.carrierName ? { carrierText: record.carrierName } : {}),
      ...(carrierId ? { carrierId } : {}),
      ...(waybill ? { waybill } : {}),
      ...(record?.orderStatus ? { status: record.orderStatus } : {}),
      ...(label.at !== undefined ? { labelCreatedAt: label.at, labelCreatedSource: label.source! } : {}),
      ...(record?.shipByAt !== undefined ? { shipByAt: record.shipByAt } : {}),
      ...(firstScanAt !== undefined ? { firstScanAt } : {}),
      ...(record && record.lastCheckedAt > 0 ? { lastCheckedAt: record.lastCheckedAt } : {}),
    },
    events: buildTimeline(events, label.at ?? clocks?.firstScan.labelAt, gapHours),
    clocks: clocks
      ? {
          firstScan: {
            state: clocks.firstScan.state,
            ...(clocks.firstScan.dueAt !== undefined ? { dueAt: clocks.firstScan.dueAt } : {}),
            ...(clocks.firstScan.at !== undefined ? { at: clocks.firstScan.at } : {}),
            ...(clocks.firstScan.lateByMs !== undefined ? { lateByMs: clocks.firstScan.lateByMs } : {}),
            ...(clocks.firstScan.remainingMs !== undefined ? { remainingMs: clocks.firstScan.remainingMs } : {}),
          },
          ...(clocks.longestGap.ms > 0 ? { longestGapMs: clocks.longestGap.ms } : {}),
          longestGapBreached: clocks.longestGap.breached,
          ...(clocks.currentGap.ms > 0 ? { currentGapMs: clocks.currentGap.ms } : {}),
          ...(inTransit && clocks.transit.calendarDays !== undefined
            ? { transitDays: clocks.transit.calendarDays }
            : {}),
          ...(clocks.transit.benchmarkDays !== undefined ? { benchmarkDays: clocks.transit.benchmarkDays } : {}),
          overBenchmark: inTransit && clocks.transit.overBenchmark,
          risks,
        }
      : null,
    findings,
    rankingNote,
    ticket: ticketOf(facts, diagnosis, extra, input.alerts, timeZone),
  };
}
