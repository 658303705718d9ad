import type { Localized } from './index';

/** Texts of the toolbar notifications (one per order) and of the storage state the badge shows. */
export const notificationMessages = {
  title: { en: 'Lastmile Lens · order {orderId}', zh: 'Lastmile Lens · 订单 {orderId}' },
  moreRisks: {
    en: '+{count} more risk(s) on this order: open the side panel for all.',
    zh: '该订单另有 {count} 项风险：打开侧边栏查看全部。',
  },
  tracking: { en: 'Tracking {numbers}.', zh: '运单号 {numbers}。' },
  databaseFailed: {
    en: 'Lastmile Lens cannot open its local database ({reason}). Tracking data is unavailable; it retries on the next action.',
    zh: 'Lastmile Lens 无法打开本地数据库（{reason}）。物流数据暂不可用，下次操作时会重试。',
  },
} satisfies Record<string, Localized>;

/** The options page's "Notifications and data" section (quiet hours, retention). */
export const notificationOptionsMessages = {
  nav: { en: 'Notifications & data', zh: '通知与数据' },
  title: { en: 'Notifications and data', zh: '通知与数据' },
  intro: {
    en: 'One notification per order at risk, naming its most urgent risk; it updates in place when the risks change.',
    zh: '每个有风险的订单只发一条通知，显示其最紧急的风险；风险变化时原地更新。',
  },
  quietLegend: { en: 'Quiet hours', zh: '免打扰时段' },
  quietEnabled: { en: 'Hold notifications during quiet hours', zh: '免打扰时段内暂不弹出通知' },
  quietStart: { en: 'From', zh: '开始' },
  quietEnd: { en: 'Until', zh: '结束' },
  quietHint: {
    en: "Your computer's clock. Held notifications are shown when quiet hours end; the toolbar badge keeps counting.",
    zh: '按本机时间。暂缓的通知在免打扰结束后显示；工具栏角标照常计数。',
  },
  quietSame: { en: 'Start and end must differ.', zh: '开始和结束时间不能相同。' },
  retentionLabel: { en: 'Keep delivered orders for (days)', zh: '已妥投订单保留天数' },
  retentionHint: {
    en: 'Delivered or finished packages, their tracking events, alerts and label clicks are deleted this many days after delivery ({min}–{max}). Orders still being watched are never deleted.',
    zh: '已妥投或已结束的包裹及其物流事件、提醒和打单记录，在妥投后满该天数即删除（{min}–{max} 天）。仍在跟踪的订单不会删除。',
  },
  retentionInvalid: {
    en: 'Enter a whole number of days from {min} to {max}.',
    zh: '请输入 {min} 到 {max} 之间的整数天数。',
  },
  save: { en: 'Save', zh: '保存' },
  saved: { en: 'Saved.', zh: '已保存。' },
} satisfies Record<string, Localized>;
