import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabaseHandle, type DatabaseStatus } from '@/lib/background/database';
import { openDb, type LastmileDb } from '@/lib/storage';

describe('createDatabaseHandle', () => {
  it('does not keep a failed open: the next request opens again, and the status says failed then ok (issue 12.8)', async () => {
    let attempts = 0;
    const statuses: DatabaseStatus[] = [];
    const handle = createDatabaseHandle(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return openDb(`handle-${crypto.randomUUID()}`);
      },
      { now: () => 42, onStatus: (s) => statuses.push(s) },
    );
    await expect(handle.get()).rejects.toThrow(
      "The extension's local database could not be opened (QuotaExceededError: The quota has been exceeded.).",
    );
    expect(handle.status()).toEqual({
      state: 'failed',
      reason: 'QuotaExceededError: The quota has been exceeded.',
      at: 42,
    });
    const db = await handle.get();
    expect(attempts).toBe(2);
    expect(handle.status()).toEqual({ state: 'ok' });
    expect(statuses.map((s) => s.state)).toEqual(['failed', 'ok']);
    // Once open, the store is shared for the worker's life.
    expect(await handle.get()).toBe(db);
    expect(attempts).toBe(2);
    db.close();
  });

  it('callers waiting on the same open share it', async () => {
    let attempts = 0;
    const handle = createDatabaseHandle(async () => {
      attempts += 1;
      return openDb(`shared-${crypto.randomUUID()}`);
    });
    const [a, b] = await Promise.all([handle.get(), handle.get()]);
    expect(a).toBe(b);
    expect(attempts).toBe(1);
    (a as LastmileDb).close();
  });
});
