import type { NoticeSurface, OrderNotice } from '@/lib/poller';

/** An in-memory `browser.notifications` for the reconciler: what is on screen, and every call made. */
export interface FakeNotifications {
  surface: NoticeSurface;
  /** On screen now, by id. */
  screen: Map<string, OrderNotice>;
  /** Every create/update ('show') and clear, in order. */
  calls: Array<{ op: 'create' | 'update' | 'clear'; id: string }>;
  /** Notices shown (created or updated), in order. */
  shown: OrderNotice[];
  state: { quiet: boolean; failing: boolean };
  /** The seller (or the platform) closed a notification. */
  close(id: string): void;
}

export function createFakeNotifications(): FakeNotifications {
  const fake: FakeNotifications = {
    screen: new Map(),
    calls: [],
    shown: [],
    state: { quiet: false, failing: false },
    close(id) {
      fake.screen.delete(id);
    },
    surface: {
      visible: async () => [...fake.screen.keys()],
      show: async (notice, onScreen) => {
        if (fake.state.failing) throw new Error('notifications are turned off');
        fake.calls.push({
          op: onScreen && fake.screen.has(notice.notificationId) ? 'update' : 'create',
          id: notice.notificationId,
        });
        fake.screen.set(notice.notificationId, notice);
        fake.shown.push(notice);
      },
      clear: async (id) => {
        fake.calls.push({ op: 'clear', id });
        fake.screen.delete(id);
      },
      quiet: async () => fake.state.quiet,
    },
  };
  return fake;
}
