import { useSyncExternalStore } from 'react';
import { createPopupStore, type PopupStore } from './store';

/** Today in the browser's time zone as an ISO day: the default ship date (it picks the fuel month). */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The popup's one store; created when the page loads, so "today" is the day the popup was opened. */
export const usePopupStore: PopupStore = createPopupStore(localIsoDay(new Date()));

/** True once the remembered inputs have been read from storage (the form waits for them). */
export function useHydrated(store: PopupStore = usePopupStore): boolean {
  return useSyncExternalStore(
    (notify) => store.persist.onFinishHydration(notify),
    () => store.persist.hasHydrated(),
  );
}
