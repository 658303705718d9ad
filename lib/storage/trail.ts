import {
  digestTrail,
  mergeEvents,
  normalizeTrackingEvent,
  TRAIL_DIGEST_VERSION,
  type TrackingEvent,
  type TrailDigest,
} from '@/lib/tracking';
import type { EventRecord, PackageRecord } from './db';

/**
 * Stored events as tracking events, classified again: stored rows keep the carrier's words, so today's
 * phrase rules apply to old events too. Events with an unusable time are left out.
 */
export function renormalizeEvents(stored: readonly EventRecord[]): TrackingEvent[] {
  return stored.flatMap((e) => normalizeTrackingEvent({ description: e.description, update_time_millis: e.at }) ?? []);
}

/** The trail digest (lib/tracking `digestTrail`) of a package's stored events, in any order. */
export function digestStoredEvents(stored: readonly EventRecord[]): TrailDigest {
  return digestTrail(mergeEvents([], renormalizeEvents(stored)));
}

/**
 * The row's stored trail digest when it is of the current version; `undefined` means read the events
 * (a row written before digests, or by a version that digested differently).
 */
export function storedTrailOf(record: Pick<PackageRecord, 'trail'>): TrailDigest | undefined {
  return record.trail?.v === TRAIL_DIGEST_VERSION ? record.trail : undefined;
}
