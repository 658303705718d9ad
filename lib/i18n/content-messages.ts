import type { Localized } from './index';

/** Texts of the in-page hints (content script). Domain texts come from lib modules as Localized. */
export const contentMessages = {
  waybillTitle: { en: 'Waybill number problem', zh: '运单号有问题' },
  waybillMore: { en: 'Details', zh: '详情' },
  waybillDuplicate: { en: 'Same waybill number as order {orders}', zh: '与订单 {orders} 的运单号重复' },
  waybillCopy: { en: 'Copy corrected number', zh: '复制更正后的单号' },
  waybillCopied: { en: 'Copied', zh: '已复制' },
  waybillCorrected: { en: 'Suggested: {value}', zh: '建议：{value}' },
  waybillFixDefault: {
    en: 'Re-enter the number exactly as printed on the carrier label (digits and capital letters only), then save.',
    zh: '按承运商面单上的号码重新输入（仅数字和大写字母）后保存。',
  },
  waybillMoreIssues: { en: '+{count} more', zh: '另有 {count} 项' },
} satisfies Record<string, Localized>;
