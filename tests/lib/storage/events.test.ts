import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addEvents,
  countEvents,
  listEvents,
  listEventsOfPackages,
  openDb,
  type LastmileDb,
  type NewEvent,
} from '@/lib/storage';

let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`events-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const scan = (at: number, description: string): NewEvent => ({
  eventKey: `${at}|${description.toLowerCase()}`,
  at,
  status: 'in-transit',
  description,
  isCarrierScan: true,
});

describe('addEvents', () => {
  it('stores new events and returns how many were new', async () => {
    expect(await addEvents(db, 'pkg:1', [scan(2, 'Departed'), scan(1, 'Picked up')], 100)).toBe(2);
    expect((await listEvents(db, 'pkg:1')).map((e) => [e.description, e.storedAt])).toEqual([
      ['Picked up', 100],
      ['Departed', 100],
    ]);
  });

  it('re-adding the same events is a no-op', async () => {
    await addEvents(db, 'pkg:1', [scan(1, 'Picked up'), scan(2, 'Departed')], 100);
    expect(await addEvents(db, 'pkg:1', [scan(2, 'Departed'), scan(1, 'Picked up'), scan(3, 'Delivered')], 200)).toBe(
      1,
    );
    expect(await countEvents(db)).toBe(3);
    expect((await listEvents(db, 'pkg:1'))[0]!.storedAt).toBe(100);
  });

  it('counts a duplicate inside one call once', async () => {
    expect(await addEvents(db, 'pkg:1', [scan(1, 'Picked up'), scan(1, 'Picked up')], 100)).toBe(1);
  });

  it('keeps the same event of two packages apart', async () => {
    await addEvents(db, 'pkg:1', [scan(1, 'Picked up')], 100);
    expect(await addEvents(db, 'pkg:2', [scan(1, 'Picked up')], 100)).toBe(1);
    const grouped = await listEventsOfPackages(db, ['pkg:1', 'pkg:2', 'pkg:3']);
    expect([...grouped].map(([k, v]) => [k, v.length])).toEqual([
      ['pkg:1', 1],
      ['pkg:2', 1],
      ['pkg:3', 0],
    ]);
  });

  it('adding nothing returns 0', async () => {
    expect(await addEvents(db, 'pkg:1', [], 100)).toBe(0);
  });
});
