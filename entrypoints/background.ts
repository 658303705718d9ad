import { browser } from 'wxt/browser';
import { publishContext, republishOnSettingChange } from '@/lib/background/context';
import { enrichOrders } from '@/lib/background/enrich';
import { pageContextOf } from '@/lib/context';
import { connectShop, readConnectionView, testConnection } from '@/lib/background/connection';
import { showDatabaseStatus } from '@/lib/background/database-status';
import { disconnect } from '@/lib/background/disconnect';
import { hubConnectionSetting, leaveHub, pollOrSyncHub } from '@/lib/background/hub-client';
import { QUIET_END_ALARM_NAME, reconcileNotifications } from '@/lib/background/notifications';
import { database, lastPollAt, pollOnce } from '@/lib/background/poll';
import { openTroubleshooting } from '@/lib/background/sidepanel';
import { quoteParcel } from '@/lib/background/quote';
import { buildShopOverview } from '@/lib/background/shop-overview';
import { troubleshootOrder } from '@/lib/background/troubleshoot';
import { serveUploadChecks } from '@/lib/background/upload-check';
import { handleMessages } from '@/lib/messaging';
import { alarmPeriodMinutes, POLL_ALARM_NAME } from '@/lib/poller';
import {
  countAtRisk,
  countWatched,
  dismissNotice,
  orderIdOfNotice,
  pollSettings,
  recordLabelClick,
  restrictStorageToTrustedContexts,
} from '@/lib/storage';

export default defineBackground(() => {
  void restrictStorageToTrustedContexts();

  serveUploadChecks();
  handleMessages({
    ping: () => ({ pong: true as const, version: browser.runtime.getManifest().version }),
    'enrich-orders': (request) => enrichOrders(request),
    'quote-parcel': (request) => quoteParcel(request),
    'record-label-click': async ({ orderIds }) => {
      const now = Date.now();
      const store = await database();
      for (const orderId of orderIds) await recordLabelClick(store, orderId, now);
      return { recorded: orderIds.length };
    },
    'open-troubleshooting': (request, _from, tabId) => openTroubleshooting(request, tabId),
    'get-context': async () => pageContextOf(await publishContext()),
    'connection-status': async () => {
      const connection = await readConnectionView();
      const pollIntervalMinutes = (await pollSettings.getValue()).intervalMinutes;
      try {
        const store = await database();
        return {
          connection,
          pollIntervalMinutes,
          lastPollAt: await lastPollAt(),
          atRiskCount: await countAtRisk(store),
          watchedCount: await countWatched(store),
          database: { state: 'ok' as const },
        };
      } catch (error) {
        // The status still answers when the store cannot open: it is where the seller reads why.
        const reason = error instanceof Error ? error.message : String(error);
        return {
          connection,
          pollIntervalMinutes,
          lastPollAt: null,
          atRiskCount: 0,
          watchedCount: 0,
          database: { state: 'failed' as const, reason },
        };
      }
    },
    'connect-shop': async (request) => {
      const result = await connectShop(request);
      if (result.connection.state === 'ok') void pollOnce().catch(() => undefined);
      return result;
    },
    'troubleshoot-order': (request) => troubleshootOrder(request.query),
    'shop-overview': () => buildShopOverview(),
    'test-connection': () => testConnection(),
    disconnect: () => disconnect(),
    'poll-now': async () => {
      const summary = await pollOnce();
      if ('idle' in summary)
        return { checked: 0, newEvents: 0, newAlerts: 0, atRisk: 0, stoppedBecause: 'not-configured' };
      return {
        checked: summary.checked,
        newEvents: summary.newEvents,
        newAlerts: summary.newAlerts,
        atRisk: summary.atRisk,
        ...(summary.stoppedBecause ? { stoppedBecause: summary.stoppedBecause } : {}),
      };
    },
  });

  // The effective context (pack, language, units, printer, switches) has one author: this worker.
  const logContextError = (error: unknown) =>
    console.warn('[Lastmile Lens] context not published:', error instanceof Error ? error.message : error);
  void publishContext().catch(logContextError);
  republishOnSettingChange(logContextError);

  // The alarm is the only timer that survives the worker being killed (MV3).
  const scheduleAlarm = async () => {
    const period = alarmPeriodMinutes(await pollSettings.getValue());
    const existing = await browser.alarms.get(POLL_ALARM_NAME);
    if (existing?.periodInMinutes !== period)
      await browser.alarms.create(POLL_ALARM_NAME, { periodInMinutes: period, delayInMinutes: Math.min(1, period) });
  };
  void scheduleAlarm();
  pollSettings.watch(() => void scheduleAlarm());
  // Connected through a hub: read its alerts now, and on every alarm instead of polling the Open API.
  // Leaving it: what was mirrored from the hub goes.
  hubConnectionSetting.watch((connection) => {
    void (connection ? pollOrSyncHub() : leaveHub()).catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM_NAME)
      void pollOrSyncHub().catch((error) =>
        console.warn('[Lastmile Lens] poll failed:', error instanceof Error ? error.message : error),
      );
    if (alarm.name === QUIET_END_ALARM_NAME) void reconcileNotifications().catch(() => undefined);
  });

  // What the seller sees converges on the store at every worker start: a notification lost when the
  // previous worker died is shown again, one whose risk ended is cleared.
  showDatabaseStatus();
  void reconcileNotifications().catch((error) =>
    console.warn('[Lastmile Lens] notifications:', error instanceof Error ? error.message : error),
  );
  browser.notifications.onClosed.addListener((notificationId, byUser) => {
    const orderId = orderIdOfNotice(notificationId);
    // Closed by the seller: stays closed until the order gets a risk it did not have.
    if (orderId && byUser)
      void database()
        .then((store) => dismissNotice(store, orderId, Date.now()))
        .catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const orderId = orderIdOfNotice(notificationId);
    void openTroubleshooting(orderId ? { orderId } : {}, undefined).catch(() => undefined);
  });
});
