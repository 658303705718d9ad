import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { sidepanelTargetSetting } from '@/lib/storage';
import {
  chooseInitialTarget,
  orderIdFromTabUrl,
  parseStoredTarget,
  targetFromSearch,
  type PanelTarget,
} from './target';

/**
 * Keeps the panel on the order the seller is looking at: on open (URL params, the background's
 * stored target, the active tab), whenever the background stores a new target (an in-page
 * "Open troubleshooting"), and whenever the active tab of this window switches or navigates to a
 * Seller Center order page. Listeners are removed on unmount.
 */
export function useFollowTargets(open: (target: PanelTarget) => void): void {
  useEffect(() => {
    let stopped = false;
    let windowId: number | undefined;
    const openIfLive = (target: PanelTarget | undefined) => {
      if (!stopped && target) open(target);
    };
    const ownWindow = (tabWindowId: number | undefined) =>
      windowId === undefined || tabWindowId === undefined || tabWindowId === windowId;

    void (async () => {
      const fromUrl = targetFromSearch(globalThis.location?.search ?? '');
      const [stored, activeTab, currentWindow] = await Promise.all([
        sidepanelTargetSetting
          .getValue()
          .then(parseStoredTarget)
          .catch(() => undefined),
        browser.tabs
          .query({ active: true, currentWindow: true })
          .then((tabs) => tabs[0])
          .catch(() => undefined),
        browser.windows.getCurrent().catch(() => undefined),
      ]);
      windowId = currentWindow?.id;
      openIfLive(
        chooseInitialTarget({
          ...(fromUrl ? { fromUrl } : {}),
          ...(stored ? { stored } : {}),
          ...(activeTab?.url ? { tabOrderId: orderIdFromTabUrl(activeTab.url) } : {}),
          now: Date.now(),
        }),
      );
    })();

    const openTab = (url: string | undefined) => {
      const orderId = orderIdFromTabUrl(url);
      if (orderId) openIfLive({ origin: 'tab', orderId });
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (!ownWindow(info.windowId)) return;
      browser.tabs
        .get(info.tabId)
        .then((tab) => openTab(tab.url))
        .catch(() => undefined);
    };
    const onUpdated = (
      _tabId: number,
      change: { url?: string; status?: string },
      tab: { active?: boolean; url?: string; windowId?: number },
    ) => {
      if (!tab.active || !ownWindow(tab.windowId)) return;
      // The SPA changes its URL without a load: `change.url` says so; a full load ends with status complete.
      if (change.url) openTab(change.url);
      else if (change.status === 'complete') openTab(tab.url);
    };
    const stopWatching = sidepanelTargetSetting.watch((target) => openIfLive(parseStoredTarget(target)));
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stopped = true;
      stopWatching();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [open]);
}
