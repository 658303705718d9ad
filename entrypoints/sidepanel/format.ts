import { formatDuration, formatTimestamp } from '@/lib/diagnostics';
import type { Locale } from '@/lib/i18n';
import { formatPercent as formatRatio } from '@/lib/units';

/**
 * Display formatting for the side panel: moments with their zone (one zone per view, the market's,
 * written exactly as the findings write it), ratios as percentages, durations as "5 h 12 m"
 * (lib/diagnostics wording, both languages).
 */

/**
 * A moment in the view's zone, zone named. Example: `formatTime(t, 'America/Los_Angeles')` →
 * "2026-03-05 01:00 (America/Los_Angeles)"; `undefined` for no time.
 */
export function formatTime(ms: number | undefined, timeZone: string): string | undefined {
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  return formatTimestamp(ms, timeZone);
}

/** The zone of the browser, for times that belong to no market (the last poll). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A ratio as a percentage with one decimal, or undefined. Example: `formatPercent(0.95, 'en')` → "95.0%". */
export function formatPercent(ratio: number | null | undefined, locale: Locale): string | undefined {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? undefined : formatRatio(ratio, locale);
}

/** "5 h 12 m" / "5 小时 12 分钟". */
export function formatSpan(ms: number, locale: Locale): string {
  return formatDuration(ms, locale);
}

/** The comparator as a sign: `>=` → "≥". */
export function comparatorSign(comparator: string | undefined): string {
  switch (comparator) {
    case '>=':
      return '≥';
    case '<=':
      return '≤';
    case '<':
      return '<';
    case '>':
      return '>';
    default:
      return comparator ?? '';
  }
}

/** A moment in UTC as `YYYY-MM-DD HH:mm`, for CSV cells (unambiguous, and Excel reads it as a date). */
export function formatUtcMinute(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}
