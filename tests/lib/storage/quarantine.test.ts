import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  QUARANTINE_MAX_ROWS,
  QUARANTINE_PAYLOAD_CHARS,
  countQuarantine,
  listQuarantine,
  openDb,
  quarantinePayload,
  type LastmileDb,
} from '@/lib/storage';

let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`quarantine-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const entry = {
  endpoint: '/fulfillment/202309/orders/{order_id}/tracking',
  path: 'data.tracking',
  issue: 'expected array, received object',
  at: 5,
};

describe('quarantinePayload', () => {
  it('stores endpoint, path, issue, time and a JSON excerpt of the payload', async () => {
    await quarantinePayload(db, { ...entry, payload: { tracking: {} }, orderId: 'o1' });
    expect(await listQuarantine(db)).toEqual([{ id: 1, ...entry, orderId: 'o1', payload: '{"tracking":{}}' }]);
  });

  it('keeps at most a fixed excerpt of a large payload', async () => {
    await quarantinePayload(db, { ...entry, payload: 'x'.repeat(QUARANTINE_PAYLOAD_CHARS * 3) });
    expect((await listQuarantine(db))[0]!.payload).toHaveLength(QUARANTINE_PAYLOAD_CHARS);
  });

  it('keeps only the newest rows', async () => {
    for (let i = 0; i < QUARANTINE_MAX_ROWS + 3; i += 1) await quarantinePayload(db, { ...entry, at: i });
    expect(await countQuarantine(db)).toBe(QUARANTINE_MAX_ROWS);
    expect((await listQuarantine(db, 1))[0]!.at).toBe(QUARANTINE_MAX_ROWS + 2);
  });
});
