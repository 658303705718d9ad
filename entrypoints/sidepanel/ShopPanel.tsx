import { useId } from 'react';
import { DayHistogram } from '@/components/DayHistogram';
import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { sidepanelMessages as m } from '@/lib/i18n/sidepanel-messages';
import type { MetricView, ShopOverview } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import { riskTexts, type RiskCode } from '@/lib/tracking';
import { sortAtRisk, type AtRiskColumn, type AtRiskSort } from './at-risk-sort';
import { carrierNamer, metricStatus, metricTrend } from './csv';
import { comparatorSign, formatPercent, formatTime } from './format';
import type { OverviewState, PollState } from './store';

type Translate = (text: Localized, values?: Record<string, string | number>) => string;
const translator =
  (locale: Locale): Translate =>
  (text, values) =>
    localize(values ? fillLocalized(text, values) : text, locale);

export interface ShopPanelProps {
  locale: Locale;
  /** The effective rule pack (benchmarks, carrier names); undefined until the context is read. */
  pack: RulePack | undefined;
  state: OverviewState;
  overview: ShopOverview | undefined;
  sort: AtRiskSort;
  poll: PollState;
  exportNotice?: { file: string; rows: number };
  onSort: (column: AtRiskColumn) => void;
  onPick: (orderId: string) => void;
  onPollNow: () => void;
  onRefresh: () => void;
  onExportAtRisk: () => void;
  onExportSla: () => void;
}

const UNHANDLED_CODES = new Set(['unhandled', 'unknown-type', 'no-answer', 'bad-reply']);

export function ShopPanel(props: ShopPanelProps) {
  const { locale, state, overview, poll } = props;
  const t = translator(locale);
  return (
    <div className="lml-shop">
      <div className="lml-toolbar">
        <button
          type="button"
          className="lml-primary"
          onClick={props.onPollNow}
          aria-disabled={poll.status === 'running' || undefined}
        >
          {t(m.pollNow)}
        </button>
        <button type="button" onClick={props.onRefresh}>
          {t(m.refresh)}
        </button>
        <button type="button" onClick={props.onExportAtRisk} disabled={!overview}>
          {t(m.exportAtRisk)}
        </button>
        <button type="button" onClick={props.onExportSla} disabled={!overview}>
          {t(m.exportSla)}
        </button>
      </div>
      <div role="status" aria-live="polite" className="lml-live">
        {poll.status === 'running' ? <p>{t(m.polling)}</p> : null}
        {poll.status === 'done' ? (
          <p>
            {poll.result.stoppedBecause === 'not-configured'
              ? t(m.pollNotConfigured)
              : t(m.pollDone, {
                  checked: poll.result.checked,
                  newEvents: poll.result.newEvents,
                  newAlerts: poll.result.newAlerts,
                  atRisk: poll.result.atRisk,
                })}
            {poll.result.stoppedBecause && poll.result.stoppedBecause !== 'not-configured'
              ? ` ${t(m.pollStopped, { reason: poll.result.stoppedBecause })}`
              : null}
          </p>
        ) : null}
        {poll.status === 'failed' ? <p className="lml-error">{t(m.pollFailed, { code: poll.code })}</p> : null}
        {props.exportNotice ? (
          <p>{t(m.exported, { file: props.exportNotice.file, rows: props.exportNotice.rows })}</p>
        ) : null}
        {state.status === 'loading' ? <p>{t(m.overviewLoading)}</p> : null}
      </div>
      {state.status === 'failed' ? (
        <div className="lml-error-box" role="alert">
          <p>{t(UNHANDLED_CODES.has(state.code) ? m.errorUnhandled : m.errorGeneric, { code: state.code })}</p>
          <button type="button" onClick={props.onRefresh}>
            {t(m.retry)}
          </button>
        </div>
      ) : null}
      {overview ? <OverviewBody {...props} overview={overview} /> : null}
    </div>
  );
}

function OverviewBody({ locale, pack, overview, sort, onSort, onPick }: ShopPanelProps & { overview: ShopOverview }) {
  const t = translator(locale);
  const nameOf = carrierNamer(overview, pack);
  const atRiskId = useId();
  const countsId = useId();
  const metricsId = useId();
  const deliveryId = useId();
  return (
    <>
      <p className="lml-hint">{t(m.generatedAt, { time: formatTime(overview.generatedAt, overview.timeZone)! })}</p>
      {!overview.apiConnected ? <p className="lml-notice">{t(m.overviewOffline)}</p> : null}

      <section aria-labelledby={atRiskId}>
        <h2 id={atRiskId}>{t(m.atRiskHeading, { count: overview.atRisk.length })}</h2>
        {overview.atRisk.length === 0 ? (
          <p className="lml-muted">{t(m.atRiskEmpty)}</p>
        ) : (
          <AtRiskTable overview={overview} sort={sort} locale={locale} onSort={onSort} onPick={onPick} />
        )}
      </section>

      {overview.countsByCarrier.length > 0 ? (
        <section aria-labelledby={countsId}>
          <h2 id={countsId}>{t(m.countsHeading)}</h2>
          <table className="lml-table lml-counts" data-testid="counts-by-carrier">
            <thead>
              <tr>
                <th scope="col">{t(m.colCarrier)}</th>
                <th scope="col">{t(m.colCount)}</th>
              </tr>
            </thead>
            <tbody>
              {overview.countsByCarrier.map((c) => (
                <tr key={c.carrierId}>
                  <th scope="row">{t(c.carrierName)}</th>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby={metricsId}>
        <h2 id={metricsId}>{t(m.metricsHeading)}</h2>
        <p className="lml-hint">{t(m.metricsWindow)}</p>
        <MetricTable
          title={t(m.scopeShop)}
          metrics={overview.metrics.filter((x) => x.scope === 'shop')}
          locale={locale}
        />
        <MetricGroups
          heading={t(m.perMarket)}
          metrics={overview.metrics.filter((x) => x.scope === 'market')}
          locale={locale}
          titleOf={(x) => t(m.scopeMarket, { market: x.market ?? '?' })}
          open
        />
        <MetricGroups
          heading={t(m.perCarrier)}
          metrics={overview.metrics.filter((x) => x.scope === 'carrier')}
          locale={locale}
          titleOf={(x) => t(m.scopeCarrier, { carrier: t(nameOf(x.carrierId) ?? { en: '?', zh: '?' }) })}
        />
        <MetricGroups
          heading={t(m.perMarketCarrier)}
          metrics={overview.metrics.filter((x) => x.scope === 'market-carrier')}
          locale={locale}
          titleOf={(x) =>
            t(m.scopeMarketCarrier, {
              market: x.market ?? '?',
              carrier: t(nameOf(x.carrierId) ?? { en: '?', zh: '?' }),
            })
          }
        />
      </section>

      <section aria-labelledby={deliveryId}>
        <h2 id={deliveryId}>{t(m.deliveryHeading)}</h2>
        {overview.deliveryDays.length === 0 ? <p className="lml-muted">{t(m.deliveryEmpty)}</p> : null}
        <div className="lml-histograms">
          {overview.deliveryDays.map((group) => {
            const scope = group.carrierId
              ? t(m.scopeMarketCarrier, { market: group.market, carrier: t(nameOf(group.carrierId)!) })
              : t(m.scopeMarket, { market: group.market });
            const benchmark = group.carrierId
              ? undefined
              : pack?.markets.find((x) => x.code === group.market)?.deliveryBenchmark?.maxCalendarDays;
            const describe = (bin: { days: number; count: number }) =>
              t(m.deliveryBar, { count: bin.count, days: bin.days });
            return (
              <div key={`${group.market}-${group.carrierId ?? 'all'}`} className="lml-histogram-group">
                <h3>{scope}</h3>
                <DayHistogram
                  bins={group.histogram}
                  label={
                    t(m.deliveryChartLabel, { scope, summary: group.histogram.map(describe).join(', ') }) +
                    (benchmark !== undefined ? ` (${t(m.deliveryBenchmark, { days: benchmark })})` : '')
                  }
                  daysHeading={m.colDays}
                  countHeading={m.colParcels}
                  describeBin={describe}
                  locale={locale}
                  {...(benchmark !== undefined
                    ? { benchmarkDays: benchmark, benchmarkLabel: t(m.deliveryBenchmark, { days: benchmark }) }
                    : {})}
                />
              </div>
            );
          })}
        </div>
      </section>
    </>
  );
}

const COLUMNS: ReadonlyArray<{ column: AtRiskColumn; label: Localized }> = [
  { column: 'order', label: m.colOrder },
  { column: 'waybill', label: m.colWaybill },
  { column: 'carrier', label: m.colCarrier },
  { column: 'market', label: m.colMarket },
  { column: 'risks', label: m.colRisks },
  { column: 'labelCreatedAt', label: m.colLabelCreated },
  { column: 'lastEventAt', label: m.colLastUpdate },
  { column: 'firstScanDueAt', label: m.colFirstScanDue },
  { column: 'shipByAt', label: m.colShipBy },
];

function AtRiskTable({
  overview,
  sort,
  locale,
  onSort,
  onPick,
}: {
  overview: ShopOverview;
  sort: AtRiskSort;
  locale: Locale;
  onSort: (c: AtRiskColumn) => void;
  onPick: (orderId: string) => void;
}) {
  const t = translator(locale);
  const rows = sortAtRisk(overview.atRisk, sort, locale);
  const time = (ms: number | undefined) => formatTime(ms, overview.timeZone) ?? '—';
  return (
    <div className="lml-table-scroll">
      <table className="lml-table lml-at-risk" data-testid="at-risk-table">
        <caption className="lml-hint">{t(m.atRiskCaption)}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ column, label }) => {
              const active = sort.column === column;
              return (
                <th key={column} scope="col" aria-sort={active ? sort.direction : 'none'}>
                  <button type="button" className="lml-sort" onClick={() => onSort(column)} data-column={column}>
                    {t(label)}
                    <span aria-hidden="true" className="lml-sort-mark">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t(m.colActions)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.packageKey} data-order-id={row.orderId}>
              <th scope="row" className="lml-mono">
                {row.orderId}
              </th>
              <td className="lml-mono">{row.trackingNumber ?? '—'}</td>
              <td>{row.carrierName ? t(row.carrierName) : (row.carrierId ?? '—')}</td>
              <td>{row.market ?? '—'}</td>
              <td>
                <ul className="lml-risk-list">
                  {row.risks.map((r) => (
                    <li
                      key={r.code}
                      data-risk={r.code}
                      title={riskTexts[r.code as RiskCode] ? t(riskTexts[r.code as RiskCode]) : undefined}
                    >
                      {t(r.text)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{time(row.labelCreatedAt)}</td>
              <td>{time(row.lastEventAt)}</td>
              <td>{time(row.firstScanDueAt)}</td>
              <td>{time(row.shipByAt)}</td>
              <td>
                <button
                  type="button"
                  onClick={() => onPick(row.orderId)}
                  aria-label={t(m.pickLabel, { orderId: row.orderId })}
                >
                  {t(m.pick)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MetricGroups({
  heading,
  metrics,
  locale,
  titleOf,
  open,
}: {
  heading: string;
  metrics: MetricView[];
  locale: Locale;
  titleOf: (x: MetricView) => string;
  open?: boolean;
}) {
  if (metrics.length === 0) return null;
  const groups = new Map<string, MetricView[]>();
  for (const metric of metrics) {
    const key = `${metric.market ?? ''}|${metric.carrierId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), metric]);
  }
  return (
    <details className="lml-metric-groups" open={open || undefined}>
      <summary>{heading}</summary>
      {[...groups.values()].map((list) => (
        <MetricTable
          key={`${list[0]!.market}-${list[0]!.carrierId}`}
          title={titleOf(list[0]!)}
          metrics={list}
          locale={locale}
        />
      ))}
    </details>
  );
}

function trendArrow(metric: MetricView): string {
  if (metric.value === null || metric.previousValue === null || metric.previousValue === undefined) return '';
  if (metric.value > metric.previousValue) return '▲ ';
  if (metric.value < metric.previousValue) return '▼ ';
  return '▬ ';
}

function MetricTable({ title, metrics, locale }: { title: string; metrics: MetricView[]; locale: Locale }) {
  const t = translator(locale);
  return (
    <div className="lml-table-scroll">
      <table className="lml-table lml-metrics" data-scope={metrics[0]?.scope}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t(m.colMetric)}</th>
            <th scope="col">{t(m.colValue)}</th>
            <th scope="col">{t(m.colTarget)}</th>
            <th scope="col">{t(m.colStatus)}</th>
            <th scope="col">{t(m.colPrevious)}</th>
            <th scope="col">{t(m.colTrend)}</th>
            <th scope="col">{t(m.colSource)}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => {
            const value = formatPercent(metric.value, locale);
            const status = metricStatus(metric);
            const statusClass =
              metric.value === null || metric.threshold === undefined
                ? 'lml-status-none'
                : metric.breached
                  ? 'lml-status-bad'
                  : 'lml-status-ok';
            return (
              <tr key={metric.code} data-metric={metric.code}>
                <th scope="row">{t(metric.label)}</th>
                <td>
                  {value
                    ? t(m.valueWithCounts, { value, numerator: metric.numerator, denominator: metric.denominator })
                    : t(m.noData)}
                </td>
                <td>
                  {metric.threshold !== undefined
                    ? `${comparatorSign(metric.comparator)} ${formatPercent(metric.threshold, locale)}`
                    : t(m.noTarget)}
                </td>
                <td className={statusClass}>{t(status)}</td>
                <td>{formatPercent(metric.previousValue, locale) ?? t(m.noData)}</td>
                <td className={`lml-trend-${metric.trend ?? 'unknown'}`}>
                  <span aria-hidden="true">{trendArrow(metric)}</span>
                  {t(metricTrend(metric.trend))}
                </td>
                <td>
                  <code>{metric.source}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
