/**
 * Search across the site's languages. A reader types in whichever language comes to mind: the
 * page's language is searched first; where it finds few stories, the other languages' results
 * follow, each marked with its language and linked to the same story in the page's language.
 * Story slugs are the same in every language, so a story's page in another language is its path
 * with another prefix.
 */
import { langTag, localeDefinition, localeOfPath, LOCALES, translatePath, type Locale } from './locale';

/** Fewer results than this in the page's language bring in the other languages' results. */
export const FEW_RESULTS = 3;

/** Whether a search looks in the other languages too: words were typed and the page's language found few stories. */
export function wantsOtherLanguages(query: string, found: number): boolean {
  return query !== '' && found < FEW_RESULTS;
}

/** Whether `query` holds a letter of the script `locale` is written in (undefined: not said). */
function writtenIn(query: string, locale: Locale): boolean | undefined {
  const script = localeDefinition(locale).script;
  return script === undefined ? undefined : new RegExp(`\\p{Script=${script}}`, 'u').test(query);
}

/**
 * The other languages whose words `query` is, by their script: none of its letters are of the
 * page's language's script and some are of theirs (Han characters on the English page, Latin
 * letters without Han on the Chinese page). Their indexes are most likely needed, so they load at
 * once, beside the page's language's search, not after it; whether their results are shown is still
 * `wantsOtherLanguages`'s to say. Words mixing scripts wait for that search.
 */
export function typedInOtherLanguages(query: string, page: Locale): Locale[] {
  if (writtenIn(query, page) !== false) return [];
  return otherLocales(page).filter((locale) => writtenIn(query, locale));
}

/** The languages other than the page's, in the site's order. */
export function otherLocales(page: Locale): Locale[] {
  return LOCALES.filter((locale) => locale !== page);
}

/** The key Pagefind gives a language's index in its bundle: the `<html lang>` tag, lower case. */
export function pagefindLanguage(locale: Locale): string {
  return langTag(locale).toLowerCase();
}

/** Letters a word keeps, at least, when a search takes its ending off. */
const KEEP = 3;

/**
 * Words typed for another language's index, as that index is searched from this page: without the
 * endings the language lists (src/i18n/locales.ts), so that the beginning of the word finds its
 * other forms. A search for an exact phrase (in quotes) is left as it is.
 */
export function withoutEndings(query: string, locale: Locale): string {
  const endings = [...(localeDefinition(locale).endings ?? [])].sort((a, b) => b.length - a.length);
  if (!endings.length || /^\s*".*"\s*$/.test(query)) return query;
  return query
    .split(/\s+/)
    .map((word) => {
      const ending = endings.find((end) => word.toLowerCase().endsWith(end) && word.length - end.length >= KEEP);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}

/** A result in another language than the page's. */
export interface OtherLanguageResult {
  locale: Locale;
  /** BCP 47 tag, for `lang` and `hreflang`. */
  tag: string;
  /** The same story's page in the page's language. */
  here: string;
}

/** What a result is when its page is in another language than `page`; undefined when it is in the page's own. */
export function otherLanguageResult(url: string, page: Locale): OtherLanguageResult | undefined {
  const locale = localeOfPath(url);
  if (locale === page) return undefined;
  return { locale, tag: langTag(locale), here: translatePath(url, page) };
}

/**
 * Which of the other languages' results to show: those whose story the page's language has not
 * already found (the reader has it in their language then), in their order, at most `limit`.
 */
export function freshStories(urls: string[], found: string[], page: Locale, limit: number): number[] {
  const seen = new Set(found.map((url) => translatePath(url, page)));
  const keep: number[] = [];
  urls.forEach((url, index) => {
    const here = translatePath(url, page);
    if (keep.length < limit && !seen.has(here)) {
      seen.add(here);
      keep.push(index);
    }
  });
  return keep;
}
