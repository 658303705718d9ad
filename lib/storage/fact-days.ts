import { Dexie, type Table } from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { TRAIL_DIGEST_VERSION } from '@/lib/tracking';
import type { LastmileDb, PackageRecord } from './db';
import { FINISHED_FACTS_VERSION, finishedFactsOf, type FinishedFacts } from './finished-facts';

/**
 * The shop view's finished packages, kept as their metric facts in one record per day of their anchor
 * (`anchorAt`, UTC days): the view reads ~16 day records instead of ~4,000 rows. Every write to
 * `packages` updates the days it touches in the SAME transaction (a DBCore middleware, so no writer
 * can forget it and a crash leaves rows and days agreeing). A day built by other code versions
 * (`FINISHED_FACTS_VERSION`, `TRAIL_DIGEST_VERSION`) is never trusted: writers rebuild it from its
 * rows, readers read its rows instead.
 */

const DAY_MS = 86_400_000;
const PACKAGES = 'packages';
const FACT_DAYS = 'factDays';
const ANCHOR_INDEX = ['watched', 'anchorAt'];
/** Dexie's `DBCoreRangeType` (a const enum, not importable here). */
const RANGE = { range: 2, any: 3 } as const;

export interface FactDayRecord {
  /** `Math.floor(anchorAt / day)`: the UTC day the packages are anchored on. */
  day: number;
  factsVersion: number;
  trailVersion: number;
  /** The finished packages anchored that day, by `anchorAt` then key (the index's order). */
  facts: FinishedFacts[];
}

/** The day a row's facts are kept under: finished rows with an anchor only (those the anchor index holds). */
function factDayOf(row: PackageRecord | undefined): number | undefined {
  if (!row || row.watched !== 0 || typeof row.anchorAt !== 'number' || Number.isNaN(row.anchorAt)) return undefined;
  return Math.floor(row.anchorAt / DAY_MS);
}

/** The `[watched+anchorAt]` keys of one day's finished rows, upper bound excluded (unless infinite). */
function dayBounds(day: number): { lower: [0, number]; upper: [0, number]; upperOpen: boolean } {
  if (!Number.isFinite(day)) return { lower: [0, day], upper: [0, day], upperOpen: false };
  return { lower: [0, day * DAY_MS], upper: [0, (day + 1) * DAY_MS], upperOpen: true };
}

function dayRange(day: number): DBCoreKeyRange {
  return { type: RANGE.range, ...dayBounds(day) } as DBCoreKeyRange;
}

/** Whether stored day facts were built by this code (else they are rebuilt from rows, never trusted). */
export function isCurrentFactDay(record: FactDayRecord): boolean {
  return record.factsVersion === FINISHED_FACTS_VERSION && record.trailVersion === TRAIL_DIGEST_VERSION;
}

const byAnchorThenKey = (a: FinishedFacts, b: FinishedFacts) =>
  a.anchorAt! - b.anchorAt! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function dayRecord(day: number, facts: FinishedFacts[]): FactDayRecord {
  return {
    day,
    factsVersion: FINISHED_FACTS_VERSION,
    trailVersion: TRAIL_DIGEST_VERSION,
    facts: facts.sort(byAnchorThenKey),
  };
}

/**
 * Day records of the given rows (the finished ones with an anchor), for a store filled without the
 * middleware: the schema upgrade, a benchmark seeding IndexedDB directly.
 */
export function buildFactDays(rows: Iterable<PackageRecord>): FactDayRecord[] {
  const days = new Map<number, FinishedFacts[]>();
  for (const row of rows) {
    const day = factDayOf(row);
    if (day === undefined) continue;
    const facts = days.get(day) ?? [];
    facts.push(finishedFactsOf(row));
    days.set(day, facts);
  }
  return [...days].map(([day, facts]) => dayRecord(day, facts));
}

/** The finished rows of one day, read inside the transaction (after the write that touched it). */
async function rowsOfDay(packages: DBCoreTable, trans: DBCoreTransaction, day: number): Promise<PackageRecord[]> {
  const index = packages.schema.getIndexByKeyPath(ANCHOR_INDEX)!;
  const { result } = await packages.query({ trans, values: true, query: { index, range: dayRange(day) } });
  return result as PackageRecord[];
}

/** Rows before and after one write, by key (`undefined` = no row). */
type Change = Map<string, { before: PackageRecord | undefined; after: PackageRecord | undefined }>;

async function keysOfWrite(packages: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.map((v: PackageRecord) => v.key);
    case 'delete':
      return req.keys as string[];
    case 'deleteRange': {
      const { result } = await packages.query({
        trans: req.trans,
        values: false,
        query: { index: packages.schema.primaryKey, range: req.range },
      });
      return result as string[];
    }
  }
}

/** What the write did to each row, from the rows before it and its per-operation failures. */
function changeOf(
  req: DBCoreMutateRequest,
  keys: string[],
  before: PackageRecord[],
  res: DBCoreMutateResponse,
): Change {
  const change: Change = new Map();
  const unique = [...new Set(keys)];
  unique.forEach((key, i) => change.set(key, { before: before[i], after: before[i] }));
  keys.forEach((key, i) => {
    if (req.type !== 'deleteRange' && res.failures[i]) return;
    if (req.type === 'deleteRange' && res.numFailures > 0) return;
    const entry = change.get(key)!;
    entry.after = req.type === 'add' || req.type === 'put' ? (req.values[i] as PackageRecord) : undefined;
  });
  return change;
}

/** Brings the day records a write touched up to date with its rows, in the write's transaction. */
async function updateDays(down: DBCore, trans: DBCoreTransaction, change: Change): Promise<void> {
  const touched = new Map<number, { removed: Set<string>; added: FinishedFacts[] }>();
  const touch = (day: number) => {
    const entry = touched.get(day) ?? { removed: new Set<string>(), added: [] };
    touched.set(day, entry);
    return entry;
  };
  for (const [key, { before, after }] of change) {
    const from = factDayOf(before);
    const to = factDayOf(after);
    if (from !== undefined) touch(from).removed.add(key);
    if (to !== undefined) {
      touch(to).removed.add(key);
      touch(to).added.push(finishedFactsOf(after!));
    }
  }
  if (touched.size === 0) return;
  const days = down.table(FACT_DAYS);
  const packages = down.table(PACKAGES);
  const keys = [...touched.keys()];
  const stored = (await days.getMany({ trans, keys })) as Array<FactDayRecord | undefined>;
  const puts: FactDayRecord[] = [];
  const deletes: number[] = [];
  for (const [i, day] of keys.entries()) {
    const record = stored[i];
    const { removed, added } = touched.get(day)!;
    // No record yet, or one of another version: the day's rows (as now written) are the truth.
    const facts =
      record && isCurrentFactDay(record)
        ? [...record.facts.filter((f) => !removed.has(f.key)), ...added]
        : (await rowsOfDay(packages, trans, day)).map(finishedFactsOf);
    if (facts.length > 0) puts.push(dayRecord(day, facts));
    else if (record) deletes.push(day);
  }
  if (puts.length > 0) await days.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await days.mutate({ type: 'delete', trans, keys: deletes });
}

/** A write to `packages` and its day records, one after the other. */
async function writeWithDays(down: DBCore, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const packages = down.table(PACKAGES);
  const { trans } = req;
  if (req.type === 'deleteRange' && req.range.type === RANGE.any) {
    // Every row goes (a wipe): so do every day's facts, without reading the rows first.
    const res = await packages.mutate(req);
    if (res.numFailures === 0) await down.table(FACT_DAYS).mutate({ type: 'deleteRange', trans, range: req.range });
    return res;
  }
  const keys = await keysOfWrite(packages, req);
  const before =
    keys.length > 0 ? ((await packages.getMany({ trans, keys: [...new Set(keys)] })) as PackageRecord[]) : [];
  const res = await packages.mutate(req);
  await updateDays(down, trans, changeOf(req, keys, before, res));
  return res;
}

/** Transactions that can hold day records: every read-write one over `packages` once the store has them. */
function holdsFactDays(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(FACT_DAYS);
}

/**
 * The middleware (`db.use(factDaysMiddleware)`): read-write transactions over `packages` also take
 * `factDays`, and every write to `packages` updates the day records it touches. Writes of one
 * transaction are chained, so two writes in flight never read and rewrite the same day record over
 * each other.
 */
export const factDaysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'factDays',
  // Right over IndexedDB, below Dexie's own layers (hooks, observability), which need Dexie's zone.
  level: -2,
  create: (down) => {
    const chains = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' &&
            stores.includes(PACKAGES) &&
            !stores.includes(FACT_DAYS) &&
            down.schema.tables.some((t) => t.name === FACT_DAYS)
            ? [...stores, FACT_DAYS]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== PACKAGES) return table;
        return {
          ...table,
          mutate: (req) => {
            if (!holdsFactDays(req.trans)) return table.mutate(req);
            const previous = chains.get(req.trans) ?? Promise.resolve();
            const next = previous.then(() => writeWithDays(down, req));
            chains.set(
              req.trans,
              next.catch(() => undefined),
            );
            return next;
          },
        };
      },
    };
  },
};

/**
 * The facts of the finished packages anchored at or after `since`, from the day records (a day of
 * another code version is read from its rows instead). Call inside a transaction over `packages` and
 * `factDays` to see both as of one moment. Example: `await listFinishedSince(db, now - 15 * DAY)`.
 */
export async function listFinishedSince(db: LastmileDb, since: number): Promise<FinishedFacts[]> {
  const days = await db.factDays
    .where('day')
    .aboveOrEqual(Math.floor(since / DAY_MS))
    .toArray();
  const out: FinishedFacts[] = [];
  for (const record of days) {
    let facts = record.facts;
    if (!isCurrentFactDay(record)) {
      const { lower, upper, upperOpen } = dayBounds(record.day);
      const rows = await db.packages.where('[watched+anchorAt]').between(lower, upper, true, !upperOpen).toArray();
      facts = rows.map(finishedFactsOf);
    }
    for (const f of facts) if (f.anchorAt! >= since) out.push(f);
  }
  return out;
}

/**
 * Builds every day record from the rows (the schema upgrade that adds them). The anchor index hands
 * the finished rows day after day, so only one day of rows is held at a time.
 */
export async function rebuildFactDays(
  packages: Table<PackageRecord, string>,
  factDays: Table<FactDayRecord, number>,
): Promise<void> {
  await factDays.clear();
  let day: number | undefined;
  let rows: PackageRecord[] = [];
  const records: FactDayRecord[] = [];
  await packages
    .where('[watched+anchorAt]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .each((row) => {
      const rowDay = factDayOf(row);
      if (rowDay !== day) {
        records.push(...buildFactDays(rows));
        rows = [];
        day = rowDay;
      }
      rows.push(row);
    });
  records.push(...buildFactDays(rows));
  await factDays.bulkPut(records);
}
