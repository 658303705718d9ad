/**
 * lib/context — the effective context (rule pack with the seller's overrides, language, units,
 * printer, feature switches): its schema, the pure builder the background uses to publish it, and
 * the storage item it is published in. Surfaces read it through `lib/messaging`'s context client.
 */
export {
  buildEffectiveContext,
  effectiveContextSchema,
  isFeatureOn,
  pageContextOf,
  pageContextSchema,
  resolveLocale,
  unitSystemOf,
  type ContextSources,
  type EffectiveContext,
  type PageContext,
} from './effective-context';
export { publishedContextItem } from './published-context';
