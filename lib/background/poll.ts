import { effectivePack } from '@/lib/rules';
import { browser } from 'wxt/browser';
import {
  createQuarantineBuffer,
  discoverPackages,
  runPollCycle,
  singleFlight,
  type PollCycleSummary,
} from '@/lib/poller';
import {
  pollSettings,
  purgeExpired,
  readMeta,
  retentionSetting,
  ruleOverridesSetting,
  writeMeta,
  type ConnectionState,
  type LastmileDb,
} from '@/lib/storage';
import { slaPolicyFromMarketRules } from '@/lib/tracking';
import { connectedClient, writeConnectionState } from './connection';
import { databaseHandle } from './database';
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

export async function setBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
}

/**
 * Discovers new awaiting-shipment / in-transit orders, then runs (or resumes) one poll cycle.
 * Without credentials it does nothing: the popup explains why. Single-flight: an alarm firing while a
 * cycle runs joins it instead of starting a second one. `signal` (disconnect) stops it between batches,
 * and from then on it shows, badges and states nothing.
 */
async function pollWith(signal: AbortSignal): Promise<PollCycleSummary | { idle: true }> {
  await purgeIfDue(await database(), Date.now());
  const settings = await pollSettings.getValue();
  const quarantine = createQuarantineBuffer();
  const connected = await connectedClient({ qps: settings.qps, onQuarantine: quarantine.add });
  if (!connected) return { idle: true };
  const { client, credentials, generation } = connected;
  const { pack } = effectivePack(await ruleOverridesSetting.getValue());
  const now = () => Date.now();
  const shopRegion = credentials.region;
  const store = await database();
  const setConnectionState = (state: ConnectionState) => writeConnectionState(generation, state);
  await discoverPackages({
    db: store,
    client,
    now,
    quarantine,
    setConnectionState,
    ...(shopRegion ? { shopRegion } : {}),
  });
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
      notices: (scope) =>
        signal.aborted ? Promise.resolve({ shown: 0, cleared: 0, held: 0 }) : reconcileNotifications(scope),
      setBadge: (count) => (signal.aborted ? Promise.resolve() : setBadge(count)),
      setConnectionState,
    },
    { batchSize: settings.batchSize, signal },
  );
  if (!signal.aborted) await writeMeta(store, LAST_POLL_KEY, now());
  return summary;
}

let running: { controller: AbortController; settled: Promise<unknown> } | undefined;

export const pollOnce = singleFlight(() => {
  const controller = new AbortController();
  const settled = pollWith(controller.signal).finally(() => {
    if (running?.controller === controller) running = undefined;
  });
  running = { controller, settled };
  return settled;
});

/** Longest wait for a cancelled poll: one request in flight (15 s timeout) and its backoff. */
const CANCEL_WAIT_MS = 30_000;

/** Disconnect: stops the running poll (if any) and waits until it has settled, so it writes nothing after. */
export async function cancelPoll(): Promise<void> {
  const run = running;
  if (!run) return;
  run.controller.abort();
  await Promise.race([
    run.settled.catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, CANCEL_WAIT_MS)),
  ]);
}

export async function lastPollAt(): Promise<number | null> {
  return (await readMeta<number>(await database(), LAST_POLL_KEY)) ?? null;
}
