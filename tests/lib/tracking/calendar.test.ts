import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countCalendarDays, DAY_MS, isValidTimeZone, localDayNumber } from '@/lib/tracking';

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';

describe('countCalendarDays', () => {
  it('counts local midnights crossed, not 24-hour blocks', () => {
    // 23:30 → 00:30 next day (PDT, UTC-7): one hour, one calendar day.
    expect(countCalendarDays(Date.UTC(2024, 5, 4, 6, 30), Date.UTC(2024, 5, 4, 7, 30), LA)).toBe(1);
    // 00:30 → 23:30 the same day: 23 hours, zero calendar days.
    expect(countCalendarDays(Date.UTC(2024, 5, 4, 7, 30), Date.UTC(2024, 5, 5, 6, 30), LA)).toBe(0);
  });

  it('depends on the market zone: the same instants are one day apart in London and none in Los Angeles', () => {
    const from = Date.UTC(2024, 5, 4, 22, 0); // LA 15:00, London 23:00
    const to = Date.UTC(2024, 5, 5, 1, 0); // LA 18:00, London 02:00
    expect(countCalendarDays(from, to, LA)).toBe(0);
    expect(countCalendarDays(from, to, 'Europe/London')).toBe(1);
    expect(countCalendarDays(from, to, 'Asia/Jakarta')).toBe(0);
  });

  it('spring-forward: 24 h elapsed across 2024-03-10 in Los Angeles is 2 calendar days', () => {
    const from = Date.UTC(2024, 2, 10, 7, 30); // Sat 2024-03-09 23:30 PST (UTC-8)
    const to = Date.UTC(2024, 2, 11, 7, 30); // Mon 2024-03-11 00:30 PDT (UTC-7)
    expect(to - from).toBe(24 * 3_600_000);
    expect(countCalendarDays(from, to, LA)).toBe(2);
  });

  it('spring-forward: the 23-hour Sunday is still one calendar day in New York', () => {
    const from = Date.UTC(2024, 2, 10, 5, 0); // Sun 2024-03-10 00:00 EST
    const to = Date.UTC(2024, 2, 11, 4, 0); // Mon 2024-03-11 00:00 EDT, 23 h later
    expect(countCalendarDays(from, to, NY)).toBe(1);
  });

  it('fall-back: 48 h elapsed across 2024-11-03 in Los Angeles is 1 calendar day', () => {
    const from = Date.UTC(2024, 10, 2, 7, 30); // Sat 2024-11-02 00:30 PDT
    const to = Date.UTC(2024, 10, 4, 7, 30); // Sun 2024-11-03 23:30 PST (UTC-8)
    expect(to - from).toBe(48 * 3_600_000);
    expect(countCalendarDays(from, to, LA)).toBe(1);
  });

  it('fall-back: the 25-hour Sunday is one calendar day', () => {
    const from = Date.UTC(2024, 10, 3, 7, 0); // Sun 2024-11-03 00:00 PDT
    const to = Date.UTC(2024, 10, 4, 8, 0); // Mon 2024-11-04 00:00 PST, 25 h later
    expect(countCalendarDays(from, to, LA)).toBe(1);
  });

  it('is negative when the end is before the start', () => {
    expect(countCalendarDays(Date.UTC(2024, 5, 5, 12), Date.UTC(2024, 5, 3, 12), 'UTC')).toBe(-2);
  });
});

describe('localDayNumber', () => {
  it('gives the local date of an instant', () => {
    expect(localDayNumber(Date.UTC(2024, 2, 10, 7, 30), LA)).toBe(Date.UTC(2024, 2, 9) / 86_400_000);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and refuses anything else', () => {
    expect(isValidTimeZone(LA)).toBe(true);
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

/** Independent reference: the local date straight from Intl for this very instant, no caching. */
const referenceFormatters = new Map<string, Intl.DateTimeFormat>();
function referenceDayNumber(atMs: number, timeZone: string): number {
  let formatter = referenceFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    referenceFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(atMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day')) / 86_400_000;
}

describe('localDayNumber agrees with Intl for every instant', () => {
  const zones = [
    LA,
    NY,
    'Europe/London',
    'Asia/Jakarta',
    'Asia/Ho_Chi_Minh',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'UTC',
  ];

  it('minute by minute around the 2024 US and EU transitions', () => {
    const transitions = [
      Date.UTC(2024, 2, 10, 10),
      Date.UTC(2024, 10, 3, 9),
      Date.UTC(2024, 2, 31, 1),
      Date.UTC(2024, 9, 27, 1),
      Date.UTC(2024, 3, 6, 15),
    ];
    const mismatches: string[] = [];
    for (const t of transitions) {
      for (let m = -180; m <= 180; m += 1) {
        const at = t + m * 60_000 + 17_000;
        for (const zone of zones) {
          if (localDayNumber(at, zone) !== referenceDayNumber(at, zone))
            mismatches.push(`${zone} ${new Date(at).toISOString()}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('at random instants from 1990 to 2060 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (at, zone) => {
          expect(localDayNumber(at, zone)).toBe(referenceDayNumber(at, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('localDayNumber against Intl, instant by instant', () => {
  it('agrees for any instant of 2024–2027 in zones with and without daylight saving', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Jakarta', 'America/Mexico_City'];
    const formatters = new Map(
      zones.map((z) => [
        z,
        new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }),
      ]),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }),
          // March, October and November: the daylight-saving changes, hour by hour around them.
          fc
            .tuple(
              fc.integer({ min: 2024, max: 2027 }),
              fc.constantFrom(2, 9, 10),
              fc.integer({ min: 0, max: 31 * 96 }),
            )
            .map(([year, month, quarter]) => Date.UTC(year, month, 1) + quarter * 900_000),
        ),
        fc.constantFrom(...zones),
        (at, zone) => {
          const [y, m, d] = formatters.get(zone)!.format(at).split('-').map(Number);
          expect(localDayNumber(at, zone)).toBe(Date.UTC(y!, m! - 1, d!) / DAY_MS);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
