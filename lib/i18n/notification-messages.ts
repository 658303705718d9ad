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
