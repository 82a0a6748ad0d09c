import { describe, expect, it } from 'vitest';
import { buildCatalog, storiesIn, type CatalogInput } from '../../src/lib/catalog';
import { facetGroups, isSearchFacet, SEARCH_FACETS } from '../../src/lib/search-facets';
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

describe('search facets', () => {
  it('offers the values stories use, by id, named in the page’s language, years newest first', () => {
    const catalog = buildCatalog(input);
    const zh = facetGroups(catalog, storiesIn(catalog, 'zh'), 'zh');
    expect(zh.map((group) => group.key)).toEqual([...SEARCH_FACETS]);
    expect(zh[0]!.options).toEqual([
      { value: 'livelihood', label: '民生实事' },
      { value: 'governance', label: '基层治理' },
    ]);
    expect(zh[1]!.options.map((option) => option.label)).toEqual(['云岩区', '花溪区']);
    expect(zh[3]!.options.map((option) => option.value)).toEqual(['2024', '2023', '2022']);
    const en = facetGroups(catalog, storiesIn(catalog, 'en'), 'en');
    expect(en[1]!.options).toEqual([
      { value: '520103', label: 'Yunyan District' },
      { value: '520111', label: 'Huaxi District' },
    ]);
  });

  it('knows its facet names', () => {
    expect(isSearchFacet('place')).toBe(true);
    expect(isSearchFacet('q')).toBe(false);
  });
});
