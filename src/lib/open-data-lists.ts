/**
 * The data behind the district map and the timeline, as the CSV files their "download the data"
 * links point at (`DATA_FILES.places`, `DATA_FILES.timeline`), in every language.
 */
import { storiesIn, type Catalog } from './catalog';
import { toCsv } from './csv';
import { DEFAULT_LOCALE, LOCALES } from './locale';

/** places.csv: each place with its code, kind, names and number of published stories. */
export function placesCsv(catalog: Catalog): string {
  const stories = storiesIn(catalog, DEFAULT_LOCALE);
  const header = ['place', 'code', 'kind', ...LOCALES.map((locale) => `name_${locale}`), 'stories'];
  const rows = catalog.places.map((place) => [
    place.id,
    place.code ?? '',
    place.kind,
    ...LOCALES.map((locale) => place[locale]),
    stories.filter((story) => story.data.places.includes(place.id)).length,
  ]);
  return toCsv([header, ...rows], { bom: true });
}

/** timeline.csv: each published story with its titles, its period and where the period starts and ends. */
export function timelineCsv(catalog: Catalog): string {
  const byLocale = new Map(LOCALES.map((locale) => [locale, storiesIn(catalog, locale)]));
  const rows = byLocale.get(LOCALES[0])!.map((story) => {
    const [start, end] = story.data.period.includes('/') ? story.data.period.split('/') : [story.data.period, ''];
    return [
      story.slug,
      ...LOCALES.map((locale) => byLocale.get(locale)!.find((other) => other.slug === story.slug)!.title),
      story.data.period,
      start === '..' ? '' : start!,
      end || start!,
    ];
  });
  const header = ['story', ...LOCALES.map((locale) => `title_${locale}`), 'period', 'start', 'end'];
  return toCsv([header, ...rows], { bom: true });
}
