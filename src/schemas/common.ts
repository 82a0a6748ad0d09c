import { z } from 'astro/zod';
import { fillFallbacks, LOCALE_DEFINITIONS } from '../i18n/locales';
import { addressProblem, type AddressKind } from './web-address';
import { isPlaceholder } from './placeholder';

/** The site's language codes, from src/i18n/locales.ts: the default first. */
export const LOCALE_CODES = LOCALE_DEFINITIONS.map((definition) => definition.code) as [
  (typeof LOCALE_DEFINITIONS)[number]['code'],
  ...(typeof LOCALE_DEFINITIONS)[number]['code'][],
];
type Code = (typeof LOCALE_CODES)[number];

/** Language name for messages: `the Chinese text (zh:)`. */
function languageOf(code: string): string {
  const definition = LOCALE_DEFINITIONS.find((candidate) => candidate.code === code)!;
  return `the ${definition.name} text (\`${code}:\`)`;
}

/** One text field per language: required, or optional for a language with a fallback. */
function textShape(): Record<Code, z.ZodType<string | undefined>> {
  const shape = {} as Record<Code, z.ZodType<string | undefined>>;
  for (const definition of LOCALE_DEFINITIONS as readonly { code: Code; fallback?: string }[]) {
    const text = z
      .string({ error: `needs ${languageOf(definition.code)}` })
      .trim()
      .min(1, `${languageOf(definition.code)} is empty`);
    shape[definition.code] = definition.fallback ? text.optional() : text;
  }
  return shape;
}

/** Text given in every language: `zh:` and `en:` lines. */
export const localized = z
  .strictObject(textShape(), {
    error: `needs one line per language, ${LOCALE_CODES.map((code) => `\`${code}:\``).join(' and ')}, with the text in each`,
  })
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
export const kebabId = z
  .string({ error: 'needs an id in kebab-case, e.g. `school-buses`' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be kebab-case: lower-case letters, digits and single hyphens, e.g. `school-buses`',
  );

/** YAML reads `2023` and `520100` as numbers; ids and partial dates are text, so accept both. */
export const textish = z.union([z.string(), z.number()]).transform(String);

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const PERIOD = new RegExp(
  `^(?:${PARTIAL_DATE.source.slice(1, -1)}|\\.\\.)(?:/(?:${PARTIAL_DATE.source.slice(1, -1)}))?$`,
);
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Days in a month (1-based), leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) is not a day of the calendar, or undefined when it is.
 * The patterns above allow day 31 in every month, so February 30 has to be caught here.
 */
export function impossibleDay(text: string): string | undefined {
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined || day === undefined) return undefined;
  const days = daysIn(year!, month);
  return day > days ? `${text} is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days` : undefined;
}

/** First and last day a partial date covers, as `YYYY-MM-DD` text that sorts in time order. */
function span(text: string): [string, string] {
  const [year, month, day] = text.split('-');
  if (day !== undefined) return [text, text];
  if (month !== undefined) return [`${text}-01`, `${text}-${daysIn(Number(year), Number(month))}`];
  return [`${text}-01-01`, `${text}-12-31`];
}

const PERIOD_ERROR =
  'must be a year (`2023`), a month (`2023-11`), a range (`2023-11/2024-01`) or `../2024-01` for "as of"; put it in quotes';

/** A period schema; with `blank`, the scaffold's placeholder passes too (left for the content check to judge). */
function periodSchema(blank: boolean) {
  return textish.pipe(
    z
      .string()
      .refine((s) => PERIOD.test(s) || (blank && isPlaceholder(s)), PERIOD_ERROR)
      .refine((s) => s !== '..', 'an open range needs an end: `../2024-01`')
      .superRefine((text, ctx) => {
        if (!PERIOD.test(text)) return;
        const parts = text.split('/').filter((part) => part !== '..');
        for (const part of parts) {
          const problem = impossibleDay(part);
          if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; fix the day` });
        }
        const [start, end] = parts;
        if (start !== undefined && end !== undefined && span(end)[1] < span(start)[0]) {
          ctx.addIssue({
            code: 'custom',
            message: `ends (${end}) before it starts (${start}): write the earlier date first, \`${end}/${start}\``,
          });
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

const DATE_ERROR = 'must be a date written as YYYY-MM-DD, e.g. 2024-01-29';

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
export function impossibleTimestamp(text: string): string | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = [
    ...match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))),
    match[7],
    Number(match[8] ?? 0),
    Number(match[9] ?? 0),
  ] as [number, number, number, number | undefined, number, number, string | undefined, number, number];
  const wrong: string[] = [];
  if (month < 1 || month > 12) wrong.push(`there is no month ${month}`);
  else if (day < 1) wrong.push(`there is no day ${day}`);
  else if (day > daysIn(year, month)) wrong.push(`${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days`);
  if (hour !== undefined) {
    if (hour > 23) wrong.push(`there is no hour ${hour}`);
    if (minute > 59) wrong.push(`there is no minute ${minute}`);
    if (second > 59) wrong.push(`there is no second ${second}`);
    if (zoneHour > 14 || zoneMinute > 59) wrong.push(`there is no time zone ${zone}`);
  }
  if (!wrong.length) return undefined;
  return `${text} is not a real ${hour === undefined ? 'date' : 'date and time'}: ${wrong.join(', ')}; write it as YYYY-MM-DD`;
}

/** Why `text` is not a real day written as YYYY-MM-DD, or undefined when it is. */
export function dayProblem(text: string): string | undefined {
  const impossible = impossibleTimestamp(text);
  if (impossible) return impossible;
  const match = TIMESTAMP.exec(text);
  if (!match) return DATE_ERROR;
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  if (match[4] !== undefined) return `${text} has a time of day: a date here is a day, written ${day}`;
  return text === day ? undefined : `write the date as YYYY-MM-DD: ${day}`;
}

/**
 * A calendar date: YAML `2024-01-29`. Quoted, it is text, taken apart by `dayProblem`; plain,
 * Astro's reader (js-yaml) has made it a Date, and the content check has already refused the
 * written forms that roll over (2024-02-30, 2024-1-32 25:00:00). A Date that is not at midnight
 * UTC was written with a time, which could move it to another day: it is refused too.
 */
export const date = z.union([z.date(), z.string()], { error: DATE_ERROR }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: DATE_ERROR });
    else if (value.getTime() % 86_400_000 !== 0)
      ctx.addIssue({
        code: 'custom',
        message: `has a time of day (${value.toISOString()}): a date here is a day, written YYYY-MM-DD`,
      });
    return value;
  }
  const text = value.trim();
  const problem = dayProblem(text);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return new Date(`${text}T00:00:00Z`);
});

/** Decimals a stated figure may have: sources round, and more would read as false precision. */
export const MAX_DECIMALS = 4;
const LARGEST = 'is larger than 9007199254740991, the largest number the site keeps exact: check the digits';

/** Decimals of a number as JavaScript prints it; Infinity for exponent notation of a tiny number. */
function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e-')) return Infinity;
  return text.split('.')[1]?.length ?? 0;
}

/** Why a number cannot be shown exactly as a reader reads it, or undefined when it can. */
export function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value))
    return 'is not a number a reader can read (infinity or "not a number"): write the value in plain digits, e.g. 3840';
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return LARGEST;
  if (decimalsOf(value) > MAX_DECIMALS)
    return `has more than ${MAX_DECIMALS} decimals: round it as the source does, e.g. 48.2`;
  return undefined;
}

/**
 * Why a number as written in YAML would not be read back as written, or undefined when it is
 * plain digits the site keeps exactly. `value` is what the YAML reader made of `text`: JavaScript
 * numbers hold whole numbers exactly only up to 9007199254740991, so 9007199254740993 is silently
 * read as …992, and `1e300`, `0x1F` and `.inf` are numbers no reader of the page can check.
 */
export function writtenNumberProblem(text: string, value: number): string | undefined {
  const plain = /^([-+]?)0*(\d+?)(?:\.(\d+?)0*)?$/.exec(text);
  const problem = numberProblem(value);
  if (problem && (!plain || problem === LARGEST)) return `${text} ${problem}`;
  if (plain && BigInt(plain[2]!) > BigInt(Number.MAX_SAFE_INTEGER)) return `${text} ${LARGEST}`;
  if (!plain)
    return /e/i.test(text)
      ? `${text} is written with an exponent: write it in plain digits, e.g. 1500 rather than 1.5e3`
      : `${text} is not written in plain decimal digits: write it as ${value}`;
  if ((plain[3]?.length ?? 0) > MAX_DECIMALS)
    return `${text} has more than ${MAX_DECIMALS} decimals: round it as the source does, e.g. 48.2`;
  const written = `${plain[1] === '-' && value !== 0 ? '-' : ''}${plain[2]}${plain[3] ? `.${plain[3]}` : ''}`;
  return written === String(value)
    ? undefined
    : `${text} has more digits than the site can keep exact (it would read ${value}): check the digits`;
}

/**
 * A number as a reader reads it: finite, whole numbers no larger than JavaScript keeps exactly,
 * at most MAX_DECIMALS decimals. (The content check also reads how it was written.)
 */
export function readableNumber(error: string) {
  return z.number({ error }).superRefine((value, ctx) => {
    const problem = numberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A web address in content, checked by its parsed scheme and host (web-address.ts). */
export function webAddress(kind: AddressKind) {
  return z.string({ error: 'must be a full web address starting with https://' }).superRefine((text, ctx) => {
    const problem = addressProblem(text, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
