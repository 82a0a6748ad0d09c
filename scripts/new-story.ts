/**
 * `npm run new-story -- --slug school-meals --theme livelihood --place 520103 --tag education`
 * Scaffolds content/initiatives/<slug>/ with data.yaml, zh.mdx and en.mdx. The new story is a
 * draft (left out of the site) until its data file says `status: published`.
 */
import { parseArgs } from 'node:util';
import { scaffoldStory } from '../src/scaffold';

const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    theme: { type: 'string' },
    place: { type: 'string', multiple: true },
    tag: { type: 'string', multiple: true },
    source: { type: 'string' },
  },
});

if (!values.slug || !values.theme || !values.place?.length || !values.tag?.length) {
  console.error(
    'Usage: npm run new-story -- --slug <kebab-case> --theme <theme id> --place <place id> [--place …] --tag <tag id> [--tag …] [--source <source id>]',
  );
  process.exit(1);
}

try {
  const dir = scaffoldStory(process.cwd(), {
    slug: values.slug,
    theme: values.theme,
    places: values.place,
    tags: values.tag,
    source: values.source,
    today: new Date().toISOString().slice(0, 10),
  });
  console.log(`Created ${dir}/ (data.yaml, zh.mdx, en.mdx) as a draft.`);
  console.log(
    'Add figures to data.yaml, write both stories, set `status: published`, then run `npm run check:content`.',
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
