import { describe, expect, it } from 'vitest';
import { quietMinutesLeft } from '@/lib/poller';

const at = (h: number, m = 0) => h * 60 + m;

describe('quietMinutesLeft', () => {
  const overnight = { enabled: true, start: '22:00', end: '07:00' };
  const daytime = { enabled: true, start: '12:30', end: '14:00' };

  it.each([
    [overnight, at(21, 59), 0],
    [overnight, at(22, 0), 540],
    [overnight, at(23, 0), 480],
    [overnight, at(0, 0), 420],
    [overnight, at(6, 59), 1],
    [overnight, at(7, 0), 0],
    [daytime, at(12, 29), 0],
    [daytime, at(12, 30), 90],
    [daytime, at(13, 59), 1],
    [daytime, at(14, 0), 0],
  ])('%j at minute %i → %i minutes left', (quiet, minute, left) => {
    expect(quietMinutesLeft(quiet, minute)).toBe(left);
  });

  it('is never quiet when switched off', () => {
    expect(quietMinutesLeft({ ...overnight, enabled: false }, at(23))).toBe(0);
  });
});
