import { browser } from 'wxt/browser';
import type { RequestOf, ResponseOf } from '@/lib/messaging';
import { sidepanelTargetSetting } from '@/lib/storage';

/**
 * Opens the side panel on an order (Chrome `sidePanel`, Firefox `sidebarAction`). Opening needs a user
 * gesture; when the browser refuses (e.g. from a notification click), the panel page opens in a tab.
 */
export async function openTroubleshooting(
  request: RequestOf<'open-troubleshooting'>,
  tabId: number | undefined,
): Promise<ResponseOf<'open-troubleshooting'>> {
  await sidepanelTargetSetting.setValue({ ...request, at: Date.now() });
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (api.sidePanel) {
      if (tabId !== undefined) await api.sidePanel.open({ tabId });
      else {
        const window = await browser.windows.getCurrent();
        await api.sidePanel.open({ windowId: window.id! });
      }
      return { opened: true };
    }
    if (api.sidebarAction) {
      await api.sidebarAction.open();
      return { opened: true };
    }
  } catch {
    // no user gesture: fall through to a tab
  }
  const query = request.orderId
    ? `?order=${encodeURIComponent(request.orderId)}`
    : request.query
      ? `?q=${encodeURIComponent(request.query)}`
      : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${query}` as '/sidepanel.html') });
  return { opened: true };
}
