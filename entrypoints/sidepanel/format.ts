import { formatDuration } from '@/lib/diagnostics';
import type { Locale } from '@/lib/i18n';

/**
 * Display formatting for the side panel: moments in the browser's zone (what the seller's clock
 * says), ratios as percentages, durations as "5 h 12 m" (lib/diagnostics wording, both languages).
 */

const TIME_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/** A moment as a short local date and time. Example: `formatTime(t, 'en')` → "5 Mar 2026, 09:00". */
export function formatTime(ms: number | undefined, locale: Locale): string | undefined {
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  let format = TIME_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    TIME_FORMATS.set(locale, format);
  }
  return format.format(new Date(ms));
}

/** A ratio as a percentage with one decimal. Example: `formatPercent(0.95, 'en')` → "95.0%". */
export function formatPercent(ratio: number | null | undefined, locale: Locale): string | undefined {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return undefined;
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
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
