/**
 * Filtering and sorting of story cards on /stories/, shared by the browser script and the tests.
 * State lives in the URL: ?theme=…&place=…&tag=…&year=…&sort=title.
 */

export const FILTER_KEYS = ['theme', 'place', 'tag', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortKey = 'newest' | 'title';

export interface FilterState {
  filters: Partial<Record<FilterKey, string>>;
  sort: SortKey;
}

/** What a card says about itself (from its data-* attributes). */
export interface CardFacts {
  theme: string;
  places: string[];
  tags: string[];
  years: string[];
  published: string;
  periodEnd: string;
  title: string;
}

/** Reads the state from a query string; unknown keys and empty values are ignored. */
export function parseState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const filters: FilterState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { filters, sort: params.get('sort') === 'title' ? 'title' : 'newest' };
}

/** Writes the state as a query string (empty when nothing is chosen), in a stable order. */
export function stateToSearch(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'newest') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a card passes every chosen filter (filters combine with AND). */
export function matches(card: CardFacts, filters: FilterState['filters']): boolean {
  return (
    (!filters.theme || card.theme === filters.theme) &&
    (!filters.place || card.places.includes(filters.place)) &&
    (!filters.tag || card.tags.includes(filters.tag)) &&
    (!filters.year || card.years.includes(filters.year))
  );
}

/** Orders cards: newest first (publication, then period end, then title) or by title. */
export function compareCards(sort: SortKey, collator: Intl.Collator): (a: CardFacts, b: CardFacts) => number {
  if (sort === 'title') return (a, b) => collator.compare(a.title, b.title);
  return (a, b) =>
    b.published.localeCompare(a.published) ||
    b.periodEnd.localeCompare(a.periodEnd) ||
    collator.compare(a.title, b.title);
}
