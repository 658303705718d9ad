import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { problemTitle, signalTexts, type Problem } from '@/lib/signals';
import { MARKET_TIME_ZONES } from '@/lib/tracking/policy';
import type { FeatureContext } from './feature';
import { onListData } from './list-data';
import { onPageSettingsChange } from './page-context';

/** Countdowns move: re-render the signals twice a minute even when the page is still. */
const TICK_MS = 30_000;

/**
 * Re-renders a signal feature when the seller's settings change (language, switches), when the list
 * XHR delivered more orders, and on a clock tick; all stop with the page.
 */
export function followSignals(ctx: FeatureContext, { tick = false } = {}): void {
  const stops = [onPageSettingsChange(ctx.requestUpdate), onListData(ctx.requestUpdate)];
  let timer: number | undefined;
  if (tick) timer = window.setInterval(ctx.requestUpdate, TICK_MS);
  ctx.signal.addEventListener(
    'abort',
    () => {
      for (const stop of stops) stop();
      if (timer) clearInterval(timer);
    },
    { once: true },
  );
}

/** A problem's one-line text in the hint language; a diagnosis says its finding's title. */
export function problemLine(problem: Problem, now: number, locale: Locale, finding?: Localized): string {
  return localize(problemTitle(problem, now, finding), locale);
}

/** "Deadline 8 Mar 2026, 10:42 PST (America/Los_Angeles) · from Seller Center": the market's zone. */
export function deadlineDetail(problem: Problem, market: string | null, locale: Locale): string | undefined {
  if (problem.dueAt === undefined) return undefined;
  const zone = (market && MARKET_TIME_ZONES[market as keyof typeof MARKET_TIME_ZONES]) || 'UTC';
  let time: string;
  try {
    time = dateFormatOf(locale, zone).format(problem.dueAt);
  } catch {
    time = new Date(problem.dueAt).toISOString();
  }
  const source =
    problem.dueSource === 'api'
      ? signalTexts.sourceApi
      : problem.dueSource === 'seed'
        ? signalTexts.sourceSeed
        : signalTexts.sourcePage;
  return `${localize(fillLocalized(signalTexts.dueAt, { time, zone }), locale)} · ${localize(source, locale)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and zone: building one costs more than the rest of a chip. */
function dateFormatOf(locale: Locale, zone: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: zone,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateFormats.set(key, format);
  }
  return format;
}
