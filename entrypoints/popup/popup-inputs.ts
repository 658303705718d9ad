import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { unitSystemOf } from '@/lib/context';
import type { RulePack } from '@/lib/rules';
import { lengthUnitFor, weightUnitFor } from '@/lib/units';

/** Markets the quick quote offers (the markets of the seed: S2, S4–S6). */
export const POPUP_MARKETS = ['US', 'GB', 'ID', 'TH', 'VN'] as const;
export type PopupMarket = (typeof POPUP_MARKETS)[number];

export const WEIGHT_UNITS = ['kg', 'lb'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];
export const LENGTH_UNITS = ['cm', 'in'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];

// Numbers are kept as the seller typed them ("0,4", "12.5"), so a half-typed value survives a reopen.
const typedNumber = z.string().max(24);

/** What the popup remembers between openings. The ship date is not remembered: it defaults to today. */
export const popupInputsSchema = z.object({
  market: z.enum(POPUP_MARKETS),
  weight: typedNumber,
  weightUnit: z.enum(WEIGHT_UNITS),
  length: typedNumber,
  width: typedNumber,
  height: typedNumber,
  lengthUnit: z.enum(LENGTH_UNITS),
  postcode: z.string().max(16),
  priority: z.boolean(),
  monthlyParcels: typedNumber,
});
export type PopupInputs = z.infer<typeof popupInputsSchema>;

/**
 * Inputs written by another version of the popup: kept when they still match today's shape, else the
 * defaults (there is only version 1 so far; a shape change adds its step here, with a test).
 */
export function migratePopupInputs(persisted: unknown): PopupInputs {
  const parsed = popupInputsSchema.safeParse(persisted);
  return parsed.success ? parsed.data : defaultPopupInputs();
}

/** The envelope zustand's `persist` writes: the inputs and the version they were written with. */
export const persistedPopupInputsSchema = z.object({
  state: popupInputsSchema,
  version: z.number().int().nonnegative(),
});

export const POPUP_INPUTS_VERSION = 1;
/** One key in browser.storage.local (WXT spelling: the area is part of the key). */
export const POPUP_INPUTS_KEY = 'local:popup-inputs';

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

/**
 * Validates what storage holds before the popup trusts it. Anything that is not exactly our shape
 * (hand-edited, written by another build, truncated) gives `null`, so the popup starts from defaults
 * instead of crashing or quoting junk.
 */
export function parsePersistedInputs(raw: unknown): StorageValue<PopupInputs> | null {
  const parsed = persistedPopupInputsSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** zustand `persist` storage over browser.storage.local (via WXT storage), validated with zod on load. */
export const popupInputsStorage: PersistStorage<PopupInputs> = {
  getItem: async () => {
    try {
      return parsePersistedInputs(await storage.getItem<unknown>(POPUP_INPUTS_KEY));
    } catch {
      // Storage unavailable: start from defaults rather than leave the popup waiting for a hydration that never ends.
      return null;
    }
  },
  setItem: async (_name, value) => {
    // Only the validated shape is written, so a bug elsewhere cannot persist junk that would be dropped on load.
    const parsed = persistedPopupInputsSchema.safeParse(value);
    if (parsed.success) await storage.setItem(POPUP_INPUTS_KEY, parsed.data);
  },
  removeItem: async () => {
    await storage.removeItem(POPUP_INPUTS_KEY);
  },
};
