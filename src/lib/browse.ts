import type { Catalog, Story } from './catalog';
import type { Locale } from './locale';

/** A browse facet value and how many stories of one language have it. */
export interface FacetCount<T> {
  item: T;
  count: number;
}

/** Places, tags and years that have stories in `locale`, with counts, in vocabulary order. */
export function facets(catalog: Catalog, stories: Story[]) {
  const count = (predicate: (story: Story) => boolean) => stories.filter(predicate).length;
  const withCount = <T>(items: T[], has: (story: Story, item: T) => boolean): FacetCount<T>[] =>
    items.map((item) => ({ item, count: count((story) => has(story, item)) })).filter(({ count }) => count > 0);
  const years = [...new Set(stories.flatMap((story) => story.years))].sort((a, b) => b - a);
  return {
    themes: withCount(catalog.themes, (story, theme) => story.data.theme === theme.id),
    places: withCount(catalog.places, (story, place) => story.data.places.includes(place.id)),
    tags: withCount(catalog.tags, (story, tag) => story.data.tags.includes(tag.id)),
    years: withCount(years, (story, year) => story.years.includes(year)),
  };
}

/** Names sorted for the language: pinyin order in Chinese, alphabetical in English. */
export function sortByName<T extends Record<Locale, string>>(items: T[], locale: Locale): T[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  return [...items].sort((a, b) => collator.compare(a[locale], b[locale]));
}
