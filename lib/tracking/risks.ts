/**
 * Risk codes raised by the clocks and the dispatch deadline, with their texts (en/zh) and sources.
 * Logic emits codes; wording lives here only, so UI text can change without touching logic or its tests.
 */
import type { Localized } from '@/lib/i18n';

export const RISK_CODES = [
  'first-scan-due-soon',
  'first-scan-overdue',
  'no-update-24h',
  'exception',
  'lost-suspected',
  'dispatch-due-4h',
  'dispatch-overdue',
] as const;

export type RiskCode = (typeof RISK_CODES)[number];

/** What a seller reads for each risk: a title and what to do about it. */
export const riskTexts: Readonly<Record<RiskCode, Localized>> = {
  'first-scan-due-soon': {
    en: 'First carrier scan due within 30 minutes by the seed’s 4 h rule (first scan within 4 h of the label): hand the parcel to the carrier now.',
    zh: '按资料所述的 4 小时规则（面单生成后 4 小时内首次扫描），首次揽收扫描将在 30 分钟内到期：请立即交给承运商。',
  },
  'first-scan-overdue': {
    en: 'No carrier scan 4 h after the label was created (the seed’s 4 h rule): the order may stay frozen in Pending Shipment. Check the carrier received the parcel and pushed the scan.',
    zh: '面单生成已超过 4 小时仍无承运商扫描（资料所述的 4 小时规则）：订单可能停留在"待发货"。请确认承运商已收件并推送了扫描。',
  },
  'no-update-24h': {
    en: "No tracking update for more than 24 h since the carrier's last scan: the trail must update at least every 24 h once the carrier has the parcel. Ask the carrier for the parcel's status.",
    zh: '承运商上次扫描后物流轨迹已超过 24 小时未更新：承运商收件后轨迹须至少每 24 小时更新一次。请向承运商核实包裹状态。',
  },
  exception: {
    en: 'The carrier reports an exception (refused, returned or a delivery problem). Exceptions above 1.3 % limit new order allocation.',
    zh: '承运商报告异常（拒收、退回或派送问题）。异常率超过 1.3% 会限制新订单分配。',
  },
  'lost-suspected': {
    en: 'Suspected lost: no carrier scan for 10 calendar days (or the carrier reports it lost). Open a claim with the carrier.',
    zh: '疑似丢件：连续 10 个自然日无承运商扫描（或承运商已报丢失）。请向承运商发起查件/理赔。',
  },
  'dispatch-due-4h': {
    en: 'Ship-by deadline within 4 h: ship now to avoid a late dispatch.',
    zh: '距最晚发货时间不足 4 小时：请尽快发货，以免延迟发货。',
  },
  'dispatch-overdue': {
    en: 'Past the ship-by deadline: this order counts as a late dispatch.',
    zh: '已超过最晚发货时间：该订单将计入延迟发货。',
  },
};

/** Where each risk's rule comes from. */
export const riskSources: Readonly<Record<RiskCode, string>> = {
  'first-scan-due-soon': 'seed:S7',
  'first-scan-overdue': 'seed:S27',
  'no-update-24h': 'seed:S7',
  exception: 'seed:S8',
  'lost-suspected': 'ref:seller-center#5',
  'dispatch-due-4h': 'ref:tiktok-open-api#5.1',
  'dispatch-overdue': 'ref:tiktok-open-api#5.1',
};

/**
 * Whether anything needs the seller's attention: true when the clocks (or a dispatch deadline) carry
 * at least one risk. Example: `isAtRisk({ risks: ['no-update-24h'] }) === true`.
 */
export function isAtRisk(clocks: { risks: readonly RiskCode[] }): boolean {
  return clocks.risks.length > 0;
}
