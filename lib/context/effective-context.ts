import { z } from 'zod';
// From settings.ts, not the storage index: the index pulls in Dexie, whose bundled noncharacters make Chrome
// refuse the content script as "not UTF-8" (the content script reaches this file through the protocol).
import { MARKET_CODES, type Market } from '@/lib/carriers';
import { localeFromLanguageTag, type Locale } from '@/lib/i18n';
import { effectivePack, rulePackSchema, type RulePack } from '@/lib/rules';
import {
  localeSettingSchema,
  printerSchema,
  type LocalePreference,
  type PrinterSettings,
  type SellerProfile,
} from '@/lib/storage/settings';
import type { UnitSystem } from '@/lib/units';

/**
 * The effective context: everything a surface needs to speak and measure the way the seller set it up.
 * The background is its only author (it reads the settings, merges the rule pack, and publishes the
 * result); the popup, side panel, options page and content script only read it, so they cannot disagree.
 */
const pageContextShape = {
  /** The language setting as saved: 'auto' follows the browser (UI pages) or the Seller Center page (hints). */
  localePreference: localeSettingSchema,
  /** The seller's market (profile), when they told us. */
  market: z.enum(MARKET_CODES).optional(),
  /** The unit system of the seller's market per the effective pack (metric when unknown). */
  units: z.enum(['metric', 'imperial']),
  /** The seller's label printer, `null` until they tell us. */
  printer: printerSchema.nullable(),
  /** Feature switches by feature id (in-page hint kinds): absent = on. */
  features: z.record(z.string(), z.boolean()),
};

/** What a content script receives (no rule pack: hints get their figures from the background). */
export const pageContextSchema = z.object(pageContextShape);
export type PageContext = z.infer<typeof pageContextSchema>;

export const effectiveContextSchema = z.object({
  ...pageContextShape,
  /** The built-in pack with the seller's overrides merged (lib/rules `effectivePack`). */
  pack: rulePackSchema,
  /** Why a stored override was ignored, so every surface can say so. */
  overrideErrors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type EffectiveContext = z.infer<typeof effectiveContextSchema>;

export interface ContextSources {
  storedOverride: unknown;
  localePreference: LocalePreference;
  profile: SellerProfile;
  printer: PrinterSettings | null;
  features: Record<string, boolean>;
}

/** The unit system of a market per the pack; metric when the market is unknown or not in the pack. */
export function unitSystemOf(pack: RulePack, market: Market | string | undefined): UnitSystem {
  return pack.markets.find((m) => m.code === market)?.unitSystem.value ?? 'metric';
}

/**
 * Builds the effective context from the stored settings. Pure.
 * Example: `buildEffectiveContext({ storedOverride: null, localePreference: 'auto', profile: { connectedCarriers: [], market: 'US' }, printer: null, features: {} }).units` → `'imperial'`.
 */
export function buildEffectiveContext(sources: ContextSources): EffectiveContext {
  const { pack, overrideErrors } = effectivePack(sources.storedOverride);
  const market = sources.profile.market;
  return {
    localePreference: sources.localePreference,
    ...(market ? { market } : {}),
    units: unitSystemOf(pack, market),
    printer: sources.printer,
    features: sources.features,
    pack,
    overrideErrors,
  };
}

/** The content script's share of the context: the same fields minus the rule pack. */
export function pageContextOf(context: EffectiveContext): PageContext {
  const { pack: _pack, overrideErrors: _errors, ...page } = context;
  return page;
}

/**
 * The language a surface speaks: the seller's choice, else the language of what the seller is looking
 * at (the browser UI for our pages, the Seller Center page for in-page hints).
 * Example: `resolveLocale('auto', 'zh-CN')` → `'zh'`; `resolveLocale('en', 'zh-CN')` → `'en'`.
 */
export function resolveLocale(
  preference: LocalePreference | undefined,
  fallbackLanguageTag: string | undefined,
): Locale {
  return preference === 'en' || preference === 'zh' ? preference : localeFromLanguageTag(fallbackLanguageTag);
}

/** Whether a feature is switched on (absent = on). */
export function isFeatureOn(context: Pick<PageContext, 'features'>, featureId: string): boolean {
  return context.features[featureId] !== false;
}
