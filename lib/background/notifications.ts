import { browser, type Browser } from 'wxt/browser';
import { localeFromLanguageTag, localize } from '@/lib/i18n';
import { createNoticeReconciler, quietMinutesLeft, type NoticeSurface, type OrderNotice } from '@/lib/poller';
import { localeSetting, quietHoursSetting } from '@/lib/storage';
import { databaseHandle } from './database';

/** One-shot alarm at the end of quiet hours: the held notifications are shown then, not at the next poll. */
export const QUIET_END_ALARM_NAME = 'lml-quiet-end';

async function uiLocale() {
  const preference = await localeSetting.getValue();
  return preference === 'auto' ? localeFromLanguageTag(browser.i18n.getUILanguage()) : preference;
}

type NotificationOptions = Browser.notifications.NotificationCreateOptions;

async function optionsOf(notice: OrderNotice): Promise<NotificationOptions> {
  const locale = await uiLocale();
  return {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png' as '/popup.html'),
    title: localize(notice.title, locale),
    message: localize(notice.message, locale),
    priority: 1,
  };
}

/** `browser.notifications` as the reconciler sees it, with the seller's quiet hours (local clock). */
const browserSurface: NoticeSurface = {
  async visible() {
    return Object.keys(await browser.notifications.getAll());
  },
  async show(notice, onScreen) {
    const options = await optionsOf(notice);
    // Updating a notification on screen changes its text without popping it up again. Firefox has no
    // `update`: there `create` with the same id replaces it.
    if (onScreen && typeof browser.notifications.update === 'function') {
      if (await browser.notifications.update(notice.notificationId, options)) return;
    }
    await browser.notifications.create(notice.notificationId, options);
  },
  async clear(notificationId) {
    await browser.notifications.clear(notificationId);
  },
  async quiet() {
    const now = new Date();
    const left = quietMinutesLeft(await quietHoursSetting.getValue(), now.getHours() * 60 + now.getMinutes());
    if (left > 0) await browser.alarms.create(QUIET_END_ALARM_NAME, { when: now.getTime() + left * 60_000 });
    return left > 0;
  },
};

/** The worker's one reconciler: worker start, every poll batch and cycle, the end of quiet hours. */
export const reconcileNotifications = createNoticeReconciler({
  db: () => databaseHandle.get(),
  surface: browserSurface,
  now: Date.now,
});
