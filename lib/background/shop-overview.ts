import { effectivePack } from '@/lib/rules';
import type { ResponseOf } from '@/lib/messaging';
import {
  listEventsOfPackages,
  listWatchedAndRecent,
  ruleOverridesSetting,
  sellerProfileSetting,
  storedTrailOf,
  type LastmileDb,
} from '@/lib/storage';
import { DAY_MS } from '@/lib/tracking';
import { readConnectionView } from './connection';
import { database } from './poll';
import { buildShopOverviewView, type ShopOverviewInput } from './shop-overview-view';
import { isApiConnected } from './diagnosis-facts';
import { hubConnected } from './hub-client';

/** Metrics compare two 7-day windows; a day of margin keeps packages anchored on the boundary. */
const LOOKBACK_MS = 15 * DAY_MS;

/**
 * What the overview needs from the store: every watched package row plus the facts of the recent
 * finished ones (the metrics windows), kept per day with every package write (lib/storage fact-days),
 * so the work stays proportional to the watch list and ~16 day records, not to the shop's history.
 * Rows and facts carry their trail digest and their order's first print-label click, so neither events
 * nor clicks are read — except the events of a package without a current digest (none once the
 * poller or the version 4 upgrade has written it).
 */
export async function loadShopOverviewRecords(
  db: LastmileDb,
  now: number,
): Promise<Pick<ShopOverviewInput, 'packages' | 'finished' | 'eventsByKey'>> {
  const { watched, finished } = await listWatchedAndRecent(db, now - LOOKBACK_MS);
  const eventsByKey = await listEventsOfPackages(db, [
    ...watched.filter((p) => !storedTrailOf(p)).map((p) => p.key),
    ...finished.filter((f) => !f.trail).map((f) => f.key),
  ]);
  return { packages: watched, finished, eventsByKey };
}

/** `shop-overview`: at-risk packages, counts per carrier, SLA/fulfilment metrics with trends, delivery days. */
export async function buildShopOverview(): Promise<ResponseOf<'shop-overview'>> {
  const now = Date.now();
  const [db, overrides, profile, connection] = await Promise.all([
    database(),
    ruleOverridesSetting.getValue(),
    sellerProfileSetting.getValue(),
    readConnectionView(),
  ]);
  const { pack } = effectivePack(overrides);
  const records = await loadShopOverviewRecords(db, now);
  const fallbackMarket = connection.region ?? profile.market;
  return buildShopOverviewView(
    {
      ...records,
      apiConnected: isApiConnected(connection.state) || (await hubConnected()),
      ...(fallbackMarket ? { fallbackMarket } : {}),
    },
    now,
    pack,
  );
}
