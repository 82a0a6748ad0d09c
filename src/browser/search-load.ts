/**
 * Loading Pagefind for the search page, in two parts.
 *
 * The page's own language is loaded as soon as the page's script runs: its script, WebAssembly,
 * index metadata and filters. The build lists those files in the page (see
 * src/build/pagefind-files.ts), and they are all asked for at once, instead of one after
 * another as Pagefind finds it needs them. (Not preloaded from the page's HTML: there they compete
 * with the stylesheets for the first paint.) The first search does not wait for the filters: its
 * results show first, the counts once the filters are in.
 *
 * The other languages are loaded only when a search needs them (their metadata, listed in the page
 * too, then loads beside the page's own files): their indexes are then merged into the same
 * instance, each tagged with a synthetic filter. A search of the other languages asks
 * for those tags; every search of the page's own language leaves them out (`ownLanguageFilter`),
 * which passes every page of the own index, merged or not. Once merged, a search of the page's
 * language also fetches the merged indexes' parts for its words, beside its own. Merging costs a
 * metadata file per language and no second start of Pagefind: a second instance unpacked the
 * WebAssembly and the page's metadata again, and a first search in the other language, typed as
 * the page loaded, took a median of 180–195 ms (`npm run bench`) against 125–131 ms this way.
 * A merged index is searched with the first index's WebAssembly, so without that language's
 * stemmer: words are matched by their beginnings, and the search takes the language's endings off
 * them first (see `withoutEndings`), which downloads nothing more than the other language's index.
 */
import { withBase } from '../lib/base';
import { installPagefindFetch } from './pagefind-fetch';
import { warmWordSplitters, whenIdle } from './word-splitters';
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
function once<T>(start: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= start().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * The version of the index this page was built with, as the build wrote it into the page (the
 * `ts` of the index entry it preloads): Pagefind asks for its entry file with it, so the preloaded
 * file is the one used, and a later page of the same build finds it in the browser's cache. Without
 * it (a page the build did not list the files in), Pagefind asks with the time, as it does by default.
 */
function indexVersion(): Record<string, string> {
  const entry = listedFiles()?.querySelector<HTMLLinkElement>('link[data-search-entry]');
  const version = entry && new URL(entry.href, location.href).searchParams.get('ts');
  return version ? { metaCacheTag: version } : {};
}

/** The preload links of the files the build listed, not yet in the page's head. */
const listedFiles = () => document.querySelector<HTMLTemplateElement>('template[data-search-files]')?.content;

/** Puts the listed files that `wanted` picks into the page's head, which starts loading them. */
function appendListed(wanted: (link: HTMLLinkElement) => boolean): void {
  const links = [...(listedFiles()?.querySelectorAll<HTMLLinkElement>('link') ?? [])].filter(wanted);
  document.head.append(...links.map((link) => link.cloneNode(true)));
}

const options = () => ({ ...PAGEFIND_OPTIONS, ...indexVersion(), baseUrl: withBase('/') });

const pagefindModule = once(() => import(/* @vite-ignore */ withBase(PAGEFIND_URL)) as Promise<PagefindApi>);

/** Gaps between the calls that watch for an instance to be ready, in ms. */
const PROBES = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45];

/**
 * Resolves once `api` has its index metadata and WebAssembly. Every Pagefind call waits for those
 * by looking again every 50 ms from when it was made, so a first search made while they arrive
 * would wait up to 50 ms more than it needs: empty searches started 5 ms apart see them within
 * 5 ms instead.
 */
async function ready(api: PagefindApi): Promise<PagefindApi> {
  await Promise.any(PROBES.map((ms) => new Promise((done) => setTimeout(done, ms)).then(() => api.search(''))));
  return api;
}

/** Pagefind over the page's language (the module's own instance), started with the site's options. */
const ownCopy = once(async () => {
  installPagefindFetch(withBase(PAGEFIND_BUNDLE));
  appendListed((link) => !link.dataset.searchLanguage);
  const api = await pagefindModule();
  await api.options(options());
  await api.init();
  const page = localeOfPath(location.pathname);
  warmWordSplitters([langTag(page)]);
  await ready(api);
  whenIdle(() => warmWordSplitters(otherLocales(page).map(langTag)));
  return api;
});

/** Pagefind over the page's language, ready to search (its filters may still be on their way). */
export function ownLanguage(): Promise<PagefindApi> {
  return ownCopy();
}

let filtersIn = false;

/** Pagefind over the page's language with every filter loaded, so that searches report counts. */
export const ownFilters = once(async () => {
  const api = await ownCopy();
  await api.filters();
  filtersIn = true;
  return api;
});

/** Whether the page's language has its filters loaded: whether a search now reports counts. */
export function hasFilters(): boolean {
  return filtersIn;
}

/**
 * Pagefind with the other languages than `page` merged in: search it with `languageFilter(locale)`
 * among the filters. Pagefind skips merging a path that its first index's path begins with, so the
 * bundle is named with a `./` that the browser takes out again.
 */
export function otherLanguages(page: Locale): () => Promise<PagefindApi> {
  return once(async () => {
    const own = ownCopy();
    // Their metadata loads beside the page's own files: merging waits for those first.
    const keys = new Set(otherLocales(page).map(pagefindLanguage));
    appendListed((link) => keys.has(link.dataset.searchLanguage ?? ''));
    const api = await own;
    warmWordSplitters(otherLocales(page).map(langTag));
    await Promise.all(
      otherLocales(page).map((locale) =>
        api.mergeIndex(withBase(`${PAGEFIND_BUNDLE}./`), {
          ...PAGEFIND_INDEX_OPTIONS,
          ...indexVersion(),
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

/** The filter that keeps a search to the page's own index, whether or not others are merged in yet. */
export function ownLanguageFilter(page: Locale): Record<string, { none: string[] }> {
  return { [LANGUAGE_FILTER]: { none: otherLocales(page) } };
}
