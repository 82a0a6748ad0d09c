/**
 * A catalog of one published story in both languages, written here rather than read from
 * content/, for tests that change one thing in it (a label, a title, a source's address).
 */
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import type { InitiativeData } from '../../src/schemas/initiative';
import type { Place, Source } from '../../src/schemas/vocabulary';
import { UNITS } from './units';

/** A stated figure of the story, from its one source `paper`. */
export function statedFigure(
  id: string,
  value: number,
  unit: string,
  label = { zh: id, en: id },
): InitiativeData['figures'][number] {
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

/** The story `car-parks`, with `data`, `title`, `source` and `place` changed as given. */
export function oneStory(
  over: { data?: Partial<InitiativeData>; title?: string; source?: Partial<Source>; place?: Partial<Place> } = {},
): Catalog {
  const data: InitiativeData = {
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
  };
  return buildCatalog({
    initiatives: [{ id: 'car-parks', data }],
    stories: (['zh', 'en'] as const).map((locale) => ({
      id: `car-parks/${locale}`,
      data: { title: over.title ?? `Car parks ${locale}`, summary: 'A summary long enough to pass.' },
    })),
    sources: [
      {
        id: 'paper',
        data: {
          publisher: { zh: '报社', en: 'The Paper' },
          title: '报道',
          date: new Date('2024-01-29'),
          language: 'zh',
          ...over.source,
        },
      },
    ],
    themes: [{ id: 'livelihood', order: 1, zh: '民生', en: 'Livelihood', blurb: { zh: '民生', en: 'Livelihood' } }],
    places: [{ id: '520100', kind: 'city', zh: '贵阳市', en: 'Guiyang', ...over.place }],
    tags: [{ id: 'parking', zh: '停车', en: 'Parking' }],
    units: [...UNITS.values()],
  });
}
