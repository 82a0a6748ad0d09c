/**
 * The facets stories are browsed, filtered and searched by, declared once. Browse pages, the
 * filter form and script, card data attributes, facet clouds, story metadata and search filters
 * are all driven by this list; adding a facet is an entry here, its vocabulary and UI strings.
 */
import type { UiTextKey } from '../i18n/ui';
import { LOCALES, type Locale } from './locale';

/** A value of a facet, with its name in every language. */
export interface FacetValue {
  id: string;
  names: Record<Locale, string>;
}

/** The parts of a story and the catalog a facet reads (structural, so tests need no Astro). */
export interface FacetStory {
  data: { theme: string; places: string[]; tags: string[] };
  years: number[];
}
interface Named {
  id: string;
}
export interface FacetCatalog {
  themes: (Named & Record<Locale, string>)[];
  places: (Named & Record<Locale, string>)[];
  tags: (Named & Record<Locale, string>)[];
  stories: FacetStory[];
}

export interface FacetDefinition {
  /** Key in URLs (`?tag=parking`), data attributes (`data-facet-tag`) and Pagefind filters. */
  key: string;
  /** UI string key of the facet's name ("Theme", "主题"). */
  label: UiTextKey;
  /** UI string keys of its index page's title and introduction, when the facet has browse pages. */
  index?: { title: UiTextKey; intro: UiTextKey };
  /** URL segment of its browse pages (`/themes/`, `/themes/<id>/`), when it has them. */
  segment?: string;
  /** Whether its browse pages show the map of Guiyang (its values are places). */
  map?: boolean;
  /** Whether a story has one value (theme) or several (places, tags, years). */
  multiple: boolean;
  /** Every value, in the vocabulary's order. */
  values: (catalog: FacetCatalog) => FacetValue[];
  /** The value ids of one story. */
  of: (story: FacetStory) => string[];
}

const named = (items: (Named & Record<Locale, string>)[]): FacetValue[] =>
  items.map((item) => ({ id: item.id, names: item as unknown as Record<Locale, string> }));

const DEFINED = [
  {
    key: 'theme',
    label: 'theme',
    index: { title: 'themesTitle', intro: 'themesIntro' },
    segment: 'themes',
    multiple: false,
    values: (catalog: FacetCatalog) => named(catalog.themes),
    of: (story: FacetStory) => [story.data.theme],
  },
  {
    key: 'place',
    label: 'places',
    index: { title: 'placesTitle', intro: 'placesIntro' },
    segment: 'places',
    map: true,
    multiple: true,
    values: (catalog: FacetCatalog) => named(catalog.places),
    of: (story: FacetStory) => story.data.places,
  },
  {
    key: 'tag',
    label: 'tags',
    index: { title: 'tagsTitle', intro: 'tagsIntro' },
    segment: 'tags',
    multiple: true,
    values: (catalog: FacetCatalog) => named(catalog.tags),
    of: (story: FacetStory) => story.data.tags,
  },
  {
    key: 'year',
    label: 'filterYear',
    multiple: true,
    values: (catalog: FacetCatalog) =>
      [...new Set(catalog.stories.flatMap((story) => story.years))]
        .sort((a, b) => b - a)
        .map((year) => ({
          id: String(year),
          names: Object.fromEntries(LOCALES.map((locale) => [locale, String(year)])) as Record<Locale, string>,
        })),
    of: (story: FacetStory) => story.years.map(String),
  },
] as const satisfies readonly FacetDefinition[];

/** The facets, in the order filters and metadata show them. */
export const FACETS: readonly FacetDefinition[] = DEFINED;

export type FacetKey = (typeof DEFINED)[number]['key'];
export const FACET_KEYS = DEFINED.map((facet) => facet.key) as FacetKey[];

/** A facet value and how many of the given stories have it. */
export interface FacetCount {
  value: FacetValue;
  count: number;
}

/** The values of a facet that some of `stories` have, with counts, in vocabulary order. */
export function facetCounts(definition: FacetDefinition, catalog: FacetCatalog, stories: FacetStory[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const story of stories) for (const id of definition.of(story)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return definition
    .values(catalog)
    .filter((value) => counts.has(value.id))
    .map((value) => ({ value, count: counts.get(value.id)! }));
}

/** `data-facet-<key>` attributes for a story's card: space-separated value ids. */
export function facetAttributes(story: FacetStory): Record<string, string> {
  return Object.fromEntries(
    FACETS.map((definition) => [`data-facet-${definition.key}`, definition.of(story).join(' ')]),
  );
}

/** Neutral path of a facet's index page: `/themes/`. */
export function facetIndexPath(definition: FacetDefinition): string | undefined {
  return definition.segment && `/${definition.segment}/`;
}

/** Neutral path of a facet value's page: `/themes/livelihood/`. */
export function facetValuePath(definition: FacetDefinition, id: string): string | undefined {
  return definition.segment && `/${definition.segment}/${id}/`;
}
