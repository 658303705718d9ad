import type { BrowserContext, Page } from '@playwright/test';
import { MOCK_CREDENTIALS, startMockApi } from '../../tools/mock-api';

export type MockApi = Awaited<ReturnType<typeof startMockApi>>;

/**
 * Starts the mock Open API and routes the real API hosts (open-api.tiktokglobalshop.com and the token
 * host) from the browser — including the extension's service worker — to it, so the extension runs
 * its production URLs, signing and host permissions against the mock.
 */
export async function routeMockApi(
  context: BrowserContext,
  options: Parameters<typeof startMockApi>[0] = {},
): Promise<MockApi> {
  const api = await startMockApi({ ordersPerMarket: 0, ...options });
  await routeToMockApi(context, api);
  return api;
}

/** Routes a browser's API hosts to a mock already running (several browsers can share one shop). */
export async function routeToMockApi(context: BrowserContext, api: MockApi): Promise<void> {
  await context.route(/^https:\/\/(open-api\.tiktokglobalshop\.com|auth\.tiktok-shops\.com)\//, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    try {
      const response = await route.fetch({ url: `${api.url}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    } catch {
      // The mock was closed while a background poll was still running: fail that request like a dead network.
      await route.abort('connectionrefused').catch(() => undefined);
    }
  });
}

/** Sends a typed message the way our own extension pages do (the background checks the sender). */
export async function sendFromExtensionPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ([t, p]) => {
      const reply = (await chrome.runtime.sendMessage({ lml: 1, type: t, payload: p })) as {
        ok: boolean;
        data?: unknown;
        error?: { message: string };
      };
      if (!reply?.ok) throw new Error(`${t} failed: ${reply?.error?.message ?? 'no reply'}`);
      return reply.data as never;
    },
    [type, payload] as const,
  );
}

/** Connects the shop through the background exactly as the options page does. */
export async function connectMockShop(page: Page) {
  return sendFromExtensionPage<{ connection: { state: string } }>(page, 'connect-shop', {
    appKey: MOCK_CREDENTIALS.appKey,
    appSecret: MOCK_CREDENTIALS.appSecret,
    accessToken: MOCK_CREDENTIALS.accessToken,
    refreshToken: MOCK_CREDENTIALS.refreshToken,
    region: 'US',
  });
}
