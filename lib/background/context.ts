import { buildEffectiveContext, publishedContextItem, type EffectiveContext } from '@/lib/context';
import {
  featureSwitchesSetting,
  localeSetting,
  printerSetting,
  ruleOverridesSetting,
  sellerProfileSetting,
} from '@/lib/storage';

/**
 * The background's half of the effective context: it alone reads the settings the context is made
 * of, builds it (lib/context) and publishes it in `publishedContextItem`; every surface reads it there.
 */

/** Builds the context from the stored settings and publishes it when it changed. Returns what is published. */
export async function publishContext(): Promise<EffectiveContext> {
  const [storedOverride, localePreference, profile, printer, features, published] = await Promise.all([
    ruleOverridesSetting.getValue(),
    localeSetting.getValue(),
    sellerProfileSetting.getValue(),
    printerSetting.getValue(),
    featureSwitchesSetting.getValue(),
    publishedContextItem.getValue(),
  ]);
  const context = buildEffectiveContext({ storedOverride, localePreference, profile, printer, features });
  if (JSON.stringify(context) !== JSON.stringify(published)) await publishedContextItem.setValue(context);
  return context;
}

/** Re-publishes whenever one of the context's settings changes. Returns the function that stops watching. */
export function republishOnSettingChange(onError: (error: unknown) => void): () => void {
  const republish = () => void publishContext().catch(onError);
  const stops = [ruleOverridesSetting, localeSetting, sellerProfileSetting, printerSetting, featureSwitchesSetting].map(
    (setting) => setting.watch(republish),
  );
  return () => stops.forEach((stop) => stop());
}
