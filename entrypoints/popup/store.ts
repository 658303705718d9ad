import { create } from 'zustand';
import type { QuoteAllView, ResponseOf } from '@/lib/messaging';
import type { RulePack } from '@/lib/rules';
import {
  defaultPopupInputs,
  unitsOfMarket,
  type LengthUnit,
  type PopupInputs,
  type PopupMarket,
  type WeightUnit,
} from './popup-inputs';
import { convertTypedMeasure } from './quote-request';

export type ConnectionStatus = ResponseOf<'connection-status'>;

/** A quote's view with the market it was asked for (the form may have moved on since). */
export interface QuoteResult {
  market: PopupMarket;
  view: QuoteAllView;
}

export type QuoteState =
  | { status: 'idle' }
  /** `previous` stays on screen while the next quote is on its way, so the table does not flicker. */
  | { status: 'loading'; previous?: QuoteResult }
  | { status: 'ready'; result: QuoteResult }
  | { status: 'failed'; code: string };

export type StatusState =
  { status: 'loading' } | { status: 'ready'; data: ConnectionStatus } | { status: 'failed'; code: string };

export type TroubleshootingState = { status: 'idle' } | { status: 'not-opened' } | { status: 'failed'; code: string };

type TextField = 'weight' | 'length' | 'width' | 'height' | 'postcode' | 'monthlyParcels';

export interface PopupState extends PopupInputs {
  /** True once the remembered inputs have been read (the form waits for them). */
  hydrated: boolean;
  /** The remembered inputs were there but could not be read: the form started empty (the seller is told). */
  inputsUnreadable: boolean;
  /** ISO day; not persisted, so each opening prices today unless the seller picks another day. */
  shipDate: string;
  quote: QuoteState;
  connection: StatusState;
  troubleshooting: TroubleshootingState;
  /** The effective rule pack from the published context (market names, units, benchmarks). */
  pack: RulePack | undefined;
  /** Takes a newly published pack; with nothing measured typed yet, the market's units follow it. */
  setPack: (pack: RulePack) => void;
  setText: (field: TextField, value: string) => void;
  setPriority: (value: boolean) => void;
  setShipDate: (value: string) => void;
  /** Switches market and, with it, the market's units, converting what was typed (same parcel). */
  setMarket: (market: PopupMarket) => void;
  setWeightUnit: (unit: WeightUnit) => void;
  setLengthUnit: (unit: LengthUnit) => void;
  setQuote: (quote: QuoteState) => void;
  setConnection: (connection: StatusState) => void;
  setTroubleshooting: (state: TroubleshootingState) => void;
  /** Takes the remembered inputs (or none, or unreadable ones) once they are read. */
  hydrate: (inputs: PopupInputs | null, unreadable: boolean) => void;
}

/** Picks what is remembered across openings (the inputs only: results and statuses are re-fetched). */
export function pickPopupInputs(state: PopupInputs): PopupInputs {
  const { market, weight, weightUnit, length, width, height, lengthUnit, postcode, priority, monthlyParcels } = state;
  return { market, weight, weightUnit, length, width, height, lengthUnit, postcode, priority, monthlyParcels };
}

function convertWeight(state: PopupInputs, unit: WeightUnit): Partial<PopupInputs> {
  return { weightUnit: unit, weight: convertTypedMeasure(state.weight, state.weightUnit, unit) };
}

function convertLengths(state: PopupInputs, unit: LengthUnit): Partial<PopupInputs> {
  const convert = (text: string) => convertTypedMeasure(text, state.lengthUnit, unit);
  return {
    lengthUnit: unit,
    length: convert(state.length),
    width: convert(state.width),
    height: convert(state.height),
  };
}

/**
 * Creates the popup store (one per page; tests make their own); `today` is the default ship date
 * (ISO day). Plain state: reading and saving the remembered inputs is the actions' job (actions.ts).
 */
export function createPopupStore(today: string) {
  return create<PopupState>()((set) => ({
    ...defaultPopupInputs(),
    hydrated: false,
    inputsUnreadable: false,
    shipDate: today,
    quote: { status: 'idle' },
    connection: { status: 'loading' },
    troubleshooting: { status: 'idle' },
    pack: undefined,
    setPack: (pack) =>
      set((state) => {
        const typed = [state.weight, state.length, state.width, state.height].some((text) => text.trim() !== '');
        return typed ? { pack } : { pack, ...unitsOfMarket(state.market, pack) };
      }),
    setText: (field, value) => set({ [field]: value } as Pick<PopupInputs, TextField>),
    setPriority: (priority) => set({ priority }),
    setShipDate: (shipDate) => set({ shipDate }),
    setMarket: (market) =>
      set((state) => {
        const units = unitsOfMarket(market, state.pack);
        return { market, ...convertWeight(state, units.weightUnit), ...convertLengths(state, units.lengthUnit) };
      }),
    setWeightUnit: (unit) => set((state) => convertWeight(state, unit)),
    setLengthUnit: (unit) => set((state) => convertLengths(state, unit)),
    setQuote: (quote) => set({ quote }),
    setConnection: (connection) => set({ connection }),
    setTroubleshooting: (troubleshooting) => set({ troubleshooting }),
    hydrate: (inputs, unreadable) => set({ ...(inputs ?? {}), hydrated: true, inputsUnreadable: unreadable }),
  }));
}

export type PopupStore = ReturnType<typeof createPopupStore>;
