import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/tiktok';

function fakeClock() {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
    slept,
  };
}

describe('createRateLimiter', () => {
  it('spaces requests evenly at the configured rate', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ qps: 10, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(clock.slept).toEqual([100, 100, 100, 100]);
    expect(clock.now()).toBe(400);
  });

  it('reserves slots for concurrent callers without re-reading the clock', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ qps: 4, now: clock.now, sleep: async (ms) => void clock.slept.push(ms) });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(clock.slept).toEqual([250, 500]);
  });

  it('lets a burst through, then paces', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ qps: 10, burst: 3, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(clock.slept).toEqual([100]);
  });

  it('does not wait after an idle period', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ qps: 2, now: clock.now, sleep: clock.sleep });
    await limiter.acquire();
    clock.advance(5_000);
    expect(limiter.peekDelayMs()).toBe(0);
    await limiter.acquire();
    expect(clock.slept).toEqual([]);
  });

  it('never allows more than qps requests in any one-second window', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ qps: 7, now: clock.now, sleep: clock.sleep });
    const starts: number[] = [];
    for (let i = 0; i < 50; i++) {
      await limiter.acquire();
      starts.push(clock.now());
    }
    for (const start of starts)
      expect(starts.filter((s) => s >= start && s < start + 1000).length).toBeLessThanOrEqual(7);
  });

  it('rejects a non-positive rate', () => {
    const clock = fakeClock();
    expect(() => createRateLimiter({ qps: 0, now: clock.now, sleep: clock.sleep })).toThrow(RangeError);
  });
});
