import { MessagingError, type MessageType, type QuoteRequest, type RequestOf, type ResponseOf } from '@/lib/messaging';
import type { PopupInputs, Setting } from '@/lib/storage';
import type { PopupMarket } from './popup-inputs';
import { pickPopupInputs, type PopupStore } from './store';

export interface PopupDeps {
  send: <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
  /** Where the inputs are remembered between openings (lib/storage `popupInputsSetting`). */
  inputs: Pick<Setting<PopupInputs | null>, 'read' | 'setValue'>;
}

function codeOf(error: unknown): string {
  return error instanceof MessagingError ? error.code : 'no-answer';
}

/**
 * What the popup does, apart from rendering: reads and saves the remembered inputs, asks the
 * background for quotes and the poller state, and writes each outcome into the store. Only the
 * newest quote request may write its answer, so a slow reply to an old input cannot win.
 */
export function createPopupActions(store: PopupStore, deps: PopupDeps) {
  let quoteSequence = 0;
  let loading: Promise<void> | undefined;

  async function readInputs(): Promise<void> {
    let inputs: PopupInputs | null = null;
    let unreadable = false;
    try {
      const read = await deps.inputs.read();
      inputs = read.value;
      unreadable = !read.ok;
    } catch {
      // Storage unavailable: start from defaults rather than leave the form waiting forever.
    }
    store.getState().hydrate(inputs, unreadable);
    let saved = JSON.stringify(pickPopupInputs(store.getState()));
    store.subscribe((state) => {
      const next = JSON.stringify(pickPopupInputs(state));
      if (next === saved) return;
      saved = next;
      // Best effort: a failed write only means the next opening starts from what was saved before.
      deps.inputs.setValue(pickPopupInputs(state)).catch(() => undefined);
    });
  }

  /** Reads the remembered inputs once, then saves every change of them (not results, statuses or the ship date). */
  function loadInputs(): Promise<void> {
    return (loading ??= readInputs());
  }

  async function quote(request: QuoteRequest, market: PopupMarket): Promise<void> {
    const id = ++quoteSequence;
    const current = store.getState().quote;
    const previous =
      current.status === 'ready' ? current.result : current.status === 'loading' ? current.previous : undefined;
    store.getState().setQuote({ status: 'loading', ...(previous ? { previous } : {}) });
    try {
      const view = await deps.send('quote-parcel', request);
      if (id === quoteSequence) store.getState().setQuote({ status: 'ready', result: { market, view } });
    } catch (error) {
      if (id === quoteSequence) store.getState().setQuote({ status: 'failed', code: codeOf(error) });
    }
  }

  /** The form no longer makes a request: an answer still on its way must not show. */
  function clearQuote(): void {
    quoteSequence++;
    store.getState().setQuote({ status: 'idle' });
  }

  async function loadConnection(): Promise<void> {
    try {
      const data = await deps.send('connection-status', {});
      store.getState().setConnection({ status: 'ready', data });
    } catch (error) {
      store.getState().setConnection({ status: 'failed', code: codeOf(error) });
    }
  }

  async function openTroubleshooting(): Promise<void> {
    store.getState().setTroubleshooting({ status: 'idle' });
    try {
      const { opened } = await deps.send('open-troubleshooting', {});
      store.getState().setTroubleshooting(opened ? { status: 'idle' } : { status: 'not-opened' });
    } catch (error) {
      store.getState().setTroubleshooting({ status: 'failed', code: codeOf(error) });
    }
  }

  return { loadInputs, quote, clearQuote, loadConnection, openTroubleshooting };
}

export type PopupActions = ReturnType<typeof createPopupActions>;
