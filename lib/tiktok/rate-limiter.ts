/**
 * Client-side pacing so the extension stays well under the platform's default 50 QPS per endpoint
 * per app + shop (shared/reference/tiktok-open-api.md §4).
 *
 * A token bucket written as GCRA ("virtual scheduling"): each `acquire` reserves the next free slot
 * synchronously and then sleeps until it. Reservations make it safe under concurrent callers, and the
 * caller never re-reads the clock after sleeping, so an injected no-op `sleep` keeps tests instant.
 */

export interface RateLimiterOptions {
  /** Sustained requests per second. */
  qps: number;
  /** Requests allowed back-to-back before pacing starts (bucket size). Default 1: evenly spaced. */
  burst?: number;
  /** Monotonic clock in ms. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /** Resolves when the caller may send one request. */
  acquire(): Promise<void>;
  /** Ms a request started now would wait (for tests and diagnostics). */
  peekDelayMs(): number;
}

/**
 * Creates a token-bucket limiter.
 * Example: `createRateLimiter({ qps: 10, now, sleep })` lets one request through every 100 ms.
 */
export function createRateLimiter({ qps, burst = 1, now, sleep }: RateLimiterOptions): RateLimiter {
  if (!(qps > 0) || !Number.isFinite(qps)) throw new RangeError(`qps must be a positive number, got ${qps}`);
  if (!(burst >= 1)) throw new RangeError(`burst must be at least 1, got ${burst}`);
  const intervalMs = 1000 / qps;
  const toleranceMs = (burst - 1) * intervalMs;
  let theoreticalArrival = -Infinity;

  function reserve(): number {
    const t = now();
    const arrival = Math.max(theoreticalArrival, t);
    // Whole milliseconds, rounded up: float drift (1000 / 7 …) must never let qps + 1 requests into one second.
    const delay = Math.max(0, Math.ceil(arrival - toleranceMs - t - 1e-9));
    theoreticalArrival = arrival + intervalMs;
    return delay;
  }

  return {
    async acquire() {
      const delay = reserve();
      if (delay > 0) await sleep(delay);
    },
    peekDelayMs() {
      const t = now();
      return Math.max(0, Math.max(theoreticalArrival, t) - toleranceMs - t);
    },
  };
}
