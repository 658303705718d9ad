import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearPollCursor, openDb, readPollCursor, writePollCursor, type LastmileDb } from '@/lib/storage';

let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`cursor-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('poll cursor', () => {
  it('is absent before the first cycle, then holds one cycle at a time', async () => {
    expect(await readPollCursor(db)).toBeUndefined();
    await writePollCursor(db, {
      id: 'current',
      cycleId: 'cycle-1-5',
      seq: 1,
      startedAt: 5,
      remaining: ['pkg:a', 'pkg:b'],
      done: [],
    });
    await writePollCursor(db, {
      id: 'current',
      cycleId: 'cycle-1-5',
      seq: 1,
      startedAt: 5,
      remaining: ['pkg:b'],
      done: ['pkg:a'],
    });
    expect(await db.pollCursor.count()).toBe(1);
    expect(await readPollCursor(db)).toMatchObject({ remaining: ['pkg:b'], done: ['pkg:a'] });
    await clearPollCursor(db);
    expect(await readPollCursor(db)).toBeUndefined();
  });
});
