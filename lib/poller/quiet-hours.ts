import type { QuietHours } from '@/lib/storage';

const DAY_MINUTES = 24 * 60;

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Minutes of quiet time left at `minuteOfDay` (0–1439 on the seller's clock); 0 = not quiet. The window
 * includes its start and ends at its end, and may cross midnight. Pure. Example:
 * `quietMinutesLeft({ enabled: true, start: '22:00', end: '07:00' }, 23 * 60)` → 480.
 */
export function quietMinutesLeft(quiet: QuietHours, minuteOfDay: number): number {
  if (!quiet.enabled) return 0;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const inside = start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
  return inside ? (end - minuteOfDay + DAY_MINUTES) % DAY_MINUTES : 0;
}
