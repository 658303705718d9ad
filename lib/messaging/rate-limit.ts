/** At most `max` messages of one type per `windowMs`, per sending tab. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/**
 * Sliding-window counters per key (message type + tab). In memory: a restarted worker starts afresh,
 * which only ever allows more, never refuses the seller wrongly.
 * Example: `const limiter = createRateLimiter(); limiter.allow('open:7', { max: 5, windowMs: 10_000 })`.
 */
export function createRateLimiter(now: () => number = Date.now) {
  const hits = new Map<string, number[]>();
  return {
    allow(key: string, limit: RateLimit): boolean {
      const at = now();
      const recent = (hits.get(key) ?? []).filter((t) => at - t < limit.windowMs);
      const allowed = recent.length < limit.max;
      if (allowed) recent.push(at);
      hits.set(key, recent);
      return allowed;
    },
  };
}
