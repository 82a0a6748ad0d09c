/** The one clock: CASEBOOK_NOW pins "now" for every tool; a malformed value is refused by name. */
import { describe, expect, it } from 'vitest';
import { CLOCK_VARIABLE, currentTime, localDay } from '../../src/lib/clock';

describe('currentTime', () => {
  it('is the pinned time when CASEBOOK_NOW is set', () => {
    expect(currentTime({ [CLOCK_VARIABLE]: '2031-02-03T04:05:06Z' }).toISOString()).toBe('2031-02-03T04:05:06.000Z');
    expect(currentTime({ [CLOCK_VARIABLE]: '2031-02-03' }).toISOString()).toBe('2031-02-03T00:00:00.000Z');
  });

  it('is the real time when it is not set', () => {
    const before = Date.now();
    const time = currentTime({}).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it.each(['tomorrow', '2031-13-45T99:00:00Z', '1700000000'])('refuses %j, naming the variable', (value) => {
    expect(() => currentTime({ [CLOCK_VARIABLE]: value })).toThrow(/^CASEBOOK_NOW=".*" is not a date-time/);
  });
});

describe('localDay', () => {
  it('is the date in the given time zone', () => {
    const time = new Date('2031-02-03T20:00:00Z');
    expect(localDay(time, 0)).toBe('2031-02-03');
    expect(localDay(time, 8 * 60)).toBe('2031-02-04');
    expect(localDay(time, -10 * 60)).toBe('2031-02-03');
  });
});
