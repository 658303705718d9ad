import type { Localized } from './index';

/** Texts of "Connect through a hub" in the options page (entrypoints/options/HubSection.tsx). */
export const hubMessages = {
  title: { en: 'Connect through a hub', zh: '通过 Hub 连接' },
  intro: {
    en: "An agency or multi-shop seller can run the Lastmile Lens Hub: it receives TikTok Shop webhooks and polls tracking for every shop, day and night. Connected to a hub, this browser stops polling by itself, shows the hub's alerts, and keeps no TikTok secret.",
    zh: '代运营或多店铺卖家可以运行 Lastmile Lens Hub：它接收 TikTok Shop 的 Webhook，并全天候为每个店铺查询物流。连接 Hub 后，本浏览器不再自行查询，只显示 Hub 的提醒，也不保存任何 TikTok 密钥。',
  },
  url: { en: 'Hub address', zh: 'Hub 地址' },
  token: { en: 'Hub access token', zh: 'Hub 访问令牌' },
  shopId: { en: 'Shop id at the hub', zh: 'Hub 中的店铺 ID' },
  save: { en: 'Connect through this hub', zh: '通过此 Hub 连接' },
  disconnect: { en: 'Stop using the hub', zh: '停止使用 Hub' },
  connected: {
    en: 'Connected through {url} for shop {shop}: {open} open alerts.',
    zh: '已通过 {url} 连接店铺 {shop}：{open} 条未处理提醒。',
  },
  connectedTo: { en: 'Connected through {url} for shop {shop}.', zh: '已通过 {url} 连接店铺 {shop}。' },
  notConnected: { en: 'Not connected to a hub: the extension polls by itself.', zh: '未连接 Hub：扩展自行查询。' },
  invalid: { en: 'Nothing was saved: {detail}', zh: '未保存：{detail}' },
  failed: {
    en: 'Nothing was saved: the hub did not answer as expected ({detail}).',
    zh: '未保存：Hub 未按预期应答（{detail}）。',
  },
  tokenRefused: { en: 'Nothing was saved: the hub refused the token.', zh: '未保存：Hub 拒绝了该令牌。' },
  disconnected: { en: 'The extension polls by itself again.', zh: '扩展已恢复自行查询。' },
} satisfies Record<string, Localized>;
