/**
 * The published catalog read straight from content/ with the schemas (no Astro), so tests can
 * compare what the build wrote with what the content says, story by story.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/content-check/story-body';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { LOCALES } from '../../src/lib/locale';
import { initiativeSchema } from '../../src/schemas/initiative';
import { storySchema } from '../../src/schemas/story';
import { placeSchema, sourceSchema, tagSchema, themeSchema } from '../../src/schemas/vocabulary';

const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

/** The catalog of the content folder at `root` (default: the project's content/). */
export function contentCatalog(root = join(process.cwd(), 'content')): Catalog {
  const dir = join(root, 'initiatives');
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const list = (name: string) => readYaml(join(root, name)) as unknown[];
  return buildCatalog({
    initiatives: slugs.map((slug) => ({
      id: slug,
      data: initiativeSchema.parse(readYaml(join(dir, slug, 'data.yaml'))),
    })),
    stories: slugs.flatMap((slug) =>
      LOCALES.map((locale) => {
        const parts = splitFrontmatter(readFileSync(join(dir, slug, `${locale}.mdx`), 'utf8'));
        if (!parts) throw new Error(`${slug}/${locale}.mdx has no frontmatter`);
        return { id: `${slug}/${locale}`, data: storySchema.parse(parse(parts.frontmatter)) };
      }),
    ),
    sources: readdirSync(join(root, 'sources'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({
        id: name.slice(0, -'.yaml'.length),
        data: sourceSchema.parse(readYaml(join(root, 'sources', name))),
      })),
    themes: list('themes.yaml').map((item) => themeSchema.parse(item)),
    places: list('places.yaml').map((item) => placeSchema.parse(item)),
    tags: list('tags.yaml').map((item) => tagSchema.parse(item)),
  });
}
