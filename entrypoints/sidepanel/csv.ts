import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { sidepanelMessages as m } from '@/lib/i18n/sidepanel-messages';
import type { MetricView, ShopOverview } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import { formatUtcMinute } from './format';

/**
 * CSV exports of the shop view (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled), prefixed with a UTF-8 byte-order mark so Excel opens
 * Chinese text correctly. Pure: the overview and the locale are arguments.
 */

export const CSV_BOM = '\uFEFF';
type Cell = string | number | undefined | null;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or
 * CR) gets a leading apostrophe: a tracking number or carrier text comes from outside and must not
 * become a formula. Numbers are written as they are.
 * Example: `csvField('a,"b"')` → `"a,""b"""`.
 */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text with the BOM and CRLF line ends (a final CRLF too). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A ratio as a percentage number with at most 2 decimals (0.95 → 95; 1/3 → 33.33). */
function percentCell(ratio: number | null | undefined): number | undefined {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return undefined;
  return Number((ratio * 100).toFixed(2));
}

/** Carrier names by id: the overview's own, then the effective pack's (rate-card carriers included), else the id. */
export function carrierNamer(
  overview: Pick<ShopOverview, 'atRisk' | 'countsByCarrier'>,
  pack: Pick<RulePack, 'carriers'> | undefined,
): (carrierId: string | undefined) => Localized | undefined {
  const names = new Map<string, Localized>();
  for (const c of pack?.carriers ?? []) names.set(c.id, c.name);
  for (const row of overview.atRisk) if (row.carrierId && row.carrierName) names.set(row.carrierId, row.carrierName);
  for (const c of overview.countsByCarrier) names.set(c.carrierId, c.carrierName);
  return (carrierId) => {
    if (!carrierId) return undefined;
    if (carrierId === 'unknown') return { en: 'Unknown carrier', zh: '未知承运商' };
    return names.get(carrierId) ?? { en: carrierId, zh: carrierId };
  };
}

/** The status word of a metric row (the same words as the table). */
export function metricStatus(metric: Pick<MetricView, 'value' | 'threshold' | 'breached'>): Localized {
  if (metric.value === null) return m.statusNoData;
  if (metric.threshold === undefined) return m.statusNoTarget;
  return metric.breached ? m.statusBreached : m.statusOk;
}

/** The trend word of a metric row. */
export function metricTrend(trend: MetricView['trend']): Localized {
  switch (trend) {
    case 'improving':
      return m.trendImproving;
    case 'worsening':
      return m.trendWorsening;
    case 'flat':
      return m.trendFlat;
    default:
      return m.trendUnknown;
  }
}

const SCOPE_WORDS: Readonly<Record<MetricView['scope'], Localized>> = {
  shop: m.csvScopeShop,
  market: m.csvScopeMarket,
  carrier: m.csvScopeCarrier,
  'market-carrier': m.csvScopeMarketCarrier,
};

/**
 * The at-risk list as CSV, one row per package in the order given (the UI passes its current sort),
 * risks joined with "; ". Times in UTC.
 * Example: one row → `\uFEFFOrder ID,Tracking number,…\r\n576800…,9400…,USPS,usps,US,first-scan-overdue,No first scan — …\r\n`.
 */
export function atRiskCsv(
  overview: Pick<ShopOverview, 'atRisk' | 'countsByCarrier'>,
  pack: Pick<RulePack, 'carriers'> | undefined,
  locale: Locale,
): string {
  const t = (text: Localized) => localize(text, locale);
  const nameOf = carrierNamer(overview, pack);
  const header = [
    m.csvOrderId,
    m.csvTracking,
    m.csvCarrier,
    m.csvCarrierId,
    m.csvMarket,
    m.csvRiskCodes,
    m.csvRisks,
    m.csvLabelCreated,
    m.csvLastUpdate,
    m.csvFirstScanDue,
    m.csvShipBy,
  ].map(t);
  const rows = overview.atRisk.map((row) => [
    row.orderId,
    row.trackingNumber,
    row.carrierName ? t(row.carrierName) : row.carrierId ? t(nameOf(row.carrierId)!) : '',
    row.carrierId,
    row.market,
    row.risks.map((r) => r.code).join('; '),
    row.risks.map((r) => t(r.text)).join('; '),
    formatUtcMinute(row.labelCreatedAt),
    formatUtcMinute(row.lastEventAt),
    formatUtcMinute(row.firstScanDueAt),
    formatUtcMinute(row.shipByAt),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * The SLA report as CSV: every metric row (shop, market, carrier, market × carrier) with its value,
 * counts, target, status, previous window, trend and source; then the delivery-day distribution as
 * "Delivered in N calendar days" rows (count of parcels over delivered parcels). Percentages as numbers.
 */
export function slaReportCsv(
  overview: Pick<ShopOverview, 'atRisk' | 'countsByCarrier' | 'metrics' | 'deliveryDays'>,
  pack: Pick<RulePack, 'carriers'> | undefined,
  locale: Locale,
): string {
  const t = (text: Localized) => localize(text, locale);
  const nameOf = carrierNamer(overview, pack);
  const header = [
    m.csvScope,
    m.csvMarket,
    m.csvCarrier,
    m.csvCarrierId,
    m.csvMetricCode,
    m.csvMetric,
    m.csvValue,
    m.csvNumerator,
    m.csvDenominator,
    m.csvComparator,
    m.csvThreshold,
    m.csvStatus,
    m.csvPrevious,
    m.csvTrend,
    m.csvSource,
  ].map(t);
  const metricRows = overview.metrics.map((metric) => {
    const carrier = nameOf(metric.carrierId);
    return [
      t(SCOPE_WORDS[metric.scope]),
      metric.market,
      carrier ? t(carrier) : '',
      metric.carrierId,
      metric.code,
      t(metric.label),
      percentCell(metric.value),
      metric.numerator,
      metric.denominator,
      metric.comparator,
      percentCell(metric.threshold),
      t(metricStatus(metric)),
      percentCell(metric.previousValue),
      t(metricTrend(metric.trend)),
      metric.source,
    ];
  });
  const deliveryRows = overview.deliveryDays.flatMap((group) => {
    const total = group.histogram.reduce((sum, bin) => sum + bin.count, 0);
    const carrier = nameOf(group.carrierId);
    return group.histogram.map((bin) => [
      t(group.carrierId ? SCOPE_WORDS['market-carrier'] : SCOPE_WORDS.market),
      group.market,
      carrier ? t(carrier) : '',
      group.carrierId,
      'delivery-days',
      t(fillLocalized(m.csvDeliveredInDays, { days: bin.days })),
      undefined,
      bin.count,
      total,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'seed:S4',
    ]);
  });
  return toCsv([header, ...metricRows, ...deliveryRows]);
}

/** File name of an export, stamped with the overview's time in UTC. Example: `lastmile-lens-at-risk-20260305-0900Z.csv`. */
export function csvFileName(kind: 'at-risk' | 'sla-report', generatedAt: number): string {
  const iso = new Date(generatedAt).toISOString();
  return `lastmile-lens-${kind}-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}Z.csv`;
}
