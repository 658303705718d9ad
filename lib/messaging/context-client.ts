import { publishedContextItem, type EffectiveContext } from '@/lib/context';
import { sendMessage } from './send';

/**
 * How extension pages read the effective context the background publishes (lib/context): the
 * published storage item, watched. Content scripts, which cannot read storage.local, ask with the
 * `get-context` message instead (seller-center.content/page-context.ts).
 */

/**
 * The full context (rule pack included), for extension pages. Asks the background to publish first
 * when nothing is published yet (first start). Example: `(await getContext()).pack.carriers.length`.
 */
export async function getContext(): Promise<EffectiveContext> {
  const published = await publishedContextItem.getValue();
  if (published) return published;
  await sendMessage('get-context', {});
  const fresh = await publishedContextItem.getValue();
  if (!fresh) throw new Error('The background did not publish the effective context');
  return fresh;
}

/** Calls back with each newly published context (extension pages). Returns the unsubscribe function. */
export function onContextChange(callback: (context: EffectiveContext) => void): () => void {
  return publishedContextItem.watch((context) => {
    if (context) callback(context);
  });
}
