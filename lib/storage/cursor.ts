import type { LastmileDb, PollCursorRecord } from './db';

/** The stored poll cursor, or `undefined` when no cycle was ever started. */
export async function readPollCursor(db: LastmileDb): Promise<PollCursorRecord | undefined> {
  return db.pollCursor.get('current');
}

/** Replaces the stored poll cursor. */
export async function writePollCursor(db: LastmileDb, cursor: PollCursorRecord): Promise<void> {
  await db.pollCursor.put(cursor);
}

/** Forgets the poll cursor: the next run starts a new cycle. */
export async function clearPollCursor(db: LastmileDb): Promise<void> {
  await db.pollCursor.delete('current');
}
