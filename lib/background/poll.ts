import { effectivePack } from '@/lib/rules';
import { browser } from 'wxt/browser';
import { localeFromLanguageTag, localize } from '@/lib/i18n';
import {
  createQuarantineBuffer,
  discoverPackages,
  runPollCycle,
  singleFlight,
  type PollAlert,
  type PollCycleSummary,
} from '@/lib/poller';
import {
  credentialsSetting,
  localeSetting,
  openDb,
  pollSettings,
  readMeta,
  ruleOverridesSetting,
  writeMeta,
  type LastmileDb,
} from '@/lib/storage';
import { slaPolicyFromMarketRules } from '@/lib/tracking';
import { clientFromStorage } from './connection';

const LAST_POLL_KEY = 'last-poll-at';
let db: Promise<LastmileDb> | undefined;

/** The extension's IndexedDB, opened once per worker life. */
export function database(): Promise<LastmileDb> {
  db ??= openDb();
  return db;
}

async function uiLocale() {
  const preference = await localeSetting.getValue();
  return preference === 'auto' ? localeFromLanguageTag(browser.i18n.getUILanguage()) : preference;
}

/** One notification per new risk; its id is stable, so a resumed cycle replaces rather than duplicates. */
async function notify(alert: PollAlert): Promise<void> {
  const locale = await uiLocale();
  await browser.notifications.create(alert.notificationId, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png' as '/popup.html'),
    title: `Lastmile Lens · ${alert.orderId}`,
    message: localize(alert.text, locale) + (alert.trackingNumber ? ` (${alert.trackingNumber})` : ''),
    priority: 1,
  });
}

async function setBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
}

/**
 * Discovers new awaiting-shipment / in-transit orders, then runs (or resumes) one poll cycle.
 * Without credentials it does nothing: the popup explains why. Single-flight: an alarm firing while a
 * cycle runs joins it instead of starting a second one.
 */
export const pollOnce = singleFlight(async (): Promise<PollCycleSummary | { idle: true }> => {
  const credentials = await credentialsSetting.getValue();
  if (!credentials) return { idle: true };
  const settings = await pollSettings.getValue();
  const quarantine = createQuarantineBuffer();
  const client = clientFromStorage(credentials.appKey, { qps: settings.qps, onQuarantine: quarantine.add });
  const { pack } = effectivePack(await ruleOverridesSetting.getValue());
  const now = () => Date.now();
  const shopRegion = credentials.region;
  const store = await database();
  await discoverPackages({ db: store, client, now, quarantine, ...(shopRegion ? { shopRegion } : {}) });
  const summary = await runPollCycle(
    {
      db: store,
      client,
      now,
      quarantine,
      ...(shopRegion ? { shopRegion } : {}),
      policyFor: (market) => {
        const rules = pack.markets.find((m) => m.code === market);
        return rules ? slaPolicyFromMarketRules(rules) : undefined;
      },
      notify,
      setBadge,
    },
    { batchSize: settings.batchSize },
  );
  await writeMeta(store, LAST_POLL_KEY, now());
  return summary;
});

export async function lastPollAt(): Promise<number | null> {
  return (await readMeta<number>(await database(), LAST_POLL_KEY)) ?? null;
}
