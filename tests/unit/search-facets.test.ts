import { describe, expect, it } from 'vitest';
import { buildCatalog, storiesIn, type CatalogInput } from '../../src/lib/catalog';
import { FACETS } from '../../src/lib/facets';
import { LOCALES } from '../../src/lib/locale';
import { facetGroups, isSearchFacet, type FacetGroup } from '../../src/lib/search-facets';
import type { InitiativeData } from '../../src/schemas/initiative';

const initiative = (id: string, over: Partial<InitiativeData>) => ({
  id,
  data: {
    theme: 'livelihood',
    places: ['520103'],
    tags: ['parking'],
    agencies: [{ zh: '甲', en: 'A' }],
    period: '2023-11/2024-01',
    published: new Date('2026-11-26'),
    status: 'published',
    sources: ['paper'],
    keyFigures: [],
    figures: [],
    derived: [],
    corrections: [],
    ...over,
  } as InitiativeData,
});

const input: CatalogInput = {
  initiatives: [initiative('a', {}), initiative('b', { theme: 'governance', places: ['520111'], period: '2022' })],
  stories: ['a', 'b'].flatMap((id) =>
    (['zh', 'en'] as const).map((locale) => ({ id: `${id}/${locale}`, data: { title: id, summary: 'Summary.' } })),
  ),
  sources: [
    {
      id: 'paper',
      data: { publisher: { zh: '报', en: 'Paper' }, title: 'T', date: new Date('2024-01-29'), language: 'zh' },
    },
  ],
  themes: [
    { id: 'livelihood', order: 1, zh: '民生实事', en: 'Everyday needs', blurb: { zh: '民生', en: 'Needs' } },
    { id: 'development', order: 2, zh: '产业振兴', en: 'Industry', blurb: { zh: '产业', en: 'Industry' } },
    { id: 'governance', order: 3, zh: '基层治理', en: 'Governance', blurb: { zh: '治理', en: 'Governance' } },
  ],
  places: [
    { id: '520103', code: '520103', kind: 'district', zh: '云岩区', en: 'Yunyan District' },
    { id: '520111', code: '520111', kind: 'district', zh: '花溪区', en: 'Huaxi District' },
    { id: '520113', code: '520113', kind: 'district', zh: '白云区', en: 'Baiyun District' },
  ],
  tags: [{ id: 'parking', zh: '停车', en: 'Parking' }],
  units: [],
};

/** Today's facets, in the order search shows them (a facet added later may come anywhere). */
const TODAY = ['theme', 'place', 'tag', 'year'];
/** The options of one facet, found by its key. */
const options = (groups: FacetGroup[], key: string) => groups.find((group) => group.key === key)!.options;

describe('search facets', () => {
  it('offers the values stories use, by id, named in the page’s language, years newest first', () => {
    const catalog = buildCatalog(input);
    const zh = facetGroups(catalog, storiesIn(catalog, 'zh'), 'zh');
    expect(zh.map((group) => group.key).filter((key) => TODAY.includes(key))).toEqual(TODAY);
    expect(options(zh, 'theme')).toEqual([
      { value: 'livelihood', label: '民生实事' },
      { value: 'governance', label: '基层治理' },
    ]);
    expect(options(zh, 'place').map((option) => option.label)).toEqual(['云岩区', '花溪区']);
    expect(options(zh, 'tag')).toEqual([{ value: 'parking', label: '停车' }]);
    expect(options(zh, 'year').map((option) => option.value)).toEqual(['2024', '2023', '2022']);
    const en = facetGroups(catalog, storiesIn(catalog, 'en'), 'en');
    expect(options(en, 'place')).toEqual([
      { value: '520103', label: 'Yunyan District' },
      { value: '520111', label: 'Huaxi District' },
    ]);
  });

  it('offers, for every facet and language, each value some story has, once, in vocabulary order', () => {
    const catalog = buildCatalog(input);
    for (const locale of LOCALES) {
      const stories = storiesIn(catalog, locale);
      const groups = facetGroups(catalog, stories, locale);
      expect(new Set(groups.map((group) => group.key)).size).toBe(FACETS.length);
      for (const facet of FACETS) {
        const used = new Set(stories.flatMap((story) => facet.of(story)));
        const expected = facet.values(catalog).filter((value) => used.has(value.id));
        expect(options(groups, facet.key), `${facet.key} in ${locale}`).toEqual(
          expected.map((value) => ({ value: value.id, label: value.names[locale] })),
        );
        // The stories here use every facet of today, so no comparison above is of two empty lists.
        if (TODAY.includes(facet.key)) expect(used.size, `${facet.key} in ${locale}`).toBeGreaterThan(0);
      }
    }
  });

  it('knows its facet names', () => {
    for (const facet of FACETS) expect(isSearchFacet(facet.key), facet.key).toBe(true);
    expect(isSearchFacet('place')).toBe(true);
    expect(isSearchFacet('q')).toBe(false);
    expect(isSearchFacet('')).toBe(false);
  });
});
