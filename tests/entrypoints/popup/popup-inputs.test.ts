import { defaultRulePack } from '@/lib/rules';
import { describe, expect, it } from 'vitest';
import { unitsOfMarket } from '@/entrypoints/popup/popup-inputs';
import { createPopupStore } from '@/entrypoints/popup/store';

describe('popup inputs', () => {
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

  it('converts what was typed when the market switches units', () => {
    const store = createPopupStore('2026-03-05');
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
