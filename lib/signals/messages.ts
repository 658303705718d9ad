/**
 * Seller-facing texts of the signals, en and zh. Logic emits codes; wording lives here.
 */
import { fillLocalized, type Localized } from '@/lib/i18n';
import type { PageSummary, Problem, SummaryGroup } from './types';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** "3 h 12 m" / "3 小时 12 分"; days from 48 h ("2 d 4 h"). Never negative. */
export function formatSpan(ms: number): Localized {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / MINUTE_MS));
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) {
    const days = Math.floor(hours / 24);
    return { en: `${days} d ${hours % 24} h`, zh: `${days} 天 ${hours % 24} 小时` };
  }
  if (hours === 0) return { en: `${minutes} m`, zh: `${minutes} 分钟` };
  return { en: `${hours} h ${minutes % 60} m`, zh: `${hours} 小时 ${minutes % 60} 分` };
}

const PROBLEM_TITLES = {
  'waybill-malformed': { en: 'Waybill number malformed', zh: '运单号格式有误' },
  'waybill-duplicate': { en: 'Waybill number used on another order', zh: '运单号与其他订单重复' },
  'waybill-wrong-carrier': { en: 'Waybill number does not fit the carrier', zh: '运单号与承运商不符' },
  'ship-by-overdue': { en: 'Ship-by passed {span} ago', zh: '已超过最晚发货时间 {span}' },
  'ship-by-4h': { en: 'Ship within {span}', zh: '须在 {span} 内发货' },
  'ship-by-12h': { en: 'Ship within {span}', zh: '须在 {span} 内发货' },
  'ship-by-24h': { en: 'Ship within {span}', zh: '须在 {span} 内发货' },
  'collection-overdue': {
    en: 'Awaiting collection {span} past the deadline: ask the carrier to collect',
    zh: '待揽收已超时 {span}：请联系承运商揽收',
  },
  'first-scan-overdue': {
    en: 'No carrier scan {span} after the label (seed rule: within 4 h)',
    zh: '面单生成 {span} 后仍无承运商扫描（种子规则：4 小时内）',
  },
  diagnosis: { en: 'Pending Shipment: {finding}', zh: '待发货原因：{finding}' },
} satisfies Record<Problem['code'], Localized>;

/**
 * One line for a problem at `now`. `finding` is the diagnosis title when the problem is a diagnosis.
 * Example: `problemTitle({ code: 'ship-by-4h', dueAt: now + 3 * 3600_000, … }, now)` → `{ en: 'Ship within 3 h 0 m', zh: '须在 3 小时 0 分 内发货' }`.
 */
export function problemTitle(problem: Problem, now: number, finding?: Localized): Localized {
  const template = PROBLEM_TITLES[problem.code];
  if (problem.code === 'diagnosis' && finding)
    return {
      en: fillLocalized(template, { finding: finding.en }).en,
      zh: fillLocalized(template, { finding: finding.zh }).zh,
    };
  if (problem.dueAt === undefined) return template;
  const span = formatSpan(
    problem.code === 'first-scan-overdue' ? now - (problem.dueAt - 4 * HOUR_MS) : problem.dueAt - now,
  );
  return { en: fillLocalized(template, { span: span.en }).en, zh: fillLocalized(template, { span: span.zh }).zh };
}

const GROUP_LABELS: Record<SummaryGroup, Localized> = {
  waybill: { en: '{n} waybill problems', zh: '{n} 个运单号问题' },
  'ship-by-overdue': { en: '{n} past ship-by', zh: '{n} 个已超最晚发货时间' },
  'ship-by-4h': { en: '{n} ship-by < 4 h', zh: '{n} 个 4 小时内须发货' },
  'ship-by-12h': { en: '{n} ship-by < 12 h', zh: '{n} 个 12 小时内须发货' },
  'ship-by-24h': { en: '{n} ship-by < 24 h', zh: '{n} 个 24 小时内须发货' },
  'collection-overdue': { en: '{n} collection overdue', zh: '{n} 个揽收超时' },
  'first-scan-overdue': { en: '{n} no first scan after 4 h', zh: '{n} 个 4 小时未首扫' },
  diagnosis: { en: '{n} Pending Shipment causes', zh: '{n} 个待发货原因' },
};

/** "20 waybill problems" for a summary group (plain digits). */
export function groupLabel(group: SummaryGroup, count: number): Localized {
  return fillLocalized(GROUP_LABELS[group], { n: count });
}

/**
 * The summary's lead: "60 orders checked — no problems" when calm, "60 orders checked" otherwise;
 * "100 of 500 orders checked" when the page has not loaded every row the list counts.
 */
export function summaryLead(summary: PageSummary): Localized {
  const partial = summary.total !== undefined && summary.total > summary.checked;
  const checked = partial
    ? fillLocalized(
        { en: '{n} of {total} orders checked', zh: '已检查 {n}/{total} 个订单' },
        { n: summary.checked, total: summary.total! },
      )
    : fillLocalized(
        { en: summary.checked === 1 ? '{n} order checked' : '{n} orders checked', zh: '已检查 {n} 个订单' },
        { n: summary.checked },
      );
  if (summary.problemRows) return checked;
  return { en: `${checked.en} — no problems`, zh: `${checked.zh}，没有问题` };
}

export const signalTexts = {
  summaryTitle: { en: 'Lastmile Lens', zh: 'Lastmile Lens' },
  deadlineLabel: { en: 'Deadline', zh: '时限' },
  summaryLabel: { en: 'Order check summary', zh: '订单检查汇总' },
  problemsOnly: { en: 'Problems only', zh: '只看有问题的' },
  showAll: { en: 'Show all orders', zh: '显示全部订单' },
  next: { en: 'Next', zh: '下一个' },
  notLoaded: {
    en: 'the rest load as you scroll; counts grow with them',
    zh: '其余订单随滚动加载，计数随之更新',
  },
  defaultWeight: {
    en: 'Carrier prices need a parcel weight: set a default parcel weight in Lastmile Lens options.',
    zh: '报价需要包裹重量：请在 Lastmile Lens 设置中填写默认包裹重量。',
  },
  moreProblems: { en: '+{n}', zh: '+{n}' },
  moreProblemsLabel: { en: '{n} more problems on this order', zh: '此订单还有 {n} 个问题' },
  dueAt: { en: 'Deadline {time} ({zone})', zh: '截止 {time}（{zone}）' },
  sourceApi: { en: 'from TikTok Shop API', zh: '来自 TikTok Shop API' },
  sourcePage: { en: 'from Seller Center', zh: '来自卖家中心' },
  sourceSeed: { en: 'seed rule S7: first scan within 4 h of the label', zh: '种子规则 S7：面单生成后 4 小时内首扫' },
} satisfies Record<string, Localized>;
