import type { SenderKind } from './protocol';
import { SELLER_CENTER_HOSTS } from '../seller-center/hosts';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * Classifies who sent a message: our own extension page ('ui'), our content script on a Seller Center
 * host ('page'), or nobody we trust (null). Messages from other extensions or other hosts are refused.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'ui';
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'https:' && SELLER_CENTER_HOSTS.some((h) => h.host === hostname)) return 'page';
  } catch {
    return null;
  }
  return null;
}
