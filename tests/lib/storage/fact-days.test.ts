import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildShopOverviewView } from '@/lib/background/shop-overview-view';
import { loadShopOverviewRecords } from '@/lib/background/shop-overview';
import { defaultRulePack } from '@/lib/rules';
import {
  SCHEMA_V3,
  addEvents,
  digestStoredEvents,
  listEventsOfPackages,
  openDb,
  purgeExpired,
  putPackages,
  recordLabelClick,
  setWatched,
  storedTrailOf,
  upsertPackages,
  wipeShopData,
  type LastmileDb,
  type PackageRecord,
} from '@/lib/storage';
import { buildFactDays, isCurrentFactDay, type FactDayRecord } from '@/lib/storage/fact-days';
import { withDerivedTimes } from '@/lib/storage/package-times';
import { TRAIL_DIGEST_VERSION } from '@/lib/tracking';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 5, 9, 30);
const LOOKBACK = 15 * DAY;
const VALID_USPS = '9400111206206406260787';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function freshDb(): Promise<LastmileDb> {
  const db = await openDb(`fact-days-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

const byDay = (a: FactDayRecord, b: FactDayRecord) => a.day - b.day;

/**
 * The invariant: every day with finished rows has a record, and every record built by this code holds
 * exactly the facts of that day's rows as they are now (records of other versions are not trusted).
 */
async function expectDaysMatchRows(db: LastmileDb): Promise<void> {
  const expected = new Map(buildFactDays(await db.packages.toArray()).map((d) => [d.day, d]));
  const stored = (await db.factDays.toArray()).sort(byDay);
  expect(stored.map((d) => d.day)).toEqual([...expected.keys()].sort((a, b) => a - b));
  for (const record of stored.filter(isCurrentFactDay)) expect(record).toEqual(expected.get(record.day));
}

/** The view as built before day records: from every watched row and every finished row of the window. */
async function viewFromRows(db: LastmileDb, now: number) {
  const rows = await db.packages.toArray();
  const packages = [
    ...rows.filter((r) => r.watched === 1),
    ...rows.filter((r) => r.watched === 0 && r.anchorAt !== undefined && r.anchorAt >= now - LOOKBACK),
  ];
  const eventsByKey = await listEventsOfPackages(
    db,
    packages.filter((p) => !storedTrailOf(p)).map((p) => p.key),
  );
  return buildShopOverviewView(
    { packages, eventsByKey, apiConnected: true, fallbackMarket: 'GB' },
    now,
    defaultRulePack,
  );
}

async function viewFromDays(db: LastmileDb, now: number) {
  const records = await loadShopOverviewRecords(db, now);
  return buildShopOverviewView({ ...records, apiConnected: true, fallbackMarket: 'GB' }, now, defaultRulePack);
}

const time = fc.integer({ min: -20 * 24, max: 2 * 24 }).map((h) => NOW + h * HOUR + 17_000);
const orderId = fc.constantFrom<string>('1', '2', '3', '4', '5', '6');
const packageId = fc.option(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g'), { nil: undefined });
const keyOf = (o: string, p: string | undefined) => (p ? `pkg:${p}` : `order:${o}`);
const trailArb = fc.constantFrom<'current' | 'stale' | 'none'>('current', 'stale', 'none');
const scanEvents = (at: number, delivered: boolean) => [
  {
    eventKey: `${at}|a`,
    at,
    status: 'picked-up',
    description: 'Accepted at USPS Origin Facility',
    isCarrierScan: true,
  },
  {
    eventKey: `${at + 20 * HOUR}|b`,
    at: at + 20 * HOUR,
    status: 'in-transit',
    description: 'Arrived at USPS Regional Facility',
    isCarrierScan: true,
  },
  ...(delivered
    ? [
        {
          eventKey: `${at + 70 * HOUR}|c`,
          at: at + 70 * HOUR,
          status: 'delivered',
          description: 'Delivered, In/At Mailbox',
          isCarrierScan: true,
        },
      ]
    : []),
];

const rowArb = fc.record({
  orderId,
  packageId,
  market: fc.option(fc.constantFrom('US', 'GB', 'uk', 'XX'), { nil: undefined }),
  carrierId: fc.option(fc.constantFrom('usps', 'royal-mail'), { nil: undefined }),
  trackingNumber: fc.option(fc.constantFrom(VALID_USPS, '9400 1112 0620 6406 2607 87', 'RB123456785GB'), {
    nil: undefined,
  }),
  labelCreatedAt: fc.option(time, { nil: undefined }),
  shipByAt: fc.option(time, { nil: undefined }),
  shippedAt: fc.option(time, { nil: undefined }),
  delivered: fc.boolean(),
  watched: fc.constantFrom<0 | 1>(0, 1),
  trail: trailArb,
});
type RowSpec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function rowOf(spec: RowSpec): PackageRecord {
  const key = keyOf(spec.orderId, spec.packageId);
  const events = spec.shippedAt !== undefined ? scanEvents(spec.shippedAt, spec.delivered) : [];
  const digest = digestStoredEvents(events.map((e) => ({ ...e, packageKey: key, storedAt: NOW })));
  return {
    key,
    orderId: spec.orderId,
    ...(spec.packageId ? { packageId: spec.packageId } : {}),
    ...(spec.market ? { market: spec.market } : {}),
    ...(spec.carrierId ? { carrierId: spec.carrierId } : {}),
    ...(spec.trackingNumber ? { trackingNumber: spec.trackingNumber } : {}),
    ...(spec.labelCreatedAt !== undefined ? { labelCreatedAt: spec.labelCreatedAt } : {}),
    ...(spec.shipByAt !== undefined ? { shipByAt: spec.shipByAt } : {}),
    ...(spec.shippedAt !== undefined ? { shippedAt: spec.shippedAt } : {}),
    ...(spec.delivered && spec.shippedAt !== undefined ? { deliveredAt: spec.shippedAt + 70 * HOUR } : {}),
    watched: spec.watched,
    lastCheckedAt: NOW - HOUR,
    risks: [],
    atRisk: 0,
    ...(spec.trail === 'current' ? { trail: digest } : {}),
    ...(spec.trail === 'stale' ? { trail: { ...digest, v: TRAIL_DIGEST_VERSION + 1 } } : {}),
  };
}

/** Every way the extension (and Dexie) writes package rows, each its own transaction as in the code. */
const opArb = fc.oneof(
  rowArb.map((spec) => ({ kind: 'put' as const, spec })),
  fc
    .record({ at: time, specs: fc.array(rowArb, { minLength: 2, maxLength: 4 }) })
    .map((r) => ({ kind: 'parallel-puts' as const, ...r })),
  rowArb.map((spec) => ({ kind: 'upsert' as const, spec })),
  fc.record({ orderId, packageId, watched: fc.boolean(), at: time }).map((r) => ({ kind: 'watch' as const, ...r })),
  fc.record({ orderId, at: time }).map((r) => ({ kind: 'click' as const, ...r })),
  fc.record({ orderId, packageId }).map((r) => ({ kind: 'delete' as const, ...r })),
  fc.record({ orderId, market: fc.constantFrom('US', 'GB', 'XX') }).map((r) => ({ kind: 'modify' as const, ...r })),
  fc.constant({ kind: 'delete-range' as const }),
  fc.integer({ min: 1, max: 20 }).map((days) => ({ kind: 'purge' as const, days })),
  fc.record({ orderId, packageId, at: time }).map((r) => ({ kind: 'events' as const, ...r })),
  fc.nat(40).map((n) => ({ kind: 'stale-day' as const, n })),
  fc.constant({ kind: 'aborted' as const }),
  fc.constant({ kind: 'wipe' as const }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: LastmileDb, op: Op): Promise<void> {
  switch (op.kind) {
    case 'put':
      return putPackages(db, [rowOf(op.spec)]);
    case 'parallel-puts': {
      // Finished rows of one day written in flight together in one transaction, over that day's record.
      const sameDay = (s: RowSpec, i: number) => rowOf({ ...s, watched: 0, shippedAt: op.at + i * 60_000 });
      await putPackages(db, [sameDay({ ...SAMPLE, orderId: '7', packageId: undefined }, 0)]);
      await db.transaction('rw', db.packages, () =>
        Promise.all(op.specs.map((s, i) => db.packages.put(withDerivedTimes(sameDay(s, i + 1), NOW)))),
      );
      return;
    }
    case 'upsert': {
      const { trail: _t, watched: _w, delivered: _d, ...fields } = op.spec;
      await upsertPackages(db, [{ ...fields, ...(op.spec.delivered ? { deliveredAt: NOW - DAY } : {}) }], NOW);
      return;
    }
    case 'watch':
      await setWatched(db, keyOf(op.orderId, op.packageId), op.watched, op.at);
      return;
    case 'click':
      // A label click arriving after the row was stored moves its label time (and its facts) earlier.
      await recordLabelClick(db, op.orderId, op.at);
      return;
    case 'delete':
      await db.packages.delete(keyOf(op.orderId, op.packageId));
      return;
    case 'modify':
      await db.packages.where('orderId').equals(op.orderId).modify({ market: op.market });
      return;
    case 'delete-range':
      await db.packages.where('key').between('pkg:b', 'pkg:e').delete();
      return;
    case 'purge':
      await purgeExpired(db, { now: NOW, retentionDays: op.days });
      return;
    case 'events':
      await addEvents(db, keyOf(op.orderId, op.packageId), scanEvents(op.at, true), NOW);
      return;
    case 'stale-day': {
      // A day record left by another version of the code: its facts must never be used.
      const days = await db.factDays.toArray();
      const record = days[op.n % Math.max(1, days.length)];
      if (record) await db.factDays.put({ ...record, factsVersion: record.factsVersion - 1, facts: [] });
      return;
    }
    case 'aborted':
      // A write that fails mid-transaction leaves rows and day records as they were.
      await db
        .transaction('rw', db.packages, async () => {
          await db.packages.put(withDerivedTimes(rowOf({ ...SAMPLE, orderId: '9', packageId: 'z' }), NOW));
          throw new Error('crash');
        })
        .catch(() => undefined);
      return;
    case 'wipe':
      await wipeShopData(db);
      return;
  }
}

const SAMPLE: RowSpec = {
  orderId: '1',
  packageId: 'a',
  market: 'US',
  carrierId: 'usps',
  trackingNumber: VALID_USPS,
  labelCreatedAt: NOW - 3 * DAY,
  shipByAt: NOW - 2 * DAY,
  shippedAt: NOW - 3 * DAY + HOUR,
  delivered: true,
  watched: 0,
  trail: 'current',
};

describe('factDays: finished packages’ facts per day, kept with every package write', () => {
  it('for random stores and writes, the day records match the rows and the view equals the one built from rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: -3, max: 3 }),
        async (ops, shift) => {
          const db = await freshDb();
          for (const op of ops) await apply(db, op);
          await expectDaysMatchRows(db);
          const now = NOW + shift * DAY + 5 * HOUR;
          expect(await viewFromDays(db, now)).toEqual(await viewFromRows(db, now));
          db.close();
          await Dexie.delete(db.name);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('a package leaving the watch list moves into its day, and back out when watched again', async () => {
    const db = await freshDb();
    await putPackages(db, [rowOf({ ...SAMPLE, watched: 1 })]);
    expect(await db.factDays.count()).toBe(0);
    await setWatched(db, 'pkg:a', false, NOW);
    const [day] = await db.factDays.toArray();
    expect(day!.day).toBe(Math.floor((NOW - 3 * DAY + HOUR) / DAY));
    expect(day!.facts.map((f) => f.key)).toEqual(['pkg:a']);
    await setWatched(db, 'pkg:a', true, NOW);
    expect(await db.factDays.count()).toBe(0);
  });

  it('a write that fails after changing a row leaves the day records untouched', async () => {
    const db = await freshDb();
    await putPackages(db, [rowOf(SAMPLE)]);
    const before = await db.factDays.toArray();
    await expect(
      db.transaction('rw', db.packages, async () => {
        await db.packages.delete('pkg:a');
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    expect(await db.factDays.toArray()).toEqual(before);
    await expectDaysMatchRows(db);
  });

  it('a day record of another version is read from its rows, and rebuilt from them by the next write', async () => {
    const db = await freshDb();
    await putPackages(db, [rowOf(SAMPLE), rowOf({ ...SAMPLE, orderId: '2', packageId: 'b' })]);
    const [record] = await db.factDays.toArray();
    await db.factDays.put({ ...record!, trailVersion: TRAIL_DIGEST_VERSION - 1, facts: [] });
    expect(await viewFromDays(db, NOW)).toEqual(await viewFromRows(db, NOW));
    await db.packages.delete('pkg:b');
    expect(await db.factDays.toArray()).toEqual(buildFactDays(await db.packages.toArray()));
  });

  it('retention and the wipe on disconnect keep the day records in step', async () => {
    const db = await freshDb();
    await putPackages(db, [
      rowOf(SAMPLE),
      rowOf({ ...SAMPLE, orderId: '2', packageId: 'b', shippedAt: NOW - 12 * DAY }),
    ]);
    await purgeExpired(db, { now: NOW, retentionDays: 5 });
    expect((await db.factDays.toArray()).flatMap((d) => d.facts.map((f) => f.key))).toEqual(['pkg:a']);
    await expectDaysMatchRows(db);
    await wipeShopData(db);
    expect(await db.factDays.count()).toBe(0);
  });
});

describe('version 5 upgrade', () => {
  it('builds the day records of the packages already stored', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    const rows = [
      rowOf(SAMPLE),
      rowOf({ ...SAMPLE, orderId: '2', packageId: 'b', shippedAt: NOW - 9 * DAY }),
      rowOf({ ...SAMPLE, orderId: '3', packageId: 'c', watched: 1 }),
      rowOf({
        ...SAMPLE,
        orderId: '4',
        packageId: 'd',
        trail: 'stale',
        labelCreatedAt: NOW - 9 * DAY + HOUR,
        shippedAt: undefined,
      }),
    ].map((r) => withDerivedTimes(r, NOW));
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V3);
    await v4.open();
    await v4.table('packages').bulkPut(rows);
    v4.close();

    const db = await openDb(name);
    opened.push(db);
    const days = (await db.factDays.toArray()).sort(byDay);
    expect(days).toEqual(buildFactDays(rows).sort(byDay));
    expect(days.flatMap((d) => d.facts.map((f) => f.key))).toEqual(['pkg:b', 'pkg:d', 'pkg:a']);
    expect(await viewFromDays(db, NOW)).toEqual(await viewFromRows(db, NOW));
  });
});
