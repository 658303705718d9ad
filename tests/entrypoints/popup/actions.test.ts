import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupActions } from '@/entrypoints/popup/actions';
import { defaultPopupInputs } from '@/entrypoints/popup/popup-inputs';
import { createPopupStore } from '@/entrypoints/popup/store';
import { MessagingError } from '@/lib/messaging';
import { popupInputsSetting } from '@/lib/storage';

const saved = {
  ...defaultPopupInputs('US'),
  weight: '0.4',
  weightUnit: 'kg' as const,
  postcode: '99501',
  priority: true,
};
const emptyQuote = { eligible: [], excluded: [], usedDefaults: [] };
const request = {
  market: 'US',
  weightGrams: 400,
  destination: { country: 'US', postcode: '99501' },
  date: '2026-03-05',
};

/** A fresh storage item per popup opening, as a fresh page has: WXT runs migrations when the item is defined. */
async function setup(send = vi.fn()) {
  vi.resetModules();
  const { popupInputsSetting: inputs } = await import('@/lib/storage/settings');
  const store = createPopupStore('2026-03-05');
  const actions = createPopupActions(store, { send, inputs });
  return { store, actions, send };
}

const stored = async () => (await fakeBrowser.storage.local.get('popup-inputs'))['popup-inputs'];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('popup actions: remembered inputs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('restores the remembered inputs and leaves the ship date at today', async () => {
    await popupInputsSetting.setValue(saved);
    const { store, actions } = await setup();
    await actions.loadInputs();
    expect(store.getState()).toMatchObject({
      ...saved,
      shipDate: '2026-03-05',
      hydrated: true,
      inputsUnreadable: false,
    });
  });

  it('reads what the zustand-persisted popup (version 1) left behind', async () => {
    await fakeBrowser.storage.local.set({ 'popup-inputs': { state: saved, version: 1 } });
    const { store, actions } = await setup();
    await actions.loadInputs();
    expect(store.getState()).toMatchObject({ ...saved, inputsUnreadable: false });
  });

  it.each([
    ['a string', 'US 0.4kg'],
    ['an unknown market', { ...saved, market: 'FR' }],
    ['markup as a market', { state: { market: '<img src=x onerror=alert(1)>', weight: 5 }, version: 1 }],
    ['a number where text is kept', { ...saved, weight: 0.4 }],
    ['an unknown unit', { ...saved, weightUnit: 'oz' }],
    ['a 5 MB postcode', { ...saved, postcode: 'x'.repeat(5_000_000) }],
    ['a missing field', { ...saved, priority: undefined }],
  ])('starts from defaults and says so when storage holds %s', async (_what, raw) => {
    await fakeBrowser.storage.local.set({ 'popup-inputs': raw });
    const { store, actions } = await setup();
    await actions.loadInputs();
    expect(store.getState()).toMatchObject({ ...defaultPopupInputs(), hydrated: true, inputsUnreadable: true });
  });

  it('says nothing when nothing was remembered yet', async () => {
    const { store, actions } = await setup();
    await actions.loadInputs();
    expect(store.getState()).toMatchObject({ ...defaultPopupInputs(), hydrated: true, inputsUnreadable: false });
  });

  it('remembers the inputs but not results, statuses or the ship date', async () => {
    const { store, actions } = await setup();
    await actions.loadInputs();
    await actions.loadInputs(); // StrictMode runs effects twice: still one reader, one writer
    store.getState().setText('weight', '2');
    store.getState().setShipDate('2024-08-15');
    store.getState().setQuote({ status: 'failed', code: 'unhandled' });
    await settle();
    expect(await stored()).toEqual({ ...defaultPopupInputs(), weight: '2' });
  });
});

describe('popup actions: quotes and status', () => {
  it('lets only the newest quote write its answer', async () => {
    let answerFirst: (value: unknown) => void = () => undefined;
    const send = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(emptyQuote);
    const { store, actions } = await setup(send);
    const first = actions.quote(request, 'US');
    await actions.quote(request, 'GB');
    answerFirst({ ...emptyQuote, usedDefaults: ['weight'] });
    await first;
    expect(store.getState().quote).toEqual({ status: 'ready', result: { market: 'GB', view: emptyQuote } });
  });

  it('drops an answer still on its way once the form no longer makes a request', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { store, actions } = await setup(vi.fn(() => new Promise((resolve) => (answer = resolve))));
    const pending = actions.quote(request, 'US');
    actions.clearQuote();
    answer(emptyQuote);
    await pending;
    expect(store.getState().quote).toEqual({ status: 'idle' });
  });

  it('keeps the error code of a failed status or troubleshooting request', async () => {
    const send = vi.fn().mockRejectedValue(new MessagingError('unhandled', 'No handler'));
    const { store, actions } = await setup(send);
    await actions.loadConnection();
    await actions.openTroubleshooting();
    expect(store.getState().connection).toEqual({ status: 'failed', code: 'unhandled' });
    expect(store.getState().troubleshooting).toEqual({ status: 'failed', code: 'unhandled' });
  });
});
