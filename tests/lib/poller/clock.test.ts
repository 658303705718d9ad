/**
 * A computer clock outside the platform's timestamp window (−5 min / +30 s) is not a revoked shop:
 * polling carries on with a corrected timestamp, and when the correction does not land the seller is
 * told the clock is off by N s (issue #12, item 5), never "reconnect the shop".
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverPackages, runPollCycle } from '@/lib/poller';
import type { FetchLike } from '@/lib/tiktok';
import {
  createWorld,
  expectedEventCounts,
  seedLabelledOrders,
  storedEventCounts,
  watchAllMockOrders,
  type World,
} from './mock-shop';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function seededWorld(options: Parameters<typeof createWorld>[0] = {}): Promise<World> {
  world = await createWorld(options);
  world.api.control.seedOrders(seedLabelledOrders(10));
  await watchAllMockOrders(world);
  return world;
}

/** A proxy whose Date header is 6 min behind the real time (the corrected timestamp is refused again). */
const lyingDateHeader: FetchLike = async (url, init) => {
  const response = await fetch(url, init);
  return {
    status: response.status,
    text: () => response.text(),
    headers: {
      get: (name) =>
        name.toLowerCase() === 'date' ? new Date(Date.now() - 6 * 60_000).toUTCString() : response.headers.get(name),
    },
  };
};

describe('a wrong computer clock', () => {
  it('45 s fast: the cycle completes with a corrected timestamp (was: reconnect-needed, polling stopped)', async () => {
    // The mock's wall clock is 45 s behind ours = our clock is 45 s fast for the platform.
    const w = await seededWorld({ wallClock: () => Date.now() - 45_000 });
    const summary = await runPollCycle(w.deps());
    expect(summary).toMatchObject({ finished: true, failed: 0 });
    expect(summary.stoppedBecause).toBeUndefined();
    expect(w.connection.at(-1)).toMatchObject({ state: 'ok' });
    expect(await storedEventCounts(w)).toEqual(expectedEventCounts(w));
    // One refused request for the whole cycle: the client keeps the offset it learnt.
    expect(w.api.control.requests().filter((r) => r.code === 36_009_004)).toHaveLength(1);
  });

  it('a refusal that persists stops the cycle with "your computer\'s clock is off by N s", not reconnect', async () => {
    const w = await seededWorld({ wallClock: () => Date.now() - 45_000 });
    w.client = w.makeClient({ fetch: lyingDateHeader });
    const summary = await runPollCycle(w.deps());
    expect(summary).toMatchObject({ stoppedBecause: 'clock', finished: false });
    const state = w.connection.at(-1);
    expect(state).toMatchObject({ state: 'error' });
    expect(state?.reason?.en).toMatch(/your computer's clock is off by \d+ s/i);
    expect(state?.reason?.zh).toMatch(/时钟偏差 \d+ 秒/);
  });

  it('discovery reports the clock too', async () => {
    const w = await seededWorld({ wallClock: () => Date.now() - 45_000 });
    const states: unknown[] = [];
    const summary = await discoverPackages({
      db: w.db,
      client: w.makeClient({ fetch: lyingDateHeader }),
      now: () => w.api.control.now(),
      setConnectionState: async (s) => void states.push(s),
    });
    expect(summary.stoppedBecause).toBe('clock');
    expect(states.at(-1)).toMatchObject({ state: 'error', reason: { en: expect.stringMatching(/clock is off/) } });
  });
});
