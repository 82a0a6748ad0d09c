import { describe, expect, it } from 'vitest';
import { CLOCK_VARIABLE, localDay, now } from '../../src/lib/clock';

describe('the project clock', () => {
  it('is the real time unless CASEBOOK_NOW pins it', () => {
    const before = Date.now();
    const real = now({}).getTime();
    expect(real).toBeGreaterThanOrEqual(before);
    expect(real).toBeLessThanOrEqual(Date.now());
    expect(now({ [CLOCK_VARIABLE]: '2026-11-26T12:00:00Z' }).toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(now({ [CLOCK_VARIABLE]: '' }).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('refuses a CASEBOOK_NOW that is not a date-time, naming the form it needs', () => {
    for (const value of ['tomorrow', '2026-11-26', '2026-13-40T00:00:00Z'])
      expect(() => now({ [CLOCK_VARIABLE]: value }), value).toThrow(
        /CASEBOOK_NOW=".*" is not a date-time: write it as/,
      );
  });

  it("gives the calendar day in the machine's time zone", () => {
    const instant = new Date('2026-11-26T12:00:00Z');
    const offset = instant.getTimezoneOffset();
    expect(localDay(instant)).toBe(new Date(instant.getTime() - offset * 60_000).toISOString().slice(0, 10));
    expect(localDay(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });
});
