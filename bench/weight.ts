/**
 * Page weight per page type, as Chromium loads each page from the built site: the HTML and
 * everything the page fetches (CSS, JavaScript, icons, images), counted as gzip bytes on the wire.
 * Story pages are all measured and the heaviest is reported, since the budget holds for each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { LOCALES, localePath } from '../src/lib/locale';

/** One page type's weight, in bytes, gzip. */
export interface PageWeight {
  type: string;
  locale: string;
  /** The page measured (for stories: the heaviest). */
  path: string;
  html: number;
  javascript: number;
  total: number;
  requests: number;
}

/** Bytes on the wire: gzip level 9, or the file as it is when it is compressed already. */
export function wireBytes(dist: string, urlPath: string): number {
  const file = join(dist, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  const raw = readFileSync(file);
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

/** Loads one page and adds up what it fetched. */
async function weigh(browser: Browser, dist: string, base: string, path: string) {
  const page = await browser.newPage();
  const fetched = new Map<string, number>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === new URL(base).origin) fetched.set(url.pathname, wireBytes(dist, url.pathname));
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.close();
  const html = fetched.get(path) ?? 0;
  const javascript = [...fetched].filter(([name]) => /\.m?js$/.test(name)).reduce((sum, [, size]) => sum + size, 0);
  const total = [...fetched.values()].reduce((sum, size) => sum + size, 0);
  return { html, javascript, total, requests: fetched.size };
}

/** The site's page types and a page of each; `*` marks a type whose every page is measured. */
function pageTypes(dist: string): { type: string; neutral: string | string[] }[] {
  const stories = readdirSync(join(dist, 'stories')).filter((name) =>
    existsSync(join(dist, 'stories', name, 'index.html')),
  );
  const first = (folder: string) =>
    readdirSync(join(dist, folder)).find((name) => existsSync(join(dist, folder, name, 'index.html')))!;
  return [
    { type: 'home', neutral: '/' },
    { type: 'story (heaviest)', neutral: stories.map((slug) => `/stories/${slug}/`) },
    { type: 'stories list', neutral: '/stories/' },
    { type: 'places (map)', neutral: '/places/' },
    { type: 'a place', neutral: `/places/${first('places')}/` },
    { type: 'a tag', neutral: `/tags/${first('tags')}/` },
    { type: 'figures', neutral: '/figures/' },
    { type: 'search', neutral: '/search/' },
    { type: 'about', neutral: '/about/' },
  ];
}

/** Weighs every page type in every language of the site built in `dist`, served at `base`. */
export async function measureWeights(browser: Browser, dist: string, base: string): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const locale of LOCALES) {
    for (const { type, neutral } of pageTypes(dist)) {
      let heaviest: PageWeight | undefined;
      for (const one of Array.isArray(neutral) ? neutral : [neutral]) {
        const path = localePath(locale, one);
        const weight = { type, locale, path, ...(await weigh(browser, dist, base, path)) };
        if (!heaviest || weight.total > heaviest.total) heaviest = weight;
      }
      results.push(heaviest!);
    }
  }
  return results;
}
