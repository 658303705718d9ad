import { MIN_POLL_INTERVAL_MINUTES, type PollSettings } from '@/lib/storage';

/** The name of the `browser.alarms` alarm that wakes the worker to poll. */
export const POLL_ALARM_NAME = 'lml-poll';

/** Used when the stored interval is not a usable number (the default: 15 min). */
export const DEFAULT_POLL_INTERVAL_MINUTES = 15;

/**
 * The alarm period to register, in minutes: the configured interval, never below one minute (Chrome MV3
 * fires alarms at most every 30 s; we keep a whole minute). Pure. Example:
 * `alarmPeriodMinutes({ intervalMinutes: 0.25 }) === 1`, `alarmPeriodMinutes({ intervalMinutes: 15 }) === 15`.
 */
export function alarmPeriodMinutes(settings: Pick<PollSettings, 'intervalMinutes'>): number {
  const minutes = settings.intervalMinutes;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) return DEFAULT_POLL_INTERVAL_MINUTES;
  return Math.max(MIN_POLL_INTERVAL_MINUTES, minutes);
}
