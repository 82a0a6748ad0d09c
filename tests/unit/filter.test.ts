import { describe, expect, it } from 'vitest';
import { FACET_KEYS } from '../../src/lib/facets';
import {
  compareCards,
  facetCountsFor,
  matches,
  parseState,
  selectionSummary,
  stateToSearch,
  type CardFacts,
} from '../../src/lib/filter';

/** A card with no value in any facet: each facet of the registry, empty. */
const noFacets = Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as CardFacts['facets'];

const card = (
  over: Partial<Omit<CardFacts, 'facets'>> & { facets?: Partial<CardFacts['facets']> } = {},
): CardFacts => ({
  slug: 's',
  published: '2026-11-26',
  periodEnd: '2024-01',
  title: 'B',
  ...over,
  facets: {
    ...noFacets,
    theme: ['livelihood'],
    place: ['520103'],
    tag: ['parking'],
    year: ['2023', '2024'],
    ...over.facets,
  },
});

describe('story filters', () => {
  it('round-trips the state through the URL, with several values of one facet', () => {
    const state = parseState('?tag=parking&theme=livelihood&sort=title&bogus=1&place=&tag=tax&tag=parking');
    expect(state).toEqual({ filters: { theme: ['livelihood'], tag: ['parking', 'tax'] }, sort: 'title' });
    expect(stateToSearch(state)).toBe('?theme=livelihood&tag=parking&tag=tax&sort=title');
    expect(stateToSearch(parseState(''))).toBe('');
    expect(parseState('?sort=bogus').sort).toBe('newest');
  });

  it('combines values of one facet with OR and facets with AND', () => {
    const story = card();
    expect(matches(story, {})).toBe(true);
    expect(matches(story, { theme: ['livelihood'], year: ['2024'] })).toBe(true);
    expect(matches(story, { theme: ['livelihood'], place: ['520111'] })).toBe(false);
    expect(matches(story, { tag: ['tax'] })).toBe(false);
    expect(matches(story, { tag: ['tax', 'parking'] })).toBe(true);
    expect(matches(story, { tag: ['tax'] }, 'tag')).toBe(true);
  });

  it('counts each value as if it were added, leaving its own facet out', () => {
    const cards = [
      card({ slug: 'a', facets: { tag: ['parking'], theme: ['livelihood'] } }),
      card({ slug: 'b', facets: { tag: ['tax'], theme: ['governance'] } }),
      card({ slug: 'c', facets: { tag: ['parking', 'tax'], theme: ['governance'] } }),
    ];
    const counts = facetCountsFor(cards, { tag: ['parking'] });
    // Other tags still count as if chosen too (OR within a facet) …
    expect(counts.tag.get('tax')).toBe(2);
    expect(counts.tag.get('parking')).toBe(2);
    // … while other facets count only what the tag selection leaves.
    expect(counts.theme.get('governance')).toBe(1);
    expect(counts.theme.get('livelihood')).toBe(1);
  });

  it('sorts by newest or by title, the slug breaking ties', () => {
    const collator = new Intl.Collator('en');
    const cards = [
      card({ slug: 'b', title: 'B', periodEnd: '2023' }),
      card({ slug: 'a', title: 'A', periodEnd: '2024-01' }),
      card({ slug: 'c', title: 'C', published: '2027-01-01' }),
      card({ slug: 'a2', title: 'A', periodEnd: '2024-01' }),
    ];
    expect([...cards].sort(compareCards('newest', collator)).map((c) => c.slug)).toEqual(['c', 'a', 'a2', 'b']);
    expect([...cards].sort(compareCards('title', collator)).map((c) => c.slug)).toEqual(['a', 'a2', 'b', 'c']);
  });

  it('sums the selection up in words: chosen names in facet order, then the sort', () => {
    const words = { nothing: 'All stories', separator: ', ', sort: { newest: 'newest first', title: 'by title' } };
    const names: Record<string, string> = { 'theme:livelihood': 'Everyday needs', 'place:520111': 'Huaxi' };
    const name = (key: string, id: string) => names[`${key}:${id}`];
    expect(selectionSummary(parseState(''), name, words)).toBe('All stories · newest first');
    expect(selectionSummary(parseState('?place=520111&theme=livelihood&tag=x&sort=title'), name, words)).toBe(
      'Everyday needs, Huaxi, x · by title',
    );
  });
});
