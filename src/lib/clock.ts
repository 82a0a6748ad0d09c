/**
 * The one clock of the project's tools. `now()` is the real time, or the instant named by the
 * environment variable CASEBOOK_NOW (an ISO 8601 date-time, e.g. `2026-11-26T12:00:00Z`), so
 * tests and reproducible runs can pin it. Only Node-side entry points (scripts/) call `now()`;
 * everything else takes the Date it needs as an argument.
 */

/** The variable that pins the clock. */
export const CLOCK_VARIABLE = 'CASEBOOK_NOW';

/** The instant the environment names, or the real time; a CASEBOOK_NOW that is not a date-time stops with a message. */
export function now(env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {}): Date {
  const pinned = env[CLOCK_VARIABLE]?.trim();
  if (!pinned) return new Date();
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(pinned) ? new Date(pinned) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()))
    throw new Error(
      `${CLOCK_VARIABLE}="${pinned}" is not a date-time: write it as YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-11-26T12:00:00Z, or unset it`,
    );
  return date;
}

/** The calendar day of an instant in this machine's time zone, YYYY-MM-DD. */
export function localDay(instant: Date): string {
  return new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
