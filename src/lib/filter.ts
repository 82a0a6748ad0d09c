/**
 * Filtering and sorting of story cards on /stories/, shared by the browser script and the tests.
 * State lives in the URL: ?theme=…&place=…&tag=a&tag=b&year=…&sort=title. Several values of one
 * facet combine with OR; different facets combine with AND.
 */
import { FACET_KEYS, type FacetKey } from './facets';
import { compareStories, SORT_KEYS, type SortFacts, type SortKey } from './order';

export interface FilterState {
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortKey;
}

/** What a card says about itself (from its data-* attributes). */
export interface CardFacts extends SortFacts {
  facets: Record<FacetKey, string[]>;
}

/** Reads the state from a query string; unknown keys, empty and repeated values are ignored. */
export function parseState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const filters: FilterState['filters'] = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return { filters, sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : 'newest' };
}

/** Writes the state as a query string (empty when nothing is chosen), in a stable order. */
export function stateToSearch(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'newest') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a card passes the filters, optionally leaving one facet out (for that facet's counts). */
export function matches(card: CardFacts, filters: FilterState['filters'], except?: FacetKey): boolean {
  return FACET_KEYS.every((key) => {
    const chosen = filters[key];
    if (key === except || !chosen?.length) return true;
    return chosen.some((value) => card.facets[key].includes(value));
  });
}

/**
 * How many cards each value of each facet would show if it were added to the selection: the
 * other facets' selections apply, this facet's own do not (values within a facet are ORed).
 */
export function facetCountsFor(
  cards: CardFacts[],
  filters: FilterState['filters'],
): Record<FacetKey, Map<string, number>> {
  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as Record<
    FacetKey,
    Map<string, number>
  >;
  for (const card of cards) {
    for (const key of FACET_KEYS) {
      if (!matches(card, filters, key)) continue;
      for (const value of card.facets[key]) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The words the filters' summary is made of, in the page's language. */
export interface SummaryWords {
  /** Said when nothing is chosen: "All stories". */
  nothing: string;
  /** Between the names of chosen values. */
  separator: string;
  /** Each sort order as the summary says it: "newest first". */
  sort: Record<SortKey, string>;
}

/**
 * The selection in words, for the summary of the folded filters: the names of the chosen values
 * in facet order, then the sort: "Livelihood, Huaxi District · by title". `name` gives a value's
 * name (the id when it has none).
 */
export function selectionSummary(
  state: FilterState,
  name: (key: FacetKey, id: string) => string | undefined,
  words: SummaryWords,
): string {
  const chosen = FACET_KEYS.flatMap((key) => (state.filters[key] ?? []).map((id) => name(key, id) ?? id));
  return `${chosen.length ? chosen.join(words.separator) : words.nothing} · ${words.sort[state.sort]}`;
}

/** Orders cards by the site's one rule (src/lib/order.ts). */
export function compareCards(sort: SortKey, collator: Intl.Collator): (a: CardFacts, b: CardFacts) => number {
  return compareStories(sort, collator);
}
