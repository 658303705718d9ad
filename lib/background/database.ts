import { openDb, type LastmileDb } from '@/lib/storage';

/** Whether the extension's IndexedDB could be opened, for the badge and the status views. */
export type DatabaseStatus = { state: 'ok' } | { state: 'failed'; reason: string; at: number };

export interface DatabaseHandle {
  /** The open store; a failed open is not kept, so the next call tries again. */
  get(): Promise<LastmileDb>;
  /** `undefined` before the first attempt settles. */
  status(): DatabaseStatus | undefined;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

/**
 * Opens the store once per worker life and shares it, but never caches a failure: a rejected open
 * (disk full, a blocked upgrade, a browser that refused IndexedDB for a moment) is forgotten, so the
 * next request retries instead of failing for the rest of the worker's life. `onStatus` hears every
 * change (failed → ok included), so the badge can say it. Example:
 * `const db = createDatabaseHandle(() => openDb()); await db.get()`.
 */
export function createDatabaseHandle(
  open: () => Promise<LastmileDb>,
  options: { now?: () => number; onStatus?: (status: DatabaseStatus) => void } = {},
): DatabaseHandle {
  let pending: Promise<LastmileDb> | undefined;
  let status: DatabaseStatus | undefined;
  const report = (next: DatabaseStatus) => {
    const changed = next.state !== status?.state || (next.state === 'failed' && status?.state === 'failed');
    status = next;
    if (changed) options.onStatus?.(next);
  };
  return {
    get() {
      if (pending) return pending;
      const attempt = open().then(
        (db) => {
          report({ state: 'ok' });
          return db;
        },
        (error: unknown) => {
          if (pending === attempt) pending = undefined;
          const reason = reasonOf(error);
          report({ state: 'failed', reason, at: (options.now ?? Date.now)() });
          throw new Error(`The extension's local database could not be opened (${reason}).`);
        },
      );
      pending = attempt;
      return attempt;
    },
    status: () => status,
  };
}

type StatusListener = (status: DatabaseStatus) => void;
const listeners = new Set<StatusListener>();

/** The worker's store handle (one per worker life). */
export const databaseHandle = createDatabaseHandle(() => openDb(), {
  onStatus: (status) => listeners.forEach((listener) => listener(status)),
});

/** Subscribes to the store's open/failed changes (the background shows them on the badge). */
export function onDatabaseStatus(listener: StatusListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
