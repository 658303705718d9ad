import type { Localized } from '@/lib/i18n';

/** Where a seller sees which carriers the shop may use (S11): said by every `unknown` verdict and the in-page badge. */
export const CHECK_LOGISTICS: Localized = {
  en: 'check Seller Center → Settings → Logistics',
  zh: '请在 Seller Center → 设置 → 物流中查看',
};
