/**
 * The search page's facets, in one place. Story pages carry each facet as hidden
 * `<span data-pagefind-filter="theme">livelihood</span>` spans whose values are ids; the search page
 * turns ids into names in its own language from the catalog.
 *
 * This mirrors the site's facet list (theme, place, tag, year); when the shared facet registry
 * exists, only this file needs to follow it.
 */
import { facets } from './browse';
import type { Catalog, Story } from './catalog';
import type { Locale } from './locale';

/** The facets search can narrow by, in the order the page shows them. */
export const SEARCH_FACETS = ['theme', 'place', 'tag', 'year'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

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
  const found = facets(catalog, stories);
  const named = (items: { item: { id: string; zh: string; en: string } }[]) =>
    items.map(({ item }) => ({ value: item.id, label: item[locale] }));
  const groups: Record<SearchFacet, FacetOption[]> = {
    theme: named(found.themes),
    place: named(found.places),
    tag: named(found.tags),
    year: found.years.map(({ item }) => ({ value: String(item), label: String(item) })),
  };
  return SEARCH_FACETS.map((key) => ({ key, options: groups[key] }));
}
