/**
 * The one rule for ordering stories, used by the pages at build time and by the filter script
 * in the browser (which reads the same facts from each card's data attributes).
 */

export type SortKey = 'newest' | 'title';
export const SORT_KEYS: readonly SortKey[] = ['newest', 'title'];

/** What ordering needs to know about a story. */
export interface SortFacts {
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** The last partial date the story's period reaches: `2024-01`. */
  periodEnd: string;
  title: string;
  /** Tie-breaker that never changes: the story's slug. */
  slug: string;
}

/** The last partial date a period reaches: `2023-11/2024-01` → `2024-01`. */
export function periodEnd(period: string): string {
  return period.split('/').at(-1)!;
}

/** The sort facts of a story. */
export function sortFacts(story: {
  slug: string;
  title: string;
  data: { published: Date; period: string };
}): SortFacts {
  return {
    published: story.data.published.toISOString().slice(0, 10),
    periodEnd: periodEnd(story.data.period),
    title: story.title,
    slug: story.slug,
  };
}

/**
 * Newest first (publication, then period end, then slug, so every language lists the same stories
 * in the same order), or by title in the language's collation, the slug breaking ties.
 */
export function compareStories(sort: SortKey, collator: Intl.Collator): (a: SortFacts, b: SortFacts) => number {
  const bySlug = (a: SortFacts, b: SortFacts) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  if (sort === 'title') return (a, b) => collator.compare(a.title, b.title) || bySlug(a, b);
  return (a, b) => b.published.localeCompare(a.published) || b.periodEnd.localeCompare(a.periodEnd) || bySlug(a, b);
}
