import { defaultRulePack } from '@/lib/rules';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultPopupInputs,
  migratePopupInputs,
  parsePersistedInputs,
  popupInputsStorage,
  POPUP_INPUTS_KEY,
  unitsOfMarket,
} from '@/entrypoints/popup/popup-inputs';
import { createPopupStore } from '@/entrypoints/popup/store';

const saved = {
  state: { ...defaultPopupInputs('US'), weight: '0.4', weightUnit: 'kg' as const, postcode: '99501', priority: true },
  version: 1,
};

describe('persisted popup inputs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts what the popup writes', () => {
    expect(parsePersistedInputs(saved)).toEqual(saved);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'US 0.4kg'],
    ['no envelope', saved.state],
    ['an unknown market', { ...saved, state: { ...saved.state, market: 'FR' } }],
    ['a number where text is kept', { ...saved, state: { ...saved.state, weight: 0.4 } }],
    ['an unknown unit', { ...saved, state: { ...saved.state, weightUnit: 'oz' } }],
    ['a 5 MB postcode', { ...saved, state: { ...saved.state, postcode: 'x'.repeat(5_000_000) } }],
    ['a missing field', { ...saved, state: { ...saved.state, priority: undefined } }],
    ['a fractional version', { ...saved, version: 1.5 }],
  ])('rejects %s', (_what, raw) => {
    expect(parsePersistedInputs(raw)).toBeNull();
  });

  it('reads junk in storage as "nothing saved"', async () => {
    await fakeBrowser.storage.local.set({
      'popup-inputs': { state: { market: 'US', weight: { $gt: 1 } }, version: 1 },
    });
    expect(await popupInputsStorage.getItem('popup-inputs')).toBeNull();
  });

  it('round-trips through browser.storage.local under one key', async () => {
    await popupInputsStorage.setItem('popup-inputs', saved);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'popup-inputs': saved });
    expect(POPUP_INPUTS_KEY).toBe('local:popup-inputs');
    expect(await popupInputsStorage.getItem('popup-inputs')).toEqual(saved);
  });

  it('keeps a matching older state and replaces a broken one with defaults', () => {
    expect(migratePopupInputs(saved.state)).toEqual(saved.state);
    expect(migratePopupInputs({ market: 'XX' })).toEqual(defaultPopupInputs());
  });

  it('follows each market unit system (US imperial, the others metric)', () => {
    expect(unitsOfMarket('US', defaultRulePack)).toEqual({ weightUnit: 'lb', lengthUnit: 'in' });
    expect(unitsOfMarket('GB', defaultRulePack)).toEqual({ weightUnit: 'kg', lengthUnit: 'cm' });
    expect(unitsOfMarket('VN', defaultRulePack)).toEqual({ weightUnit: 'kg', lengthUnit: 'cm' });
  });
});

describe('popup store', () => {
  it('takes the market units from the published pack, and keeps what the seller already typed', () => {
    const store = createPopupStore('2026-03-05');
    expect(store.getState()).toMatchObject({ market: 'US', weightUnit: 'kg' }); // no pack yet
    store.getState().setPack(defaultRulePack);
    expect(store.getState()).toMatchObject({ weightUnit: 'lb', lengthUnit: 'in' });
    store.getState().setMarket('GB');
    store.getState().setText('weight', '2');
    store.getState().setMarket('US');
    store.getState().setPack(defaultRulePack);
    expect(store.getState()).toMatchObject({ weightUnit: 'lb', weight: '4.409' });
  });

  beforeEach(() => fakeBrowser.reset());

  it('restores the remembered inputs and leaves the ship date at today', async () => {
    await fakeBrowser.storage.local.set({ 'popup-inputs': saved });
    const store = createPopupStore('2026-03-05');
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ ...saved.state, shipDate: '2026-03-05' });
  });

  it('starts from defaults when storage holds junk', async () => {
    await fakeBrowser.storage.local.set({ 'popup-inputs': 'garbage' });
    const store = createPopupStore('2026-03-05');
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject(defaultPopupInputs());
  });

  it('remembers the inputs but not results, statuses or the ship date', async () => {
    const store = createPopupStore('2026-03-05');
    await store.persist.rehydrate();
    store.getState().setText('weight', '2');
    store.getState().setShipDate('2024-08-15');
    store.getState().setQuote({ status: 'failed', code: 'unhandled' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const stored = (await fakeBrowser.storage.local.get('popup-inputs'))['popup-inputs'] as {
      state: Record<string, unknown>;
    };
    expect(stored.state).toEqual({ ...defaultPopupInputs(), weight: '2' });
  });

  it('converts what was typed when the market switches units', async () => {
    const store = createPopupStore('2026-03-05');
    await store.persist.rehydrate();
    store.getState().setPack(defaultRulePack);
    store.getState().setWeightUnit('kg');
    store.getState().setText('weight', '0.4');
    store.getState().setLengthUnit('cm');
    store.getState().setText('length', '30');
    store.getState().setMarket('US');
    expect(store.getState()).toMatchObject({
      market: 'US',
      weightUnit: 'lb',
      weight: '0.882',
      lengthUnit: 'in',
      length: '11.81',
    });
    store.getState().setMarket('GB');
    expect(store.getState()).toMatchObject({
      market: 'GB',
      weightUnit: 'kg',
      weight: '0.4',
      lengthUnit: 'cm',
      length: '30',
    });
  });
});
