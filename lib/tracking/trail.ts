/**
 * The few facts of a tracking trail that the SLA clocks and shop metrics read, taken in one pass over
 * the merged events. Stored with each package at poll time, so views over thousands of packages judge
 * them without reading their events. Pure.
 */
import type { EventStatus, TrackingEvent } from './status';

/**
 * Bumped whenever what a digest holds, or how events are classified into it, changes: a stored digest
 * of another version is not trusted (the events are read again instead).
 */
export const TRAIL_DIGEST_VERSION = 1;

export interface TrailDigest {
  v: number;
  /** Epoch ms of the first and last events. */
  firstEventAt?: number;
  lastEventAt?: number;
  /** The first `info-received` event: the label time when none is known otherwise. */
  infoReceivedAt?: number;
  firstScanAt?: number;
  lastScanAt?: number;
  /** Distinct carrier scans. */
  scanCount: number;
  /** The latest status other than `unknown`; absent when no event says one. */
  status?: EventStatus;
  /** With a `delivered` status: the start of the final run of delivered events. */
  deliveredAt?: number;
  /** Longest span between consecutive events from the first carrier scan on (the first one when tied). */
  longestGap: { ms: number; from?: number; to?: number };
}

/**
 * The digest of a trail already merged and sorted (`mergeEvents`). Example: picked up at 10, delivered
 * at 40 → `{ firstScanAt: 10, status: 'delivered', deliveredAt: 40, scanCount: 2, longestGap: { ms: 30, from: 10, to: 40 }, … }`.
 */
export function digestTrail(events: readonly TrackingEvent[]): TrailDigest {
  const digest: TrailDigest = { v: TRAIL_DIGEST_VERSION, scanCount: 0, longestGap: { ms: 0 } };
  let previousPoint: number | undefined;
  for (const e of events) {
    digest.firstEventAt ??= e.at;
    digest.lastEventAt = e.at;
    if (e.status === 'info-received') digest.infoReceivedAt ??= e.at;
    if (e.isCarrierScan) {
      digest.firstScanAt ??= e.at;
      digest.lastScanAt = e.at;
      digest.scanCount += 1;
    }
    if (e.status !== 'unknown') {
      // A re-sent "Delivered" does not move delivery later; anything else after it ends the run.
      if (e.status === 'delivered') digest.deliveredAt = digest.status === 'delivered' ? digest.deliveredAt : e.at;
      else delete digest.deliveredAt;
      digest.status = e.status;
    }
    if (digest.firstScanAt !== undefined && e.at >= digest.firstScanAt) {
      if (previousPoint !== undefined && e.at - previousPoint > digest.longestGap.ms)
        digest.longestGap = { ms: e.at - previousPoint, from: previousPoint, to: e.at };
      previousPoint = e.at;
    }
  }
  return digest;
}
