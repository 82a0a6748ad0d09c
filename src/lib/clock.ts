/**
 * The one clock: every "today" and "now" the site's tools use (the content check's future-date
 * rule, the scaffold's dates) comes from here. `CASEBOOK_NOW` (an ISO 8601 date-time) pins it,
 * so a test or a reproducible build can say what day it is; unset, it is the real time.
 * Pure: callers pass the environment (`process.env` in Node).
 */

/** The variable that pins the clock, e.g. `CASEBOOK_NOW=2026-11-26T12:00:00Z`. */
export const CLOCK_VARIABLE = 'CASEBOOK_NOW';

/** Now, as the environment pins it or as the real clock says. */
export function currentTime(env: Readonly<Record<string, string | undefined>> = {}): Date {
  const pinned = env[CLOCK_VARIABLE]?.trim();
  if (!pinned) return new Date();
  const time = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(pinned)
    ? new Date(pinned)
    : new Date(Number.NaN);
  if (Number.isNaN(time.getTime()))
    throw new Error(
      `${CLOCK_VARIABLE}="${pinned}" is not a date-time: use e.g. ${CLOCK_VARIABLE}=2026-11-26T12:00:00Z`,
    );
  return time;
}

/** Today's date (YYYY-MM-DD) in the time zone `offsetMinutes` east of UTC. */
export function localDay(time: Date, offsetMinutes: number): string {
  return new Date(time.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
