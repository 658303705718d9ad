import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getLabelClick, getLabelClicks, openDb, recordLabelClick, type LastmileDb } from '@/lib/storage';

let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`clicks-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('recordLabelClick', () => {
  it('keeps the first click time and counts clicks', async () => {
    await recordLabelClick(db, 'o1', 2_000);
    await recordLabelClick(db, 'o1', 5_000);
    // A click recorded late by a slow tab still cannot move the first click later or earlier wrongly.
    await recordLabelClick(db, 'o1', 1_000);
    expect(await getLabelClick(db, 'o1')).toEqual({
      orderId: 'o1',
      firstClickAt: 1_000,
      lastClickAt: 5_000,
      clicks: 3,
    });
  });

  it('looks up many orders at once, leaving out unknown ones', async () => {
    await recordLabelClick(db, 'o1', 1);
    const map = await getLabelClicks(db, ['o1', 'o2']);
    expect([...map.keys()]).toEqual(['o1']);
  });
});
