import { defineSetting } from '@/lib/storage/settings';
import { effectiveContextSchema, type EffectiveContext } from './effective-context';

/**
 * The one storage item the effective context is published in. Written only by the background;
 * extension pages read and watch it. `null` until the background has published once.
 */
export const publishedContextItem = defineSetting<EffectiveContext | null>('local:effective-context', {
  schema: effectiveContextSchema.nullable(),
  fallback: null,
  version: 1,
});
