import { describe, expect, it } from 'vitest';
import { singleFlight } from '@/lib/poller';

describe('singleFlight', () => {
  it('shares one run between overlapping calls and starts a new one afterwards', async () => {
    let runs = 0;
    let release!: () => void;
    const task = singleFlight(async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return runs;
    });
    const a = task();
    const b = task();
    release();
    expect(await Promise.all([a, b])).toEqual([1, 1]);
    const c = task();
    release();
    expect(await c).toBe(2);
  });

  it('a failed run does not block the next one', async () => {
    let calls = 0;
    const task = singleFlight(async () => {
      calls += 1;
      if (calls === 1) throw new Error('first fails');
      return 'ok';
    });
    await expect(task()).rejects.toThrow('first fails');
    await expect(task()).resolves.toBe('ok');
  });
});
