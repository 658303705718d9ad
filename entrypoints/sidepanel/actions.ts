import { localize, type Locale } from '@/lib/i18n';
import { MessagingError, type MessageType, type RequestOf, type ResponseOf } from '@/lib/messaging';
import { sortAtRisk } from './at-risk-sort';
import type { RulePack } from '@/lib/rules';
import { atRiskCsv, csvFileName, slaReportCsv } from './csv';
import { overviewShown, viewShown, type SidepanelStore } from './store';
import { queryOfTarget, type PanelTarget, type TargetOrigin } from './target';

/** The protocol's limit on a troubleshoot query. */
export const MAX_QUERY_LENGTH = 200;

export interface SidepanelDeps {
  send: <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
  copyText: (text: string) => Promise<void>;
  /** Hands a file to the browser (an `<a download>` click in the page). */
  download: (fileName: string, text: string) => void;
}

function codeOf(error: unknown): string {
  return error instanceof MessagingError ? error.code : 'no-answer';
}

/**
 * What the panel does, apart from rendering: each action talks to the background through
 * `deps.send` and writes the outcome (answer or error code) into the store. Only the newest
 * troubleshoot request may write its answer, so a slow reply to an old query cannot win.
 */
export function createSidepanelActions(store: SidepanelStore, deps: SidepanelDeps) {
  let sequence = 0;
  let overviewSequence = 0;

  async function troubleshoot(rawQuery: string, origin?: TargetOrigin): Promise<void> {
    const query = rawQuery.trim();
    const state = store.getState();
    if (query === '') return state.setInputProblem('empty');
    if (query.length > MAX_QUERY_LENGTH) return state.setInputProblem('too-long');
    const id = ++sequence;
    const previous = viewShown(state.troubleshoot);
    state.setTroubleshoot({
      status: 'loading',
      query,
      ...(origin ? { origin } : {}),
      ...(previous ? { previous } : {}),
    });
    try {
      const view = await deps.send('troubleshoot-order', { query });
      if (id === sequence) store.getState().setTroubleshoot({ status: 'ready', view, ...(origin ? { origin } : {}) });
    } catch (error) {
      if (id === sequence) store.getState().setTroubleshoot({ status: 'failed', query, code: codeOf(error) });
    }
  }

  /** The query currently shown or being looked up. */
  function currentQuery(): string | undefined {
    const t = store.getState().troubleshoot;
    if (t.status === 'loading' || t.status === 'failed') return t.query;
    if (t.status === 'ready') return t.view.orderId ?? t.view.query;
    return undefined;
  }

  /**
   * Opens the panel on a target. A tab that reports the same order again (Chrome fires several
   * updates per navigation) does not re-run the lookup; an explicit request (hint, URL) always does.
   */
  async function openTarget(target: PanelTarget | undefined): Promise<void> {
    const query = queryOfTarget(target);
    if (!query || !target) return;
    if (target.origin === 'tab' && currentQuery() === query) return;
    const state = store.getState();
    state.setTab('troubleshoot');
    state.setQueryText(query);
    await troubleshoot(query, target.origin);
  }

  async function loadOverview(): Promise<void> {
    const id = ++overviewSequence;
    const previous = overviewShown(store.getState().overview);
    store.getState().setOverview({ status: 'loading', ...(previous ? { previous } : {}) });
    try {
      const data = await deps.send('shop-overview', {});
      if (id === overviewSequence) store.getState().setOverview({ status: 'ready', data });
    } catch (error) {
      if (id === overviewSequence)
        store.getState().setOverview({ status: 'failed', code: codeOf(error), ...(previous ? { previous } : {}) });
    }
  }

  async function loadConnection(): Promise<void> {
    try {
      const data = await deps.send('connection-status', {});
      store.getState().setConnection({ status: 'ready', data });
    } catch (error) {
      store.getState().setConnection({ status: 'failed', code: codeOf(error) });
    }
  }

  async function pollNow(): Promise<void> {
    if (store.getState().poll.status === 'running') return;
    store.getState().setPoll({ status: 'running' });
    try {
      const result = await deps.send('poll-now', {});
      store.getState().setPoll({ status: 'done', result });
    } catch (error) {
      store.getState().setPoll({ status: 'failed', code: codeOf(error) });
      return;
    }
    await Promise.all([loadOverview(), loadConnection()]);
  }

  async function copyTicket(locale: Locale): Promise<void> {
    const view = viewShown(store.getState().troubleshoot);
    if (!view) return;
    try {
      await deps.copyText(localize(view.ticket, locale));
      store.getState().setCopy('copied');
    } catch {
      store.getState().setCopy('failed');
    }
  }

  /** Exports what the table shows, in its current order. */
  function exportAtRisk(locale: Locale, pack: Pick<RulePack, 'carriers'> | undefined): void {
    const overview = overviewShown(store.getState().overview);
    if (!overview) return;
    const rows = sortAtRisk(overview.atRisk, store.getState().sort, locale);
    const file = csvFileName('at-risk', overview.generatedAt);
    deps.download(file, atRiskCsv({ ...overview, atRisk: rows }, pack, locale));
    store.getState().setExportNotice({ file, rows: rows.length });
  }

  function exportSlaReport(locale: Locale, pack: Pick<RulePack, 'carriers'> | undefined): void {
    const overview = overviewShown(store.getState().overview);
    if (!overview) return;
    const file = csvFileName('sla-report', overview.generatedAt);
    const text = slaReportCsv(overview, pack, locale);
    deps.download(file, text);
    store.getState().setExportNotice({ file, rows: text.trimEnd().split('\r\n').length - 1 });
  }

  /** "Pick" from the at-risk list: troubleshoot that order. */
  async function pick(orderId: string): Promise<void> {
    const state = store.getState();
    state.setTab('troubleshoot');
    state.setQueryText(orderId);
    await troubleshoot(orderId);
  }

  return {
    troubleshoot,
    openTarget,
    loadOverview,
    loadConnection,
    pollNow,
    copyTicket,
    exportAtRisk,
    exportSlaReport,
    pick,
  };
}

export type SidepanelActions = ReturnType<typeof createSidepanelActions>;
