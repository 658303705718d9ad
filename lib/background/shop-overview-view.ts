/**
 * The side panel's shop view: packages at risk now, counts per carrier, SLA and fulfilment metrics
 * per market and carrier with the previous window and a trend, and delivery-day histograms. Pure:
 * the stored records, `now` and the rule pack are arguments; `shop-overview.ts` reads them.
 */
import { resolveMarket } from '@/lib/carriers';
import { formatDuration } from '@/lib/diagnostics';
import type { Localized } from '@/lib/i18n';
import type { MetricView, ShopOverview } from '@/lib/messaging';
import { reassessPackage, RISK_ORDER, type Assessment } from '@/lib/poller';
import type { RulePack } from '@/lib/rules';
import {
  digestStoredEvents,
  finishedFactsOf,
  storedTrailOf,
  trackingValidity,
  type EventRecord,
  type FinishedFacts,
  type PackageRecord,
} from '@/lib/storage';
import {
  DEFAULT_SLA_FIGURES,
  MARKET_TIME_ZONES,
  METRIC_CODES,
  METRIC_DEFINITIONS,
  compareGroups,
  computeShopMetrics,
  metricThresholdsFromMarketRules,
  slaPolicyFromMarketRules,
  type MetricCode,
  type MetricGroup,
  type MetricValue,
  type PackageFacts,
  type RiskCode,
  type SlaPolicy,
  type TrendDirection,
} from '@/lib/tracking';

export interface ShopOverviewInput {
  /** Package rows: the watched ones are assessed again at `now`; finished ones count as their facts. */
  packages: readonly PackageRecord[];
  /** Finished packages as their stored facts (lib/storage `listWatchedAndRecent`): counted after the rows. */
  finished?: readonly FinishedFacts[];
  /**
   * Stored events of the packages whose row (or facts) hold no current trail digest (lib/storage
   * `storedTrailOf`): every other package is judged from its digest, without its events.
   */
  eventsByKey: ReadonlyMap<string, readonly EventRecord[]>;
  apiConnected: boolean;
  /** The market of rows that name none (the shop's region, else the seller profile's market). */
  fallbackMarket?: string;
}

type AtRiskRow = ShopOverview['atRisk'][number];

const L = (en: string, zh: string): Localized => ({ en, zh });

/** One line per risk for the table, with the figure that makes it a risk. */
const RISK_LINES: Readonly<Record<RiskCode, Localized>> = {
  'first-scan-due-soon': L('First scan due in {left}', '首次扫描将在 {left} 后到期'),
  'first-scan-overdue': L(
    'No first scan — {late} past the seed’s {hours} h window',
    '无首次扫描 — 已超出资料所述的 {hours} 小时时限 {late}',
  ),
  'no-update-24h': L('No tracking update for {gap}', '物流已 {gap} 未更新'),
  exception: L('Carrier reports an exception', '承运商报告异常'),
  'lost-suspected': L(
    'Suspected lost: no carrier scan for {lostDays}+ days',
    '疑似丢件：{lostDays} 天以上无承运商扫描',
  ),
  'dispatch-due-4h': L('Ship-by deadline in {left}', '距最晚发货时间还有 {left}'),
  'dispatch-overdue': L('Past the ship-by deadline by {late}', '已超过最晚发货时间 {late}'),
};

const UNKNOWN_CARRIER = L('Unknown carrier', '未知承运商');

function fillBoth(text: Localized, values: Record<string, Localized | string | number>): Localized {
  const pick = (v: Localized | string | number, lang: 'en' | 'zh') => (typeof v === 'object' ? v[lang] : String(v));
  const f = (s: string, lang: 'en' | 'zh') =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? pick(values[k]!, lang) : m));
  return { en: f(text.en, 'en'), zh: f(text.zh, 'zh') };
}

function duration(ms: number | undefined): Localized {
  return ms === undefined ? L('?', '?') : { en: formatDuration(ms, 'en'), zh: formatDuration(ms, 'zh') };
}

/**
 * The table text of one risk of an assessed package, with its figure (how late, how long quiet).
 * Example: a first scan 1 h 30 m past due → "No first scan — 1 h 30 m past the 4 h window".
 */
export function describeRisk(
  code: RiskCode,
  assessment: Pick<Assessment, 'clocks' | 'dispatch'>,
  policy: SlaPolicy | undefined,
): Localized {
  const clocks = assessment.clocks;
  const dispatch = assessment.dispatch;
  const template = RISK_LINES[code];
  switch (code) {
    case 'first-scan-due-soon':
      return fillBoth(template, { left: duration(clocks?.firstScan.remainingMs) });
    case 'first-scan-overdue':
      return fillBoth(template, {
        late: duration(clocks?.firstScan.lateByMs),
        hours: policy?.firstScanHours ?? DEFAULT_SLA_FIGURES.firstScanHours.value,
      });
    case 'no-update-24h':
      return fillBoth(template, { gap: duration(clocks?.currentGap.ms) });
    case 'lost-suspected':
      return fillBoth(template, { lostDays: policy?.lostAfterDays ?? DEFAULT_SLA_FIGURES.lostAfterDays.value });
    case 'dispatch-due-4h':
      return fillBoth(template, { left: duration(dispatch?.remainingMs) });
    case 'dispatch-overdue':
      return fillBoth(template, { late: duration(dispatch?.lateByMs) });
    default:
      return template;
  }
}

function policiesOf(pack: RulePack): Record<string, SlaPolicy> {
  const out: Record<string, SlaPolicy> = {};
  for (const m of pack.markets) {
    const policy = slaPolicyFromMarketRules(m);
    if (policy) out[m.code] = policy;
  }
  return out;
}

function carrierNameOf(
  carrierId: string | undefined,
  rawName: string | undefined,
  pack: RulePack,
): Localized | undefined {
  const rules = carrierId ? pack.carriers.find((c) => c.id === carrierId) : undefined;
  if (rules) return rules.name;
  if (rawName) return { en: rawName, zh: rawName };
  return carrierId ? { en: carrierId, zh: carrierId } : undefined;
}

const TREND: Readonly<Record<TrendDirection, NonNullable<MetricView['trend']>>> = {
  improving: 'improving',
  worsening: 'worsening',
  steady: 'flat',
  'no-data': 'unknown',
};

const GROUP_KEYS: Readonly<Record<MetricCode, keyof MetricGroup>> = {
  'first-scan-on-time': 'firstScanOnTime',
  'exception-rate': 'exceptionRate',
  'valid-tracking-rate': 'validTrackingRate',
  'late-dispatch-rate': 'lateDispatchRate',
  'on-time-delivery-rate': 'onTimeDeliveryRate',
};

function metricViewsOf(
  scope: MetricView['scope'],
  where: { market?: string; carrierId?: string },
  current: MetricGroup | undefined,
  previous: MetricGroup | undefined,
): MetricView[] {
  const trend = compareGroups(current, previous);
  return METRIC_CODES.map((code) => {
    const now = current?.[GROUP_KEYS[code]] as MetricValue | undefined;
    const before = previous?.[GROUP_KEYS[code]] as MetricValue | undefined;
    // A group with no package this window still shows the metric's threshold from the previous one.
    const rule = now ?? before;
    return {
      code,
      label: METRIC_DEFINITIONS[code].name,
      scope,
      ...where,
      value: now?.value ?? null,
      numerator: now?.numerator ?? 0,
      denominator: now?.denominator ?? 0,
      ...(rule?.threshold !== undefined ? { threshold: rule.threshold } : {}),
      ...(rule?.comparator !== undefined ? { comparator: rule.comparator } : {}),
      breached: now?.breached ?? false,
      previousValue: before?.value ?? null,
      trend: TREND[trend[code].direction],
      source: rule?.source ?? METRIC_DEFINITIONS[code].source,
    };
  });
}

/**
 * Builds the shop overview at `now`. Every package is assessed again at `now` with the poller's own
 * rules (so a first scan that came due since the last poll shows as overdue), watched packages with a
 * risk are listed most urgent first, and metrics cover this 7-day window against the previous one with
 * the rule pack's thresholds (exception rate < 1.3 % S8; VTR ≥ 95 %, LDR ≤ 4 %, OTDR ≥ 80 % for the US,
 * ref:seller-center#5).
 * Example: one US package labelled 5 h ago without a scan → `atRisk[0].risks[0].code === 'first-scan-overdue'`.
 */
/**
 * One zone for every time of the shop view: the shop's market's (its region, else the profile's
 * market), else the market of the packages when they share one; UTC, said as such, otherwise.
 */
function shopTimeZone(input: ShopOverviewInput): string {
  const markets = new Set(
    [...input.packages, ...(input.finished ?? [])].map((p) => resolveMarket(p.market)).filter((m) => m !== undefined),
  );
  const market = resolveMarket(input.fallbackMarket) ?? (markets.size === 1 ? [...markets][0] : undefined);
  return market ? MARKET_TIME_ZONES[market] : 'UTC';
}

/** The metrics' facts of one package: a watched one as just reassessed, a finished one as stored. */
function metricFactsOf(
  id: string,
  market: string,
  times: Pick<PackageRecord, 'carrierId' | 'labelCreatedAt' | 'shipByAt' | 'shippedAt' | 'deliveredAt'>,
  trail: PackageFacts['trail'],
  trackingValid: boolean | undefined,
): PackageFacts {
  return {
    id,
    market,
    ...(times.carrierId ? { carrierId: times.carrierId } : {}),
    ...(times.labelCreatedAt !== undefined ? { labelCreatedAt: times.labelCreatedAt } : {}),
    ...(times.shipByAt !== undefined ? { shipByAt: times.shipByAt } : {}),
    ...(times.shippedAt !== undefined ? { shippedAt: times.shippedAt } : {}),
    ...(times.deliveredAt !== undefined ? { deliveredAt: times.deliveredAt } : {}),
    trail,
    ...(trackingValid !== undefined ? { trackingValid } : {}),
  };
}

export function buildShopOverviewView(input: ShopOverviewInput, now: number, pack: RulePack): ShopOverview {
  const policies = policiesOf(pack);
  const atRisk: Array<AtRiskRow & { rank: number }> = [];
  const facts: PackageFacts[] = [];

  // A finished package counts as its facts, the same whether they come from its row or were stored.
  const pushFinished = (f: FinishedFacts) => {
    const market = resolveMarket(f.market) ?? resolveMarket(input.fallbackMarket);
    if (!market) return;
    const trail = f.trail ?? digestStoredEvents(input.eventsByKey.get(f.key) ?? []);
    facts.push(metricFactsOf(f.key, market, f, trail, f.trackingValid));
  };

  for (const record of input.packages) {
    // Only watched packages can be at risk; finished ones feed the metrics as stored (saves clocks per row).
    if (record.watched !== 1) {
      pushFinished(finishedFactsOf(record));
      continue;
    }
    const market = resolveMarket(record.market) ?? resolveMarket(input.fallbackMarket);
    const policy = market ? policies[market] : undefined;
    const trail = storedTrailOf(record) ?? digestStoredEvents(input.eventsByKey.get(record.key) ?? []);
    const clickAt = record.labelClickAt;
    const assessment = reassessPackage({
      record,
      trail,
      ...(clickAt !== undefined ? { labelClickAt: clickAt } : {}),
      ...(policy ? { policy } : {}),
      ...(market ? { fallbackMarket: market } : {}),
      now,
    });
    const next = assessment.record;
    const carrierName = carrierNameOf(next.carrierId, next.carrierName, pack);

    if (assessment.risks.length > 0) {
      const risks = [...assessment.risks].sort((a, b) => RISK_ORDER.indexOf(a) - RISK_ORDER.indexOf(b));
      const firstScan = assessment.clocks?.firstScan;
      atRisk.push({
        orderId: record.orderId,
        packageKey: record.key,
        ...(next.trackingNumber ? { trackingNumber: next.trackingNumber } : {}),
        ...(next.carrierId ? { carrierId: next.carrierId } : {}),
        ...(carrierName ? { carrierName } : {}),
        ...(market ? { market } : {}),
        risks: risks.map((code) => ({ code, text: describeRisk(code, assessment, policy) })),
        ...(next.labelCreatedAt !== undefined ? { labelCreatedAt: next.labelCreatedAt } : {}),
        ...(assessment.clocks?.lastEventAt !== undefined ? { lastEventAt: assessment.clocks.lastEventAt } : {}),
        ...(firstScan?.dueAt !== undefined && firstScan.at === undefined ? { firstScanDueAt: firstScan.dueAt } : {}),
        ...(next.shipByAt !== undefined ? { shipByAt: next.shipByAt } : {}),
        rank: RISK_ORDER.indexOf(risks[0]!),
      });
    }

    if (market) facts.push(metricFactsOf(record.key, market, next, trail, trackingValidity(next)));
  }
  for (const f of input.finished ?? []) pushFinished(f);

  atRisk.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.firstScanDueAt ?? a.labelCreatedAt ?? a.shipByAt ?? Infinity) -
        (b.firstScanDueAt ?? b.labelCreatedAt ?? b.shipByAt ?? Infinity) ||
      a.packageKey.localeCompare(b.packageKey),
  );

  const counts = new Map<string, { carrierName: Localized; count: number }>();
  for (const row of atRisk) {
    const key = row.carrierId ?? 'unknown';
    const entry = counts.get(key) ?? {
      carrierName: row.carrierId ? (row.carrierName ?? { en: key, zh: key }) : UNKNOWN_CARRIER,
      count: 0,
    };
    entry.count += 1;
    counts.set(key, entry);
  }

  const metrics = computeShopMetrics(facts, {
    now,
    policies,
    metricThresholds: metricThresholdsFromMarketRules(pack.markets),
  });
  const views: MetricView[] = [...metricViewsOf('shop', {}, metrics.overall, metrics.previous.overall)];
  const union = <T>(a: Record<string, T>, b: Record<string, T>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const market of union(metrics.byMarket, metrics.previous.byMarket)) {
    views.push(...metricViewsOf('market', { market }, metrics.byMarket[market], metrics.previous.byMarket[market]));
  }
  for (const carrier of union(metrics.byCarrier, metrics.previous.byCarrier)) {
    views.push(
      ...metricViewsOf(
        'carrier',
        { carrierId: carrier },
        metrics.byCarrier[carrier],
        metrics.previous.byCarrier[carrier],
      ),
    );
  }
  for (const market of union(metrics.byMarketCarrier, metrics.previous.byMarketCarrier)) {
    const current = metrics.byMarketCarrier[market] ?? {};
    const previous = metrics.previous.byMarketCarrier[market] ?? {};
    for (const carrier of union(current, previous)) {
      views.push(
        ...metricViewsOf('market-carrier', { market, carrierId: carrier }, current[carrier], previous[carrier]),
      );
    }
  }

  const deliveryDays: ShopOverview['deliveryDays'] = [];
  for (const [market, group] of Object.entries(metrics.byMarket).sort(([a], [b]) => a.localeCompare(b))) {
    if (group.deliveryDays.delivered === 0) continue;
    deliveryDays.push({ market, histogram: group.deliveryDays.histogram });
    for (const [carrierId, sub] of Object.entries(metrics.byMarketCarrier[market] ?? {}).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      if (sub.deliveryDays.delivered > 0)
        deliveryDays.push({ market, carrierId, histogram: sub.deliveryDays.histogram });
    }
  }

  return {
    generatedAt: now,
    timeZone: shopTimeZone(input),
    apiConnected: input.apiConnected,
    atRisk: atRisk.map(({ rank: _rank, ...row }) => row),
    countsByCarrier: [...counts.entries()]
      .map(([carrierId, v]) => ({ carrierId, carrierName: v.carrierName, count: v.count }))
      .sort((a, b) => b.count - a.count || a.carrierId.localeCompare(b.carrierId)),
    metrics: views,
    deliveryDays,
  };
}
