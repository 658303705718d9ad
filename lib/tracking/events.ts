/**
 * Merging tracking trails: carriers resend whole trails, repeat events and deliver them out of order,
 * and a poll cycle may be killed half-way and run again. Pure.
 */
import { foldDescription, STATUS_RANK, type TrackingEvent } from './status';

/**
 * The stable storage key of an event: its epoch-ms time and its folded description (NFKC, lower case,
 * single spaces). Two reports of the same scan get the same key whatever their spacing or case.
 * Changing the fold changes keys, so it needs a storage migration.
 * Example: `eventKey({ at: 1700000000000, description: 'Picked  up', … })` → `'1700000000000|picked up'`.
 */
export function eventKey(event: Pick<TrackingEvent, 'at' | 'description'>): string {
  return `${event.at}|${foldDescription(event.description)}`;
}

/**
 * Sort order of events: by time; at the same time the further-along status last; then by key, so the
 * order never depends on input order. Example: `[departedAtT, pickedUpAtT].sort(compareEvents)` → picked up, then departed.
 */
export function compareEvents(a: TrackingEvent, b: TrackingEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank !== 0) return rank;
  const ka = eventKey(a);
  const kb = eventKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Merges newly fetched events into the stored ones: drops duplicates (same `eventKey`; the copy already
 * stored wins), drops events without a finite time, and sorts by time (see `compareEvents`). The result
 * does not depend on the order of either input.
 * Example: `mergeEvents([delivered], [pickedUp, delivered])` → `[pickedUp, delivered]`.
 */
export function mergeEvents(existing: readonly TrackingEvent[], incoming: readonly TrackingEvent[]): TrackingEvent[] {
  const byKey = new Map<string, TrackingEvent>();
  for (const event of [...existing, ...incoming]) {
    if (!Number.isFinite(event.at)) continue;
    const key = eventKey(event);
    if (!byKey.has(key)) byKey.set(key, event);
  }
  return [...byKey.values()].sort(compareEvents);
}
