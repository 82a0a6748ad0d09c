import { describe, expect, it } from 'vitest';
import { buildCatalog, relatedStories, storiesIn, type CatalogInput } from '../../src/lib/catalog';
import { fallbackChain, LOCALES, REQUIRED_LOCALES } from '../../src/lib/locale';
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
  // Written in the languages that must be written; a language with a fallback borrows its text.
  stories: Object.keys(initiatives).flatMap((id) =>
    REQUIRED_LOCALES.map((locale) => ({
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

/** Each story of a catalog as `<slug>/<language>`, sorted. */
const storyIds = (catalog: ReturnType<typeof buildCatalog>) =>
  catalog.stories.map((story) => `${story.slug}/${story.locale}`).sort();
/** `<slug>/<language>` for the slugs in every language, sorted. */
const everyLanguage = (...slugs: string[]) =>
  slugs.flatMap((slug) => LOCALES.map((locale) => `${slug}/${locale}`)).sort();

describe('catalog', () => {
  it('leaves drafts out and keeps every language', () => {
    const catalog = buildCatalog(input({ a: {}, b: { status: 'draft' } }));
    expect(storyIds(catalog)).toEqual(everyLanguage('a'));
    // Today's languages, written out.
    expect(storyIds(catalog)).toEqual(expect.arrayContaining(['a/en', 'a/zh']));
  });

  it('includes drafts for the dev server preview', () => {
    const catalog = buildCatalog({ ...input({ a: {}, b: { status: 'draft' } }), drafts: true });
    expect(storyIds(catalog)).toEqual(everyLanguage('a', 'b'));
  });

  it('gives a language without text of its own its fallback’s text, marked with that language', () => {
    const catalog = buildCatalog(input({ a: {} }));
    for (const locale of LOCALES) {
      const story = catalog.stories.find((candidate) => candidate.locale === locale)!;
      const written = fallbackChain(locale).find((code) => REQUIRED_LOCALES.includes(code))!;
      expect(story.textLocale, locale).toBe(written);
      expect(story.title, locale).toBe(`a ${written}`);
    }
  });

  it('lists the newest stories in the same order in every language, whatever the titles', () => {
    const catalog = buildCatalog(input({ a: {}, b: {}, c: { published: new Date('2026-12-01') } }));
    const titles = { 'a/zh': '乙', 'a/en': 'Zulu', 'b/zh': '甲', 'b/en': 'Alpha' } as Record<string, string>;
    for (const story of catalog.stories) story.title = titles[`${story.slug}/${story.locale}`] ?? story.title;
    for (const locale of LOCALES)
      expect(
        storiesIn(catalog, locale).map((story) => story.slug),
        locale,
      ).toEqual(['c', 'a', 'b']);
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
