import type { Localized } from './index';

/**
 * Texts for a stored setting that could not be read (lib/storage `onSettingIssue`): which setting, in
 * the seller's words, and what happened to it. Keys are the settings' storage keys.
 */
export const settingNames: Readonly<Record<string, Localized>> = {
  'local:seller-profile': { en: 'Shop profile', zh: '店铺资料' },
  'local:printer': { en: 'Label printer', zh: '面单打印机' },
  'local:carrier-callbacks': { en: 'Carrier callback URLs', zh: '物流商回调地址' },
  'local:locale': { en: 'Language', zh: '语言' },
  'local:poll-settings': { en: 'Tracking poller', zh: '物流轨迹轮询' },
  'local:feature-switches': { en: 'In-page hints', zh: '页面内提示' },
  'local:quiet-hours': { en: 'Quiet hours', zh: '免打扰时段' },
  'local:retention': { en: 'Data retention', zh: '数据保留期限' },
  'local:popup-inputs': { en: 'Quick quote inputs', zh: '快速报价输入' },
  'local:connection-state': { en: 'Connection state', zh: '连接状态' },
};

export const settingIssueMessages = {
  heading: {
    en: 'Some saved settings could not be read; their defaults are in use until you save them again:',
    zh: '部分已保存的设置无法读取，在重新保存之前将使用默认值：',
  },
  /** One line per setting: `{name}` the setting, `{fields}` the fields that did not match. */
  line: { en: '{name} ({fields})', zh: '{name}（{fields}）' },
} satisfies Record<string, Localized>;
