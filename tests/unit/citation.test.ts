import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { buildCatalog, type Story } from '../../src/lib/catalog';
import {
  articleJsonLd,
  bibtex,
  citable,
  citationMeta,
  citationText,
  escapeBibtex,
  jsonLdScript,
  ris,
} from '../../src/lib/citation';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales';
import type { Locale } from '../../src/lib/locale';
import type { InitiativeData } from '../../src/schemas/initiative';
import { bibtexText, hasUnescapedSpecial, parseBibtex } from '../../harness/bibtex';
import { publishedCatalog as contentCatalog } from '../../harness/catalog';

const SITE = new URL('https://casebook.example.org');
const stories = contentCatalog().stories;
const cite = (story: Story) => citable(story, SITE, ui(story.locale).siteName);

/** One story per language with awkward text, an update and a source with a link. */
function fixture(
  title: Record<Locale, string>,
  corrections: InitiativeData['corrections'] = [],
): Record<Locale, Story> {
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
    figures: [],
    derived: [],
    corrections,
    charts: [],
  };
  const catalog = buildCatalog({
    initiatives: [{ id: 'x', data }],
    stories: (['zh', 'en'] as const).map((locale) => ({
      id: `x/${locale}`,
      data: { title: title[locale], summary: `Summary with </script> & 100% {braces}, ${locale}.` },
    })),
    sources: [
      {
        id: 'paper',
        data: {
          publisher: { zh: '人民网', en: "People's Daily Online" },
          title: '标题',
          titleEn: 'Title',
          date: new Date('2024-01-29'),
          author: { zh: '陈洁泉', en: 'Chen Jiequan' },
          language: 'zh',
          url: 'https://example.org/news_1#top',
        },
      },
    ],
    themes: [{ id: 'livelihood', order: 1, zh: '民生', en: 'Livelihood', blurb: { zh: '民生', en: 'Livelihood' } }],
    places: [{ id: '520100', kind: 'city', zh: '贵阳市', en: 'Guiyang' }],
    tags: [{ id: 'parking', zh: '停车', en: 'Parking_lots & more' }],
    units: [],
  });
  const find = (locale: Locale) => catalog.stories.find((story) => story.locale === locale)!;
  return { zh: find('zh'), en: find('en') };
}

describe('cite this story (plain text)', () => {
  it('writes English in en-GB style with the site, title, dates, address and source', () => {
    const { en } = fixture({ zh: '停车', en: 'Parking in the old city' }, [
      { date: new Date('2026-12-03'), note: { zh: '改', en: 'Fixed' } },
    ]);
    expect(citationText(cite(en))).toBe(
      'Guiyang Casebook. “Parking in the old city.” Published 26 November 2026; updated 3 December 2026. ' +
        "https://casebook.example.org/en/stories/x/. Based on: People's Daily Online (Chen Jiequan), “标题” [“Title”], " +
        '29 January 2024, https://example.org/news_1#top.',
    );
  });

  it('does not double a title’s own question mark', () => {
    const { en } = fixture({ zh: '停车？', en: 'Where to park?' });
    expect(citationText(cite(en))).toContain('“Where to park?” Published 26 November 2026.');
  });

  it('writes Chinese after GB/T 7714: [EB/OL], the date in brackets, the source as [N/OL]', () => {
    const { zh } = fixture({ zh: '老城区停车难', en: 'Parking' });
    expect(citationText(cite(zh))).toBe(
      '贵阳实事案例集. 老城区停车难[EB/OL]. (2026-11-26). https://casebook.example.org/stories/x/. ' +
        '资料来源：陈洁泉. 标题[N/OL]. 人民网, 2024-01-29. https://example.org/news_1#top.',
    );
  });
});

describe('BibTeX', () => {
  it('parses for every published story, with its type, a unique key and the required fields', () => {
    const keys = new Set<string>();
    for (const story of stories) {
      const [entry, ...rest] = parseBibtex(bibtex(cite(story)));
      expect(rest).toEqual([]);
      expect(entry!.type).toBe('misc');
      expect(keys.has(entry!.key), entry!.key).toBe(false);
      keys.add(entry!.key);
      expect(bibtexText(entry!.fields.title!)).toBe(story.title);
      expect(bibtexText(entry!.fields.author!)).toBe(ui(story.locale).siteName);
      expect(entry!.fields.year).toBe(String(story.data.published.getUTCFullYear()));
      expect(entry!.fields.url).toBe(cite(story).url);
      for (const [name, value] of Object.entries(entry!.fields)) {
        if (name !== 'url') expect(hasUnescapedSpecial(value), `${entry!.key} ${name}: ${value}`).toBe(false);
      }
    }
  });

  it.each(['50% of {all} spaces & #1 car_park', 'back\\slash ~tilde^ $5', '}{ unbalanced {{'])(
    'escapes TeX specials so the entry parses and reads back: %s',
    (title) => {
      const { en } = fixture({ zh: title, en: title });
      const [entry] = parseBibtex(bibtex(cite(en)));
      expect(bibtexText(entry!.fields.title!)).toBe(title);
      expect(hasUnescapedSpecial(entry!.fields.title!)).toBe(false);
      expect(bibtexText(entry!.fields.keywords!)).toBe('Parking_lots & more');
    },
  );

  it('joins line breaks so a value stays on one line', () => {
    expect(escapeBibtex('a\nb  c')).toBe('a b c');
  });

  it('puts the month as a macro and the updated date in the note', () => {
    const { zh } = fixture({ zh: '停车', en: 'Parking' }, [
      { date: new Date('2027-01-05'), note: { zh: '改', en: 'x' } },
    ]);
    const [entry] = parseBibtex(bibtex(cite(zh)));
    expect(entry!.fields.month).toBe('nov');
    expect(entry!.fields.langid).toBe('chinese');
    expect(bibtexText(entry!.fields.note!)).toMatch(/^更新于2027-01-05。资料来源：陈洁泉/);
  });
});

describe('RIS', () => {
  it('starts with TY, ends with ER, and every line is a tag for every published story', () => {
    for (const story of stories) {
      const text = ris(cite(story));
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      expect(lines[0]).toBe('TY  - ELEC');
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
      expect(lines).toContain(`TI  - ${story.title}`);
      expect(lines).toContain(`UR  - ${cite(story).url}`);
      expect(lines.filter((line) => line.startsWith('KW  - '))).toHaveLength(story.tags.length);
    }
  });
});

describe('citation meta and JSON-LD', () => {
  it('gives Google Scholar the title, the site as author, the date, language and address', () => {
    const { en } = fixture({ zh: '停车', en: 'Parking' });
    const meta = Object.fromEntries(citationMeta(cite(en)).map(({ name, content }) => [name, content]));
    expect(meta).toMatchObject({
      citation_title: 'Parking',
      citation_author: 'Guiyang Casebook',
      citation_publication_date: '2026/11/26',
      citation_language: 'en',
      citation_public_url: 'https://casebook.example.org/en/stories/x/',
    });
    expect(meta.citation_reference).toContain('citation_title=标题');
  });

  it('is an Article based on the story’s sources, for every published story', () => {
    // In the language of its text: a language with a fallback shows the fallback's text.
    const tag = (code: string) => LOCALE_DEFINITIONS.find((definition) => definition.code === code)!.tag;
    const { zh, en } = fixture({ zh: '停车', en: 'Parking' });
    expect(articleJsonLd(cite(zh)).inLanguage).toBe('zh-CN');
    expect(articleJsonLd(cite(en)).inLanguage).toBe('en');
    for (const story of stories) {
      const data = JSON.parse(jsonLdScript(articleJsonLd(cite(story))));
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: story.title,
        inLanguage: tag(story.textLocale),
        datePublished: story.data.published.toISOString().slice(0, 10),
      });
      expect(data.isBasedOn).toHaveLength(story.sources.length);
      story.sources.forEach((source, index) => {
        expect(data.isBasedOn[index]).toMatchObject({
          '@type': 'NewsArticle',
          headline: source.title,
          publisher: { name: source.publisher[story.locale] },
        });
      });
    }
  });

  it('cannot close its script element early', () => {
    const { en } = fixture({ zh: '停车', en: 'A </script><script>alert(1)</script> title' });
    const text = jsonLdScript(articleJsonLd(cite(en)));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('A </script><script>alert(1)</script> title');
    expect(JSON.parse(text).isBasedOn[0].url).toBe('https://example.org/news_1#top');
  });
});
