import { z } from 'astro/zod';
import { fillFallbacks, LOCALE_DEFINITIONS } from '../i18n/locales';
import { addressProblem, type AddressKind } from './web-address';
import { issue, say, says, zodError } from './messages';
import type { Said } from '../i18n/editor/say';
import { isPlaceholder } from './placeholder';

/** The site's language codes, from src/i18n/locales.ts: the default first. */
export const LOCALE_CODES = LOCALE_DEFINITIONS.map((definition) => definition.code) as [
  (typeof LOCALE_DEFINITIONS)[number]['code'],
  ...(typeof LOCALE_DEFINITIONS)[number]['code'][],
];
type Code = (typeof LOCALE_CODES)[number];

/** One text field per language: required, or optional for a language with a fallback. */
function textShape(): Record<Code, z.ZodType<string | undefined>> {
  const shape = {} as Record<Code, z.ZodType<string | undefined>>;
  for (const definition of LOCALE_DEFINITIONS as readonly { code: Code; fallback?: string }[]) {
    const text = z
      .string(says('needsLanguageText', definition.code))
      .trim()
      .min(1, says('emptyLanguageText', definition.code));
    shape[definition.code] = definition.fallback ? text.optional() : text;
  }
  return shape;
}

/** Text given in every language: `zh:` and `en:` lines. */
export const localized = z
  .strictObject(textShape(), says('needsEveryLanguage', [...LOCALE_CODES]))
  .transform((value) => fillFallbacks(value as Partial<Record<Code, string>>));
export type Localized = Record<Code, string>;

/**
 * The name fields of a vocabulary entry (`zh: 花溪区`, `en: Huaxi District`), for spreading into
 * an object schema; pair with `withNames` to fill fallbacks.
 */
export function nameFields(): Record<Code, z.ZodType<string | undefined>> {
  return textShape();
}

/** Completes a vocabulary entry's names with fallbacks. */
export function withNames<T extends Partial<Record<Code, string | undefined>>>(entry: T): T & Record<Code, string> {
  return { ...entry, ...fillFallbacks(entry as Partial<Record<Code, string>>) };
}
/** A kebab-case id: lower-case letters, digits and hyphens. */
export const kebabId = z.string(says('kebabNeeded')).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, says('kebabFormat'));

/** YAML reads `2023` and `520100` as numbers; ids and partial dates are text, so accept both. */
export const textish = z.union([z.string(), z.number()]).transform(String);

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const PERIOD = new RegExp(
  `^(?:${PARTIAL_DATE.source.slice(1, -1)}|\\.\\.)(?:/(?:${PARTIAL_DATE.source.slice(1, -1)}))?$`,
);

/** Days in a month (1-based), leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) is not a day of the calendar, or undefined when it is.
 * The patterns above allow day 31 in every month, so February 30 has to be caught here.
 */
export function impossibleDay(text: string): Said | undefined {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined || day === undefined) return undefined;
  const days = daysIn(year!, month);
  return day > days ? say('periodNoSuchDay', text, month, year!, days) : undefined;
}

/** First and last day a partial date covers, as `YYYY-MM-DD` text that sorts in time order. */
function span(text: string): [string, string] {
  const [year, month, day] = text.split('-');
  if (day !== undefined) return [text, text];
  if (month !== undefined) return [`${text}-01`, `${text}-${daysIn(Number(year), Number(month))}`];
  return [`${text}-01-01`, `${text}-12-31`];
}

/** A period schema; with `blank`, the scaffold's placeholder passes too (left for the content check to judge). */
function periodSchema(blank: boolean) {
  return textish.pipe(
    z
      .string()
      .refine((s) => PERIOD.test(s) || (blank && isPlaceholder(s)), says('periodFormat'))
      .refine((s) => s !== '..', says('periodOpenEnd'))
      .superRefine((text, ctx) => {
        if (!PERIOD.test(text)) return;
        const parts = text.split('/').filter((part) => part !== '..');
        for (const part of parts) {
          const problem = impossibleDay(part);
          if (problem) ctx.addIssue(issue(problem));
        }
        const [start, end] = parts;
        if (start !== undefined && end !== undefined && span(end)[1] < span(start)[0]) {
          ctx.addIssue(issue(say('periodBackwards', end, start)));
        }
      }),
  );
}

/**
 * A period as in ISO 8601: `2023`, `2023-11`, a range `2023-11/2024-01`, or `../2024-01`
 * for "up to January 2024" (cumulative figures). Days must exist and a range must not end
 * before it starts.
 */
export const period = periodSchema(false);

/**
 * An initiative's period, which a new story holds as the scaffold's blank (`TODO: …`) until the
 * editor knows it: fine in a draft, refused by the content check in a published story.
 */
export const periodOrBlank = periodSchema(true);

/**
 * A date, or a date and time, in any form YAML reads as a timestamp (YAML 1.1, as js-yaml's
 * `timestamp` type matches it: one- or two-digit month and day, `T` or spaces before the time,
 * fractions of a second, `Z` or an offset).
 */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?(?:[ \t]*(Z|[-+](\d{1,2})(?::(\d{2}))?))?)?$/;

/**
 * Why a timestamp as written names no real moment (month 13, 30 February, hour 25, …), or
 * undefined when every part exists or the text is no timestamp. YAML readers roll such parts over
 * into the next day or month without a word, so the written text is taken apart here.
 */
export function impossibleTimestamp(text: string): Said | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = [
    ...match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))),
    match[7],
    Number(match[8] ?? 0),
    Number(match[9] ?? 0),
  ] as [number, number, number, number | undefined, number, number, string | undefined, number, number];
  const wrong: Said[] = [];
  if (month < 1 || month > 12) wrong.push(say('noMonth', month));
  else if (day < 1) wrong.push(say('noDay', day));
  else if (day > daysIn(year, month)) wrong.push(say('monthHasDays', month, year, daysIn(year, month)));
  if (hour !== undefined) {
    if (hour > 23) wrong.push(say('noHour', hour));
    if (minute > 59) wrong.push(say('noMinute', minute));
    if (second > 59) wrong.push(say('noSecond', second));
    if (zoneHour > 14 || zoneMinute > 59) wrong.push(say('noTimeZone', zone ?? ''));
  }
  if (!wrong.length) return undefined;
  return say('notARealDate', text, hour !== undefined, wrong);
}

/** Why `text` is not a real day written as YYYY-MM-DD, or undefined when it is. */
export function dayProblem(text: string): Said | undefined {
  const impossible = impossibleTimestamp(text);
  if (impossible) return impossible;
  const match = TIMESTAMP.exec(text);
  if (!match) return say('dateFormat');
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  if (match[4] !== undefined) return say('dayHasTime', text, day);
  return text === day ? undefined : say('writeDateAs', day);
}

/**
 * A calendar date: YAML `2024-01-29`. Quoted, it is text, taken apart by `dayProblem`; plain,
 * Astro's reader (js-yaml) has made it a Date, and the content check has already refused the
 * written forms that roll over (2024-02-30, 2024-1-32 25:00:00). A Date that is not at midnight
 * UTC was written with a time, which could move it to another day: it is refused too.
 */
export const date = z.union([z.date(), z.string()], says('dateFormat')).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) ctx.addIssue(issue(say('dateFormat')));
    else if (value.getTime() % 86_400_000 !== 0) ctx.addIssue(issue(say('dateHasTime', value.toISOString())));
    return value;
  }
  const text = value.trim();
  const problem = dayProblem(text);
  if (problem) {
    ctx.addIssue(issue(problem));
    return z.NEVER;
  }
  return new Date(`${text}T00:00:00Z`);
});

/** Decimals a stated figure may have: sources round, and more would read as false precision. */
export const MAX_DECIMALS = 4;

/** Decimals of a number as JavaScript prints it; Infinity for exponent notation of a tiny number. */
function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e-')) return Infinity;
  return text.split('.')[1]?.length ?? 0;
}

/** Why a number cannot be shown exactly as a reader reads it, or undefined when it can. */
export function numberProblem(value: number): Said | undefined {
  if (!Number.isFinite(value)) return say('notFinite');
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return say('largerThanSafe');
  if (decimalsOf(value) > MAX_DECIMALS) return say('tooManyDecimals', MAX_DECIMALS);
  return undefined;
}

/**
 * Why a number as written in YAML would not be read back as written, or undefined when it is
 * plain digits the site keeps exactly. `value` is what the YAML reader made of `text`: JavaScript
 * numbers hold whole numbers exactly only up to 9007199254740991, so 9007199254740993 is silently
 * read as …992, and `1e300`, `0x1F` and `.inf` are numbers no reader of the page can check.
 */
export function writtenNumberProblem(text: string, value: number): Said | undefined {
  const plain = /^([-+]?)0*(\d+?)(?:\.(\d+?)0*)?$/.exec(text);
  const problem = numberProblem(value);
  if (problem && (!plain || problem.key === 'largerThanSafe')) return say('writtenAs', text, problem);
  if (plain && BigInt(plain[2]!) > BigInt(Number.MAX_SAFE_INTEGER))
    return say('writtenAs', text, say('largerThanSafe'));
  if (!plain) return /e/i.test(text) ? say('exponent', text) : say('notPlainDigits', text, value);
  if ((plain[3]?.length ?? 0) > MAX_DECIMALS) return say('writtenAs', text, say('tooManyDecimals', MAX_DECIMALS));
  const written = `${plain[1] === '-' && value !== 0 ? '-' : ''}${plain[2]}${plain[3] ? `.${plain[3]}` : ''}`;
  return written === String(value) ? undefined : say('moreDigitsThanKept', text, value);
}

/**
 * A number as a reader reads it: finite, whole numbers no larger than JavaScript keeps exactly,
 * at most MAX_DECIMALS decimals. (The content check also reads how it was written.)
 */
export function readableNumber(error: Said) {
  return z.number({ error: zodError(error) }).superRefine((value, ctx) => {
    const problem = numberProblem(value);
    if (problem) ctx.addIssue(issue(problem));
  });
}

/** A web address in content, checked by its parsed scheme and host (web-address.ts). */
export function webAddress(kind: AddressKind) {
  return z.string(says('addressNeeded')).superRefine((text, ctx) => {
    const problem = addressProblem(text, kind);
    if (problem) ctx.addIssue(issue(problem));
  });
}
