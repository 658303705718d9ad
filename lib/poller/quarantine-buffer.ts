import type { QuarantinedItem, QuarantineHandler } from '@/lib/tiktok';

export interface QuarantineBuffer {
  /** Pass as the client's `onQuarantine`. */
  add: QuarantineHandler;
  /** Returns and forgets what was collected (the poller writes it with the batch it belongs to). */
  take(): QuarantinedItem[];
}

/**
 * Collects the client's quarantined payloads in memory so the poller can store them in the same
 * IndexedDB transaction as the batch that met them (the client's callback is synchronous and cannot
 * write to IndexedDB itself). Bounded so a broken endpoint cannot grow it without limit.
 * Example: `const q = createQuarantineBuffer(); createTikTokClient({ …, onQuarantine: q.add }); runPollCycle({ …, quarantine: q })`.
 */
export function createQuarantineBuffer(maxItems = 1_000): QuarantineBuffer {
  let items: QuarantinedItem[] = [];
  return {
    add(item) {
      if (items.length < maxItems) items.push(item);
    },
    take() {
      const taken = items;
      items = [];
      return taken;
    },
  };
}
