import { browser } from 'wxt/browser';
import { fillLocalized, localeFromLanguageTag, localize } from '@/lib/i18n';
import { notificationMessages as m } from '@/lib/i18n/notification-messages';
import { countAtRisk } from '@/lib/storage';
import { databaseHandle, onDatabaseStatus } from './database';

/**
 * Shows the store's state on the toolbar: "!" and the reason in the button's tooltip while IndexedDB
 * cannot be opened, the at-risk count and the normal tooltip again once it opens.
 */
export function showDatabaseStatus(): void {
  onDatabaseStatus((status) => {
    void (async () => {
      const defaultTitle = browser.i18n.getMessage('extName') || 'Lastmile Lens';
      if (status.state === 'failed') {
        const locale = localeFromLanguageTag(browser.i18n.getUILanguage());
        await browser.action.setBadgeText({ text: '!' });
        await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
        await browser.action.setTitle({
          title: localize(fillLocalized(m.databaseFailed, { reason: status.reason }), locale),
        });
        return;
      }
      await browser.action.setTitle({ title: defaultTitle });
      const count = await countAtRisk(await databaseHandle.get());
      await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
    })().catch(() => undefined);
  });
}
