import { effectivePack } from '@/lib/rules';
import type { QuoteAllView, QuoteRequest } from '@/lib/messaging';
import { ruleOverridesSetting, sellerProfileSetting } from '@/lib/storage';
import { buildQuoteAllView } from './quote-view';

/** Today as an ISO day in the browser's time zone (picks the fuel month when the seller gives no date). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `quote-parcel`: all carriers ranked for one parcel with the effective pack and the seller's profile. */
export async function quoteParcel(request: QuoteRequest): Promise<QuoteAllView> {
  const [overrides, profile] = await Promise.all([ruleOverridesSetting.getValue(), sellerProfileSetting.getValue()]);
  return buildQuoteAllView(request, effectivePack(overrides).pack, profile, todayIso());
}
