import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guarded } from './content-check/yaml-guard';
import { LOCALES } from './lib/locale';
import { initiativeSchema } from './schemas/initiative';
import { storySchema } from './schemas/story';
import { unitSchema } from './schemas/units';
import { placeSchema, sourceSchema, tagSchema, themeSchema } from './schemas/vocabulary';

// Every glob loader drops the raw file text from the content store (`retainBody: false`): pages are
// made from the parsed data and the compiled story, and the store, bundled into the build and read
// into memory, is a quarter of the size without it (6.4 against 1.6 MB at 1,000 stories).

// Every loader is guarded (src/content-check/yaml-guard.ts): a file too large, or YAML holding an
// anchor or alias, stops the build with its name before Astro's YAML reader expands it.

/** A glob loader, guarded; `pattern` under `base`. */
const files = (options: Parameters<typeof glob>[0] & { pattern: string; base: string }) =>
  guarded(glob(options), options.base, options.pattern);

/** A file loader for one YAML list, guarded. */
const list = (path: string) => guarded(file(path), '.', path);
/** `{zh,en}.mdx`: a text file in each of the site's languages, and no other (the content check names any other). */
const languageFiles = (extension: string) =>
  LOCALES.length > 1 ? `{${LOCALES.join(',')}}.${extension}` : `${LOCALES[0]}.${extension}`;

/** Entry id: the file's path inside its collection folder, without the extension. */
const pathWithoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.[a-z]+$/, '');

/** content/initiatives/<slug>/data.yaml, with the folder name as id. */
const initiatives = defineCollection({
  loader: files({
    pattern: '*/data.yaml',
    base: './content/initiatives',
    generateId: ({ entry }) => entry.split('/')[0]!,
    retainBody: false,
  }),
  schema: initiativeSchema,
});

/** content/initiatives/<slug>/<lang>.mdx, one per language, with `<slug>/<lang>` as id. */
const stories = defineCollection({
  loader: files({
    pattern: `*/${languageFiles('mdx')}`,
    base: './content/initiatives',
    generateId: pathWithoutExtension,
    retainBody: false,
  }),
  schema: storySchema,
});

const sources = defineCollection({
  loader: files({
    pattern: '*.yaml',
    base: './content/sources',
    generateId: pathWithoutExtension,
    retainBody: false,
  }),
  schema: sourceSchema,
});

const themes = defineCollection({ loader: list('./content/themes.yaml'), schema: themeSchema });
const places = defineCollection({ loader: list('./content/places.yaml'), schema: placeSchema });
const tags = defineCollection({ loader: list('./content/tags.yaml'), schema: tagSchema });
const units = defineCollection({ loader: list('./content/units.yaml'), schema: unitSchema });

/** content/pages/<page>/<lang>.md: the site's own pages, such as About. */
const pages = defineCollection({
  loader: files({
    pattern: `*/${languageFiles('md')}`,
    base: './content/pages',
    generateId: pathWithoutExtension,
    retainBody: false,
  }),
  schema: storySchema,
});

export const collections = { initiatives, stories, sources, themes, places, tags, units, pages };
