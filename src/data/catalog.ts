import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';

let cached: Promise<Catalog> | undefined;

/**
 * The site's catalog, built once per build from the content collections. The dev server
 * includes drafts so editors can preview them; a build never does.
 */
export function loadCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [initiatives, stories, sources, themes, places, tags, units] = await Promise.all([
      getCollection('initiatives'),
      getCollection('stories'),
      getCollection('sources'),
      getCollection('themes'),
      getCollection('places'),
      getCollection('tags'),
      getCollection('units'),
    ]);
    return buildCatalog({
      initiatives,
      stories,
      sources,
      themes: themes.map((entry) => entry.data),
      places: places.map((entry) => entry.data),
      tags: tags.map((entry) => entry.data),
      units: units.map((entry) => entry.data),
      // `npm run dev` previews drafts; a build never does, whatever NODE_ENV says.
      drafts: import.meta.env.MODE === 'development',
    });
  })();
  return cached;
}
