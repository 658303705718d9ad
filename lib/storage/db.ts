import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { TrailDigest } from '@/lib/tracking';
import { factDaysMiddleware, rebuildFactDays, type FactDayRecord } from './fact-days';
import { withDerivedTimes } from './package-times';
import { digestStoredEvents } from './trail';

/**
 * The extension's IndexedDB store (Dexie): tracked packages, their events, the poll cursor, raised
 * alerts, label-print clicks and quarantined API payloads. The MV3 worker can be killed at any await,
 * so everything the poller needs to resume lives here, and every write is idempotent.
 */

export const DB_NAME = 'lastmile-lens';

/** IndexedDB cannot index booleans, so flags that are queried are stored as 0 | 1. */
export type Flag = 0 | 1;

export interface PackageRecord {
  /** Stable key: `pkg:<packageId>` once the API gives a package id, else `order:<orderId>` (see `packageKeyOf`). */
  key: string;
  orderId: string;
  packageId?: string;
  /** API market code (`US`, `GB`, `ID` …). */
  market?: string;
  carrierId?: string;
  /** Carrier name as the API shows it (`shipping_provider`), kept when no carrier id matches. */
  carrierName?: string;
  trackingNumber?: string;
  /** Epoch ms. */
  labelCreatedAt?: number;
  /**
   * Epoch ms of the order's first print-label click (`LabelClickRecord.firstClickAt`), copied onto the
   * row on every write and every click, so the shop view reads no clicks. Not indexed.
   */
  labelClickAt?: number;
  /** Epoch ms: the ship-by deadline (`rts_sla_time`). */
  shipByAt?: number;
  /** Epoch ms: the collection deadline (`tts_sla_time`), for the collection-overdue watch. Not indexed. */
  collectByAt?: number;
  /** Epoch ms: first carrier scan, or the API's shipped time. */
  shippedAt?: number;
  deliveredAt?: number;
  /** The API's order status as last seen (`AWAITING_SHIPMENT`, `IN_TRANSIT` …). */
  orderStatus?: string;
  /** The normalised tracking status (lib/tracking vocabulary). */
  status?: string;
  /** Epoch ms of the last poll of this package; 0 = never (IndexedDB leaves `undefined` out of indexes). */
  lastCheckedAt: number;
  lastEventAt?: number;
  watched: Flag;
  /** Current risk codes (lib/tracking `RiskCode`); `atRisk` = risks.length > 0, stored for the badge index. */
  risks: string[];
  atRisk: Flag;
  /** The last failure fetching this package, for the side panel. */
  lastError?: { kind: string; message: string; at: number };
  updatedAt?: number;
  /**
   * Epoch ms the shop metrics place this package at (shipped, else label, else last event, else ship-by):
   * indexed with `watched`, so the shop view reads its two-week window instead of the whole history.
   * Derived on every write (`packageAnchorAt`); absent when the row has no time at all.
   */
  anchorAt?: number;
  /**
   * Epoch ms this package left the watch list (its delivery time when known): retention counts from
   * here. Absent while watched. Derived on every write.
   */
  closedAt?: number;
  /**
   * What the SLA clocks and shop metrics read from this package's events (lib/tracking `TrailDigest`),
   * written with the events in the poller's batch transaction, so views never read events.
   */
  trail?: TrailDigest;
}

export interface EventRecord {
  packageKey: string;
  /** lib/tracking `eventKey(e)`: same time + same normalised description = same event. */
  eventKey: string;
  at: number;
  status: string;
  description: string;
  isCarrierScan: boolean;
  /** Epoch ms when we stored it. */
  storedAt: number;
}

export interface PollCursorRecord {
  /** Always `'current'`: one cycle at a time. */
  id: 'current';
  cycleId: string;
  /** 1 for the first cycle ever, then +1 per cycle: keeps cycle ids unique even within one clock tick. */
  seq?: number;
  startedAt: number;
  /** Package keys still to poll in this cycle, in order. */
  remaining: string[];
  /** Package keys polled in this cycle (successfully or given up on for this cycle). */
  done: string[];
  /** Set when the cycle completed; a finished cursor is replaced by the next cycle. */
  finishedAt?: number;
}

export interface AlertRecord {
  packageKey: string;
  riskCode: string;
  orderId: string;
  raisedAt: number;
  notified: Flag;
  notifiedAt?: number;
  cycleId?: string;
}

export interface LabelClickRecord {
  orderId: string;
  firstClickAt: number;
  lastClickAt: number;
  clicks: number;
}

export interface QuarantineRecord {
  id?: number;
  endpoint: string;
  /** Field path of the first problem (`data.tracking.3.update_time_millis`). */
  path: string;
  issue: string;
  at: number;
  /** The start of the offending payload (at most `QUARANTINE_PAYLOAD_CHARS`), for support. */
  payload?: string;
  orderId?: string;
}

/**
 * The notification we keep for one order (id `lml-order:<orderId>`): its risks as last shown, and
 * whether it is on screen, held back (quiet hours, a failed show) or closed by the seller.
 */
export interface NoticeRecord {
  orderId: string;
  /** Risk codes, most urgent first, as last shown (or to show, when held). */
  risks: string[];
  state: 'shown' | 'held' | 'dismissed';
  /** Epoch ms of the last change. */
  at: number;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Version 1 stored `watch` and `notified` as booleans. IndexedDB cannot index booleans and leaves
 * `undefined` out of indexes, so "watched packages, never-checked first" could only be answered by a
 * full scan. Version 2 stores 0 | 1 flags, `lastCheckedAt = 0` for never, and a compound index.
 */
export const SCHEMA_V1 = {
  packages: 'key, orderId, trackingNumber, lastCheckedAt',
  events: '[packageKey+eventKey], packageKey',
  pollCursor: 'id',
  alerts: '[packageKey+riskCode], raisedAt',
  labelClicks: 'orderId',
  quarantine: '++id, at',
} as const;

export const SCHEMA_V2 = {
  packages: 'key, orderId, trackingNumber, [watched+lastCheckedAt], [watched+atRisk]',
  events: '[packageKey+eventKey], packageKey, [packageKey+at]',
  pollCursor: 'id',
  alerts: '[packageKey+riskCode], orderId, notified, raisedAt',
  labelClicks: 'orderId',
  quarantine: '++id, at',
  meta: 'key',
} as const;

/**
 * Version 3: an indexed time anchor per package (`[watched+anchorAt]`, the shop view's window), the
 * time a package left the watch list (`closedAt`, what retention counts from), label clicks by their
 * last click (retention), and one notice per order.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  packages: `${SCHEMA_V2.packages}, [watched+anchorAt], closedAt`,
  labelClicks: 'orderId, lastClickAt',
  notices: 'orderId',
} as const;

/**
 * Version 5: `factDays`, the metric facts of finished packages kept per day of their anchor, maintained
 * with every package write (fact-days.ts): the shop view reads ~16 of them instead of ~4,000 rows.
 */
const SCHEMA_V5 = { ...SCHEMA_V3, factDays: 'day' } as const;

export const DB_VERSION = 5;

export class LastmileDb extends Dexie {
  packages!: Table<PackageRecord, string>;
  events!: Table<EventRecord, [string, string]>;
  pollCursor!: Table<PollCursorRecord, string>;
  alerts!: Table<AlertRecord, [string, string]>;
  labelClicks!: Table<LabelClickRecord, string>;
  quarantine!: Table<QuarantineRecord, number>;
  meta!: Table<MetaRecord, string>;
  notices!: Table<NoticeRecord, string>;
  factDays!: Table<FactDayRecord, number>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('packages')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.watched = row.watch ? 1 : 0;
            delete row.watch;
            row.lastCheckedAt = typeof row.lastCheckedAt === 'number' ? row.lastCheckedAt : 0;
            const risks = Array.isArray(row.risks) ? row.risks : [];
            row.risks = risks;
            row.atRisk = risks.length > 0 ? 1 : 0;
          });
        await tx
          .table('alerts')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.notified = row.notified ? 1 : 0;
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx
          .table('packages')
          .toCollection()
          .modify((row: PackageRecord, ref: { value: PackageRecord }) => {
            ref.value = withDerivedTimes(row, row.updatedAt || row.lastCheckedAt || Date.now());
          });
      });
    // Version 4: each package carries its trail digest (`trail`), derived here from the stored events,
    // and its order's first print-label click (`labelClickAt`).
    this.version(4)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const trails = new Map<string, TrailDigest>();
        let key: string | undefined;
        let group: EventRecord[] = [];
        // Events are keyed [packageKey+eventKey] and a table walk follows the key: each package's events come together.
        await tx.table('events').each((event: EventRecord) => {
          if (event.packageKey !== key) {
            if (key !== undefined) trails.set(key, digestStoredEvents(group));
            key = event.packageKey;
            group = [];
          }
          group.push(event);
        });
        if (key !== undefined) trails.set(key, digestStoredEvents(group));
        const clicks = new Map<string, number>();
        await tx.table('labelClicks').each((click: LabelClickRecord) => clicks.set(click.orderId, click.firstClickAt));
        await tx
          .table('packages')
          .toCollection()
          .modify((row: PackageRecord) => {
            row.trail = trails.get(row.key) ?? digestStoredEvents([]);
            const clickAt = clicks.get(row.orderId);
            if (clickAt !== undefined) row.labelClickAt = clickAt;
          });
      });
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((tx) => rebuildFactDays(tx.table('packages'), tx.table('factDays')));
    this.use(factDaysMiddleware);
  }
}

/**
 * Opens (creating or upgrading as needed) the store. Pass Dexie options to inject an IndexedDB
 * implementation. Example: `const db = await openDb()`.
 */
export async function openDb(name: string = DB_NAME, options?: DexieOptions): Promise<LastmileDb> {
  const db = new LastmileDb(name, options);
  await db.open();
  return db;
}
