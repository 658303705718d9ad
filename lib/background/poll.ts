import { browser } from 'wxt/browser';
import {
  createQuarantineBuffer,
  discoverPackages,
  runPollCycle,
  singleFlight,
  type PollCycleSummary,
} from '@/lib/poller';
import {
  credentialsSetting,
  pollSettings,
  purgeExpired,
  readMeta,
  retentionSetting,
  ruleOverridesSetting,
  writeMeta,
  type LastmileDb,
} from '@/lib/storage';
import { slaPolicyFromMarketRules } from '@/lib/tracking';
import { clientFromStorage } from './connection';
import { databaseHandle } from './database';
import { effectivePack } from './effective-pack';
import { reconcileNotifications } from './notifications';

const LAST_POLL_KEY = 'last-poll-at';
const LAST_PURGE_KEY = 'retention:last-run';
const PURGE_EVERY_MS = 24 * 3_600_000;

/** The extension's IndexedDB, opened once per worker life; a failed open is retried by the next call. */
export function database(): Promise<LastmileDb> {
  return databaseHandle.get();
}

/** Deletes what is past the retention, at most once a day (connected or not: label clicks grow too). */
async function purgeIfDue(store: LastmileDb, now: number): Promise<void> {
  const last = await readMeta<number>(store, LAST_PURGE_KEY);
  if (last !== undefined && now - last < PURGE_EVERY_MS && last <= now) return;
  await purgeExpired(store, { now, retentionDays: (await retentionSetting.getValue()).days });
  await writeMeta(store, LAST_PURGE_KEY, now);
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
  await purgeIfDue(await database(), Date.now());
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
      notices: reconcileNotifications,
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
