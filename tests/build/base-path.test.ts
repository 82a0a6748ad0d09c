/**
 * The site served under a sub-path (SITE_URL=https://example.org/casebook/): every link, asset,
 * feed, sitemap entry and search result carries the base, and a crawl finds nothing broken.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../harness/browser';
import { testBrowser } from '../../harness/site-browser';
import { publishedCatalog } from '../../harness/catalog';
import { copyProject } from '../../harness/project';
import { headersFor, parseHeadersFile } from '../../src/lib/security';
import { SEARCH_WORDS } from '../../harness/search-words';

const SITE = 'https://example.org/casebook/';
/** Any published story: the checks do not depend on which. */
const slug = publishedCatalog().stories[0]!.slug;
/** Any story with a chart, and the chart. */
const charted = publishedCatalog().stories.find((story) => story.data.charts.length > 0)!;
let project: string;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  project = copyProject('casebook-base-');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: SITE },
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  server = await serve(join(project, 'dist'), '/casebook');
}, 240_000);
afterAll(async () => {
  await server?.close();
  rmSync(project, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(project, 'dist', path), 'utf8');

describe('a site served under /casebook/', () => {
  it('puts the base in canonical URLs, hreflang, feeds, the sitemap and robots.txt', () => {
    const story = read(`en/stories/${slug}/index.html`);
    expect(story).toContain(`<link rel="canonical" href="https://example.org/casebook/en/stories/${slug}/">`);
    expect(story).toContain(`hreflang="zh-CN" href="https://example.org/casebook/stories/${slug}/"`);
    expect(read('en/rss.xml')).toContain('<link>https://example.org/casebook/en/stories/');
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.org/casebook/en/stories/');
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/casebook/sitemap-index.xml');
    // No site-absolute link or asset leaves the base.
    expect(story.match(/(?:href|src|action)="\/(?!casebook\/)[^"]*"/g) ?? []).toEqual([]);
  });

  it('puts the base in _headers and chart images: an embed page may be framed, a story may not', () => {
    const rules = parseHeadersFile(read('_headers'));
    expect(rules.every((rule) => rule.path.startsWith('/casebook/'))).toBe(true);
    const chart = charted.data.charts[0]!.id;
    const policy = (path: string) => headersFor(rules, path).get('content-security-policy');
    expect(policy(`/casebook/en/embed/${charted.slug}/${chart}/`)).toMatch(/frame-ancestors \*$/);
    expect(policy(`/casebook/en/stories/${charted.slug}/`)).toMatch(/frame-ancestors 'none'$/);
    expect(read('sitemap-0.xml')).not.toContain('/embed/');
    const image = read(`en/stories/${charted.slug}/charts/${chart}.svg`);
    expect(image).toContain(`https://example.org/casebook/en/stories/`);
    expect(read(`en/embed/${charted.slug}/${chart}/index.html`)).toContain(
      `href="/casebook/en/stories/${charted.slug}/"`,
    );
  });

  it('has no broken link, asset or fragment when crawled from its base', async () => {
    const result = await new LinkChecker().check({
      path: `${server.url}/casebook/`,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      linksToSkip: async (link) => !link.startsWith(server.url),
      concurrency: 8,
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? ''} ${link.url} (on ${link.parent ?? '?'})`);
    expect(broken).toEqual([]);
    // The crawl reached every page of the site, through links that all carry the base.
    const reached = new Set(
      result.links
        .filter((link) => link.state === LinkState.OK)
        .map((link) => link.url.slice(server.url.length).replace(/[?#].*$/, '')),
    );
    const pages = readdirSync(join(project, 'dist'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/casebook/${file.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((path) => !reached.has(path))).toEqual([]);
  }, 120_000);

  it('finds stories with search, in both languages, and its results link under the base', async () => {
    const browser = await testBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      const { word, slug: found } = SEARCH_WORDS.en[0]!;
      await page.goto(`${server.url}/casebook/en/search/?q=${encodeURIComponent(word)}`);
      const first = page.locator('#search-results a[data-result-link]').first();
      await first.waitFor();
      const links = await page
        .locator('#search-results a[data-result-link]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links.every((href) => href?.startsWith('/casebook/en/stories/'))).toBe(true);
      expect(links).toContain(`/casebook/en/stories/${found}/`);
      // The same words on the Chinese page: the English index, merged from under the base, answers.
      await page.goto(`${server.url}/casebook/search/?q=${encodeURIComponent(word)}`);
      const other = page.locator('[data-search-other-results] li', {
        has: page.locator(`a[data-result-link][href="/casebook/en/stories/${found}/"]`),
      });
      await other.waitFor();
      expect(await other.locator('.search-result-here a').getAttribute('href')).toBe(`/casebook/stories/${found}/`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
