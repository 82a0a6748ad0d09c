/** The map's and the timeline's data downloads say what the charts show. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../harness/csv';
import { storiesIn } from '../../src/lib/catalog';
import { DEFAULT_LOCALE } from '../../src/lib/locale';
import { publishedCatalog } from '../../harness/catalog';
import { DIST, page, requireDist } from '../../harness/dist';

beforeAll(requireDist);
const csv = (path: string) => {
  const [header, ...rows] = parseCsv(readFileSync(join(DIST, path), 'utf8'));
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]])));
};

describe('map and timeline data', () => {
  const catalog = publishedCatalog();
  const stories = storiesIn(catalog, DEFAULT_LOCALE);

  it('/data/places.csv gives every place its number of stories, as the map colours it', () => {
    const rows = csv('data/places.csv');
    expect(rows.map((row) => row.place)).toEqual(catalog.places.map((place) => place.id));
    for (const row of rows)
      expect(Number(row.stories), row.place).toBe(
        stories.filter((story) => story.data.places.includes(row.place!)).length,
      );
    expect(page('/')('.gmap-source a[download]').attr('href')).toBe('/data/places.csv');
  });

  it('/data/timeline.csv lists every story with its period, in the timeline order', () => {
    const rows = csv('data/timeline.csv');
    expect(rows.map((row) => [row.story, row.period])).toEqual(stories.map((story) => [story.slug, story.data.period]));
    expect(page('/en/stories/')('a[download][href="/data/timeline.csv"]').length).toBe(1);
  });
});
