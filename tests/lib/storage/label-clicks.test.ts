import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getLabelClick,
  getLabelClicks,
  getPackages,
  openDb,
  putPackages,
  recordLabelClick,
  upsertPackages,
  type LastmileDb,
} from '@/lib/storage';

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

describe('the first click on the package rows (labelClickAt)', () => {
  const row = (key: string, orderId: string) => ({
    key,
    orderId,
    watched: 1 as const,
    lastCheckedAt: 0,
    risks: [],
    atRisk: 0 as const,
  });

  it('a click is copied onto every package of its order, and only the first click stays', async () => {
    await putPackages(db, [row('pkg:a', 'o1'), row('pkg:b', 'o1'), row('pkg:c', 'o2')]);
    await recordLabelClick(db, 'o1', 5_000);
    await recordLabelClick(db, 'o1', 3_000);
    await recordLabelClick(db, 'o1', 9_000);
    const rows = await getPackages(db, ['pkg:a', 'pkg:b', 'pkg:c']);
    expect(rows.map((r) => r.labelClickAt)).toEqual([3_000, 3_000, undefined]);
  });

  it('a package discovered after the click gets it when stored', async () => {
    await recordLabelClick(db, 'o1', 4_000);
    await upsertPackages(db, [{ orderId: 'o1', packageId: 'p1' }], 10_000);
    expect((await getPackages(db, ['pkg:p1']))[0]?.labelClickAt).toBe(4_000);
  });

  it('a row written from an older read keeps a click recorded since', async () => {
    await putPackages(db, [row('pkg:a', 'o1')]);
    const [read] = await getPackages(db, ['pkg:a']);
    await recordLabelClick(db, 'o1', 7_000);
    await putPackages(db, [{ ...read!, lastCheckedAt: 8_000 }]);
    expect((await getPackages(db, ['pkg:a']))[0]?.labelClickAt).toBe(7_000);
  });
});
