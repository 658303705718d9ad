import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messaging';

export default defineBackground(() => {
  // Secrets live in storage.local: make it unreadable from content scripts (Chrome's default lets them read it).
  void (browser.storage.local as unknown as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> })
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch(() => undefined);
  handleMessages({
    ping: () => ({ pong: true as const, version: browser.runtime.getManifest().version }),
  });
});
