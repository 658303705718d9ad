import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addEventsOfPackages, listEventsOfPackages, openDb, type EventRecord, type LastmileDb } from '@/lib/storage';

/** What `listEventsOfPackages` answered before the per-package range reads: one `anyOf` cursor. */
async function viaAnyOf(db: LastmileDb, keys: string[]): Promise<Map<string, EventRecord[]>> {
  const rows = await db.events.where('packageKey').anyOf(keys).toArray();
  const grouped = new Map<string, EventRecord[]>(keys.map((k) => [k, []]));
  for (const row of rows) grouped.get(row.packageKey)?.push(row);
  for (const list of grouped.values()) list.sort((a, b) => a.at - b.at);
  return grouped;
}

describe('listEventsOfPackages', () => {
  let db: LastmileDb;
  let n = 0;
  beforeEach(async () => {
    db = await openDb(`events-of-packages-${n++}`);
  });
  afterEach(() => db.close());

  it('answers what the anyOf cursor answered, same order, on random stores', async () => {
    const event = fc.record({ at: fc.integer({ min: 0, max: 20 }), text: fc.constantFrom('a', 'b', 'c', 'd') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.array(event, { maxLength: 6 })), { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 10 }),
        async (stored, asked) => {
          await db.events.clear();
          await addEventsOfPackages(
            db,
            stored.map(([p, events]) => ({
              packageKey: `pkg:${p}`,
              events: events.map((e) => ({
                eventKey: `${e.text}|${e.at}`,
                at: e.at,
                description: e.text,
                status: 'in-transit',
                isCarrierScan: true,
              })),
            })),
            1,
          );
          const keys = asked.map((p) => `pkg:${p}`);
          expect([...(await listEventsOfPackages(db, keys))]).toEqual([...(await viaAnyOf(db, keys))]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
