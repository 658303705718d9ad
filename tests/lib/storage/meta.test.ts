import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, readMeta, writeMeta, type LastmileDb } from '@/lib/storage';

let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`meta-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('meta', () => {
  it('reads undefined until written, then the last value', async () => {
    expect(await readMeta(db, 'discovery:update-time')).toBeUndefined();
    await writeMeta(db, 'discovery:update-time', 1_700_000_000);
    await writeMeta(db, 'discovery:update-time', 1_700_000_300);
    expect(await readMeta<number>(db, 'discovery:update-time')).toBe(1_700_000_300);
  });
});
