import type { Localized } from './index';

/**
 * Texts of the popup (quick quotes + poller status strip). Domain texts (quote lines, exclusion
 * reasons, connection reasons) come from the background as Localized and are shown as they are.
 */
export const popupMessages = {
  title: { en: 'Quick quote', zh: '快速报价' },
  savedInputsUnreadable: {
    en: 'Your last quote inputs could not be read back, so the form starts empty.',
    zh: '无法读取上次保存的报价输入，表单已从空白开始。',
  },
  formLabel: { en: 'Parcel to quote', zh: '待报价包裹' },
  market: { en: 'Market', zh: '市场' },
  weight: { en: 'Weight', zh: '重量' },
  weightUnit: { en: 'Weight unit', zh: '重量单位' },
  dimensions: { en: 'Size (L × W × H)', zh: '尺寸（长 × 宽 × 高）' },
  dimensionsOptional: { en: 'optional; all three or none', zh: '选填；三项都填或都不填' },
  length: { en: 'Length', zh: '长' },
  width: { en: 'Width', zh: '宽' },
  height: { en: 'Height', zh: '高' },
  lengthUnit: { en: 'Length unit', zh: '长度单位' },
  postcode: { en: 'Destination postcode', zh: '目的地邮编' },
  postcodeHint: { en: 'decides the remote-area surcharge', zh: '用于判断偏远地区附加费' },
  priority: { en: 'Priority delivery tag', zh: '优先配送标签' },
  monthlyParcels: { en: 'Monthly parcels', zh: '月发货量（件）' },
  monthlyParcelsHint: { en: 'for volume rebates; empty = your profile', zh: '用于阶梯返利；留空则使用店铺资料' },
  shipDate: { en: 'Ship date', zh: '发货日期' },
  shipDateHint: { en: 'picks the month of the fuel surcharge', zh: '决定燃油附加费所用月份' },
  submit: { en: 'Get quotes', zh: '获取报价' },
  unitKg: { en: 'kg', zh: '千克' },
  unitLb: { en: 'lb', zh: '磅' },
  unitCm: { en: 'cm', zh: '厘米' },
  unitIn: { en: 'in', zh: '英寸' },
  // Input problems (codes from quote-request.ts).
  problemNotANumber: { en: '{field}: enter a number such as 0.4', zh: '{field}：请输入数字，例如 0.4' },
  problemTooSmall: { en: '{field}: must be more than zero', zh: '{field}：必须大于零' },
  problemTooLarge: { en: '{field}: too large for a parcel', zh: '{field}：超出包裹的合理范围' },
  problemIncomplete: {
    en: 'Size: enter length, width and height, or leave all three empty',
    zh: '尺寸：请填写长、宽、高三项，或全部留空',
  },
  problemNotAWholeNumber: { en: '{field}: enter a whole number', zh: '{field}：请输入整数' },
  problemBadDate: { en: 'Ship date: enter a valid date', zh: '发货日期：请输入有效日期' },
  problemTooLong: { en: '{field}: too long', zh: '{field}：内容过长' },
  // Quote states.
  results: { en: 'Quotes', zh: '报价结果' },
  quoting: { en: 'Quoting…', zh: '正在报价…' },
  quoteReady: {
    en: 'Carriers with a price: {count} · not available: {excluded}',
    zh: '有报价的承运商：{count} 家 · 不可用：{excluded} 家',
  },
  quoteFailed: {
    en: 'Could not get quotes: the extension background did not answer ({code}). Try again in a moment.',
    zh: '无法获取报价：扩展后台未响应（{code}）。请稍后重试。',
  },
  enterWeight: {
    en: 'Enter the parcel weight (or set a default weight in Options) to see prices.',
    zh: '请填写包裹重量（或在设置中填写默认重量）以查看价格。',
  },
  usedDefaultWeight: {
    en: 'Weight: your default parcel weight from Options was used.',
    zh: '重量：已使用设置中的默认包裹重量。',
  },
  usedDefaultDimensions: {
    en: 'Size: your default parcel size from Options was used.',
    zh: '尺寸：已使用设置中的默认包裹尺寸。',
  },
  usedNoPostcode: {
    en: 'No postcode: the remote-area surcharge was not checked.',
    zh: '未填邮编：未检查偏远地区附加费。',
  },
  // Status strip.
  statusLabel: { en: 'Tracking poller', zh: '物流轨迹轮询' },
  statusLoading: { en: 'Checking the shop connection…', zh: '正在检查店铺连接…' },
  statusIdle: {
    en: 'Tracking poller idle: connect your shop in Options',
    zh: '物流轨迹轮询未运行：请在设置中连接店铺',
  },
  statusReconnect: { en: 'Reconnect needed: {reason}', zh: '需要重新连接：{reason}' },
  statusError: { en: 'Connection problem: {reason}', zh: '连接有问题：{reason}' },
  statusErrorNoReason: { en: 'the last connection check failed', zh: '上次连接检查失败' },
  statusOk: {
    en: 'Connected{shop}. Last poll: {lastPoll} · {watched} watched · {atRisk} at risk',
    zh: '已连接{shop}。上次轮询：{lastPoll} · 监控 {watched} 个 · 有风险 {atRisk} 个',
  },
  statusNeverPolled: { en: 'not yet', zh: '尚未轮询' },
  statusUnavailable: { en: 'Could not read the poller state ({code}).', zh: '无法读取轮询状态（{code}）。' },
  openOptions: { en: 'Open Options', zh: '打开设置' },
  openTroubleshooting: { en: 'Open troubleshooting', zh: '打开故障排查' },
  troubleshootingFailed: {
    en: 'Could not open the troubleshooting panel ({code}).',
    zh: '无法打开故障排查面板（{code}）。',
  },
  troubleshootingNotOpened: {
    en: 'The browser did not open the side panel; open it from the extension menu.',
    zh: '浏览器未打开侧边栏，请从扩展菜单中打开。',
  },
} satisfies Record<string, Localized>;

/** Texts of the shared quote table (components/QuoteTable.tsx, components/ExcludedCarriers.tsx). */
export const quoteTableMessages = {
  caption: { en: 'Carriers ranked by total price', zh: '承运商（按总价排序）' },
  rank: { en: 'Rank', zh: '排名' },
  carrier: { en: 'Carrier', zh: '承运商' },
  total: { en: 'Total', zh: '合计' },
  transit: { en: 'Transit benchmark', zh: '时效参考' },
  chargeable: { en: 'Chargeable weight', zh: '计费重' },
  breakdown: { en: 'Breakdown', zh: '费用明细' },
  showBreakdown: { en: 'Show breakdown for {carrier}', zh: '展开{carrier}的费用明细' },
  hideBreakdown: { en: 'Hide breakdown for {carrier}', zh: '收起{carrier}的费用明细' },
  show: { en: 'Show', zh: '展开' },
  hide: { en: 'Hide', zh: '收起' },
  benchmarkDays: { en: '≤ {days} days (reference)', zh: '≤ {days} 天（参考）' },
  noBenchmark: { en: 'no benchmark on file', zh: '暂无时效参考' },
  volumetricOver: { en: 'volumetric > actual by {diff}', zh: '体积重比实重多 {diff}' },
  estimate: { en: 'estimate', zh: '估算' },
  estimateMonth: { en: 'estimate: uses the {month} figure', zh: '估算：沿用 {month} 的数据' },
  lineItem: { en: 'Item', zh: '项目' },
  lineAmount: { en: 'Amount', zh: '金额' },
  lineExplanation: { en: 'How it is computed', zh: '计算方式' },
  lineSource: { en: 'Source', zh: '来源' },
  breakdownCaption: { en: 'Fee breakdown for {carrier}', zh: '{carrier}的费用明细' },
  rounding: { en: 'Rounding: {rule}', zh: '取整规则：{rule}' },
  warnings: { en: 'Warnings', zh: '提示' },
  lineBase: { en: 'Base freight', zh: '基础运费' },
  lineFuel: { en: 'Fuel surcharge', zh: '燃油附加费' },
  lineRemote: { en: 'Remote-area surcharge', zh: '偏远地区附加费' },
  lineSurcharge: { en: 'Surcharge', zh: '附加费' },
  lineTracking: { en: 'Tracking service fee', zh: '轨迹服务费' },
  linePriority: { en: 'Priority delivery tag', zh: '优先配送标签' },
  lineRebate: { en: 'Volume rebate', zh: '月量返利' },
  noneEligible: {
    en: 'No certified carrier with a rate on file can take this parcel.',
    zh: '没有可承运且有费率记录的认证承运商。',
  },
  excludedHeading: { en: 'Not available for this parcel', zh: '此包裹不可用的承运商' },
  unknownHeading: {
    en: 'Unknown — nothing on file; check Seller Center → Settings → Logistics',
    zh: '未知 — 无记录；请在 Seller Center → 设置 → 物流中查看',
  },
  sourceLabel: { en: 'source: {source}', zh: '来源：{source}' },
} satisfies Record<string, Localized>;
