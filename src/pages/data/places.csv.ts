/** `/data/places.csv`: the map's data, each place with its names and number of published stories. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../charts/csv';
import { loadCatalog } from '../../data/catalog';
import { DEFAULT_LOCALE, LOCALES } from '../../lib/locale';
import { storiesIn } from '../../lib/catalog';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const stories = storiesIn(catalog, DEFAULT_LOCALE);
  const rows = catalog.places.map((place) => [
    place.id,
    place.code ?? '',
    place.kind,
    ...LOCALES.map((locale) => place[locale]),
    String(stories.filter((story) => story.data.places.includes(place.id)).length),
  ]);
  const header = ['place', 'code', 'kind', ...LOCALES.map((locale) => `name_${locale}`), 'stories'];
  return new Response(toCsv([header, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
