import { publishedContextItem, type EffectiveContext, type PageContext } from '@/lib/context';
import { sendMessage } from './send';

/**
 * How every surface reads the effective context the background publishes (lib/context). Extension
 * pages read the published storage item and watch it; content scripts, which cannot read
 * storage.local, ask with `get-context` and ask again when the tab comes back into view (the seller
 * changes settings in another tab, then returns).
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

/** The content script's share of the context (no rule pack). */
export function getPageContext(): Promise<PageContext> {
  return sendMessage('get-context', {});
}

/**
 * Calls back when the page context differs from the one last seen, checked each time the tab becomes
 * visible again. Stops with `signal` (the content script's context).
 */
export function onPageContextChange(
  seen: PageContext,
  callback: (context: PageContext) => void,
  signal: AbortSignal,
): void {
  let last = JSON.stringify(seen);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState !== 'visible') return;
      getPageContext()
        .then((context) => {
          const key = JSON.stringify(context);
          if (key === last || signal.aborted) return;
          last = key;
          callback(context);
        })
        .catch(() => undefined);
    },
    { signal },
  );
}
