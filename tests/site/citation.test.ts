import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localePath, routes } from '../../src/lib/paths';
import { bibtexText, parseBibtex } from '../../harness/bibtex';
import { publishedCatalog as contentCatalog } from '../../harness/catalog';
import { DIST, fileOf, page, requireDist } from '../../harness/dist';

beforeAll(requireDist);

/** Every published story in each language, from the content. */
const stories = contentCatalog().stories;
const urlOf = (story: (typeof stories)[number]) => localePath(story.locale, routes.story(story.slug));

describe('citing a story', () => {
  it('every story page has cite text with its title, address and source', () => {
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const story of stories) {
      const url = urlOf(story);
      const $ = page(url);
      const text = $('.cite-text').text();
      expect(text, url).toContain(story.title);
      expect(text, url).toContain(`${new URL($('link[rel=canonical]').attr('href')!).href}`);
      for (const source of story.sources) expect(text, url).toContain(source.publisher[story.locale]);
      expect(text, url).toMatch(
        story.locale === 'en' ? /Published \d{1,2} [A-Z][a-z]+ \d{4}\./ : /\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)/,
      );
    }
  });

  it('links BibTeX and RIS files that exist in dist/ and parse', () => {
    for (const story of stories) {
      const url = urlOf(story);
      const $ = page(url);
      const bib = $('.cite a[href$="cite.bib"]').attr('href');
      const ris = $('.cite a[href$="cite.ris"]').attr('href');
      expect(fileOf(bib ?? ''), `${url} BibTeX`).toBeDefined();
      expect(fileOf(ris ?? ''), `${url} RIS`).toBeDefined();
      const [entry] = parseBibtex(readFileSync(join(DIST, bib!), 'utf8'));
      expect(bibtexText(entry!.fields.title!)).toBe(story.title);
      expect(entry!.fields.url).toBe($('link[rel=canonical]').attr('href'));
      const lines = readFileSync(join(DIST, ris!), 'utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe('TY  - ELEC');
      expect(lines.at(-1)).toBe('ER  -');
      const data = $('.cite a[href^="/data/initiatives/"]').attr('href');
      expect(fileOf(data ?? ''), `${url} data`).toBeDefined();
    }
  });

  it('has citation_* meta tags for Google Scholar', () => {
    for (const story of stories) {
      const url = urlOf(story);
      const $ = page(url);
      const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
      expect(meta('citation_title'), url).toBe($('h1').text().trim());
      expect(meta('citation_author'), url).toBe(story.locale === 'zh' ? '贵阳实事案例集' : 'Guiyang Casebook');
      expect(meta('citation_publication_date'), url).toBe(
        story.data.published.toISOString().slice(0, 10).replaceAll('-', '/'),
      );
      expect(meta('citation_language'), url).toBe(story.locale);
      expect(meta('citation_public_url'), url).toBe($('link[rel=canonical]').attr('href'));
    }
  });

  it('has valid JSON-LD: an Article in the page’s language, based on its source', () => {
    for (const story of stories) {
      const url = urlOf(story);
      const $ = page(url);
      const scripts = $('script[type="application/ld+json"]');
      expect(scripts.length, url).toBe(1);
      const data = JSON.parse(scripts.text());
      expect(data['@type'], url).toBe('Article');
      expect(data.headline, url).toBe($('h1').text().trim());
      expect(data.inLanguage, url).toBe($('html').attr('lang'));
      expect(data.dateModified, url).toBe((story.updated ?? story.data.published).toISOString().slice(0, 10));
      const publishers = (data.isBasedOn as { publisher: { name: string } }[]).map((work) => work.publisher.name);
      expect(publishers, url).toEqual(story.sources.map((source) => source.publisher[story.locale]));
    }
  });

  it('links each figure in the text to its table row, and each row back to the first occurrence', () => {
    let links = 0;
    for (const story of stories) {
      const url = urlOf(story);
      const $ = page(url);
      for (const element of $('.prose a.fig').toArray()) {
        const id = element.attribs['data-figure']!;
        expect(element.attribs.href, url).toBe(`#figure-${id}`);
        expect($(`tr#figure-${id}`).length, `${url} ${id}`).toBe(1);
      }
      for (const row of $('tr[id^="figure-"]').toArray()) {
        const id = row.attribs.id!.slice('figure-'.length);
        const first = $(`.prose a.fig[data-figure="${id}"]`).first();
        const back = $(row).find('a.back-to-text');
        if (first.length === 0) {
          expect(back.length, `${url} ${id}: no back link for a figure not in the text`).toBe(0);
          continue;
        }
        expect(back.attr('href'), `${url} ${id}`).toBe(`#ref-${id}`);
        expect(first.attr('id'), `${url} ${id}: the first occurrence`).toBe(`ref-${id}`);
        links++;
      }
      const ids = $('[id]')
        .toArray()
        .map((element) => element.attribs.id);
      expect(new Set(ids).size, `${url}: ids are unique`).toBe(ids.length);
    }
    expect(links).toBeGreaterThan(20);
  });

  it('says when a source has no public link', () => {
    for (const story of stories) {
      const $ = page(urlOf(story));
      story.sources.forEach((source, index) => {
        const item = $('#sources + ol > li').eq(index).text();
        if (!source.url && !source.archived) expect(item).toMatch(/no public link known|暂无公开链接/);
      });
    }
  });
});
