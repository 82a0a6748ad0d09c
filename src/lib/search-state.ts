/**
 * What the search page is showing, kept in its URL so a search can be shared and the back button
 * works: `?q=草莓&theme=development&place=520111&place=520103&sort=newest`. Several values of one
 * facet are alternatives (OR); different facets must all hold (AND).
 */
import { isSearchFacet, SEARCH_FACETS, type SearchFacet } from './search-facets';

/** Relevance (Pagefind's ranking) or newest first (by publication date). */
export type SearchSort = 'relevance' | 'newest';

export interface SearchState {
  /** The words typed, as typed (trimmed). */
  query: string;
  /** Chosen values per facet; a facet with nothing chosen is absent. */
  filters: Partial<Record<SearchFacet, string[]>>;
  sort: SearchSort;
}

/** The state of a blank search page. */
export const EMPTY_STATE: SearchState = { query: '', filters: {}, sort: 'relevance' };

/** Reads the state from a query string; unknown keys, empty and repeated values are dropped. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isSearchFacet(key) || !value) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes the state as a query string in a stable order ('' for a blank search). */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of SEARCH_FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: words or at least one chosen value. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || SEARCH_FACETS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** Pagefind's filter object: OR within a facet, AND across facets; `except` leaves one facet out. */
export function pagefindFilters(
  filters: SearchState['filters'],
  except?: SearchFacet,
): Partial<Record<SearchFacet, { any: string[] }>> {
  const result: Partial<Record<SearchFacet, { any: string[] }>> = {};
  for (const key of SEARCH_FACETS) {
    const values = filters[key];
    if (key !== except && values?.length) result[key] = { any: [...values] };
  }
  return result;
}

/** Facets with a choice made: each needs a search without its own choice to count its other values. */
export function chosenFacets(filters: SearchState['filters']): SearchFacet[] {
  return SEARCH_FACETS.filter((key) => (filters[key]?.length ?? 0) > 0);
}

/** Filter counts as Pagefind reports them: facet → value → number of results. */
export type FacetCounts = Partial<Record<string, Record<string, number>>>;

/**
 * Counts to show beside each value. A facet with nothing chosen takes its counts from the main
 * search; a facet with a choice takes them from the search run without that choice, so its other
 * values keep the counts they would add (Pagefind alone would report 0 for them).
 */
export function facetCounts(
  main: FacetCounts,
  withoutOwnChoice: Partial<Record<SearchFacet, FacetCounts>>,
): Record<SearchFacet, Record<string, number>> {
  const counts = {} as Record<SearchFacet, Record<string, number>>;
  for (const key of SEARCH_FACETS) counts[key] = { ...(withoutOwnChoice[key]?.[key] ?? main[key] ?? {}) };
  return counts;
}
