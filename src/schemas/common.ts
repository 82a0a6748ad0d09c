import { z } from 'astro/zod';
import { fillFallbacks, LOCALE_DEFINITIONS } from '../i18n/locales';

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

/**
 * A period as in ISO 8601: `2023`, `2023-11`, a range `2023-11/2024-01`, or `../2024-01`
 * for "up to January 2024" (cumulative figures).
 */
export const period = textish.pipe(
  z
    .string()
    .regex(
      PERIOD,
      'must be a year (`2023`), a month (`2023-11`), a range (`2023-11/2024-01`) or `../2024-01` for "as of"; put it in quotes',
    )
    .refine((s) => s !== '..', 'an open range needs an end: `../2024-01`'),
);

/** A calendar date: YAML `2024-01-29`. */
export const date = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD, e.g. 2024-01-29' });
