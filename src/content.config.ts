import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { initiativeSchema } from './schemas/initiative';
import { storySchema } from './schemas/story';
import { unitSchema } from './schemas/units';
import { placeSchema, sourceSchema, tagSchema, themeSchema } from './schemas/vocabulary';

/** Entry id: the file's path inside its collection folder, without the extension. */
const pathWithoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.[a-z]+$/, '');

/** content/initiatives/<slug>/data.yaml, with the folder name as id. */
const initiatives = defineCollection({
  loader: glob({
    pattern: '*/data.yaml',
    base: './content/initiatives',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: initiativeSchema,
});

/** content/initiatives/<slug>/<lang>.mdx, one per language, with `<slug>/<lang>` as id. */
const stories = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: './content/initiatives',
    generateId: pathWithoutExtension,
  }),
  schema: storySchema,
});

const sources = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './content/sources',
    generateId: pathWithoutExtension,
  }),
  schema: sourceSchema,
});

const themes = defineCollection({ loader: file('./content/themes.yaml'), schema: themeSchema });
const places = defineCollection({ loader: file('./content/places.yaml'), schema: placeSchema });
const tags = defineCollection({ loader: file('./content/tags.yaml'), schema: tagSchema });
const units = defineCollection({ loader: file('./content/units.yaml'), schema: unitSchema });

/** content/pages/<page>/<lang>.md: the site's own pages, such as About. */
const pages = defineCollection({
  loader: glob({
    pattern: '*/*.md',
    base: './content/pages',
    generateId: pathWithoutExtension,
  }),
  schema: storySchema,
});

export const collections = { initiatives, stories, sources, themes, places, tags, units, pages };
