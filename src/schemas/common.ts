import { z } from 'astro/zod';
import { fillFallbacks, LOCALE_DEFINITIONS } from '../i18n/locales';
import { isPlaceholder } from '../lib/placeholder';

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
 * A calendar date: YAML `2024-01-29`. The content check's YAML reader gives text, which must be
 * a real day (2024-02-30 is refused, not rolled over to March); Astro's reader gives a Date.
 */
export const date = z.union([z.date(), z.string()], { error: DATE_ERROR }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: DATE_ERROR });
    return value;
  }
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: DATE_ERROR });
    return z.NEVER;
  }
  const month = Number(text.slice(5, 7));
  const problem =
    month < 1 || month > 12 ? `${text} is not a real date: there is no month ${month}` : impossibleDay(text);
  if (problem || Number(text.slice(8)) < 1) {
    ctx.addIssue({ code: 'custom', message: `${problem ?? `${text} is not a real date`}; write it as YYYY-MM-DD` });
    return z.NEVER;
  }
  return new Date(`${text}T00:00:00Z`);
});
