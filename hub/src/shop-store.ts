/**
 * One shop's SQLite store inside its Durable Object: webhook events, orders' last pushed status,
 * packages (the extension's `PackageRecord` as JSON, plus the columns the scheduler queries), events
 * and alerts with the same unique keys as the extension's IndexedDB ((package, event key) and
 * (package, risk code)), so re-running any step never duplicates a row.
 */
import type { EventRecord, PackageRecord } from '@/lib/storage/db';
import type { NewEvent } from '@/lib/storage/events';
import type { SqlStorage } from './runtime';

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS webhook_events (
     tts_notification_id TEXT PRIMARY KEY, type INTEGER NOT NULL, timestamp INTEGER, data TEXT NOT NULL,
     received_at INTEGER NOT NULL, processed_at INTEGER)`,
  `CREATE INDEX IF NOT EXISTS webhook_events_pending ON webhook_events (processed_at, timestamp)`,
  `CREATE TABLE IF NOT EXISTS orders (order_id TEXT PRIMARY KEY, status TEXT NOT NULL, status_time INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS packages (
     key TEXT PRIMARY KEY, order_id TEXT NOT NULL, watched INTEGER NOT NULL, due_at INTEGER NOT NULL, record TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS packages_due ON packages (watched, due_at)`,
  `CREATE INDEX IF NOT EXISTS packages_order ON packages (order_id)`,
  `CREATE TABLE IF NOT EXISTS events (
     package_key TEXT NOT NULL, event_key TEXT NOT NULL, at INTEGER NOT NULL, status TEXT NOT NULL,
     description TEXT NOT NULL, is_carrier_scan INTEGER NOT NULL, stored_at INTEGER NOT NULL,
     PRIMARY KEY (package_key, event_key))`,
  `CREATE TABLE IF NOT EXISTS alerts (
     package_key TEXT NOT NULL, risk_code TEXT NOT NULL, order_id TEXT NOT NULL, raised_at INTEGER NOT NULL,
     PRIMARY KEY (package_key, risk_code))`,
  `CREATE TABLE IF NOT EXISTS shop (
     id INTEGER PRIMARY KEY CHECK (id = 1), shop_id TEXT NOT NULL, region TEXT, cipher TEXT NOT NULL,
     tokens TEXT NOT NULL, registered_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS quarantine (
     id INTEGER PRIMARY KEY AUTOINCREMENT, endpoint TEXT NOT NULL, path TEXT NOT NULL, issue TEXT NOT NULL,
     at INTEGER NOT NULL, payload TEXT)`,
];

export interface StoredWebhook {
  tts_notification_id: string;
  type: number;
  timestamp: number | null;
  data: unknown;
}

export interface ShopRow {
  shopId: string;
  region: string | null;
  cipher: string;
  /** Sealed tokens (token-box.ts). */
  tokens: string;
}

export interface StoredAlert {
  packageKey: string;
  riskCode: string;
  orderId: string;
  raisedAt: number;
}

/** A package row to write: the record and when it is due next. */
export interface PackageWrite {
  record: PackageRecord;
  dueAt: number;
}

/** Never due again (a package no longer watched). */
export const NEVER = Number.MAX_SAFE_INTEGER;

export function createShopStore(sql: SqlStorage) {
  for (const statement of SCHEMA) sql.exec(statement);

  const readRecord = (row: { record: string }) => JSON.parse(row.record) as PackageRecord;

  const store = {
    /** Stores a webhook once by `tts_notification_id`; returns whether it was new. */
    addWebhook(event: StoredWebhook, receivedAt: number): boolean {
      return (
        sql.exec(
          `INSERT OR IGNORE INTO webhook_events (tts_notification_id, type, timestamp, data, received_at)
           VALUES (?, ?, ?, ?, ?)`,
          event.tts_notification_id,
          event.type,
          event.timestamp,
          JSON.stringify(event.data ?? null),
          receivedAt,
        ).rowsWritten > 0
      );
    },

    /** Every stored webhook, in the order received. */
    /**
     * Stored webhooks in arrival order (the row order, which never changes), all of them or a page of
     * `limit` after the event `after` names. `undefined` when `after` is not a stored event.
     */
    listWebhooks(page: { limit?: number; after?: string } = {}): StoredWebhook[] | undefined {
      let from = 0;
      if (page.after !== undefined) {
        const row = sql
          .exec<{ id: number }>(`SELECT rowid AS id FROM webhook_events WHERE tts_notification_id = ?`, page.after)
          .toArray()[0];
        if (!row) return undefined;
        from = row.id;
      }
      return sql
        .exec<{ tts_notification_id: string; type: number; timestamp: number | null; data: string }>(
          `SELECT tts_notification_id, type, timestamp, data FROM webhook_events WHERE rowid > ? ORDER BY rowid LIMIT ?`,
          from,
          page.limit ?? -1,
        )
        .toArray()
        .map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
    },

    /** Webhooks not processed yet, oldest platform time first (ties: arrival). */
    pendingWebhooks(limit: number): StoredWebhook[] {
      return sql
        .exec<{ tts_notification_id: string; type: number; timestamp: number | null; data: string }>(
          `SELECT tts_notification_id, type, timestamp, data FROM webhook_events WHERE processed_at IS NULL
           ORDER BY timestamp, received_at, rowid LIMIT ?`,
          limit,
        )
        .toArray()
        .map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
    },

    markWebhookProcessed(id: string, at: number): void {
      sql.exec(`UPDATE webhook_events SET processed_at = ? WHERE tts_notification_id = ?`, at, id);
    },

    countPendingWebhooks(): number {
      return sql.exec<{ n: number }>(`SELECT count(*) AS n FROM webhook_events WHERE processed_at IS NULL`).one().n;
    },

    /** Records an order status pushed at `time`; false (nothing written) when a newer one is stored. */
    recordOrderStatus(orderId: string, status: string, time: number): boolean {
      const stored = sql
        .exec<{ status_time: number }>(`SELECT status_time FROM orders WHERE order_id = ?`, orderId)
        .toArray()[0];
      if (stored && stored.status_time > time) return false;
      sql.exec(`INSERT OR REPLACE INTO orders (order_id, status, status_time) VALUES (?, ?, ?)`, orderId, status, time);
      return true;
    },

    getPackage(key: string): PackageRecord | undefined {
      const row = sql.exec<{ record: string }>(`SELECT record FROM packages WHERE key = ?`, key).toArray()[0];
      return row ? readRecord(row) : undefined;
    },

    packagesOfOrder(orderId: string): PackageRecord[] {
      return sql
        .exec<{ record: string }>(`SELECT record FROM packages WHERE order_id = ? ORDER BY key`, orderId)
        .toArray()
        .map(readRecord);
    },

    /** Watched packages due by `now`, most urgent first. */
    duePackages(now: number, limit: number): PackageRecord[] {
      return sql
        .exec<{ record: string }>(
          `SELECT record FROM packages WHERE watched = 1 AND due_at <= ? ORDER BY due_at, key LIMIT ?`,
          now,
          limit,
        )
        .toArray()
        .map(readRecord);
    },

    /** The earliest time a watched package is due, or undefined with nothing watched. */
    nextDueAt(): number | undefined {
      return (
        sql.exec<{ due: number | null }>(`SELECT min(due_at) AS due FROM packages WHERE watched = 1`).one().due ??
        undefined
      );
    },

    putPackage({ record, dueAt }: PackageWrite): void {
      const row: PackageRecord = { ...record, atRisk: record.risks.length > 0 ? 1 : 0 };
      sql.exec(
        `INSERT OR REPLACE INTO packages (key, order_id, watched, due_at, record) VALUES (?, ?, ?, ?, ?)`,
        row.key,
        row.orderId,
        row.watched,
        row.watched ? dueAt : NEVER,
        JSON.stringify(row),
      );
    },

    /** Makes an order's watched packages due now (a webhook said something changed). */
    makeOrderDue(orderId: string, dueAt: number): number {
      return sql.exec(`UPDATE packages SET due_at = min(due_at, ?) WHERE order_id = ? AND watched = 1`, dueAt, orderId)
        .rowsWritten;
    },

    /** Stops watching every package of an order (cancelled). */
    unwatchOrder(orderId: string, now: number): void {
      for (const record of store.packagesOfOrder(orderId))
        store.putPackage({ record: { ...record, watched: 0, updatedAt: now }, dueAt: NEVER });
    },

    /** Moves an `order:` placeholder's events and alerts to the package's real key and drops the placeholder row. */
    rekey(fromKey: string, toKey: string): void {
      sql.exec(`UPDATE OR IGNORE events SET package_key = ? WHERE package_key = ?`, toKey, fromKey);
      sql.exec(`DELETE FROM events WHERE package_key = ?`, fromKey);
      sql.exec(`UPDATE OR IGNORE alerts SET package_key = ? WHERE package_key = ?`, toKey, fromKey);
      sql.exec(`DELETE FROM alerts WHERE package_key = ?`, fromKey);
      sql.exec(`DELETE FROM packages WHERE key = ?`, fromKey);
    },

    eventsOf(packageKey: string): EventRecord[] {
      return sql
        .exec<{
          event_key: string;
          at: number;
          status: string;
          description: string;
          is_carrier_scan: number;
          stored_at: number;
        }>(
          `SELECT event_key, at, status, description, is_carrier_scan, stored_at FROM events WHERE package_key = ? ORDER BY at`,
          packageKey,
        )
        .toArray()
        .map((r) => ({
          packageKey,
          eventKey: r.event_key,
          at: r.at,
          status: r.status,
          description: r.description,
          isCarrierScan: r.is_carrier_scan === 1,
          storedAt: r.stored_at,
        }));
    },

    /** Adds events once per (package, event key); returns how many were new. */
    addEvents(packageKey: string, events: readonly NewEvent[], storedAt: number): number {
      let added = 0;
      for (const e of events) {
        added += sql.exec(
          `INSERT OR IGNORE INTO events (package_key, event_key, at, status, description, is_carrier_scan, stored_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          packageKey,
          e.eventKey,
          e.at,
          e.status,
          e.description,
          e.isCarrierScan ? 1 : 0,
          storedAt,
        ).rowsWritten;
      }
      return added;
    },

    /** Raises an alert once per (package, risk); returns whether it was new. */
    raiseAlert(alert: StoredAlert): boolean {
      return (
        sql.exec(
          `INSERT OR IGNORE INTO alerts (package_key, risk_code, order_id, raised_at) VALUES (?, ?, ?, ?)`,
          alert.packageKey,
          alert.riskCode,
          alert.orderId,
          alert.raisedAt,
        ).rowsWritten > 0
      );
    },

    /** Alerts whose package is still watched and still has that risk, newest first. */
    openAlerts(): Array<StoredAlert & { record: PackageRecord }> {
      return sql
        .exec<{ package_key: string; risk_code: string; order_id: string; raised_at: number; record: string }>(
          `SELECT a.package_key, a.risk_code, a.order_id, a.raised_at, p.record FROM alerts a
           JOIN packages p ON p.key = a.package_key WHERE p.watched = 1 ORDER BY a.raised_at DESC, a.package_key`,
        )
        .toArray()
        .map((r) => ({
          packageKey: r.package_key,
          riskCode: r.risk_code,
          orderId: r.order_id,
          raisedAt: r.raised_at,
          record: readRecord(r),
        }))
        .filter((a) => a.record.risks.includes(a.riskCode));
    },

    quarantine(entry: { endpoint: string; path: string; issue: string; at: number; payload?: unknown }): void {
      sql.exec(
        `INSERT INTO quarantine (endpoint, path, issue, at, payload) VALUES (?, ?, ?, ?, ?)`,
        entry.endpoint,
        entry.path,
        entry.issue,
        entry.at,
        entry.payload === undefined ? null : JSON.stringify(entry.payload).slice(0, 2000),
      );
    },

    getShop(): ShopRow | undefined {
      const row = sql
        .exec<{ shop_id: string; region: string | null; cipher: string; tokens: string }>(
          `SELECT shop_id, region, cipher, tokens FROM shop WHERE id = 1`,
        )
        .toArray()[0];
      return row ? { shopId: row.shop_id, region: row.region, cipher: row.cipher, tokens: row.tokens } : undefined;
    },

    putShop(shop: ShopRow, at: number): void {
      sql.exec(
        `INSERT OR REPLACE INTO shop (id, shop_id, region, cipher, tokens, registered_at) VALUES (1, ?, ?, ?, ?, ?)`,
        shop.shopId,
        shop.region,
        shop.cipher,
        shop.tokens,
        at,
      );
    },

    setTokens(sealed: string): void {
      sql.exec(`UPDATE shop SET tokens = ? WHERE id = 1`, sealed);
    },

    readMeta<T>(key: string): T | undefined {
      const row = sql.exec<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, key).toArray()[0];
      return row ? (JSON.parse(row.value) as T) : undefined;
    },

    writeMeta(key: string, value: unknown): void {
      sql.exec(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`, key, JSON.stringify(value));
    },

    /** Counts for tests, the bench and the status route. */
    stats(now: number) {
      const count = (q: string, ...bindings: number[]) => sql.exec<{ n: number }>(q, ...bindings).one().n;
      return {
        webhooks: count(`SELECT count(*) AS n FROM webhook_events`),
        pendingWebhooks: count(`SELECT count(*) AS n FROM webhook_events WHERE processed_at IS NULL`),
        packages: count(`SELECT count(*) AS n FROM packages`),
        watched: count(`SELECT count(*) AS n FROM packages WHERE watched = 1`),
        due: count(`SELECT count(*) AS n FROM packages WHERE watched = 1 AND due_at <= ?`, now),
        events: count(`SELECT count(*) AS n FROM events`),
        alerts: count(`SELECT count(*) AS n FROM alerts`),
        quarantined: count(`SELECT count(*) AS n FROM quarantine`),
      };
    },
  };
  return store;
}

export type ShopStore = ReturnType<typeof createShopStore>;
