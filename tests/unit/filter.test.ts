import { describe, expect, it } from 'vitest';
import { compareCards, matches, parseState, stateToSearch, type CardFacts } from '../../src/lib/filter';

const card = (over: Partial<CardFacts>): CardFacts => ({
  theme: 'livelihood',
  places: ['520103'],
  tags: ['parking'],
  years: ['2023', '2024'],
  published: '2026-11-26',
  periodEnd: '2024-01',
  title: 'B',
  ...over,
});

describe('story filters', () => {
  it('round-trips the state through the URL', () => {
    const state = parseState('?tag=parking&theme=livelihood&sort=title&bogus=1&place=');
    expect(state).toEqual({ filters: { theme: 'livelihood', tag: 'parking' }, sort: 'title' });
    expect(stateToSearch(state)).toBe('?theme=livelihood&tag=parking&sort=title');
    expect(stateToSearch(parseState(''))).toBe('');
  });

  it('combines filters with AND', () => {
    const story = card({});
    expect(matches(story, {})).toBe(true);
    expect(matches(story, { theme: 'livelihood', year: '2024' })).toBe(true);
    expect(matches(story, { theme: 'livelihood', place: '520111' })).toBe(false);
    expect(matches(story, { tag: 'tax' })).toBe(false);
  });

  it('sorts by newest or by title', () => {
    const collator = new Intl.Collator('en');
    const cards = [
      card({ title: 'B', periodEnd: '2023' }),
      card({ title: 'A', periodEnd: '2024-01' }),
      card({ title: 'C', published: '2027-01-01' }),
    ];
    expect([...cards].sort(compareCards('newest', collator)).map((c) => c.title)).toEqual(['C', 'A', 'B']);
    expect([...cards].sort(compareCards('title', collator)).map((c) => c.title)).toEqual(['A', 'B', 'C']);
  });
});
