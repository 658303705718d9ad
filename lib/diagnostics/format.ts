/**
 * Durations and moments as sellers read them, in English and Simplified Chinese. Pure: the time zone
 * is an argument, nothing reads the clock.
 */
import type { Locale, Localized } from '@/lib/i18n';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const MAX_DATE_MS = 8.64e15;

const UNITS = {
  en: { d: ' d', h: ' h', m: ' m', under: 'less than 1 m', unknown: 'unknown', sep: ' ' },
  zh: { d: ' 天', h: ' 小时', m: ' 分钟', under: '不到 1 分钟', unknown: '未知', sep: ' ' },
} as const;

/**
 * A duration in days, hours and minutes, rounded DOWN to the minute (a clock that says "5 h 12 m"
 * has not yet reached 5 h 13 m). Zero parts are left out; under a minute reads "less than 1 m".
 * The sign is ignored (callers say "ago" / "left"); a non-finite value reads "unknown".
 * Example: `formatDuration(5 * 3_600_000 + 12 * 60_000, 'en') === '5 h 12 m'`, `… 'zh'` → `'5 小时 12 分钟'`.
 */
export function formatDuration(ms: number, locale: Locale): string {
  const u = UNITS[locale] ?? UNITS.en;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return u.unknown;
  const abs = Math.abs(ms);
  if (abs < MINUTE_MS) return u.under;
  const days = Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const parts: string[] = [];
  if (days) parts.push(`${days}${u.d}`);
  if (hours) parts.push(`${hours}${u.h}`);
  if (minutes) parts.push(`${minutes}${u.m}`);
  return parts.join(u.sep);
}

/** Both languages at once, for message templates. */
export function formatDurationLocalized(ms: number): Localized {
  return { en: formatDuration(ms, 'en'), zh: formatDuration(ms, 'zh') };
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  let f = FORMATTERS.get(timeZone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return undefined;
  }
  FORMATTERS.set(timeZone, f);
  return f;
}

/**
 * A moment as `YYYY-MM-DD HH:mm (zone)` in the given IANA zone (the market's, so it matches what
 * the seller sees in Seller Center); an unknown zone falls back to UTC.
 * Example: `formatTimestamp(Date.UTC(2024, 5, 3, 15, 0), 'America/Los_Angeles') === '2024-06-03 08:00 (America/Los_Angeles)'`.
 */
export function formatTimestamp(ms: number, timeZone: string): string {
  // Date's own range is ±8.64e15 ms; beyond it there is no calendar day to show.
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return '—';
  const zone = formatterFor(timeZone) ? timeZone : 'UTC';
  const parts = Object.fromEntries(
    formatterFor(zone)!
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${zone})`;
}
