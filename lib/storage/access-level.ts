import { browser } from 'wxt/browser';

/**
 * Keeps `storage.local` away from content scripts. Secrets are not in storage.local (credentials.ts:
 * the extension's own IndexedDB), so this is defence in depth: content scripts have no reason to read
 * settings directly. Chrome only (102+); Firefox has no access levels, and there storage.local stays
 * readable by content scripts. Never throws.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  const local = browser.storage.local as unknown as {
    setAccessLevel?: (o: { accessLevel: string }) => Promise<void>;
  };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    console.warn('[Lastmile Lens] storage.local access level not set:', error instanceof Error ? error.message : error);
  }
}
