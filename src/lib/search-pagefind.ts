/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, version 1.6) the search page uses,
 * and the options it is started with. Pagefind ships no types for its browser bundle.
 */
import type { ExcerptSection } from './search-excerpt';
import type { FacetCounts } from './search-state';

/** What one result's `data()` resolves to (its fragment). */
export interface PagefindResultData {
  url: string;
  /** Up to `excerptLength` words around the best match; text escaped, matches in `<mark>`. */
  excerpt: string;
  /** `period` is the initiative's period as the story page writes it; `date` is the publication date. */
  meta: Partial<Record<'title' | 'summary' | 'date' | 'period' | 'figure', string>>;
  filters: Partial<Record<string, string[]>>;
  /** The page's parts, split at headings with ids, each with its own excerpt. */
  sub_results?: ExcerptSection[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Results per filter value if that value were added to the current filters. */
  filters: FacetCounts;
  unfilteredResultCount: number;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** `null` searches by filters alone. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  /** Fetches the parts of the index that a search for `term` needs, without searching. */
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  /** Loads every filter so that searches report counts. */
  filters: () => Promise<FacetCounts>;
  /**
   * Adds another index to every search: `language` picks one of the bundle's language indexes,
   * `mergeFilter` tags its pages with a filter of their own. A merged index is searched with the
   * WebAssembly of the first instance's language.
   */
  mergeIndex: (
    bundle: string,
    options: {
      language: string;
      mergeFilter?: Record<string, string>;
      baseUrl?: string;
    } & typeof PAGEFIND_INDEX_OPTIONS,
  ) => Promise<void>;
}

/** Where Pagefind writes its bundle in the built site, and its script there. */
export const PAGEFIND_BUNDLE = '/pagefind/';
export const PAGEFIND_URL = `${PAGEFIND_BUNDLE}pagefind.js`;

/** How every index is read: excerpts of 30 words; titles count five times the body (Pagefind's default, stated so it stays so). */
export const PAGEFIND_INDEX_OPTIONS = {
  excerptLength: 30,
  ranking: { metaWeights: { title: 5 } },
} as const;

/**
 * Options for `pagefind.options()`. Searching on the main thread saves the worker file (about
 * 12 KB gzip) and a round trip; with an index this size a search takes a few milliseconds.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, ...PAGEFIND_INDEX_OPTIONS } as const;

/**
 * The synthetic filter that tags the pages of a merged index with their language, so that a search
 * over the other languages can leave out the instance's own index: `{ language: 'en' }`.
 */
export const LANGUAGE_FILTER = 'language';

/** Sort option for each of the page's sort orders (relevance is Pagefind's own order). */
export const PAGEFIND_SORT = { relevance: undefined, newest: { date: 'desc' } } as const;
