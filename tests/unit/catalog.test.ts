import { describe, expect, it } from 'vitest';
import { buildCatalog, relatedStories, storiesIn, type CatalogInput } from '../../src/lib/catalog';
import type { InitiativeData } from '../../src/schemas/initiative';

const data = (over: Partial<InitiativeData>): InitiativeData => ({
  theme: 'livelihood',
  places: ['520100'],
  tags: ['parking'],
  agencies: [{ zh: '甲', en: 'A' }],
  period: '2023',
  published: new Date('2026-11-26'),
  status: 'published',
  sources: ['paper'],
  keyFigures: [],
  figures: [],
  derived: [],
  charts: [],
  corrections: [],
  ...over,
});

const input = (initiatives: Record<string, Partial<InitiativeData>>): CatalogInput => ({
  initiatives: Object.entries(initiatives).map(([id, over]) => ({ id, data: data(over) })),
  stories: Object.keys(initiatives).flatMap((id) =>
    (['zh', 'en'] as const).map((locale) => ({
      id: `${id}/${locale}`,
      data: { title: `${id} ${locale}`, summary: 'A summary that is long enough.' },
    })),
  ),
  sources: [
    {
      id: 'paper',
      data: { publisher: { zh: '报', en: 'Paper' }, title: 'T', date: new Date('2024-01-29'), language: 'zh' },
    },
  ],
  themes: [
    { id: 'livelihood', order: 1, zh: '民生', en: 'Livelihood', blurb: { zh: '民生', en: 'Livelihood' } },
    { id: 'governance', order: 2, zh: '治理', en: 'Governance', blurb: { zh: '治理', en: 'Governance' } },
  ],
  places: ['520100', '520103', '520111'].map((id) => ({ id, kind: 'district' as const, zh: id, en: id })),
  tags: ['parking', 'tax', 'transport'].map((id) => ({ id, zh: id, en: id })),
  units: [],
});

describe('catalog', () => {
  it('leaves drafts out and keeps both languages', () => {
    const catalog = buildCatalog(input({ a: {}, b: { status: 'draft' } }));
    expect(catalog.stories.map((story) => `${story.slug}/${story.locale}`).sort()).toEqual(['a/en', 'a/zh']);
  });

  it('includes drafts for the dev server preview', () => {
    const catalog = buildCatalog({ ...input({ a: {}, b: { status: 'draft' } }), drafts: true });
    expect(catalog.stories.map((story) => `${story.slug}/${story.locale}`).sort()).toEqual([
      'a/en',
      'a/zh',
      'b/en',
      'b/zh',
    ]);
  });

  it('lists the newest stories in the same order in every language, whatever the titles', () => {
    const catalog = buildCatalog(input({ a: {}, b: {}, c: { published: new Date('2026-12-01') } }));
    const titles = { 'a/zh': '乙', 'a/en': 'Zulu', 'b/zh': '甲', 'b/en': 'Alpha' } as Record<string, string>;
    for (const story of catalog.stories) story.title = titles[`${story.slug}/${story.locale}`] ?? story.title;
    const order = (locale: 'zh' | 'en') => storiesIn(catalog, locale).map((story) => story.slug);
    expect(order('zh')).toEqual(['c', 'a', 'b']);
    expect(order('en')).toEqual(order('zh'));
  });

  it('ranks related stories by shared theme, place and tags, in the same language', () => {
    const catalog = buildCatalog(
      input({
        parking: { places: ['520103'], tags: ['parking', 'transport'] },
        buses: { places: ['520111'], tags: ['transport'] },
        garage: { places: ['520103'], tags: ['parking'] },
        tax: { theme: 'governance', places: ['520100'], tags: ['tax'] },
      }),
    );
    const parking = storiesIn(catalog, 'en').find((story) => story.slug === 'parking')!;
    // Given stories in every language, it picks only those in the story's own language.
    const related = relatedStories(parking, catalog.stories);
    expect(related.map((story) => story.slug)).toEqual(['garage', 'buses']);
    expect(related.map((story) => story.locale)).toEqual(['en', 'en']);
  });

  it('finds a related story that shares only a tag, and none when nothing is shared', () => {
    const catalog = buildCatalog(
      input({
        a: { theme: 'livelihood', places: ['520103'], tags: ['tax'] },
        b: { theme: 'governance', places: ['520111'], tags: ['tax'] },
        c: { theme: 'governance', places: ['520100'], tags: ['transport'] },
      }),
    );
    const a = storiesIn(catalog, 'zh').find((story) => story.slug === 'a')!;
    expect(relatedStories(a, catalog.stories).map((story) => `${story.slug}/${story.locale}`)).toEqual(['b/zh']);
    const lonely = buildCatalog(
      input({
        a: { places: ['520103'], tags: ['tax'] },
        c: { theme: 'governance', places: ['520111'], tags: ['transport'] },
      }),
    );
    expect(relatedStories(storiesIn(lonely, 'zh')[0]!, lonely.stories)).toEqual([]);
  });
});
