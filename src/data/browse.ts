/** Static paths of the facets' browse pages, shared by the two browse routes. */
import { browseIntro, browsePages, sortByName } from '../lib/browse';
import { FACETS, facetCounts, type FacetDefinition } from '../lib/facets';
import { LOCALES, localeParam, type Locale } from '../lib/locale';
import { storiesIn } from '../lib/catalog';
import { loadCatalog } from './catalog';

/** `/<segment>/<id>/` in every language, for every facet value with stories. */
export async function facetValuePaths() {
  const catalog = await loadCatalog();
  return browsePages(catalog).map((page) => ({
    params: { locale: localeParam(page.locale), facet: page.facet.segment!, id: page.value.id },
    props: { page, intro: browseIntro(page, catalog) },
  }));
}

/** One entry of a facet index page. */
export interface FacetIndexItem {
  id: string;
  name: string;
  count: number;
}

/** `/<segment>/` in every language: the facet's values with their numbers of stories. */
export async function facetIndexPaths() {
  const catalog = await loadCatalog();
  return LOCALES.flatMap((locale: Locale) => {
    const stories = storiesIn(catalog, locale);
    return FACETS.filter((facet) => facet.segment).map((facet: FacetDefinition) => {
      const counts = facetCounts(facet, catalog, stories);
      // Tags read best alphabetically; themes and places keep their vocabulary order.
      const ordered =
        facet.key === 'tag'
          ? sortByName(
              counts.map((c) => ({ ...c, names: c.value.names })),
              locale,
            )
          : counts;
      const items: FacetIndexItem[] = ordered.map(({ value, count }) => ({
        id: value.id,
        name: value.names[locale],
        count,
      }));
      return { params: { locale: localeParam(locale), facet: facet.segment! }, props: { locale, facet, items } };
    });
  });
}
