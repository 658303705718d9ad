import type { Localized } from '@/lib/i18n';
import {
  addEventsOfPackages,
  connectionReasons,
  connectionStateSetting,
  countAtRisk,
  getLabelClicks,
  getPackages,
  listEventsOfPackages,
  listWatchedKeysOldestFirst,
  packageKeyOf,
  putPackages,
  quarantinePayload,
  raiseAlerts,
  readPollCursor,
  upsertPackages,
  writePollCursor,
  type ConnectionState,
  type LastmileDb,
  type PackageRecord,
  type PollCursorRecord,
  type QuarantineEntry,
} from '@/lib/storage';
import {
  describeTikTokError,
  isTikTokApiError,
  type TikTokApiError,
  type TikTokClient,
  type TikTokOrder,
  type TikTokTrackingEvent,
} from '@/lib/tiktok';
import type { SlaPolicy } from '@/lib/tracking';
import { assessPackage, shouldFetchTracking, type Assessment } from './assess';
import type { NoticeReconciler } from './notices';
import type { QuarantineBuffer } from './quarantine-buffer';

/** Why a cycle stopped before visiting every package; the cursor is kept and the next alarm resumes. */
export type PollStopReason = 'auth' | 'clock' | 'network' | 'rate-limit' | 'server' | 'aborted';

/** A hub alert (hub mode: a server polls and the extension shows its open alerts, one per risk). */
export interface PollAlert {
  notificationId: string;
  packageKey: string;
  orderId: string;
  riskCode: string;
  raisedAt: number;
  text: Localized;
  trackingNumber?: string;
  market?: string;
  /** The package as the hub knows it: the side panel and the in-page deadlines read its clock (hub mode). */
  package?: HubPackageSnapshot;
}

/** The fields of a hub's package the extension mirrors into its store; no token, no cipher. */
export type HubPackageSnapshot = Partial<
  Pick<
    PackageRecord,
    | 'packageId'
    | 'market'
    | 'carrierId'
    | 'carrierName'
    | 'trackingNumber'
    | 'labelCreatedAt'
    | 'shipByAt'
    | 'shippedAt'
    | 'deliveredAt'
    | 'orderStatus'
    | 'status'
    | 'lastCheckedAt'
    | 'lastEventAt'
  >
>;

export interface PollLogEntry {
  level: 'info' | 'warn' | 'error';
  code: string;
  message: string;
  data?: Record<string, unknown>;
}

/** The client methods the poller uses (lib/tiktok `TikTokClient`). */
export type PollClient = Pick<TikTokClient, 'getOrderTracking' | 'getOrders' | 'searchOrders'>;

export interface PollDeps {
  db: LastmileDb;
  client: PollClient;
  /** Wall clock, epoch ms. */
  now: () => number;
  /** The SLA policy of a market; `undefined` = no clocks for it (dispatch deadlines still run). */
  policyFor: (market: string | undefined) => SlaPolicy | undefined;
  /** Brings the notifications in line with the store: all of them, or the orders of one batch. */
  notices: NoticeReconciler;
  setBadge: (count: number) => Promise<void>;
  /** Default: writes `connectionStateSetting`. */
  setConnectionState?: (state: ConnectionState) => Promise<void>;
  /** The buffer the client's `onQuarantine` fills; drained into the store with each batch. */
  quarantine?: QuarantineBuffer;
  /** The shop's region (credentials), used when an order names no market. */
  shopRegion?: string;
  log?: (entry: PollLogEntry) => void;
}

export interface PollOptions {
  /** Packages per batch (one order-detail call, then one tracking call each, one IndexedDB transaction). Default 20, max 50. */
  batchSize?: number;
  /** Stops between batches; the cursor is kept. */
  signal?: AbortSignal;
}

export interface PollCycleSummary {
  cycleId: string;
  /** Packages assessed in this run (including ones whose fetch failed and were left for the next cycle). */
  checked: number;
  /** Packages whose order or tracking fetch failed and were skipped for this cycle. */
  failed: number;
  newEvents: number;
  newAlerts: number;
  /** Notifications shown at the start of the run that an earlier run raised but never got on screen. */
  renotified: number;
  /** Rows written to the quarantine. */
  quarantined: number;
  /** Watched packages with a current risk (the badge). */
  atRisk: number;
  resumed: boolean;
  /** Packages of this cycle still to visit. */
  remaining: number;
  finished: boolean;
  stoppedBecause?: PollStopReason;
}

const DEFAULT_BATCH_SIZE = 20;
const MAX_BATCH_SIZE = 50;
/** Batches fetched ahead of the commit. */
const PIPELINE_DEPTH = 2;

/** How a failed request affects the cycle. */
type FailureEffect = 'stop' | 'skip' | 'retry-later';

function effectOf(error: TikTokApiError): FailureEffect {
  switch (error.kind) {
    case 'auth':
    case 'clock':
    case 'network':
    case 'rate-limit':
      return 'stop';
    case 'server':
    case 'timeout':
      return 'retry-later';
    default:
      return 'skip';
  }
}

function stopReasonOf(error: TikTokApiError): PollStopReason {
  if (error.kind === 'auth') return 'auth';
  if (error.kind === 'clock') return 'clock';
  if (error.kind === 'rate-limit') return 'rate-limit';
  if (error.kind === 'network') return 'network';
  return 'server';
}

const STOP_PRIORITY: readonly PollStopReason[] = ['auth', 'clock', 'network', 'rate-limit', 'server', 'aborted'];

function worstStop(a: PollStopReason | undefined, b: PollStopReason | undefined): PollStopReason | undefined {
  if (!a) return b;
  if (!b) return a;
  return STOP_PRIORITY.indexOf(a) <= STOP_PRIORITY.indexOf(b) ? a : b;
}

/** Non-API errors are bugs or a dying worker: they propagate, and the stored cursor makes the next run resume. */
async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: TikTokApiError }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (isTikTokApiError(error)) return { ok: false, error };
    throw error;
  }
}

interface FetchedPackage {
  assessment: Assessment;
  /** Keep the previous `lastCheckedAt`, so the package is first again next cycle. */
  retryLater: boolean;
  failed: boolean;
}

interface FetchedBatch {
  keys: string[];
  now: number;
  packages: FetchedPackage[];
  /** Keys that could not be polled because the cycle must stop; they stay in `remaining`. */
  deferred: string[];
  quarantine: QuarantineEntry[];
  stop?: { reason: PollStopReason; error: TikTokApiError };
  anySuccess: boolean;
}

function quarantineFromError(error: TikTokApiError, at: number, orderId?: string): QuarantineEntry {
  return {
    endpoint: error.endpoint,
    path: error.fieldPath ?? '(response)',
    issue: error.message,
    at,
    ...(orderId ? { orderId } : {}),
  };
}

/**
 * Attaches the client's quarantined payloads to the entries this batch built from errors (the client
 * reports a bad whole payload AND throws), only where the match is unambiguous: one error and one
 * payload for the same endpoint and path. Everything else (bad list items, ambiguous pairs) is kept as
 * its own row, so a payload is never filed under the wrong order.
 */
function mergeQuarantine(
  fromErrors: QuarantineEntry[],
  fromClient: ReturnType<QuarantineBuffer['take']>,
  at: number,
): QuarantineEntry[] {
  const rows = [...fromErrors];
  const same = (a: { endpoint: string; path: string }, b: { endpoint: string; path: string }) =>
    a.endpoint === b.endpoint && a.path === b.path;
  for (const item of fromClient) {
    const errors = fromErrors.filter((r) => same(r, item));
    const items = fromClient.filter((i) => same(i, item));
    if (errors.length === 1 && items.length === 1) errors[0]!.payload = item.payload;
    else rows.push({ endpoint: item.endpoint, path: item.path, issue: item.issue, at, payload: item.payload });
  }
  return rows;
}

async function fetchBatch(deps: PollDeps, keys: string[]): Promise<FetchedBatch> {
  const now = deps.now();
  const { db, client } = deps;
  const rows = (await getPackages(db, keys)).filter((r) => r.watched === 1);
  const orderIds = [...new Set(rows.map((r) => r.orderId))];
  const [clicks, storedEvents] = await Promise.all([
    getLabelClicks(db, orderIds),
    listEventsOfPackages(
      db,
      rows.map((r) => r.key),
    ),
  ]);
  const batch: FetchedBatch = { keys, now, packages: [], deferred: [], quarantine: [], anySuccess: false };
  if (rows.length === 0) return batch;

  const ordersResult = await settle(client.getOrders(orderIds));
  const orders = new Map<string, TikTokOrder>();
  if (ordersResult.ok) {
    batch.anySuccess = true;
    for (const order of ordersResult.value) orders.set(order.id, order);
  } else {
    const error = ordersResult.error;
    if (effectOf(error) === 'stop') {
      batch.stop = { reason: stopReasonOf(error), error };
      batch.deferred = [...keys];
      return batch;
    }
    if (error.kind === 'schema') batch.quarantine.push(quarantineFromError(error, now));
    deps.log?.({
      level: 'warn',
      code: 'orders-unavailable',
      message: error.message,
      data: { kind: error.kind, endpoint: error.endpoint },
    });
  }

  // One tracking request per order, shared by the order's packages.
  const trackingOrderIds = [
    ...new Set(
      rows
        .filter((r) => shouldFetchTracking(r, orders.get(r.orderId), clicks.get(r.orderId)?.firstClickAt))
        .map((r) => r.orderId),
    ),
  ];
  const trackingResults = new Map(
    await Promise.all(trackingOrderIds.map(async (id) => [id, await settle(client.getOrderTracking(id))] as const)),
  );

  let attempted = 0;
  let transientFailures = 0;
  for (const row of rows) {
    const result = trackingResults.get(row.orderId);
    let tracking: readonly TikTokTrackingEvent[] | undefined;
    let failure: TikTokApiError | undefined;
    if (result) {
      attempted += 1;
      if (result.ok) {
        batch.anySuccess = true;
        tracking = result.value;
      } else failure = result.error;
    }
    if (failure && effectOf(failure) === 'stop') {
      batch.deferred.push(row.key);
      batch.stop = { reason: worstStop(batch.stop?.reason, stopReasonOf(failure))!, error: failure };
      continue;
    }
    const assessment = assessPackage({
      record: row,
      storedEvents: storedEvents.get(row.key) ?? [],
      ...(tracking ? { tracking } : {}),
      ...(orders.has(row.orderId) ? { order: orders.get(row.orderId)! } : {}),
      ...(clicks.has(row.orderId) ? { labelClickAt: clicks.get(row.orderId)!.firstClickAt } : {}),
      // A refusal ('api') will not change by asking again; anything else may read fine next cycle.
      trackingUnread: failure !== undefined && failure.kind !== 'api',
      ...(deps.shopRegion ? { fallbackMarket: deps.shopRegion } : {}),
      policy: deps.policyFor(
        row.market ?? (orders.get(row.orderId)?.recipient_address?.region_code || deps.shopRegion),
      ),
      now,
    });
    for (const rejected of assessment.rejected) {
      batch.quarantine.push({
        endpoint: 'orders.tracking',
        path: `data.tracking[${rejected.index}].update_time_millis`,
        issue: rejected.code,
        at: now,
        orderId: row.orderId,
        payload: tracking?.[rejected.index],
      });
    }
    const retryLater = failure !== undefined && effectOf(failure) === 'retry-later';
    if (retryLater) transientFailures += 1;
    if (failure) {
      assessment.record.lastError = { kind: failure.kind, message: failure.message, at: now };
      if (retryLater) assessment.record.lastCheckedAt = row.lastCheckedAt;
      if (failure.kind === 'schema') batch.quarantine.push(quarantineFromError(failure, now, row.orderId));
    }
    batch.packages.push({ assessment, retryLater, failed: failure !== undefined });
  }
  // Every request of the batch failing on the server side means the platform is down: pause, do not grind on.
  if (!batch.stop && attempted > 0 && transientFailures === attempted) {
    const error = [...trackingResults.values()].find((r) => !r.ok);
    if (error && !error.ok) batch.stop = { reason: 'server', error: error.error };
  }
  // Taken here, not at commit: the next batch's requests start only after this returns.
  batch.quarantine = mergeQuarantine(batch.quarantine, deps.quarantine?.take() ?? [], now);
  return batch;
}

interface CommitResult {
  newEvents: number;
  newAlerts: number;
  quarantined: number;
}

/** Writes one batch and moves the cursor in ONE transaction: a worker killed mid-way leaves all or nothing. */
async function commitBatch(deps: PollDeps, batch: FetchedBatch, cursor: PollCursorRecord): Promise<CommitResult> {
  const { db } = deps;
  return db.transaction(
    'rw',
    [db.packages, db.events, db.alerts, db.labelClicks, db.pollCursor, db.quarantine],
    async () => {
      const found = batch.packages.filter((p) => p.assessment.packageIdFound);
      if (found.length > 0) {
        // The order now names its package: move each placeholder row (and its events and alerts) first.
        await upsertPackages(
          db,
          found.map(({ assessment }) => ({
            orderId: assessment.record.orderId,
            packageId: assessment.packageIdFound!,
          })),
          batch.now,
        );
      }
      const records: PackageRecord[] = batch.packages.map(({ assessment }) =>
        assessment.packageIdFound
          ? {
              ...assessment.record,
              key: packageKeyOf({ orderId: assessment.record.orderId, packageId: assessment.packageIdFound }),
              packageId: assessment.packageIdFound,
            }
          : assessment.record,
      );
      await putPackages(db, records);
      const counts = await addEventsOfPackages(
        db,
        records.map((record, i) => ({ packageKey: record.key, events: batch.packages[i]!.assessment.newEvents })),
        batch.now,
      );
      const newAlerts = await raiseAlerts(
        db,
        records.flatMap((record, i) =>
          batch.packages[i]!.assessment.risks.map((riskCode) => ({
            packageKey: record.key,
            riskCode,
            orderId: record.orderId,
            raisedAt: batch.now,
            cycleId: cursor.cycleId,
          })),
        ),
      );
      for (const entry of batch.quarantine) await quarantinePayload(db, entry);
      await writePollCursor(db, cursor);
      let newEvents = 0;
      for (const n of counts.values()) newEvents += n;
      return { newEvents, newAlerts: newAlerts.length, quarantined: batch.quarantine.length };
    },
  );
}

async function startOrResume(
  deps: PollDeps,
  startedAt: number,
): Promise<{ cursor: PollCursorRecord; resumed: boolean }> {
  const stored = await readPollCursor(deps.db);
  if (stored && stored.finishedAt === undefined) return { cursor: stored, resumed: true };
  const seq = (stored?.seq ?? 0) + 1;
  const cursor: PollCursorRecord = {
    id: 'current',
    cycleId: `cycle-${seq}-${startedAt}`,
    seq,
    startedAt,
    remaining: await listWatchedKeysOldestFirst(deps.db),
    done: [],
  };
  await writePollCursor(deps.db, cursor);
  return { cursor, resumed: false };
}

async function saveConnectionState(deps: PollDeps, state: ConnectionState): Promise<void> {
  if (deps.setConnectionState) await deps.setConnectionState(state);
  else await connectionStateSetting.setValue(state);
}

/** Swallows a prefetch's rejection until it is awaited, so an abandoned prefetch is not an unhandled rejection. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Runs (or resumes) one poll cycle over the watch list. State lives only in IndexedDB: the cursor says
 * which packages are left, each batch (its rows, new events, new alerts, quarantined payloads and the
 * cursor move) commits in one transaction, then the notifications of the batch's orders are reconciled
 * with the store (and all of them at the start and end of the run); so a worker killed at any await
 * neither loses nor duplicates events, and what the seller sees converges (one notification per order).
 * Two batches are fetched ahead of the commit, so the rate limiter is never idle while we read and write.
 * Faults end in a typed state: auth → connection 'reconnect-needed' and stop; network or rate limit →
 * stop with the cursor kept; server errors → the package is retried first next cycle (a batch of only
 * server errors pauses); a wrong-shaped payload → quarantine, the rest carry on.
 * Example: `await runPollCycle({ db, client, now: Date.now, policyFor: defaultSlaPolicy, notices, setBadge })`
 * → `{ cycleId: 'cycle-42-1700000000000', checked: 120, newEvents: 37, newAlerts: 2, atRisk: 5, resumed: false, finished: true, … }`.
 */
export async function runPollCycle(deps: PollDeps, opts: PollOptions = {}): Promise<PollCycleSummary> {
  const batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE)));
  const startedAt = deps.now();
  const renotified = (await deps.notices()).shown;
  const { cursor: initial, resumed } = await startOrResume(deps, startedAt);
  let cursor = initial;
  const pending = [...cursor.remaining];
  const summary: PollCycleSummary = {
    cycleId: cursor.cycleId,
    checked: 0,
    failed: 0,
    newEvents: 0,
    newAlerts: 0,
    renotified,
    quarantined: 0,
    atRisk: 0,
    resumed,
    remaining: pending.length,
    finished: false,
  };
  let anySuccess = false;
  let lastError: TikTokApiError | undefined;

  let offset = 0;
  const nextBatch = (): Promise<FetchedBatch> | undefined => {
    if (offset >= pending.length || opts.signal?.aborted) return undefined;
    const keys = pending.slice(offset, offset + batchSize);
    offset += keys.length;
    return quiet(fetchBatch(deps, keys));
  };

  // Two batches in flight: the next batch's requests queue behind this one's in the rate limiter, so the
  // limiter never idles while we read and write IndexedDB. Commits still happen strictly in order.
  const inFlight: Array<Promise<FetchedBatch>> = [];
  const refill = () => {
    while (inFlight.length < PIPELINE_DEPTH) {
      const next = nextBatch();
      if (!next) return;
      inFlight.push(next);
    }
  };
  refill();
  let committed = 0;
  while (inFlight.length > 0) {
    const batch = await inFlight.shift()!;
    if (batch.stop) inFlight.length = 0;
    else refill();
    committed += batch.keys.length;
    const processed = batch.keys.filter((k) => !batch.deferred.includes(k));
    cursor = {
      ...cursor,
      remaining: [...batch.deferred, ...pending.slice(committed)],
      done: [...cursor.done, ...processed],
    };
    // Every package visited (failed ones wait for the next cycle, oldest first): the cycle is complete.
    if (inFlight.length === 0 && cursor.remaining.length === 0) cursor.finishedAt = batch.now;
    const result = await commitBatch(deps, batch, cursor);
    anySuccess ||= batch.anySuccess;
    summary.checked += batch.packages.length;
    summary.failed += batch.packages.filter((p) => p.failed).length;
    summary.newEvents += result.newEvents;
    summary.newAlerts += result.newAlerts;
    summary.quarantined += result.quarantined;
    summary.remaining = cursor.remaining.length;
    await deps.notices({ orderIds: [...new Set(batch.packages.map((p) => p.assessment.record.orderId))] });
    if (batch.stop) {
      summary.stoppedBecause = batch.stop.reason;
      lastError = batch.stop.error;
      break;
    }
  }
  if (!summary.stoppedBecause && opts.signal?.aborted && cursor.remaining.length > 0)
    summary.stoppedBecause = 'aborted';
  summary.finished = cursor.finishedAt !== undefined;
  if (pending.length === 0 && !summary.finished) {
    cursor = { ...cursor, finishedAt: startedAt };
    await writePollCursor(deps.db, cursor);
    summary.finished = true;
  }

  summary.atRisk = await countAtRisk(deps.db);
  await deps.setBadge(summary.atRisk);
  await deps.notices();
  if ((summary.stoppedBecause === 'auth' || summary.stoppedBecause === 'clock') && lastError) {
    await saveConnectionState(deps, {
      // A wrong computer clock is the seller's to fix, but not by reconnecting.
      state: lastError.kind === 'clock' ? 'error' : 'reconnect-needed',
      reason: lastError.reconnect ? connectionReasons.reconnect : describeTikTokError(lastError),
      detail: `${lastError.code ?? lastError.kind}: ${lastError.message}`,
      checkedAt: deps.now(),
    });
  } else if (anySuccess) {
    await saveConnectionState(deps, { state: 'ok', checkedAt: deps.now() });
  }
  deps.log?.({
    level: summary.stoppedBecause ? 'warn' : 'info',
    code: 'poll-cycle',
    message: `poll cycle ${summary.cycleId}`,
    data: { ...summary },
  });
  return summary;
}
