import type { FeatureSwitches } from '@/lib/signals';
import type { Localized } from './index';

/** The options page's "In-page hints" section: one switch per in-page feature, applied live. */
export const featureSwitchMessages = {
  nav: { en: 'In-page hints', zh: '页面内提示' },
  title: { en: 'In-page hints on Seller Center', zh: 'Seller Center 页面内提示' },
  intro: {
    en: 'Switch off what you do not need. Open Seller Center tabs apply a change within a few seconds, without reloading; a switched-off hint is neither shown nor counted in the page summary.',
    zh: '关闭不需要的提示。已打开的 Seller Center 页面会在几秒内生效，无需刷新；关闭的提示既不显示，也不计入页面汇总。',
  },
  legend: { en: 'Show on Seller Center', zh: '在 Seller Center 上显示' },
  saved: {
    en: 'Saved. Open Seller Center tabs update within a few seconds.',
    zh: '已保存。已打开的 Seller Center 页面将在几秒内更新。',
  },
  saveFailed: { en: 'Could not save the switches: {reason}', zh: '无法保存开关：{reason}' },
} satisfies Record<string, Localized>;

/** Each switch's label and what it covers, in the order the section lists them. */
export const featureSwitchLabels: Record<keyof FeatureSwitches, { label: Localized; hint: Localized }> = {
  waybillWarnings: {
    label: { en: 'Waybill warnings', zh: '运单号警告' },
    hint: {
      en: 'Malformed, duplicate or wrong-carrier tracking numbers, in the tracking cell.',
      zh: '运单号格式错误、重复或与承运商不符，显示在运单号单元格中。',
    },
  },
  deadlines: {
    label: { en: 'Deadlines', zh: '时限' },
    hint: {
      en: 'Ship-by countdown (24/12/4 h, overdue), collection overdue, first carrier scan overdue.',
      zh: '发货截止倒计时（24/12/4 小时、已超时）、揽收超时、首次揽收扫描超时。',
    },
  },
  carrierBadges: {
    label: { en: 'Carrier badges', zh: '承运商标识' },
    hint: {
      en: 'Which carriers can take the parcel, on orders still without a label.',
      zh: '尚未打单的订单可选哪些承运商。',
    },
  },
  feeEstimate: {
    label: { en: 'Fee estimate', zh: '运费估算' },
    hint: {
      en: 'A live shipping fee estimate where Seller Center asks for the package weight.',
      zh: '在 Seller Center 填写包裹重量处实时估算运费。',
    },
  },
  diagnosis: {
    label: { en: 'Pending Shipment diagnosis', zh: '“待发货”诊断' },
    hint: {
      en: 'Why a labelled order is still Pending Shipment, with a link to the troubleshooting.',
      zh: '已打单的订单为何仍为“待发货”，并附排查链接。',
    },
  },
  uploadCheck: {
    label: { en: 'Upload check', zh: '上传检查' },
    hint: {
      en: 'Checks the tracking-number file you pick in Seller Center’s bulk upload dialog.',
      zh: '检查您在 Seller Center 批量上传对话框中选择的运单号文件。',
    },
  },
};
