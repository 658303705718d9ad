import { useEffect, useState } from 'react';

/** lib/label bundles bwip-js and ZXing (~2.6 MB unminified): loaded on demand, once, never with the page. */
export type LabelModule = typeof import('@/lib/label');

let pending: Promise<LabelModule> | undefined;

export function loadLabelModule(): Promise<LabelModule> {
  pending ??= import('@/lib/label');
  // A failed load (extension updated under the page) must be retryable, not cached forever.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/** The label module once loaded (`null` while loading), or the load error. */
export function useLabelModule(enabled = true): { label: LabelModule | null; error: string | null } {
  const [state, setState] = useState<{ label: LabelModule | null; error: string | null }>({ label: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadLabelModule().then(
      (label) => live && setState({ label, error: null }),
      (error: unknown) =>
        live && setState({ label: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
