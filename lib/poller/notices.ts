import { fillLocalized, type Localized } from '@/lib/i18n';
import { notificationMessages as m } from '@/lib/i18n/notification-messages';
import {
  deleteNotice,
  listAtRiskPackages,
  listNotices,
  noticeIdOf,
  orderIdOfNotice,
  putNotice,
  recordNoticeShown,
  type LastmileDb,
  type NoticeRecord,
  type PackageRecord,
} from '@/lib/storage';
import { riskTexts, type RiskCode } from '@/lib/tracking';
import { byUrgency } from './risk-order';

/** One order's notification: its most urgent risk, how many more, its tracking numbers. */
export interface OrderNotice {
  /** `lml-order:<orderId>`: stable, so showing it again updates it in place. */
  notificationId: string;
  orderId: string;
  /** Current risk codes of the order's watched packages, most urgent first. */
  risks: string[];
  title: Localized;
  message: Localized;
}

/** The browser's notifications as the reconciler needs them (the background wraps `browser.notifications`). */
export interface NoticeSurface {
  /** Ids of the notifications on screen now. */
  visible(): Promise<string[]>;
  /** Shows the notice, or updates it in place when `onScreen`. */
  show(notice: OrderNotice, onScreen: boolean): Promise<void>;
  clear(notificationId: string): Promise<void>;
  /** True while the seller's quiet hours hold notifications back. */
  quiet(): Promise<boolean>;
}

export interface ReconcileSummary {
  /** Notifications created or updated in place. */
  shown: number;
  cleared: number;
  /** Held for quiet hours, or because showing failed: shown by a later reconcile. */
  held: number;
}

/** Reconciles everything, or only some orders (after a poll batch). Calls are serialized. */
export type NoticeReconciler = (scope?: { orderIds: readonly string[] }) => Promise<ReconcileSummary>;

type Action = 'show' | 'hold' | 'clear' | 'forget' | 'keep';

/**
 * What to do with one order's notification. `risks` = its current risks (empty when none), `stored` =
 * what we last did, `onScreen` = whether the browser still shows it. An order with risks converges to
 * one notification on screen naming them, unless the seller closed it and no new risk came since; an
 * order without risks converges to none. Pure. Example: risks shown before but missing from the screen
 * (the worker died between raising and showing, the browser dropped it) → `'show'` again.
 */
export function planNotice(
  risks: readonly string[],
  stored: NoticeRecord | undefined,
  onScreen: boolean,
  quiet: boolean,
): Action {
  if (risks.length === 0) return onScreen ? 'clear' : stored ? 'forget' : 'keep';
  const isNew = !stored || risks.some((r) => !stored.risks.includes(r));
  if (stored?.state === 'dismissed' && !isNew) return onScreen ? 'clear' : 'keep';
  const same = stored !== undefined && !isNew && stored.risks.length === risks.length;
  if (same && onScreen && stored.state === 'shown') return 'keep';
  if (quiet) return same && stored.state === 'held' ? 'keep' : 'hold';
  return 'show';
}

/**
 * The notification of an order from its at-risk packages: the most urgent risk's text, "+N more", and
 * the tracking numbers. Pure. Example: packages with `['no-update-24h']` and `['exception']` →
 * `risks: ['exception', 'no-update-24h']`, message starting with the exception text.
 */
export function describeOrderNotice(orderId: string, packages: readonly PackageRecord[]): OrderNotice {
  const risks = byUrgency(packages.flatMap((p) => p.risks));
  const worst = risks[0];
  const lead: Localized = (worst ? riskTexts[worst as RiskCode] : undefined) ?? { en: worst ?? '', zh: worst ?? '' };
  const numbers = [...new Set(packages.flatMap((p) => (p.trackingNumber ? [p.trackingNumber] : [])))];
  const parts: Localized[] = [lead];
  if (risks.length > 1) parts.push(fillLocalized(m.moreRisks, { count: risks.length - 1 }));
  if (numbers.length > 0) parts.push(fillLocalized(m.tracking, { numbers: numbers.join(', ') }));
  return {
    notificationId: noticeIdOf(orderId),
    orderId,
    risks,
    title: fillLocalized(m.title, { orderId }),
    message: { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join('') },
  };
}

async function reconcileOnce(
  db: LastmileDb,
  surface: NoticeSurface,
  now: number,
  scope: { orderIds: readonly string[] } | undefined,
): Promise<ReconcileSummary> {
  const summary: ReconcileSummary = { shown: 0, cleared: 0, held: 0 };
  const atRisk = await listAtRiskPackages(db, scope?.orderIds);
  const packagesOf = new Map<string, PackageRecord[]>();
  for (const p of atRisk) packagesOf.set(p.orderId, [...(packagesOf.get(p.orderId) ?? []), p]);
  const stored = new Map((await listNotices(db, scope?.orderIds)).map((n) => [n.orderId, n]));
  const inScope = scope ? new Set(scope.orderIds) : undefined;
  const visible = new Set<string>();
  for (const id of await surface.visible()) {
    // Only our order notices: other ids (other extensions, hub alerts, older builds) are left alone.
    const orderId = orderIdOfNotice(id);
    if (orderId !== undefined && (!inScope || inScope.has(orderId))) visible.add(orderId);
  }
  const quiet = await surface.quiet();

  for (const orderId of new Set([...packagesOf.keys(), ...stored.keys(), ...visible])) {
    const packages = packagesOf.get(orderId) ?? [];
    const notice = describeOrderNotice(orderId, packages);
    const previous = stored.get(orderId);
    const action = planNotice(notice.risks, previous, visible.has(orderId), quiet);
    if (action === 'show') {
      try {
        await surface.show(notice, visible.has(orderId));
      } catch {
        // Notifications refused (permission, platform): keep it held, a later reconcile tries again.
        await putNotice(db, { orderId, risks: notice.risks, state: 'held', at: now });
        summary.held += 1;
        continue;
      }
      await recordNoticeShown(db, { orderId, risks: notice.risks, state: 'shown', at: now });
      summary.shown += 1;
    } else if (action === 'hold') {
      await putNotice(db, { orderId, risks: notice.risks, state: 'held', at: now });
      summary.held += 1;
    } else if (action === 'clear') {
      await surface.clear(notice.notificationId);
      if (notice.risks.length === 0) await deleteNotice(db, orderId);
      summary.cleared += 1;
    } else if (action === 'forget') await deleteNotice(db, orderId);
  }
  return summary;
}

/**
 * Makes what the seller sees converge on what the store says: one notification per order with a
 * current risk (its most urgent, updated in place when its risks change), none for an order whose
 * risks ended, nothing new while quiet hours hold (the held ones are shown by the first reconcile
 * after). Run on every worker start and after every poll batch and cycle; each run compares with
 * `notifications.getAll()`, so a notification lost to a dying worker is shown again. Runs never
 * overlap. Example: `const reconcile = createNoticeReconciler({ db, surface, now: Date.now }); await reconcile()`.
 */
export function createNoticeReconciler(deps: {
  db: LastmileDb | (() => Promise<LastmileDb>);
  surface: NoticeSurface;
  now: () => number;
}): NoticeReconciler {
  let queue: Promise<unknown> = Promise.resolve();
  return (scope) => {
    const run = queue.then(async () => {
      const db = typeof deps.db === 'function' ? await deps.db() : deps.db;
      return reconcileOnce(db, deps.surface, deps.now(), scope);
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
