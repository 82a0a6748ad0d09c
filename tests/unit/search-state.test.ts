import { describe, expect, it } from 'vitest';
import {
  chosenFacets,
  facetCounts,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
} from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads words, repeated facet values and the sort, ignoring what it does not know', () => {
    const state = parseSearchState('?q=%20草莓%20&place=520111&bogus=1&place=520103&place=520111&theme=&sort=newest');
    expect(state).toEqual({ query: '草莓', filters: { place: ['520111', '520103'] }, sort: 'newest' });
    expect(parseSearchState('?sort=sideways').sort).toBe('relevance');
  });

  it('writes a stable, shareable query string that reads back the same', () => {
    const state = parseSearchState('?year=2023&tag=parking&q=car+park&theme=livelihood&theme=governance');
    const query = searchStateToQuery(state);
    expect(query).toBe('?q=car+park&theme=livelihood&theme=governance&tag=parking&year=2023');
    expect(parseSearchState(query)).toEqual(state);
    expect(searchStateToQuery(parseSearchState(''))).toBe('');
  });

  it('has something to search with words or with a chosen value alone', () => {
    expect(hasSearch(parseSearchState(''))).toBe(false);
    expect(hasSearch(parseSearchState('?sort=newest'))).toBe(false);
    expect(hasSearch(parseSearchState('?q=tax'))).toBe(true);
    expect(hasSearch(parseSearchState('?year=2024'))).toBe(true);
  });
});

describe('filters and counts', () => {
  const filters = { theme: ['livelihood', 'governance'], place: ['520103'] };

  it('asks Pagefind for any of a facet’s values, all facets together, optionally leaving one out', () => {
    expect(pagefindFilters(filters)).toEqual({
      theme: { any: ['livelihood', 'governance'] },
      place: { any: ['520103'] },
    });
    expect(pagefindFilters(filters, 'theme')).toEqual({ place: { any: ['520103'] } });
    expect(pagefindFilters({ tag: [] })).toEqual({});
    expect(chosenFacets(filters)).toEqual(['theme', 'place']);
  });

  it('counts a facet with a choice from the search without that choice, so other values keep their counts', () => {
    // The main search (theme = livelihood) reports 0 for governance; the search without the theme choice does not.
    const main = { theme: { livelihood: 2, governance: 0 }, place: { '520103': 2, '520111': 0 } };
    const withoutTheme = { theme: { livelihood: 2, governance: 3 }, place: { '520103': 4 } };
    const counts = facetCounts(main, { theme: withoutTheme });
    expect(counts.theme).toEqual({ livelihood: 2, governance: 3 });
    expect(counts.place).toEqual({ '520103': 2, '520111': 0 });
    expect(counts.tag).toEqual({});
  });
});
