import { useCallback, useEffect, useMemo, useRef } from 'react';
import { browser } from 'wxt/browser';
import { useShallow } from 'zustand/react/shallow';
import { ExcludedCarriers } from '@/components/ExcludedCarriers';
import { QuoteTable } from '@/components/QuoteTable';
import { useEffectiveContext } from '@/components/use-effective-context';
import { fillLocalized, localize, type Localized } from '@/lib/i18n';
import { popupMessages as m } from '@/lib/i18n/popup-messages';
import { MessagingError, sendMessage, type QuoteAllView, type QuoteRequest } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import type { PopupMarket } from './popup-inputs';
import { QuoteForm } from './QuoteForm';
import { buildQuoteRequest } from './quote-request';
import { StatusStrip } from './StatusStrip';
import type { QuoteResult } from './store';
import { useHydrated, usePopupStore } from './use-popup-store';

/** Pause after the last keystroke before quoting: long enough to skip half-typed numbers. */
const QUOTE_DEBOUNCE_MS = 300;

function errorCodeOf(error: unknown): string {
  return error instanceof MessagingError ? error.code : 'no-answer';
}

/** Where the market's delivery benchmark comes from (e.g. seed:S4), when the figure shown is the pack's own. */
function benchmarkSourceOf(
  pack: RulePack | undefined,
  market: PopupMarket,
  days: number | undefined,
): string | undefined {
  const benchmark = pack?.markets.find((entry) => entry.code === market)?.deliveryBenchmark;
  return benchmark && benchmark.maxCalendarDays === days ? benchmark.source : undefined;
}

/** Every carrier left out only because there is no weight: one "enter the weight" line says it better than eight. */
function isMissingWeightOnly(view: QuoteAllView): boolean {
  return (
    view.eligible.length === 0 &&
    view.excluded.length > 0 &&
    view.excluded.every((c) => c.reasons.every((r) => r.code === 'no-weight'))
  );
}

export function App() {
  const { context, locale } = useEffectiveContext();
  const t = (text: Localized, values?: Record<string, string | number>) =>
    localize(values ? fillLocalized(text, values) : text, locale);
  const hydrated = useHydrated();
  const form = usePopupStore(
    useShallow((s) => ({
      market: s.market,
      weight: s.weight,
      weightUnit: s.weightUnit,
      length: s.length,
      width: s.width,
      height: s.height,
      lengthUnit: s.lengthUnit,
      postcode: s.postcode,
      priority: s.priority,
      monthlyParcels: s.monthlyParcels,
      shipDate: s.shipDate,
    })),
  );
  const actions = usePopupStore(
    useShallow((s) => ({
      setText: s.setText,
      setPriority: s.setPriority,
      setShipDate: s.setShipDate,
      setMarket: s.setMarket,
      setPack: s.setPack,
      setWeightUnit: s.setWeightUnit,
      setLengthUnit: s.setLengthUnit,
      setQuote: s.setQuote,
      setConnection: s.setConnection,
      setTroubleshooting: s.setTroubleshooting,
    })),
  );
  const quote = usePopupStore((s) => s.quote);
  const connection = usePopupStore((s) => s.connection);
  const troubleshooting = usePopupStore((s) => s.troubleshooting);
  const pack = usePopupStore((s) => s.pack);
  useEffect(() => {
    if (context) actions.setPack(context.pack);
  }, [context, actions]);

  const built = useMemo(() => buildQuoteRequest(form), [form]);
  const requestKey = built.ok ? JSON.stringify(built.request) : null;

  // Only the newest request may write its answer: a slow reply to an old input must not win.
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const runQuote = useCallback(
    async (request: QuoteRequest, market: PopupMarket) => {
      const id = ++sequence.current;
      const current = usePopupStore.getState().quote;
      const previous =
        current.status === 'ready' ? current.result : current.status === 'loading' ? current.previous : undefined;
      actions.setQuote({ status: 'loading', ...(previous ? { previous } : {}) });
      try {
        const view = await sendMessage('quote-parcel', request);
        if (id === sequence.current) actions.setQuote({ status: 'ready', result: { market, view } });
      } catch (error) {
        if (id === sequence.current) actions.setQuote({ status: 'failed', code: errorCodeOf(error) });
      }
    },
    [actions],
  );

  useEffect(() => {
    if (!hydrated) return;
    if (!built.ok) {
      sequence.current++;
      actions.setQuote({ status: 'idle' });
      return;
    }
    const request = built.request;
    const market = form.market;
    timer.current = setTimeout(() => void runQuote(request, market), QUOTE_DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
    // requestKey stands for `built`: re-run only when the request itself changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, requestKey]);

  const submitNow = () => {
    clearTimeout(timer.current);
    if (built.ok) void runQuote(built.request, form.market);
  };

  useEffect(() => {
    if (!hydrated) return;
    sendMessage('connection-status', {})
      .then((data) => actions.setConnection({ status: 'ready', data }))
      .catch((error: unknown) => actions.setConnection({ status: 'failed', code: errorCodeOf(error) }));
  }, [hydrated, actions]);

  const openOptions = () => void browser.runtime.openOptionsPage().catch(() => undefined);
  const openTroubleshooting = () => {
    actions.setTroubleshooting({ status: 'idle' });
    sendMessage('open-troubleshooting', {})
      .then(({ opened }) => actions.setTroubleshooting(opened ? { status: 'idle' } : { status: 'not-opened' }))
      .catch((error: unknown) => actions.setTroubleshooting({ status: 'failed', code: errorCodeOf(error) }));
  };

  if (!hydrated) {
    return (
      <main className="lml-popup">
        <h1>{t(m.title)}</h1>
      </main>
    );
  }

  const shown: QuoteResult | undefined =
    quote.status === 'ready' ? quote.result : quote.status === 'loading' ? quote.previous : undefined;
  return (
    <main className="lml-popup">
      <h1>{t(m.title)}</h1>
      <StatusStrip
        status={connection}
        troubleshooting={troubleshooting}
        locale={locale}
        onOpenOptions={openOptions}
        onOpenTroubleshooting={openTroubleshooting}
      />
      <QuoteForm
        form={form}
        problems={built.ok ? [] : built.problems}
        locale={locale}
        onText={actions.setText}
        onPriority={actions.setPriority}
        onShipDate={actions.setShipDate}
        pack={pack}
        onMarket={actions.setMarket}
        onWeightUnit={actions.setWeightUnit}
        onLengthUnit={actions.setLengthUnit}
        onSubmit={submitNow}
      />
      <section
        className="lml-results"
        aria-label={t(m.results)}
        aria-busy={quote.status === 'loading'}
        data-quote-state={quote.status}
      >
        <p role="status" className="lml-quote-status">
          {quote.status === 'loading' ? t(m.quoting) : null}
          {quote.status === 'ready' && !isMissingWeightOnly(quote.result.view)
            ? t(m.quoteReady, { count: quote.result.view.eligible.length, excluded: quote.result.view.excluded.length })
            : null}
        </p>
        {quote.status === 'failed' ? (
          <p role="alert" className="lml-error">
            {t(m.quoteFailed, { code: quote.code })}
          </p>
        ) : null}
        {shown ? <QuoteResultView result={shown} pack={pack} weightUnit={form.weightUnit} locale={locale} /> : null}
      </section>
    </main>
  );
}

function QuoteResultView({
  result,
  pack,
  weightUnit,
  locale,
}: {
  result: QuoteResult;
  pack: RulePack | undefined;
  weightUnit: 'kg' | 'lb';
  locale: 'en' | 'zh';
}) {
  const { view, market } = result;
  if (isMissingWeightOnly(view)) return <p className="lml-hint-block">{localize(m.enterWeight, locale)}</p>;
  const defaultsNote: Record<QuoteAllView['usedDefaults'][number], Localized> = {
    weight: m.usedDefaultWeight,
    dimensions: m.usedDefaultDimensions,
    destination: m.usedNoPostcode,
  };
  return (
    <>
      {view.usedDefaults.length > 0 ? (
        <ul className="lml-defaults">
          {view.usedDefaults.map((used) => (
            <li key={used}>{localize(defaultsNote[used], locale)}</li>
          ))}
        </ul>
      ) : null}
      <QuoteTable
        quotes={view.eligible}
        locale={locale}
        weightUnit={weightUnit}
        benchmarkSource={benchmarkSourceOf(pack, market, view.eligible[0]?.transitBenchmarkDays)}
      />
      <ExcludedCarriers excluded={view.excluded} locale={locale} />
    </>
  );
}
