// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildEffectiveContext, pageContextOf, publishedContextItem } from '@/lib/context';
import { MessagingError, type MessageType } from '@/lib/messaging';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/messaging')>()),
  sendMessage: (type: MessageType, payload: unknown) => sendMessage(type, payload),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const notConfigured = {
  connection: { state: 'not-configured' },
  pollIntervalMinutes: 15,
  lastPollAt: null,
  atRiskCount: 0,
  watchedCount: 0,
};
const emptyQuote = { eligible: [], excluded: [], usedDefaults: [] };

let root: Root | undefined;
let container: HTMLElement;

async function renderPopup(answers: Partial<Record<MessageType, (payload: unknown) => unknown>>) {
  await mountPopup(answers);
  await waitFor(() => container.querySelector('form') !== null);
}

/** Mounts the popup without waiting for its form. */
async function mountPopup(answers: Partial<Record<MessageType, (payload: unknown) => unknown>>) {
  sendMessage.mockImplementation(async (type: MessageType, payload: unknown) => {
    const answer = answers[type];
    if (!answer) throw new MessagingError('unhandled', `No handler for "${type}"`);
    return answer(payload);
  });
  vi.resetModules(); // a fresh store per test, as a fresh popup page has
  const { App } = await import('@/entrypoints/popup/App');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<App />));
}

async function waitFor(check: () => boolean, timeoutMs = 2000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out; page text: ${container.textContent}`);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

async function typeInto(id: string, value: string) {
  const input = container.querySelector<HTMLInputElement>(`#${id}`)!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const callsOf = (type: MessageType) => sendMessage.mock.calls.filter(([t]) => t === type).map(([, payload]) => payload);

describe('popup App', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    sendMessage.mockReset();
    // What the background publishes on start: the built-in pack, no settings yet.
    await publishedContextItem.setValue(
      buildEffectiveContext({
        storedOverride: null,
        localePreference: 'auto',
        profile: { connectedCarriers: [] },
        printer: null,
        features: {},
      }),
    );
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });

  it('says so when the remembered inputs could not be read, and starts from an empty form', async () => {
    await fakeBrowser.storage.local.set({ 'popup-inputs': { market: 'FR', weight: 5 } });
    await renderPopup({ 'connection-status': () => notConfigured, 'quote-parcel': () => emptyQuote });
    expect(container.textContent).toContain('Your last quote inputs could not be read back, so the form starts empty.');
    expect(container.querySelector<HTMLInputElement>('#lml-weight')!.value).toBe('');
  });

  it('shows a clear error when the background has no handler for quotes', async () => {
    await renderPopup({ 'connection-status': () => notConfigured });
    await typeInto('lml-weight', '1');
    await waitFor(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      'Could not get quotes: the extension background did not answer (unhandled). Try again in a moment.',
    );
  });

  it('says so when the poller state cannot be read', async () => {
    await renderPopup({ 'quote-parcel': () => emptyQuote });
    await waitFor(
      () => container.querySelector('.lml-status [role="status"]')!.textContent !== 'Checking the shop connection…',
    );
    expect(container.querySelector('.lml-status [role="status"]')!.textContent).toBe(
      'Could not read the poller state (unhandled).',
    );
  });

  it('shows the last poll, watched and at-risk counts when connected', async () => {
    await renderPopup({
      'quote-parcel': () => emptyQuote,
      'connection-status': () => ({
        connection: { state: 'ok', shopName: 'Maple Home' },
        pollIntervalMinutes: 15,
        lastPollAt: null,
        atRiskCount: 3,
        watchedCount: 120,
      }),
    });
    await waitFor(() => /Connected/.test(container.querySelector('.lml-status')!.textContent ?? ''));
    expect(container.querySelector('.lml-status [role="status"]')!.textContent).toBe(
      'Connected: Maple Home. Last poll: not yet · 120 watched · 3 at risk',
    );
    expect([...container.querySelectorAll('.lml-status button')].map((b) => b.textContent)).toEqual([
      'Open troubleshooting',
    ]);
  });

  it('asks to reconnect with the reason and a way to Options', async () => {
    await renderPopup({
      'quote-parcel': () => emptyQuote,
      'connection-status': () => ({
        ...notConfigured,
        connection: { state: 'reconnect-needed', reason: { en: 'The token expired.', zh: '令牌已过期。' } },
      }),
    });
    await waitFor(() => /Reconnect/.test(container.querySelector('.lml-status')!.textContent ?? ''));
    expect(container.querySelector('.lml-status [role="status"]')!.textContent).toBe(
      'Reconnect needed: The token expired.',
    );
    expect([...container.querySelectorAll('.lml-status button')].map((b) => b.textContent)).toEqual([
      'Open Options',
      'Open troubleshooting',
    ]);
  });

  it('quotes once after the seller pauses typing, not on every keystroke', async () => {
    await renderPopup({ 'quote-parcel': () => emptyQuote, 'connection-status': () => notConfigured });
    await waitFor(() => callsOf('quote-parcel').length === 1); // the opening quote of the remembered inputs
    for (const partial of ['1', '1.', '1.5']) await typeInto('lml-weight', partial);
    await waitFor(() => callsOf('quote-parcel').length === 2);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(callsOf('quote-parcel')).toHaveLength(2);
    expect(callsOf('quote-parcel')[1]).toMatchObject({ market: 'US', weightGrams: 680 }); // 1.5 lb, the US default unit
  });

  it('shows the form only once the context says the units, so nothing typed lands in a unit that then flips', async () => {
    // A first opening: the background has not published the context yet and answers get-context late
    // (lib/messaging's getContext calls the real runtime.sendMessage, answered here as the background does).
    await publishedContextItem.removeValue();
    let publish!: () => void;
    const published = new Promise<void>((resolve) => (publish = resolve));
    const answerGetContext = async (message: unknown) => {
      if ((message as { type?: string }).type !== 'get-context') return undefined;
      await published;
      const context = buildEffectiveContext({
        storedOverride: null,
        localePreference: 'auto',
        profile: { connectedCarriers: [] },
        printer: null,
        features: {},
      });
      await publishedContextItem.setValue(context);
      return { ok: true, data: pageContextOf(context) };
    };
    fakeBrowser.runtime.onMessage.addListener(answerGetContext);
    await mountPopup({ 'quote-parcel': () => emptyQuote, 'connection-status': () => notConfigured });
    await waitFor(() => container.textContent === 'Quick quote'); // the page is up, waiting
    await act(async () => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(container.querySelector('#lml-weight')).toBeNull();
    publish();
    await waitFor(() => container.querySelector('form') !== null);
    const unit = container.querySelector<HTMLSelectElement>('select[aria-label="Weight unit"]')!;
    expect(unit.value).toBe('lb'); // the US unit from the pack, from the first moment the field can take a keystroke
    fakeBrowser.runtime.onMessage.removeListener(answerGetContext);
  });

  it('shows field problems and does not send a request for them', async () => {
    await renderPopup({ 'quote-parcel': () => emptyQuote, 'connection-status': () => notConfigured });
    await waitFor(() => callsOf('quote-parcel').length === 1);
    await typeInto('lml-weight', 'abc');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(callsOf('quote-parcel')).toHaveLength(1);
    expect(container.querySelector('#lml-weight')!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#lml-weight-error')!.textContent).toBe('Weight: enter a number such as 0.4');
  });
});
