import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messaging';

export default defineBackground(() => {
  handleMessages({
    ping: () => ({ pong: true as const, version: browser.runtime.getManifest().version }),
  });
});
