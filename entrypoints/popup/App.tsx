import { useEffect, useMemo, useRef } from 'react';
import { browser } from 'wxt/browser';
import { useShallow } from 'zustand/react/shallow';
import { ExcludedCarriers } from '@/components/ExcludedCarriers';
import { QuoteTable } from '@/components/QuoteTable';
import { useEffectiveContext } from '@/components/use-effective-context';
import { fillLocalized, localize, type Localized } from '@/lib/i18n';
import { popupMessages as m } from '@/lib/i18n/popup-messages';
import { sendMessage, type QuoteAllView } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import { popupInputsSetting } from '@/lib/storage';
import { createPopupActions } from './actions';
import type { PopupMarket } from './popup-inputs';
import { QuoteForm } from './QuoteForm';
import { buildQuoteRequest } from './quote-request';
import { StatusStrip } from './StatusStrip';
import { createPopupStore, type QuoteResult } from './store';

/** Pause after the last keystroke before quoting: long enough to skip half-typed numbers. */
const QUOTE_DEBOUNCE_MS = 300;

/** Today in the browser's time zone as an ISO day: the default ship date (it picks the fuel month). */
function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The popup's one store, created when the page loads, so "today" is the day the popup was opened. */
const usePopupStore = createPopupStore(localIsoDay(new Date()));

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
  const { context, failed: contextFailed, locale } = useEffectiveContext();
  const t = (text: Localized, values?: Record<string, string | number>) =>
    localize(values ? fillLocalized(text, values) : text, locale);
  const popup = useMemo(() => createPopupActions(usePopupStore, { send: sendMessage, inputs: popupInputsSetting }), []);
  const hydrated = usePopupStore((s) => s.hydrated);
  const inputsUnreadable = usePopupStore((s) => s.inputsUnreadable);
  useEffect(() => {
    void popup.loadInputs();
  }, [popup]);
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
    })),
  );
  const quote = usePopupStore((s) => s.quote);
  const connection = usePopupStore((s) => s.connection);
  const troubleshooting = usePopupStore((s) => s.troubleshooting);
  const pack = usePopupStore((s) => s.pack);
  // The form waits for the pack as well as the remembered inputs: the pack says the market's units, and a
  // weight typed before it arrived would be read in the metric stand-in unit that then flips.
  const ready = hydrated && (pack !== undefined || contextFailed);
  useEffect(() => {
    if (context) actions.setPack(context.pack);
  }, [context, actions]);

  const built = useMemo(() => buildQuoteRequest(form), [form]);
  const requestKey = built.ok ? JSON.stringify(built.request) : null;

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!ready) return;
    if (!built.ok) {
      popup.clearQuote();
      return;
    }
    const request = built.request;
    const market = form.market;
    timer.current = setTimeout(() => void popup.quote(request, market), QUOTE_DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
    // requestKey stands for `built`: re-run only when the request itself changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, requestKey]);

  const submitNow = () => {
    clearTimeout(timer.current);
    if (built.ok) void popup.quote(built.request, form.market);
  };

  useEffect(() => {
    if (ready) void popup.loadConnection();
  }, [ready, popup]);

  const openOptions = () => void browser.runtime.openOptionsPage().catch(() => undefined);
  const openTroubleshooting = () => void popup.openTroubleshooting();

  if (!ready) {
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
      {inputsUnreadable ? (
        <p role="status" className="lml-hint-block">
          {t(m.savedInputsUnreadable)}
        </p>
      ) : null}
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
