import { browser } from 'wxt/browser';
import type { ResponseOf } from '@/lib/messaging';
import { connectionStateSetting, credentialStore, sidepanelTargetSetting, wipeShopData } from '@/lib/storage';
import { readConnectionView } from './connection';
import { cancelPoll, database } from './poll';

/**
 * Disconnects the shop: the secrets first (a new credential generation, so nothing in flight can write
 * them back or sign another request), then the running poll is cancelled and awaited, then the shop's
 * data is deleted (IndexedDB, the side panel's last order), and the badge and shown alerts are cleared.
 */
export async function disconnect(): Promise<ResponseOf<'disconnect'>> {
  await credentialStore().clear();
  await cancelPoll();
  await wipeShopData(await database());
  await connectionStateSetting.removeValue();
  await sidepanelTargetSetting.removeValue();
  await browser.action.setBadgeText({ text: '' }).catch(() => undefined);
  await clearShownAlerts().catch(() => undefined);
  return { connection: await readConnectionView() };
}

/** Alert notifications are `lml-alert:…` (lib/storage alertIdOf): their orders are gone. */
async function clearShownAlerts(): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(shown)
      .filter((id) => id.startsWith('lml-alert:'))
      .map((id) => browser.notifications.clear(id)),
  );
}
