/**
 * The published catalog, read from content/ the way the site reads it, so site tests derive what
 * they expect (pages, feed items, related stories, figures) from the content instead of a list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog, type Catalog } from '../src/lib/catalog';
import { initiativeSchema } from '../src/schemas/initiative';
import { storySchema } from '../src/schemas/story';
import { unitSchema } from '../src/schemas/units';
import { placeSchema, sourceSchema, tagSchema, themeSchema } from '../src/schemas/vocabulary';

const CONTENT = join(process.cwd(), 'content');
const yaml = (path: string): unknown => parse(readFileSync(join(CONTENT, path), 'utf8'));
const list = <T>(path: string, schema: { parse: (value: unknown) => T }): T[] =>
  (yaml(path) as unknown[]).map((entry) => schema.parse(entry));

let cached: Catalog | undefined;

/** Every published story in every language, as the built site has them. */
export function publishedCatalog(): Catalog {
  if (cached) return cached;
  const slugs = readdirSync(join(CONTENT, 'initiatives')).filter((name) =>
    existsSync(join(CONTENT, 'initiatives', name, 'data.yaml')),
  );
  const stories = slugs.flatMap((slug) =>
    readdirSync(join(CONTENT, 'initiatives', slug))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const text = readFileSync(join(CONTENT, 'initiatives', slug, name), 'utf8');
        const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
        return { id: `${slug}/${name.slice(0, -'.mdx'.length)}`, data: storySchema.parse(parse(frontmatter)) };
      }),
  );
  cached = buildCatalog({
    initiatives: slugs.map((slug) => ({
      id: slug,
      data: initiativeSchema.parse(yaml(`initiatives/${slug}/data.yaml`)),
    })),
    stories,
    sources: readdirSync(join(CONTENT, 'sources'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ id: name.slice(0, -'.yaml'.length), data: sourceSchema.parse(yaml(`sources/${name}`)) })),
    themes: list('themes.yaml', themeSchema),
    places: list('places.yaml', placeSchema),
    tags: list('tags.yaml', tagSchema),
    units: list('units.yaml', unitSchema),
  });
  return cached;
}
