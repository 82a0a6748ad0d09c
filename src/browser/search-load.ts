/**
 * Loading Pagefind for the search page, in two parts.
 *
 * The page's own language is loaded as soon as the page opens (its script, WebAssembly, index
 * metadata and filters), so that the first word typed, or the words brought by `?q=`, find it
 * ready. (Not from the page's head: a preload there competes with the stylesheets for the first
 * paint.)
 *
 * The other languages are loaded only when a search needs them. Pagefind keeps one WebAssembly
 * module per copy of its script, so they get a copy of their own: the same file under another URL
 * fragment (the browser's cache serves it again; the module is new). Its first index is the
 * page's language again, which costs no download; the other languages' indexes are merged into it,
 * each tagged with a synthetic filter, and a search asks for those tags alone. A merged index is
 * searched with the first index's WebAssembly, so without that language's stemmer: words are matched by
 * their beginnings, and the search takes the language's endings off them first (see
 * `withoutEndings`), which downloads nothing more than the other language's index.
 */
import { withBase } from '../lib/base';
import { langTag, localeOfPath, type Locale } from '../lib/locale';
import { otherLocales, pagefindLanguage } from '../lib/search-languages';
import {
  LANGUAGE_FILTER,
  PAGEFIND_BUNDLE,
  PAGEFIND_INDEX_OPTIONS,
  PAGEFIND_OPTIONS,
  PAGEFIND_URL,
  type PagefindApi,
} from '../lib/search-pagefind';

/** A loader that starts once and, when it fails, may be started again by the next call. */
function once(start: () => Promise<PagefindApi>): () => Promise<PagefindApi> {
  let loading: Promise<PagefindApi> | undefined;
  return () =>
    (loading ??= start().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Gaps between the calls that watch for Pagefind to be ready, in ms. */
const PROBES = [0, 10, 20, 30, 40];

/**
 * One copy of Pagefind's module, started with the site's options (result URLs carry the site's
 * base path), once it has its index metadata and WebAssembly. Every Pagefind call waits for those
 * by looking again every 50 ms from when it was made, so a first search made while they arrive
 * would wait up to 50 ms more than it needs: empty searches started 10 ms apart see them within
 * 10 ms instead.
 *
 * Pagefind splits Chinese words with `Intl.Segmenter`, whose first use in a page loads a dictionary
 * (tens of milliseconds): that is done for the `languages` to be searched while the files are on
 * their way, not after the reader has typed.
 */
async function pagefind(languages: string[], fragment = ''): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ withBase(PAGEFIND_URL) + fragment)) as PagefindApi;
  await api.options({ ...PAGEFIND_OPTIONS, baseUrl: withBase('/') });
  await api.init();
  if ('Segmenter' in Intl) for (const tag of languages) new Intl.Segmenter(tag, { granularity: 'word' });
  await Promise.any(PROBES.map((ms) => new Promise((done) => setTimeout(done, ms)).then(() => api.search(''))));
  return api;
}

/** Pagefind over the page's language. */
const ownCopy = once(() => pagefind([document.documentElement.lang]));
const ownFilters = once(async () => {
  const api = await ownCopy();
  await api.filters();
  return api;
});
let counted = false;

/**
 * Pagefind over the page's language, with its filters loaded so that searches report counts. The
 * first search's `words` have their part of the index fetched alongside the filters.
 */
export async function ownLanguage(words?: string): Promise<PagefindApi> {
  const api = await ownCopy();
  if (!counted) {
    await Promise.all([ownFilters(), words ? api.preload(words) : undefined]);
    counted = true;
  }
  return api;
}

/** The second copy, its first index the page's language: nothing of another language is fetched yet. */
const secondCopy = once(() => pagefind(otherLocales(localeOfPath(location.pathname)).map(langTag), '#other-languages'));

/**
 * Gets the second copy ready (its files are in the browser's cache by then), so that a later search
 * that needs the other languages only fetches their indexes.
 */
export function prepareOtherLanguages(): void {
  void secondCopy().catch(() => undefined);
}

/**
 * Pagefind over the other languages than `page`: search it with `languageFilter(locale)` among the
 * filters. Pagefind skips merging a path that its first index's path begins with, so the bundle
 * is named with a `./` that the browser takes out again.
 */
export function otherLanguages(page: Locale): () => Promise<PagefindApi> {
  return once(async () => {
    const api = await secondCopy();
    await Promise.all(
      otherLocales(page).map((locale) =>
        api.mergeIndex(withBase(`${PAGEFIND_BUNDLE}./`), {
          ...PAGEFIND_INDEX_OPTIONS,
          baseUrl: withBase('/'),
          language: pagefindLanguage(locale),
          mergeFilter: { [LANGUAGE_FILTER]: locale },
        }),
      ),
    );
    return api;
  });
}

/** The filter that keeps a search of `otherLanguages(page)` to one of the other languages' indexes. */
export function languageFilter(locale: Locale): Record<string, { any: string[] }> {
  return { [LANGUAGE_FILTER]: { any: [locale] } };
}
