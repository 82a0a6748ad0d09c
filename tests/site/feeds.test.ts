import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { storiesIn } from '../../src/lib/catalog';
import { langTag, LOCALES, localePath } from '../../src/lib/locale';
import { routes } from '../../src/lib/paths';
import { publishedCatalog } from '../../harness/catalog';
import { DIST, fileOf, requireDist } from '../../harness/dist';

beforeAll(requireDist);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'xhtml:link', 'category', 'sitemap'].includes(name),
});
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe.each([
  ...LOCALES.map((locale) => [localePath(locale, routes.rss()), langTag(locale).toLowerCase(), locale] as const),
])('RSS feed %s', (path, language, locale) => {
  it('is well-formed RSS 2.0 with the required channel and item elements', () => {
    const xml = read(path);
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const { rss } = parser.parse(xml);
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) expect(channel[field], field).toBeTruthy();
    expect(channel.language).toBe(language);
    const items = [channel.item].flat();
    // Every published story of the language, newest first, as the catalog orders them.
    expect(items.map((item: { link: string }) => new URL(item.link).pathname)).toEqual(
      storiesIn(publishedCatalog(), locale).map((story) => localePath(locale, routes.story(story.slug))),
    );
    const prefix = localePath(locale, routes.stories());
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.pubDate).toMatch(RFC_822);
      const link = new URL(item.link);
      expect(link.pathname.startsWith(prefix)).toBe(true);
      expect(fileOf(link.pathname), item.link).toBeDefined();
      expect(item.guid['#text']).toBe(item.link);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page with its hreflang alternates', () => {
    const index = parser.parse(read('/sitemap-index.xml'));
    const sitemaps: { loc: string }[] = index.sitemapindex.sitemap;
    const urls = sitemaps.flatMap(
      ({ loc }) =>
        parser.parse(read(new URL(loc).pathname)).urlset.url as {
          loc: string;
          'xhtml:link': { '@hreflang': string; '@href': string }[];
        }[],
    );
    const paths = urls.map((url) => new URL(url.loc).pathname);
    for (const story of publishedCatalog().stories) {
      expect(paths).toContain(localePath(story.locale, routes.story(story.slug)));
    }
    expect(paths).not.toContain('/404/');
    for (const url of urls) {
      const langs = url['xhtml:link'].map((link) => link['@hreflang']).sort();
      expect(langs, url.loc).toEqual(LOCALES.map(langTag).sort());
      for (const link of url['xhtml:link'])
        expect(fileOf(new URL(link['@href']).pathname), link['@href']).toBeDefined();
    }
  });

  it('robots.txt points at the sitemap', () => {
    expect(read('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});
