import { z } from 'zod';
import { detectPage } from '@/lib/seller-center';

/**
 * Which order the side panel opens on. Sources, strongest first: the `?order=` / `?q=` URL of the
 * page (the panel opened as a tab), the target the background stored when an in-page hint or a
 * notification asked for troubleshooting (`sidepanel-target`, fresh for a short while), and the
 * Seller Center order page in the active tab.
 */

export type TargetOrigin = 'url' | 'storage' | 'tab';
export interface PanelTarget {
  origin: TargetOrigin;
  orderId?: string;
  query?: string;
  /** Epoch ms the target was written (storage only). */
  at?: number;
}

const ORDER_ID = /^\d{6,24}$/;

/** A stored target older than this was for an earlier opening; the active tab then wins. */
export const STORED_TARGET_FRESH_MS = 2 * 60_000;

const storedTargetSchema = z.object({
  orderId: z.string().regex(ORDER_ID).optional(),
  query: z.string().trim().min(1).max(200).optional(),
  at: z.number().finite(),
});

/** The `?order=` / `?q=` of the panel's URL. Example: `targetFromSearch('?order=576800123456789012')` → `{ origin: 'url', orderId: '576800123456789012' }`. */
export function targetFromSearch(search: string): PanelTarget | undefined {
  const params = new URLSearchParams(search);
  const order = params.get('order')?.trim();
  if (order && ORDER_ID.test(order)) return { origin: 'url', orderId: order };
  const query = params.get('q')?.trim();
  if (query) return { origin: 'url', query: query.slice(0, 200) };
  return undefined;
}

/** The background's stored target, validated (a malformed value is ignored, never trusted). */
export function parseStoredTarget(value: unknown): PanelTarget | undefined {
  const parsed = storedTargetSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { orderId, query, at } = parsed.data;
  if (!orderId && !query) return undefined;
  return { origin: 'storage', at, ...(orderId ? { orderId } : {}), ...(query ? { query } : {}) };
}

/**
 * The order id of a Seller Center order-detail page, from the tab's URL (readable thanks to the
 * Seller Center host permissions); `undefined` for any other page.
 * Example: `orderIdFromTabUrl('https://seller-us.tiktok.com/order/detail?order_no=576800123456789012')` → '576800123456789012'.
 */
export function orderIdFromTabUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const page = detectPage(parsed);
  return page.kind === 'order-detail' ? page.orderId : undefined;
}

/**
 * The target to open on: the URL's, else a fresh stored one, else the active tab's order, else a
 * stale stored one (better than nothing). Example: no URL target, a target stored 10 s ago and a tab
 * on another order → the stored target.
 */
export function chooseInitialTarget(input: {
  fromUrl?: PanelTarget;
  stored?: PanelTarget;
  tabOrderId?: string;
  now: number;
}): PanelTarget | undefined {
  if (input.fromUrl) return input.fromUrl;
  const { stored, now } = input;
  const fresh =
    stored?.at !== undefined && now - stored.at <= STORED_TARGET_FRESH_MS && stored.at - now <= STORED_TARGET_FRESH_MS;
  if (stored && fresh) return stored;
  if (input.tabOrderId) return { origin: 'tab', orderId: input.tabOrderId };
  return stored;
}

/** What to search for. */
export function queryOfTarget(target: PanelTarget | undefined): string | undefined {
  return target?.orderId ?? target?.query;
}
