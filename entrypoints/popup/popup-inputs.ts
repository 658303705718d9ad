import { unitSystemOf } from '@/lib/context';
import type { RulePack } from '@/lib/rules';
import { POPUP_LENGTH_UNITS, POPUP_WEIGHT_UNITS, type PopupInputs } from '@/lib/storage';
import { lengthUnitFor, weightUnitFor } from '@/lib/units';

export type { PopupInputs };
export type PopupMarket = PopupInputs['market'];
export type WeightUnit = (typeof POPUP_WEIGHT_UNITS)[number];
export type LengthUnit = (typeof POPUP_LENGTH_UNITS)[number];

/**
 * The market's units as the effective rule pack states them (US imperial, the others metric:
 * ref:carriers-and-labels#3); metric until the pack is known.
 */
export function unitsOfMarket(
  market: PopupMarket,
  pack: RulePack | undefined,
): { weightUnit: WeightUnit; lengthUnit: LengthUnit } {
  const system = pack ? unitSystemOf(pack, market) : 'metric';
  return { weightUnit: weightUnitFor(system), lengthUnit: lengthUnitFor(system) };
}

export function defaultPopupInputs(market: PopupMarket = 'US', pack?: RulePack): PopupInputs {
  return {
    market,
    weight: '',
    ...unitsOfMarket(market, pack),
    length: '',
    width: '',
    height: '',
    postcode: '',
    priority: false,
    monthlyParcels: '',
  };
}
