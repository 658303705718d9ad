import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { useEffectiveContext } from '@/components/use-effective-context';
import { fillLocalized, localize, type Localized } from '@/lib/i18n';
import { sidepanelMessages as m } from '@/lib/i18n/sidepanel-messages';
import { sendMessage } from '@/lib/messaging';
import { createSidepanelActions } from './actions';
import { nextSort } from './at-risk-sort';
import { useFollowTargets } from './follow-tab';
import { browserTimeZone, formatTime } from './format';
import { ShopPanel } from './ShopPanel';
import { createSidepanelStore, overviewShown, type PanelTab } from './store';
import type { PanelTarget } from './target';
import { TroubleshootPanel } from './TroubleshootPanel';

const useSidepanelStore = createSidepanelStore();

/** Saves text as a file through a temporary `<a download>` (the panel has no downloads permission). */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const TABS: ReadonlyArray<{ id: PanelTab; label: Localized }> = [
  { id: 'troubleshoot', label: m.tabTroubleshoot },
  { id: 'shop', label: m.tabShop },
];

export function App() {
  const { context, locale } = useEffectiveContext();
  const pack = context?.pack;
  const t = (text: Localized, values?: Record<string, string | number>) =>
    localize(values ? fillLocalized(text, values) : text, locale);
  const actions = useMemo(
    () =>
      createSidepanelActions(useSidepanelStore, {
        send: sendMessage,
        copyText: (text) => navigator.clipboard.writeText(text),
        download: downloadText,
      }),
    [],
  );
  const tab = useSidepanelStore((s) => s.tab);
  const setTab = useSidepanelStore((s) => s.setTab);
  const queryText = useSidepanelStore((s) => s.queryText);
  const setQueryText = useSidepanelStore((s) => s.setQueryText);
  const inputProblem = useSidepanelStore((s) => s.inputProblem);
  const troubleshoot = useSidepanelStore((s) => s.troubleshoot);
  const copy = useSidepanelStore((s) => s.copy);
  const overview = useSidepanelStore((s) => s.overview);
  const sort = useSidepanelStore((s) => s.sort);
  const setSort = useSidepanelStore((s) => s.setSort);
  const poll = useSidepanelStore((s) => s.poll);
  const connection = useSidepanelStore((s) => s.connection);
  const exportNotice = useSidepanelStore((s) => s.exportNotice);

  useEffect(() => {
    void actions.loadConnection();
  }, [actions]);
  // The shop view is computed when first shown, then on demand (Refresh, Poll now).
  useEffect(() => {
    if (tab === 'shop' && useSidepanelStore.getState().overview.status === 'idle') void actions.loadOverview();
  }, [tab, actions]);
  const open = useCallback((target: PanelTarget) => void actions.openTarget(target), [actions]);
  useFollowTargets(open);

  const tabRefs = useRef<Record<PanelTab, HTMLButtonElement | null>>({ troubleshoot: null, shop: null });
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.findIndex((x) => x.id === tab);
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const id = TABS[next]!.id;
    setTab(id);
    tabRefs.current[id]?.focus();
  };

  return (
    <div className="lml-panel">
      <header className="lml-header">
        <h1>{t(m.appTitle)}</h1>
        <ConnectionLine connection={connection} t={t} />
      </header>
      <div role="tablist" aria-label={t(m.tablistLabel)} className="lml-tabs">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`lml-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`lml-tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={onTabKey}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <main>
        <section
          role="tabpanel"
          id="lml-tabpanel-troubleshoot"
          aria-labelledby="lml-tab-troubleshoot"
          hidden={tab !== 'troubleshoot'}
        >
          <TroubleshootPanel
            locale={locale}
            pack={pack}
            queryText={queryText}
            {...(inputProblem ? { inputProblem } : {})}
            state={troubleshoot}
            copy={copy}
            onQueryChange={setQueryText}
            onSubmit={(query) => void actions.troubleshoot(query)}
            onCopy={() => void actions.copyTicket(locale)}
          />
        </section>
        <section role="tabpanel" id="lml-tabpanel-shop" aria-labelledby="lml-tab-shop" hidden={tab !== 'shop'}>
          <ShopPanel
            locale={locale}
            pack={pack}
            state={overview}
            overview={overviewShown(overview)}
            sort={sort}
            poll={poll}
            {...(exportNotice ? { exportNotice } : {})}
            onSort={(column) => setSort(nextSort(useSidepanelStore.getState().sort, column))}
            onPick={(orderId) => void actions.pick(orderId)}
            onPollNow={() => void actions.pollNow()}
            onRefresh={() => void actions.loadOverview()}
            onExportAtRisk={() => actions.exportAtRisk(locale, pack)}
            onExportSla={() => actions.exportSlaReport(locale, pack)}
          />
        </section>
      </main>
    </div>
  );
}

function ConnectionLine({
  connection,
  t,
}: {
  connection: ReturnType<typeof useSidepanelStore.getState>['connection'];
  t: (text: Localized, values?: Record<string, string | number>) => string;
}) {
  const openOptions = () => void browser.runtime.openOptionsPage().catch(() => undefined);
  if (connection.status === 'loading') return null;
  if (connection.status === 'failed')
    return <p className="lml-connection lml-muted">{t(m.connectionUnknown, { code: connection.code })}</p>;
  const { connection: view, lastPollAt } = connection.data;
  const ok = view.state === 'ok';
  const poll =
    lastPollAt !== null ? t(m.lastPoll, { time: formatTime(lastPollAt, browserTimeZone())! }) : t(m.neverPolled);
  return (
    <div className={`lml-connection ${ok ? 'lml-connection-ok' : 'lml-connection-bad'}`}>
      <p>
        {ok
          ? view.shopName
            ? t(m.connectionOk, { shop: view.shopName })
            : t(m.connectionOkNoShop)
          : view.reason
            ? t(view.reason)
            : view.state}
        {ok ? ` · ${poll}` : null}
      </p>
      {!ok ? (
        <button type="button" onClick={openOptions}>
          {t(m.openOptions)}
        </button>
      ) : null}
    </div>
  );
}
