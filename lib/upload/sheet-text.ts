import type { TrackingTemplate } from './types';

/**
 * The template sheet's XML as the reader decoded it, kept with the template it was read into, so the
 * corrected copy patches that text instead of inflating and decoding a 40 MB sheet a second time.
 * A WeakMap: the text goes when the template does.
 */
const sheetTexts = new WeakMap<TrackingTemplate, string>();

export function rememberSheetText(template: TrackingTemplate, xml: string): void {
  sheetTexts.set(template, xml);
}

export function rememberedSheetText(template: TrackingTemplate): string | undefined {
  return sheetTexts.get(template);
}
