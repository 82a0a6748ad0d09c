/**
 * A catalog of one published story in every language, written here rather than read from
 * content/, for tests that change one thing in it (a label, a title, a source's address). Its
 * data and vocabularies are read by the content schemas, as content/ is, so a language with a
 * fallback gets its fallback's text.
 */
import type { z } from 'astro/zod';
import { buildCatalog, type Catalog } from '../src/lib/catalog';
import { figureSchema, initiativeSchema } from '../src/schemas/initiative';
import { placeSchema, sourceSchema, tagSchema, themeSchema, type Source } from '../src/schemas/vocabulary';
import { UNITS } from './units';

type FigureInput = z.input<typeof figureSchema>;

/** A stated figure of the story, from its one source `paper`, as data.yaml would hold it. */
export function statedFigure(
  id: string,
  value: number,
  unit: string,
  label: FigureInput['label'] = { zh: id, en: id },
): FigureInput {
  return {
    id,
    value,
    unit,
    qualifier: 'exact',
    period: '2023',
    source: 'paper',
    label,
    headline: false,
    tableOnly: false,
  };
}

/**
 * The story `car-parks`, with `data`, `title`, `source` and `place` changed as given. The source's
 * changes are made after it is read, as if they got past the check (content built without it).
 */
export function oneStory(
  over: {
    data?: Partial<z.input<typeof initiativeSchema>>;
    title?: string;
    source?: Partial<Source>;
    place?: Partial<z.input<typeof placeSchema>>;
  } = {},
): Catalog {
  const data = initiativeSchema.parse({
    theme: 'livelihood',
    places: ['520100'],
    tags: ['parking'],
    agencies: [{ zh: '甲', en: 'A' }],
    period: '2023',
    published: new Date('2026-11-26'),
    status: 'published',
    sources: ['paper'],
    keyFigures: [],
    figures: [statedFigure('spaces', 3840, 'space')],
    derived: [],
    corrections: [],
    charts: [],
    ...over.data,
  });
  const source = sourceSchema.parse({
    publisher: { zh: '报社', en: 'The Paper' },
    title: '报道',
    date: new Date('2024-01-29'),
    language: 'zh',
  });
  return buildCatalog({
    initiatives: [{ id: 'car-parks', data }],
    stories: (['zh', 'en'] as const).map((locale) => ({
      id: `car-parks/${locale}`,
      data: { title: over.title ?? `Car parks ${locale}`, summary: 'A summary long enough to pass.' },
    })),
    sources: [{ id: 'paper', data: { ...source, ...over.source } }],
    themes: [
      themeSchema.parse({
        id: 'livelihood',
        order: 1,
        zh: '民生',
        en: 'Livelihood',
        blurb: { zh: '民生', en: 'Livelihood' },
      }),
    ],
    places: [placeSchema.parse({ id: '520100', kind: 'city', zh: '贵阳市', en: 'Guiyang', ...over.place })],
    tags: [tagSchema.parse({ id: 'parking', zh: '停车', en: 'Parking' })],
    units: [...UNITS.values()],
  });
}
