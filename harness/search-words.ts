/**
 * Words a reader might type, and the story each must find among the first three results, from
 * content/search-words.yaml (data beside the content, so a story's words change with its text).
 * Entries for stories that are not published are left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../src/lib/locale';
import { publishedCatalog } from './catalog';

type Entries = Partial<Record<Locale, { word: string; story: string }[]>>;
const file = parse(readFileSync(join(process.cwd(), 'content', 'search-words.yaml'), 'utf8')) as Entries;
const published = new Set(publishedCatalog().stories.map((story) => story.slug));

export const SEARCH_WORDS = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    (file[locale] ?? [])
      .filter((entry) => published.has(entry.story))
      .map(({ word, story }) => ({ word, slug: story })),
  ]),
) as Record<Locale, { word: string; slug: string }[]>;
