import { useId, type FormEvent } from 'react';
import { FindingList } from '@/components/FindingList';
import { classifyOrderStatus, ORDER_STATUS_TEXTS } from '@/lib/diagnostics';
import { fillLocalized, localize, type Locale, type Localized } from '@/lib/i18n';
import { sidepanelMessages as m } from '@/lib/i18n/sidepanel-messages';
import type { TroubleshootView } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import { DEFAULT_SLA_FIGURES, trackingStatusTexts, type EventStatus } from '@/lib/tracking';
import { formatSpan, formatTime } from './format';
import { firstScanHoursOf, liveFirstScan } from './live-clock';
import type { CopyState, InputProblem, TroubleshootState } from './store';
import { useNow } from './use-now';

type Translate = (text: Localized, values?: Record<string, string | number>) => string;

function translator(locale: Locale): Translate {
  return (text, values) => localize(values ? fillLocalized(text, values) : text, locale);
}

export interface TroubleshootPanelProps {
  locale: Locale;
  /** The effective rule pack (carrier names); undefined until the context is read. */
  pack: RulePack | undefined;
  queryText: string;
  inputProblem?: InputProblem;
  state: TroubleshootState;
  copy: CopyState;
  onQueryChange: (text: string) => void;
  onSubmit: (query: string) => void;
  onCopy: () => void;
}

const UNHANDLED_CODES = new Set(['unhandled', 'unknown-type', 'no-answer', 'bad-reply']);

export function TroubleshootPanel({
  locale,
  pack,
  queryText,
  inputProblem,
  state,
  copy,
  onQueryChange,
  onSubmit,
  onCopy,
}: TroubleshootPanelProps) {
  const t = translator(locale);
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(queryText);
  };
  const view = state.status === 'ready' ? state.view : state.status === 'loading' ? state.previous : undefined;
  const origin = state.status === 'ready' ? state.origin : undefined;
  return (
    <div className="lml-troubleshoot">
      <form className="lml-search" onSubmit={submit} role="search" aria-label={t(m.searchHeading)}>
        <label htmlFor={inputId}>{t(m.searchLabel)}</label>
        <div className="lml-search-row">
          <input
            id={inputId}
            type="search"
            value={queryText}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={inputProblem ? `${hintId} ${problemId}` : hintId}
            aria-invalid={inputProblem ? true : undefined}
            onChange={(e) => onQueryChange(e.target.value)}
          />
          <button type="submit" className="lml-primary">
            {t(m.searchButton)}
          </button>
        </div>
        <p id={hintId} className="lml-hint">
          {t(m.searchHint)}
        </p>
        {inputProblem ? (
          <p id={problemId} className="lml-error" role="alert">
            {t(inputProblem === 'empty' ? m.searchEmpty : m.searchTooLong)}
          </p>
        ) : null}
      </form>

      <div role="status" aria-live="polite" className="lml-live">
        {state.status === 'loading' ? t(m.loadingQuery, { query: state.query }) : null}
        {state.status === 'ready' && (origin === 'tab' || origin === 'storage') && view?.orderId
          ? t(origin === 'tab' ? m.followingTab : m.openedFromHint, { orderId: view.orderId })
          : null}
      </div>

      {state.status === 'failed' ? (
        <div className="lml-error-box" role="alert">
          <p>{t(UNHANDLED_CODES.has(state.code) ? m.errorUnhandled : m.errorGeneric, { code: state.code })}</p>
          <button type="button" onClick={() => onSubmit(state.query)}>
            {t(m.retry)}
          </button>
        </div>
      ) : null}

      {state.status === 'idle' ? <p className="lml-muted">{t(m.idleHint)}</p> : null}

      {view ? (
        <TroubleshootResult
          view={view}
          pack={pack}
          locale={locale}
          copy={copy}
          onCopy={onCopy}
          busy={state.status === 'loading'}
        />
      ) : null}
    </div>
  );
}

function carrierNameOf(view: TroubleshootView, pack: RulePack | undefined, locale: Locale): string | undefined {
  const rules = view.facts.carrierId ? pack?.carriers.find((c) => c.id === view.facts.carrierId) : undefined;
  const name = rules ? localize(rules.name, locale) : undefined;
  const text = view.facts.carrierText;
  if (name && text && text !== name) return `${name} (${text})`;
  return name ?? text ?? view.facts.carrierId;
}

function statusTextOf(raw: string | undefined, locale: Locale): string | undefined {
  if (!raw) return undefined;
  const status = classifyOrderStatus(raw);
  return status === 'unknown' ? raw : `${localize(ORDER_STATUS_TEXTS[status], locale)} (${raw})`;
}

function TroubleshootResult({
  view,
  pack,
  locale,
  copy,
  onCopy,
  busy,
}: {
  view: TroubleshootView;
  pack: RulePack | undefined;
  locale: Locale;
  copy: CopyState;
  onCopy: () => void;
  busy: boolean;
}) {
  const t = translator(locale);
  const headingId = useId();
  const unknown = t(m.valueUnknown);
  const time = (ms: number | undefined) => formatTime(ms, view.timeZone);
  const label =
    view.facts.labelCreatedAt !== undefined
      ? t(view.facts.labelCreatedSource === 'print-click' ? m.factLabelFromClick : m.factLabelFromApi, {
          time: time(view.facts.labelCreatedAt)!,
        })
      : undefined;
  const facts: Array<[Localized, string | undefined, string?]> = [
    [m.factOrderId, view.orderId],
    [m.factMarket, view.facts.market],
    [m.factCarrier, carrierNameOf(view, pack, locale)],
    [m.factWaybill, view.facts.waybill, 'lml-mono'],
    [m.factStatus, statusTextOf(view.facts.status, locale)],
    [m.factLabelCreated, label],
    [m.factShipBy, time(view.facts.shipByAt)],
    [
      m.factFirstScan,
      view.facts.firstScanAt !== undefined ? time(view.facts.firstScanAt) : view.found ? t(m.valueNone) : undefined,
    ],
    [
      m.factLastChecked,
      view.facts.lastCheckedAt !== undefined
        ? time(view.facts.lastCheckedAt)
        : view.found
          ? t(m.valueNever)
          : undefined,
    ],
    [m.factApi, t(view.facts.apiConnected ? m.valueConnected : m.valueNotConnected)],
  ];
  return (
    <article className="lml-result" aria-labelledby={headingId} aria-busy={busy || undefined}>
      <h2 id={headingId}>
        {view.orderId
          ? t(m.resultHeading, { orderId: view.orderId })
          : t(m.resultHeadingNoOrder, { query: view.query })}
      </h2>
      {!view.found ? <p className="lml-notice">{t(m.notFoundNote, { query: view.query })}</p> : null}

      <section aria-labelledby={`${headingId}-facts`}>
        <h3 id={`${headingId}-facts`}>{t(m.factsHeading)}</h3>
        <dl className="lml-facts">
          {facts.map(([name, value, className]) => (
            <div key={name.en}>
              <dt>{t(name)}</dt>
              <dd className={className}>{value ?? unknown}</dd>
            </div>
          ))}
        </dl>
      </section>

      {view.found ? (
        <section aria-labelledby={`${headingId}-clocks`}>
          <h3 id={`${headingId}-clocks`}>{t(m.clocksHeading)}</h3>
          {view.clocks ? <SlaClocks view={view} locale={locale} /> : <p className="lml-muted">{t(m.clocksNone)}</p>}
        </section>
      ) : null}

      {view.found ? (
        <section aria-labelledby={`${headingId}-timeline`}>
          <h3 id={`${headingId}-timeline`}>{t(m.timelineHeading)}</h3>
          <Timeline view={view} locale={locale} />
        </section>
      ) : null}

      <section aria-labelledby={`${headingId}-findings`}>
        <h3 id={`${headingId}-findings`}>{t(m.findingsHeading)}</h3>
        <FindingList
          findings={view.findings}
          locale={locale}
          headingLevel={4}
          labels={{ severity: m.severity, fix: m.findingFix, source: m.findingSource, empty: m.findingsEmpty }}
        />
        <details className="lml-ranking">
          <summary>{t(m.rankingHeading)}</summary>
          <p>{t(view.rankingNote)}</p>
        </details>
      </section>

      <section aria-labelledby={`${headingId}-ticket`}>
        <h3 id={`${headingId}-ticket`}>{t(m.ticketHeading)}</h3>
        <p className="lml-hint">{t(m.ticketLanguage, { language: t(m.languageName) })}</p>
        <button type="button" className="lml-primary" onClick={onCopy}>
          {t(m.copyTicket)}
        </button>
        <p role="status" aria-live="polite" className={copy === 'failed' ? 'lml-error' : 'lml-ok'}>
          {copy === 'copied' ? t(m.copied) : copy === 'failed' ? t(m.copyFailed) : ''}
        </p>
        <details open={copy === 'failed' || undefined}>
          <summary>{t(m.ticketPreview)}</summary>
          <pre className="lml-ticket" tabIndex={0} aria-label={t(m.ticketHeading)}>
            {localize(view.ticket, locale)}
          </pre>
        </details>
      </section>
    </article>
  );
}

function SlaClocks({ view, locale }: { view: TroubleshootView; locale: Locale }) {
  const t = translator(locale);
  const now = useNow(1000);
  const clocks = view.clocks!;
  const live = liveFirstScan(clocks.firstScan, now);
  const time = (ms: number | undefined) => formatTime(ms, view.timeZone) ?? t(m.valueUnknown);
  const gapHours = DEFAULT_SLA_FIGURES.maxUpdateGapHours.value;
  let firstScanText: string;
  let firstScanClass = 'lml-clock-ok';
  switch (live.state) {
    case 'pending':
      firstScanText = t(m.clockPending, { left: formatSpan(live.remainingMs, locale), due: time(live.dueAt) });
      break;
    case 'due-soon':
      firstScanText = t(m.clockDueSoon, { left: formatSpan(live.remainingMs, locale), due: time(live.dueAt) });
      firstScanClass = 'lml-clock-warn';
      break;
    case 'overdue':
      firstScanText = t(m.clockOverdue, { late: formatSpan(live.lateByMs, locale), due: time(live.dueAt) });
      firstScanClass = 'lml-clock-bad';
      break;
    case 'met':
      firstScanText = t(m.clockMet, { at: time(live.at) });
      break;
    case 'late':
      firstScanText = t(m.clockLate, { at: time(live.at), late: formatSpan(live.lateByMs, locale) });
      firstScanClass = 'lml-clock-warn';
      break;
    default:
      firstScanText = t(m.clockUnknown);
      firstScanClass = 'lml-clock-unknown';
  }
  const gap = (ms: number | undefined, breached: boolean) =>
    ms === undefined
      ? t(m.valueNone)
      : breached
        ? t(m.clockGapOver, { gap: formatSpan(ms, locale), hours: gapHours })
        : formatSpan(ms, locale);
  const currentBreached =
    clocks.currentGapMs !== undefined &&
    clocks.currentGapMs > gapHours * 3_600_000 &&
    clocks.risks.includes('no-update-24h');
  return (
    <dl className="lml-clocks">
      <div className={firstScanClass} data-clock="first-scan" data-state={live.state}>
        <dt>{t(m.clockFirstScan, { hours: firstScanHoursOf(view) })}</dt>
        <dd>{firstScanText}</dd>
      </div>
      <div className={clocks.longestGapBreached ? 'lml-clock-bad' : 'lml-clock-ok'} data-clock="longest-gap">
        <dt>{t(m.clockLongestGap)}</dt>
        <dd>{gap(clocks.longestGapMs, clocks.longestGapBreached)}</dd>
      </div>
      {clocks.currentGapMs !== undefined ? (
        <div className={currentBreached ? 'lml-clock-bad' : 'lml-clock-ok'} data-clock="current-gap">
          <dt>{t(m.clockCurrentGap)}</dt>
          <dd>{gap(clocks.currentGapMs, currentBreached)}</dd>
        </div>
      ) : null}
      <div className={clocks.overBenchmark ? 'lml-clock-bad' : 'lml-clock-ok'} data-clock="transit">
        <dt>{t(m.clockTransit)}</dt>
        <dd title={clocks.transitDays === undefined ? t(m.clockTransitNotStarted) : undefined}>
          {clocks.transitDays === undefined
            ? '—'
            : clocks.benchmarkDays !== undefined
              ? t(m.clockTransitValue, { days: clocks.transitDays, benchmark: clocks.benchmarkDays })
              : t(m.clockTransitNoBenchmark, { days: clocks.transitDays })}
          {clocks.overBenchmark ? <strong> — {t(m.clockOverBenchmark)}</strong> : null}
        </dd>
      </div>
    </dl>
  );
}

function Timeline({ view, locale }: { view: TroubleshootView; locale: Locale }) {
  const t = translator(locale);
  const gapHours = DEFAULT_SLA_FIGURES.maxUpdateGapHours.value;
  const labelAt = view.facts.labelCreatedAt;
  const showLabel = labelAt !== undefined && (view.events.length === 0 || labelAt <= view.events[0]!.at);
  const current = view.clocks?.currentGapMs;
  const currentBreached = current !== undefined && (view.clocks?.risks.includes('no-update-24h') ?? false);
  if (view.events.length === 0 && !showLabel) return <p className="lml-muted">{t(m.timelineEmpty)}</p>;
  return (
    <>
      {view.events.length === 0 ? <p className="lml-muted">{t(m.timelineEmpty)}</p> : null}
      <ol className="lml-timeline">
        {showLabel ? (
          <li className="lml-event lml-event-label">
            <time dateTime={new Date(labelAt).toISOString()}>{formatTime(labelAt, view.timeZone)}</time>
            <span className="lml-event-status">{t(m.timelineLabel)}</span>
          </li>
        ) : null}
        {view.events.map((e, i) => (
          <li
            key={`${e.at}-${i}`}
            className={`lml-event${e.gapBreached ? ' lml-gap-breached' : ''}`}
            data-gap-breached={e.gapBreached ? 'true' : undefined}
          >
            {e.gapBeforeMs !== undefined ? (
              <p className={e.gapBreached ? 'lml-gap lml-gap-bad' : 'lml-gap'}>
                {e.gapBreached ? '⚠ ' : ''}
                {t(e.gapBreached ? m.timelineGapBreached : m.timelineGap, {
                  gap: formatSpan(e.gapBeforeMs, locale),
                  hours: gapHours,
                })}
              </p>
            ) : null}
            <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at, view.timeZone)}</time>
            <span className="lml-event-status">
              {t(trackingStatusTexts[e.status as EventStatus] ?? { en: e.status, zh: e.status })}
            </span>
            <span className="lml-event-desc">“{e.description}”</span>
            <span className="lml-event-kind">{t(e.isCarrierScan ? m.timelineScan : m.timelineNotScan)}</span>
          </li>
        ))}
        {current !== undefined ? (
          <li className={`lml-event lml-event-now${currentBreached ? ' lml-gap-breached' : ''}`}>
            <p className={currentBreached ? 'lml-gap lml-gap-bad' : 'lml-gap'}>
              {currentBreached ? '⚠ ' : ''}
              {currentBreached
                ? t(m.timelineGapBreached, { gap: formatSpan(current, locale), hours: gapHours })
                : t(m.timelineSinceLast, { gap: formatSpan(current, locale) })}
            </p>
            <span className="lml-event-status">{t(m.timelineNow)}</span>
          </li>
        ) : null}
      </ol>
    </>
  );
}
