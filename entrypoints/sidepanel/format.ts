import { formatDuration } from '@/lib/diagnostics';
import type { Locale } from '@/lib/i18n';
import { formatDateTime, formatPercent as formatRatio } from '@/lib/units';

/**
 * Display formatting for the side panel over lib/units: moments in the browser's zone (what the
 * seller's clock says, zone named), ratios as percentages, durations as "5 h 12 m" (lib/diagnostics
 * wording, both languages). Missing values stay undefined so each cell can say "no data" its own way.
 */

/** A moment as a local date and time with its zone, or undefined. */
export function formatTime(ms: number | undefined, locale: Locale): string | undefined {
  return ms === undefined || !Number.isFinite(ms) ? undefined : formatDateTime(ms, locale);
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
