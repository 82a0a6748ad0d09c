import { z } from 'astro/zod';

/** The site's two languages: Simplified Chinese first, English second. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text given in both languages. */
export const localized = z.strictObject(
  {
    /** Simplified Chinese. */
    zh: z.string({ error: 'needs the Chinese text under `zh:`' }).trim().min(1, 'the Chinese text (`zh:`) is empty'),
    /** English. */
    en: z.string({ error: 'needs the English text under `en:`' }).trim().min(1, 'the English text (`en:`) is empty'),
  },
  { error: 'needs two lines, `zh:` and `en:`, with the text in each language' },
);
export type Localized = z.infer<typeof localized>;

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
