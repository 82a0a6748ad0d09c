import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headline, relatedStories, storiesIn } from '../../src/lib/catalog';
import { FACETS } from '../../src/lib/facets';
import { figureText } from '../../src/lib/figures';
import { alternates, DEFAULT_LOCALE, langTag, localeOfPath, localePath, neutralPath } from '../../src/lib/locale';
import { isEmbedPath, routes } from '../../src/lib/paths';
import { headersFor, parseHeadersFile } from '../../src/lib/security';
import { publishedCatalog } from '../../harness/catalog';
import { DIST, distFiles, fileOf, page, requireDist, urlOf } from '../../harness/dist';

beforeAll(requireDist);

const pages = () => distFiles('.html').map(urlOf);
/** Pages of the site itself: not the charts' embed pages, which other sites frame (tests/site/reuse.test.ts). */
const sitePages = () => pages().filter((url) => !isEmbedPath(url));
const translatable = () => sitePages().filter((url) => url !== '/404.html');

describe('every built page', () => {
  it('has the right <html lang> for its language', () => {
    for (const url of pages()) {
      const lang = page(url)('html').attr('lang');
      expect(lang, url).toBe(langTag(localeOfPath(url)));
    }
  });

  it('has a canonical URL, hreflang alternates that point at each other, and Open Graph tags', () => {
    for (const url of translatable()) {
      const $ = page(url);
      const canonical = new URL($('link[rel=canonical]').attr('href')!);
      expect(canonical.pathname, url).toBe(url);
      const links = Object.fromEntries(
        $('link[rel=alternate][hreflang]')
          .toArray()
          .map((link) => [link.attribs.hreflang, new URL(link.attribs.href!).pathname]),
      );
      const neutral = neutralPath(url);
      // One link per language, plus x-default for the default language.
      expect(links, url).toEqual({
        ...Object.fromEntries(alternates(neutral).map((version) => [version.tag, version.path])),
        'x-default': localePath(DEFAULT_LOCALE, neutral),
      });
      for (const version of alternates(neutral)) {
        expect(fileOf(version.path), `${url} → ${version.path}`).toBeDefined();
        // Each version's alternates point back here.
        const back = page(version.path)(`link[rel=alternate][hreflang="${langTag(localeOfPath(url))}"]`).attr('href');
        expect(new URL(back!).pathname).toBe(url);
      }
      expect(
        fileOf(new URL($('meta[property="og:image"]').attr('content')!).pathname),
        `${url} og:image`,
      ).toBeDefined();
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        expect($(`meta[property="${property}"]`).attr('content'), `${url} ${property}`).toBeTruthy();
      }
    }
  });

  it('has a language switch that lands on the same page in each other language', () => {
    for (const url of translatable()) {
      const $ = page(url);
      const hrefs = $('.lang-switch a')
        .toArray()
        .map((link) => link.attribs.href);
      const expected = alternates(neutralPath(url))
        .filter((version) => version.path !== url)
        .map((version) => version.path);
      expect(hrefs, url).toEqual(expected);
    }
  });

  it('has a Content Security Policy that allows no inline or third-party script, as _headers does', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    for (const url of pages()) {
      const headers = headersFor(rules, url);
      for (const name of ['x-content-type-options', 'referrer-policy', 'permissions-policy'])
        expect(headers.get(name), `${url} ${name}`).toBeTruthy();
      const policy = page(url)('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
      expect(policy, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      expect(policy, url).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
      // The header is the page's policy plus what only a header can say: who may frame it.
      const framing = isEmbedPath(url) ? '*' : "'none'";
      expect(headers.get('content-security-policy'), url).toBe(`${policy}; frame-ancestors ${framing}`);
      expect(page(url)('script:not([src]):not([type="application/ld+json"])').length, url).toBe(0);
    }
  });

  it('has a skip link to the main content and exactly one h1', () => {
    for (const url of sitePages()) {
      const $ = page(url);
      expect($('a.skip-link').attr('href'), url).toBe('#main');
      expect($('#main').length, url).toBe(1);
      expect($('h1').length, url).toBe(1);
    }
  });
});

describe('stories', () => {
  const catalog = publishedCatalog();

  it('every published story has a page in every language, with title, summary and sources', () => {
    expect(catalog.stories.length).toBeGreaterThan(0);
    for (const story of catalog.stories) {
      const url = localePath(story.locale, routes.story(story.slug));
      expect(fileOf(url), url).toBeDefined();
      const $ = page(url);
      expect($('article[data-pagefind-body] h1').text().trim(), url).toBe(story.title);
      expect($('.lead').first().text().trim(), url).toBe(story.summary);
      for (const source of story.sources) expect($(`#source-${source.id}`).length, `${url} ${source.id}`).toBe(1);
    }
  });

  it('shows every figure of its data with its qualifier, in the page language', () => {
    for (const story of catalog.stories) {
      const url = localePath(story.locale, routes.story(story.slug));
      const $ = page(url);
      for (const figure of story.figures) {
        const row = $(`#figure-${figure.id} td.num`);
        expect(row.text().trim(), `${url} ${figure.id}`).toBe(figureText(figure, story.locale));
        if (figure.tableOnly) continue;
        const inText = $(`.prose [data-figure="${figure.id}"]`).first().text().trim();
        expect(inText, `${url} ${figure.id} in the text`).toBe(figureText(figure, story.locale));
      }
    }
  });

  it('shows at least one chart on every story page, drawn in the HTML (no JavaScript needed)', () => {
    for (const story of catalog.stories) {
      const $ = page(localePath(story.locale, routes.story(story.slug)));
      const charts = $('article svg[role="img"]').toArray();
      expect(charts.length, story.slug).toBeGreaterThan(0);
      for (const chart of charts) {
        expect($(chart).find('title').text().trim(), story.slug).not.toBe('');
        expect($(chart).find('desc').text().trim(), story.slug).not.toBe('');
      }
    }
  });

  it('gives a long story a contents list of its sections, and a short one none', () => {
    for (const story of catalog.stories) {
      const $ = page(localePath(story.locale, routes.story(story.slug)));
      const sections = $('.prose h2[id]')
        .toArray()
        .map((heading) => `#${heading.attribs.id}`);
      const links = $('nav.toc a')
        .toArray()
        .map((link) => link.attribs.href);
      expect(links, story.slug).toEqual(sections.length >= 3 ? sections : []);
    }
  });

  it('marks each facet as a search filter with its value ids', () => {
    for (const story of catalog.stories) {
      const $ = page(localePath(story.locale, routes.story(story.slug)));
      for (const facet of FACETS) {
        const values = $(`[data-pagefind-filter="${facet.key}"]`)
          .toArray()
          .map((element) => $(element).text().trim());
        expect(values, `${story.slug} ${facet.key}`).toEqual(facet.of(story));
      }
      // Filters are ids, kept out of the indexed text.
      expect($('[data-pagefind-filter]').closest('[data-pagefind-ignore]').length).toBe(1);
      expect($('.related[data-pagefind-ignore]').length).toBeLessThanOrEqual(1);
    }
  });

  it('shows the related stories the catalog ranks, and an updates-and-corrections list', () => {
    for (const story of catalog.stories) {
      const url = localePath(story.locale, routes.story(story.slug));
      const $ = page(url);
      const shown = $('.related .card h3 a')
        .toArray()
        .map((link) => link.attribs.href);
      const expected = relatedStories(story, catalog.stories).map((other) =>
        localePath(other.locale, routes.story(other.slug)),
      );
      expect(shown, url).toEqual(expected);
      expect($('#corrections').next().text().trim().length, url).toBeGreaterThan(0);
    }
  });
});

describe('navigation', () => {
  it('reaches every page from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length) {
      const url = queue.shift()!;
      const $ = page(url);
      for (const element of $('a[href]').toArray()) {
        const href = new URL(element.attribs.href!, `http://site${url}`);
        if (href.host !== 'site') continue;
        const target = fileOf(href.pathname) ? urlOf(fileOf(href.pathname)!) : undefined;
        if (!target || !target.endsWith('/') || depth.has(target)) continue;
        depth.set(target, depth.get(url)! + 1);
        queue.push(target);
      }
    }
    for (const url of translatable()) {
      expect(depth.get(url), `${url} is not reachable from /`).toBeDefined();
      expect(depth.get(url)!, url).toBeLessThanOrEqual(3);
    }
  });

  it('the home pages show the headline figure, the themes and the latest stories', () => {
    const catalog = publishedCatalog();
    for (const version of alternates('/')) {
      const $ = page(version.path);
      const top = headline(storiesIn(catalog, version.locale));
      if (top) expect($('.headline-figure').text(), version.path).toBe(figureText(top.figure, version.locale));
      expect($('.theme-grid > li').length, version.path).toBe(catalog.themes.length);
      expect($('#latest + .cards .card').length, version.path).toBeGreaterThan(0);
      // No story is listed twice.
      const stories = $('main a[href*="/stories/"]:not(.headline-link)')
        .toArray()
        .map((link) => link.attribs.href!)
        .filter((href) => /\/stories\/[^/]+\/$/.test(href));
      expect(stories.length, version.path).toBe(new Set(stories).size);
    }
    // The latest stories are the same ones, in the same order, in every language.
    const latest = (path: string) =>
      page(path)('#latest + .cards .card')
        .toArray()
        .map((card) => card.attribs['data-slug']);
    for (const version of alternates('/')) expect(latest(version.path)).toEqual(latest('/'));
  });
});
