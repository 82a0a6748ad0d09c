/**
 * The search page's facets: the facet registry (src/lib/facets.ts), as search sees it. Story
 * pages carry each facet as hidden `<span data-pagefind-filter="theme">livelihood</span>` spans
 * whose values are ids; the search page turns ids into names in its own language.
 */
import type { Catalog, Story } from './catalog';
import { FACET_KEYS, FACETS, facetCounts, type FacetKey } from './facets';
import type { Locale } from './locale';

/** The facets search can narrow by, in the order the page shows them. */
export const SEARCH_FACETS: readonly FacetKey[] = FACET_KEYS;
export type SearchFacet = FacetKey;

/** One value of a facet: the id stored in the index and its name in the page's language. */
export interface FacetOption {
  value: string;
  label: string;
}

/** A facet with the values that occur in a language's stories, in vocabulary order (years newest first). */
export interface FacetGroup {
  key: SearchFacet;
  options: FacetOption[];
}

/** Whether a string names a search facet (for reading URLs and form fields). */
export function isSearchFacet(key: string): key is SearchFacet {
  return (SEARCH_FACETS as readonly string[]).includes(key);
}

/** The facets and their values for the stories of one language. */
export function facetGroups(catalog: Catalog, stories: Story[], locale: Locale): FacetGroup[] {
  return FACETS.map((facet) => ({
    key: facet.key as SearchFacet,
    options: facetCounts(facet, catalog, stories).map(({ value }) => ({ value: value.id, label: value.names[locale] })),
  }));
}
