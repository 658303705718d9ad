/**
 * Seller profile form ↔ `sellerProfileSetting`: the form holds what the seller typed (strings, in
 * kg/lb and cm/in), the setting holds grams and millimetres. Pure.
 */
import { resolveMarket, type Market } from '@/lib/carriers';
import type { SellerProfile } from '@/lib/storage';
import {
  convertLengthText,
  convertWeightText,
  formatLengthForInput,
  formatWeightForInput,
  gramsFromInput,
  mmFromInput,
} from './units';
import { lengthUnitFor, weightUnitFor, type UnitSystem } from '@/lib/units';

export interface ProfileDraft {
  market: Market | '';
  businessType: 'company' | 'individual' | '';
  dailyOrders: string;
  monthlyParcels: string;
  connectedCarriers: string[];
  weight: string;
  length: string;
  width: string;
  height: string;
}

export type ProfileField = 'dailyOrders' | 'monthlyParcels' | 'weight' | 'length' | 'width' | 'height' | 'dimensions';
export type ProfileErrorCode =
  'not-whole-number' | 'not-a-number' | 'not-positive' | 'incomplete-dimensions' | 'weight-needed-for-size';
export interface ProfileError {
  field: ProfileField;
  code: ProfileErrorCode;
}

export type ProfileFromDraft = { ok: true; profile: SellerProfile } | { ok: false; errors: ProfileError[] };

export const EMPTY_PROFILE_DRAFT: ProfileDraft = {
  market: '',
  businessType: '',
  dailyOrders: '',
  monthlyParcels: '',
  connectedCarriers: [],
  weight: '',
  length: '',
  width: '',
  height: '',
};

/**
 * The form as the stored profile fills it, sizes shown in `system`'s units.
 * Example: `draftFromProfile({ market: 'US', connectedCarriers: [], defaultParcel: { weightGrams: 454 } }, 'imperial').weight` → `'1'`.
 */
export function draftFromProfile(profile: SellerProfile, system: UnitSystem): ProfileDraft {
  const weightUnit = weightUnitFor(system);
  const lengthUnit = lengthUnitFor(system);
  const dims = profile.defaultParcel?.dimensionsMm;
  return {
    market: profile.market ?? '',
    businessType: profile.businessType ?? '',
    dailyOrders: profile.dailyOrders === undefined ? '' : String(profile.dailyOrders),
    monthlyParcels: profile.monthlyParcels === undefined ? '' : String(profile.monthlyParcels),
    connectedCarriers: [...profile.connectedCarriers],
    weight: profile.defaultParcel ? formatWeightForInput(profile.defaultParcel.weightGrams, weightUnit) : '',
    length: dims ? formatLengthForInput(dims.length, lengthUnit) : '',
    width: dims ? formatLengthForInput(dims.width, lengthUnit) : '',
    height: dims ? formatLengthForInput(dims.height, lengthUnit) : '',
  };
}

function readCount(text: string, field: ProfileField, errors: ProfileError[]): number | undefined {
  const trimmed = text.trim().replace(/[\s,]/g, '');
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(Number(trimmed))) {
    errors.push({ field, code: 'not-whole-number' });
    return undefined;
  }
  return Number(trimmed);
}

function readSize(
  text: string,
  field: ProfileField,
  read: (t: string) => ReturnType<typeof gramsFromInput>,
  errors: ProfileError[],
): number | undefined {
  if (text.trim() === '') return undefined;
  const result = read(text);
  if (result.ok) return result.value;
  errors.push({ field, code: result.code === 'not-positive' ? 'not-positive' : 'not-a-number' });
  return undefined;
}

/**
 * Validates the form and builds the profile to store (grams, millimetres). Empty fields stay unknown;
 * every problem is listed with its field. Size needs all three sides, and a weight (the stored
 * default parcel is a weight with an optional size).
 * Example: `profileFromDraft({ ...EMPTY_PROFILE_DRAFT, market: 'GB', weight: '0,5' }, 'metric')` →
 * `{ ok: true, profile: { market: 'GB', connectedCarriers: [], defaultParcel: { weightGrams: 500 } } }`.
 */
export function profileFromDraft(draft: ProfileDraft, system: UnitSystem): ProfileFromDraft {
  const errors: ProfileError[] = [];
  const weightUnit = weightUnitFor(system);
  const lengthUnit = lengthUnitFor(system);
  const dailyOrders = readCount(draft.dailyOrders, 'dailyOrders', errors);
  const monthlyParcels = readCount(draft.monthlyParcels, 'monthlyParcels', errors);
  const weightGrams = readSize(draft.weight, 'weight', (t) => gramsFromInput(t, weightUnit), errors);
  const sides = (['length', 'width', 'height'] as const).map((field) =>
    readSize(draft[field], field, (t) => mmFromInput(t, lengthUnit), errors),
  );
  const typedSides = (['length', 'width', 'height'] as const).filter((field) => draft[field].trim() !== '').length;
  if (typedSides > 0 && typedSides < 3) errors.push({ field: 'dimensions', code: 'incomplete-dimensions' });
  if (typedSides > 0 && draft.weight.trim() === '') errors.push({ field: 'weight', code: 'weight-needed-for-size' });
  if (errors.length) return { ok: false, errors };

  const [length, width, height] = sides;
  const market = draft.market ? resolveMarket(draft.market) : undefined;
  const profile: SellerProfile = {
    ...(market ? { market } : {}),
    ...(draft.businessType ? { businessType: draft.businessType } : {}),
    ...(dailyOrders !== undefined ? { dailyOrders } : {}),
    ...(monthlyParcels !== undefined ? { monthlyParcels } : {}),
    connectedCarriers: [...new Set(draft.connectedCarriers)],
    ...(weightGrams !== undefined
      ? {
          defaultParcel: {
            weightGrams,
            ...(length !== undefined && width !== undefined && height !== undefined
              ? { dimensionsMm: { length, width, height } }
              : {}),
          },
        }
      : {}),
  };
  return { ok: true, profile };
}

/**
 * The same draft with its sizes re-expressed when the market (and so the unit system) changes.
 * Example: US → GB turns weight `'2'` (lb) into `'0.907'` (kg).
 */
export function convertDraftUnits(draft: ProfileDraft, from: UnitSystem, to: UnitSystem): ProfileDraft {
  if (from === to) return draft;
  const [wFrom, wTo] = [weightUnitFor(from), weightUnitFor(to)];
  const [lFrom, lTo] = [lengthUnitFor(from), lengthUnitFor(to)];
  return {
    ...draft,
    weight: convertWeightText(draft.weight, wFrom, wTo),
    length: convertLengthText(draft.length, lFrom, lTo),
    width: convertLengthText(draft.width, lFrom, lTo),
    height: convertLengthText(draft.height, lFrom, lTo),
  };
}

/** Adds or removes a carrier id from the draft's connected carriers, keeping the order stable. */
export function toggleCarrier(draft: ProfileDraft, carrierId: string, connected: boolean): ProfileDraft {
  const without = draft.connectedCarriers.filter((id) => id !== carrierId);
  return { ...draft, connectedCarriers: connected ? [...without, carrierId] : without };
}
