import type { Localized } from './index';

/** Texts of the in-page hints (content script). Domain texts come from lib modules as Localized. */
export const contentMessages = {
  waybillTitle: { en: 'Waybill number problem', zh: '运单号有问题' },
  waybillMore: { en: 'Details', zh: '详情' },
  waybillExpected: { en: 'expected', zh: '应为' },
  waybillDuplicate: { en: 'Same waybill number as order {orders}', zh: '与订单 {orders} 的运单号重复' },
  waybillCopy: { en: 'Copy corrected number', zh: '复制更正后的单号' },
  waybillCopied: { en: 'Copied', zh: '已复制' },
  waybillCorrected: { en: 'Suggested: {value}', zh: '建议：{value}' },
  waybillFixDefault: {
    en: 'Re-enter the number exactly as printed on the carrier label (digits and capital letters only), then save.',
    zh: '按承运商面单上的号码重新输入（仅数字和大写字母）后保存。',
  },
  waybillMoreIssues: { en: '+{count} more', zh: '另有 {count} 项' },
  badgeCarriers: { en: '{count} carriers', zh: '{count} 家承运商' },
  badgeFrom: { en: 'from {price}', zh: '{price} 起' },
  badgeCheapest: { en: 'cheapest {carrier} {price}', zh: '最低 {carrier} {price}' },
  badgeNoPrice: { en: 'no rate on file', zh: '暂无费率' },
  badgeNeedsWeight: {
    en: 'weight needed for a price (set a default weight in Options)',
    zh: '需要重量才能报价（可在设置中填写默认重量）',
  },
  badgeNone: { en: 'No certified carrier can take this parcel', zh: '没有认证承运商可以承运此包裹' },
  badgeDefaults: {
    en: 'estimated with your default {what} (not shown on this page)',
    zh: '按您的默认{what}估算（本页未显示）',
  },
  badgeDefaultWeight: { en: 'weight', zh: '重量' },
  badgeDefaultSize: { en: 'size', zh: '尺寸' },
  badgeDefaultDestination: {
    en: 'destination (no postcode: remote-area fee not checked)',
    zh: '目的地（无邮编，未检查偏远附加费）',
  },
  badgeNoRateList: { en: 'No rate on file: {carriers}', zh: '暂无费率：{carriers}' },
  badgeWhyNot: { en: 'Not eligible:', zh: '不可承运：' },
  badgeUnknown: { en: 'Carriers unknown — {check}', zh: '承运商资格未知 — {check}' },
  badgeUnknownList: { en: 'Unknown (nothing on file) — {check}:', zh: '未知（无记录）— {check}：' },
  badgeLabel: { en: 'Carrier eligibility', zh: '承运商资格' },
  feeTitle: { en: 'Fee estimate', zh: '运费估算' },
  feeChargeable: { en: 'chargeable weight {weight}', zh: '计费重 {weight}' },
  feeVolumetricOver: {
    en: 'Volumetric weight {volumetric} exceeds actual weight {actual} by {diff}: you pay for {volumetric}.',
    zh: '体积重 {volumetric} 比实际重量 {actual} 多 {diff}：将按 {volumetric} 计费。',
  },
  feeNoWeight: { en: 'Enter the package weight to see the fee.', zh: '填写包裹重量后显示运费。' },
  feeNone: { en: 'No certified carrier can take this parcel.', zh: '没有认证承运商可以承运此包裹。' },
  feeNoRate: {
    en: 'No rate on file for {carriers}: no estimate (add their rate card in Options → Rate cards & rules).',
    zh: '{carriers} 暂无费率：无法估算（可在设置 → 费率表与规则中导入其费率表）。',
  },
  feeOthers: { en: 'Other carriers: {list}', zh: '其他承运商：{list}' },
  feeTotal: { en: 'Total', zh: '合计' },
  feeEstimateNote: { en: 'estimate', zh: '估算' },
  printerLow: {
    en: 'Your label printer is set to {dpi} dpi. Below 203 dpi barcodes fail to scan and the first-scan rate drops to 61 % (S33). Use a 203 or 300 dpi thermal printer, tick "High Quality" and test-scan a sample label (S34).',
    zh: '您的面单打印机设置为 {dpi} dpi。低于 203 dpi 时条码无法扫描，首扫率降至 61%（S33）。请使用 203 或 300 dpi 热敏打印机，勾选“高质量”，并先打印样张扫码测试（S34）。',
  },
  printerUnknown: {
    en: 'Printer resolution not set: set it in Lastmile Lens options to check that labels will scan (≥ 203 dpi, S33).',
    zh: '尚未设置打印机分辨率：请在 Lastmile Lens 设置中填写，以确认面单可扫描（≥ 203 dpi，S33）。',
  },
  diagnosisLabel: { en: 'Why is this order still Pending Shipment?', zh: '为什么此订单仍为“待发货”？' },
  diagnosisOpen: { en: 'Open troubleshooting', zh: '打开排查面板' },
  diagnosisFix: { en: 'Fix:', zh: '处理：' },
} satisfies Record<string, Localized>;
