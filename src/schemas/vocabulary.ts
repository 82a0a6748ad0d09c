import { z } from 'astro/zod';
import { date, kebabId, localized, nameFields, readableNumber, textish, webAddress, withNames } from './common';
import { say, says } from './messages';

/** One entry of `content/themes.yaml`. */
export const themeSchema = z
  .strictObject({
    /** Stable id used in URLs: `/themes/<id>/`. */
    id: kebabId,
    /** Position in lists and on the home page. */
    order: readableNumber(say('orderWhole')).int(says('orderWhole')).positive(says('orderWhole')),
    /** Name in each language: `zh:`, `en:`. */
    ...nameFields(),
    /** One-sentence introduction per language, shown on the theme page. */
    blurb: localized,
  })
  .transform(withNames);
export type Theme = z.infer<typeof themeSchema>;

/** What sort of place an entry of places.yaml is. */
const PLACE_KINDS = ['city', 'district', 'county', 'zone'] as const;

/** One entry of `content/places.yaml`. */
export const placeSchema = z
  .strictObject({
    /** URL id: the administrative code, or kebab-case for zones that have none. */
    id: textish.pipe(z.string().regex(/^(?:\d{6}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, says('placeIdFormat'))),
    /** GB/T 2260 administrative code, when the place has one. */
    code: textish.pipe(z.string().regex(/^\d{6}$/, says('placeCodeFormat'))).optional(),
    /** What sort of place it is. */
    kind: z.enum(PLACE_KINDS, says('placeKindOneOf', [...PLACE_KINDS])),
    /** Name in each language: `zh:`, `en:`. */
    ...nameFields(),
  })
  .transform(withNames);
export type Place = z.infer<typeof placeSchema>;

/** One entry of `content/tags.yaml`, the controlled tag vocabulary. */
export const tagSchema = z
  .strictObject({
    /** Stable id used in URLs: `/tags/<id>/`. */
    id: kebabId,
    /** Name in each language: `zh:`, `en:`. */
    ...nameFields(),
  })
  .transform(withNames);
export type Tag = z.infer<typeof tagSchema>;

/** One file in `content/sources/`; its file name is its id. */
export const sourceSchema = z.strictObject({
  /** Who published it. */
  publisher: localized,
  /** Title in the original language. */
  title: z.string().min(1, says('sourceTitleEmpty')),
  /** English rendering of the title, when the original is not English. */
  titleEn: z.string().min(1, says('sourceTitleEmpty')).optional(),
  /** Publication date, YYYY-MM-DD; a real day (the content check also refuses one in the future). */
  date,
  /** Byline. */
  author: localized.optional(),
  /** Language of the source. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, says('languageCode')),
  /** Address of the original, when known: https:// (http:// only when the page has no other; the check warns). */
  url: webAddress('url').optional(),
  /** What kind of source this is, in both languages: shown in each story's source note. */
  note: localized.optional(),
  /** Address of an archived copy on a web archive (web.archive.org, archive.ph, perma.cc), https:// only. */
  archived: webAddress('archived').optional(),
});
export type Source = z.infer<typeof sourceSchema>;
