/** Browse pages of the facets (/themes/x/, /places/x/, /tags/x/): which exist and what they say. */
import { ui } from '../i18n/ui';
import type { Catalog, Story } from './catalog';
import { storiesIn } from './catalog';
import { FACETS, facetCounts, type FacetDefinition, type FacetValue } from './facets';
import { collator, LOCALES, type Locale } from './locale';

/** One browse page: a facet value in a language, with its stories. */
export interface BrowsePage {
  locale: Locale;
  facet: FacetDefinition;
  value: FacetValue;
  stories: Story[];
}

/** Every browse page of every facet that has pages, in every language: values with stories only. */
export function browsePages(catalog: Catalog): BrowsePage[] {
  return LOCALES.flatMap((locale) => {
    const stories = storiesIn(catalog, locale);
    return FACETS.filter((facet) => facet.segment).flatMap((facet) =>
      facetCounts(facet, catalog, stories).map(({ value }) => ({
        locale,
        facet,
        value,
        stories: stories.filter((story) => facet.of(story).includes(value.id)),
      })),
    );
  });
}

/** The introduction of a browse page: a theme's blurb, what kind of place it is, or a general line. */
export function browseIntro(page: BrowsePage, catalog: Catalog): string {
  const { locale, value } = page;
  const t = ui(locale);
  const name = value.names[locale];
  const theme = page.facet.key === 'theme' ? catalog.themes.find((item) => item.id === value.id) : undefined;
  if (theme) return theme.blurb[locale];
  const place = page.facet.key === 'place' ? catalog.places.find((item) => item.id === value.id) : undefined;
  if (place) return place.kind === 'city' ? t.placeIntroCity : t.placeIntro(name, t.placeKind[place.kind], place.code);
  return t.facetIntro(t[page.facet.label], name);
}

/** Values sorted by name for a language: pinyin order in Chinese, alphabetical in English. */
export function sortByName<T extends { names: Record<Locale, string> }>(items: T[], locale: Locale): T[] {
  const compare = collator(locale);
  return [...items].sort((a, b) => compare.compare(a.names[locale], b.names[locale]));
}
