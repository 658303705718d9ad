/**
 * Calendar days in a market's own time zone. Delivery benchmarks are stated in calendar days (S4–S6),
 * so a parcel labelled at 23:30 and delivered at 00:30 the next day took one day, and a day across a
 * daylight-saving change is still one day even though it lasts 23 or 25 hours. Pure: uses the IANA
 * data that ships with the JS engine (Intl), never the clock.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const QUARTER_HOUR_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * UTC offsets per zone and 15-minute bucket. Intl formatting costs about 10 µs a call and metrics
 * count days for thousands of packages; an offset cannot change inside a bucket because every
 * current zone's offsets and transitions fall on 15-minute UTC boundaries. Bounded so a long-lived
 * worker does not grow it forever.
 */
const offsetCaches = new Map<string, Map<number, number>>();
/**
 * Per zone and UTC day: the day's one offset, or `null` on a day the offset changes (then buckets are
 * asked). A day whose first and last buckets agree has one offset throughout: no zone changes its
 * offset and back within a day. Thousands of packages fall on a few dozen days, so a view asks Intl
 * a few dozen times instead of once per package time.
 */
const dayOffsetCaches = new Map<string, Map<number, number | null>>();
const OFFSET_CACHE_LIMIT = 50_000;

function cacheOf<V>(caches: Map<string, Map<number, V>>, timeZone: string): Map<number, V> {
  let cache = caches.get(timeZone);
  if (!cache) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
  return cache;
}

function bucketOffsetMs(atMs: number, timeZone: string): number {
  const cache = cacheOf(offsetCaches, timeZone);
  const bucket = Math.floor(atMs / QUARTER_HOUR_MS);
  const cached = cache.get(bucket);
  if (cached !== undefined) return cached;
  const bucketStart = bucket * QUARTER_HOUR_MS;
  const parts = formatterFor(timeZone).formatToParts(bucketStart);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Some engines still write midnight as hour 24 despite h23.
  const hour = get('hour') % 24;
  const localAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), hour, get('minute'), get('second'));
  const offset = localAsUtc - bucketStart;
  cache.set(bucket, offset);
  return offset;
}

function zoneOffsetMs(atMs: number, timeZone: string): number {
  const cache = cacheOf(dayOffsetCaches, timeZone);
  const day = Math.floor(atMs / DAY_MS);
  let offset = cache.get(day);
  if (offset === undefined) {
    const first = bucketOffsetMs(day * DAY_MS, timeZone);
    offset = first === bucketOffsetMs((day + 1) * DAY_MS - QUARTER_HOUR_MS, timeZone) ? first : null;
    cache.set(day, offset);
  }
  return offset ?? bucketOffsetMs(atMs, timeZone);
}

/** Whether the engine knows this IANA zone. `isValidTimeZone('America/Los_Angeles') === true`, `isValidTimeZone('Mars/Base') === false`. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local calendar day of an instant as a day number (days since 1970-01-01 of that local date).
 * Example: `localDayNumber(Date.UTC(2024, 2, 10, 7, 30), 'America/Los_Angeles')` is the number of 2024-03-09.
 */
export function localDayNumber(atMs: number, timeZone: string): number {
  return Math.floor((atMs + zoneOffsetMs(atMs, timeZone)) / DAY_MS);
}

/**
 * Calendar days from one instant to another in a time zone: the number of local midnights crossed
 * (same local date → 0). Negative when `toMs` is before `fromMs`. Throws RangeError only for a zone the
 * engine does not know; check with `isValidTimeZone` first.
 * Example: label 2024-03-09 23:30 and delivery 2024-03-11 00:30 in `America/Los_Angeles` → 2 (24 h
 * elapsed across the spring-forward night).
 */
export function countCalendarDays(fromMs: number, toMs: number, timeZone: string): number {
  return localDayNumber(toMs, timeZone) - localDayNumber(fromMs, timeZone);
}
