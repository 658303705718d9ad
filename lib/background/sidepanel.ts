import { browser } from 'wxt/browser';
import type { RequestOf, ResponseOf } from '@/lib/messaging';
import { sidepanelTargetSetting } from '@/lib/storage';

type PanelApis = {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  windows: { WINDOW_ID_CURRENT: number };
};

/**
 * Asks the browser to open the panel NOW, synchronously: Chrome's `sidePanel.open` (and Firefox's
 * `sidebarAction.open`) only work while the user gesture of the click lasts, which a message from a
 * content script carries into the background's message event, and the first `await` ends.
 * Resolves to whether it opened.
 */
function openPanelNow(tabId: number | undefined): Promise<boolean> {
  const api = browser as unknown as PanelApis;
  try {
    if (api.sidePanel) {
      const target = tabId !== undefined ? { tabId } : { windowId: api.windows.WINDOW_ID_CURRENT ?? -2 };
      return api.sidePanel.open(target).then(
        () => true,
        () => false,
      );
    }
    if (api.sidebarAction)
      return api.sidebarAction.open().then(
        () => true,
        () => false,
      );
  } catch {
    // a synchronous refusal: same as a rejected one
  }
  return Promise.resolve(false);
}

/**
 * Opens the side panel on an order (Chrome `sidePanel`, Firefox `sidebarAction`). Opening needs a user
 * gesture; when the browser refuses (e.g. from a notification click), the panel page opens in a tab.
 * The panel is opened before the target is written: the panel watches the key and follows it.
 */
export async function openTroubleshooting(
  request: RequestOf<'open-troubleshooting'>,
  tabId: number | undefined,
): Promise<ResponseOf<'open-troubleshooting'>> {
  const opening = openPanelNow(tabId);
  await sidepanelTargetSetting.setValue({ ...request, at: Date.now() });
  if (await opening) return { opened: true };
  const query = request.orderId
    ? `?order=${encodeURIComponent(request.orderId)}`
    : request.query
      ? `?q=${encodeURIComponent(request.query)}`
      : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${query}` as '/sidepanel.html') });
  return { opened: true };
}
