import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, serve } from '../../scripts/support/browser';
import { storiesIn } from '../../src/lib/catalog';
import { localePath } from '../../src/lib/locale';
import { routes } from '../../src/lib/paths';
import { publishedCatalog } from '../support/catalog';
import { DIST, page as built } from '../support/dist';
import { siteInBrowser } from '../support/site-browser';
import { SEARCH_WORDS } from '../support/search-words';

const catalog = publishedCatalog();
const story = storiesIn(catalog, 'en')[0]!;
/** The published stories with a theme and all of the places given, by slug. */
const matching = (theme: string | undefined, places: string[]) =>
  new Set(
    storiesIn(catalog, 'en')
      .filter((other) => (!theme || other.data.theme === theme) && places.every((id) => other.data.places.includes(id)))
      .map((other) => other.slug),
  );

const site = siteInBrowser();

function open(path: string, options: Parameters<Browser['newContext']>[0] = {}, base = site.url) {
  return openPage(site.browser, base + path, options);
}

/** Types a query the way an input method commits it, and waits for its results. */
async function search(page: Page, words: string): Promise<string[]> {
  await page.locator('#search-box').fill(words);
  await page.locator(`#search-results[data-query="${words}"]`).waitFor({ state: 'attached' });
  return resultSlugs(page);
}

const resultSlugs = (page: Page) =>
  page
    .locator('#search-results a[data-result-link]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!));
const status = (page: Page) => page.locator('#search-status').innerText();

describe('the index', () => {
  it('is built with the site: one index per language, every story in it, titles and filters by id', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const stories = storiesIn(catalog, 'en').length;
    expect(entry.version).toBe('1.6.0');
    expect(entry.languages['zh-cn'].page_count).toBe(stories);
    expect(entry.languages.en.page_count).toBe(stories);
    const $ = built(localePath('en', routes.story(story.slug)));
    expect($('time[data-pagefind-sort="date[datetime]"]').attr('datetime')).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect($('[data-pagefind-meta^="figure"]').text()).not.toBe('');
    expect($('.site-header[data-pagefind-ignore], .site-footer[data-pagefind-ignore]').length).toBe(2);
  });
});

describe('search finds the right story', () => {
  it.each([
    ['zh', '/search/'],
    ['en', '/en/search/'],
  ] as const)('%s: ordinary words put the story among the first three results', async (locale, path) => {
    const { page, context, errors } = await open(path);
    const misses: string[] = [];
    for (const { word, slug } of SEARCH_WORDS[locale]) {
      const slugs = await search(page, word);
      if (!slugs.slice(0, 3).includes(slug)) misses.push(`${word} → ${slugs.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when nothing matches and offers the browse pages', async () => {
    const { page, context } = await open('/en/search/?q=zeppelin');
    await page.locator('[data-search-empty]').waitFor();
    expect(await page.locator('[data-search-empty] a[href="/en/stories/"]').count()).toBe(1);
    expect(await page.locator('[data-search-empty] a[href^="/en/themes/"]').count()).toBe(catalog.themes.length);
    await context.close();
  });
});

describe('facets', () => {
  it('narrow the results with counts, OR within a facet, and keep the other values’ counts', async () => {
    const { page, context, errors } = await open('/search/');
    const all = await search(page, '贵阳');
    expect(all.length).toBeGreaterThan(2);
    // Two places among the results, chosen from the catalog: the first result's, and another's.
    const placeOf = (slug: string) => catalog.stories.find((other) => other.slug === slug)!.data.places;
    const first = placeOf(all[0]!)[0]!;
    const second = all
      .filter((slug) => !placeOf(slug).includes(first))
      .flatMap(placeOf)
      .find((id) => id !== first);
    expect(second, `a second place among ${all.join(', ')}`).toBeDefined();
    const count = (value: string) => page.locator(`input[value="${value}"] ~ [data-facet-count]`).innerText();
    expect(await count(first)).toMatch(/[1-9]/);
    await page.locator(`input[name="place"][value="${first}"]`).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('place')).toEqual([first]);
    await expect
      .poll(async () => (await resultSlugs(page)).every((slug) => matching(undefined, [first]).has(slug)))
      .toBe(true);
    const narrowed = await resultSlugs(page);
    expect(narrowed).toContain(all[0]);
    // Another place still shows what it would add, and choosing it too widens the results (OR).
    expect(await count(second!)).toMatch(/[1-9]/);
    await page.locator(`input[name="place"][value="${second!}"]`).check();
    await expect
      .poll(async () => (await resultSlugs(page)).some((slug) => !matching(undefined, [first]).has(slug)))
      .toBe(true);
    expect(await status(page)).toMatch(/找到\d+个案例/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restore query and filters from a shared URL; back and forward walk through the searches', async () => {
    const theme = story.data.theme;
    const place = story.data.places[0]!;
    const { page, context } = await open(`/en/search/?q=guiyang&theme=${theme}&place=${place}`);
    await page.locator('#search-results[data-query="guiyang"]').waitFor({ state: 'attached' });
    expect(await page.locator('#search-box').inputValue()).toBe('guiyang');
    expect(await page.locator(`input[name="theme"][value="${theme}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[name="place"][value="${place}"]`).isChecked()).toBe(true);
    const narrow = await resultSlugs(page);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.filter((slug) => !matching(theme, [place]).has(slug))).toEqual([]);
    await page.locator(`input[name="place"][value="${place}"]`).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('place')).toEqual([]);
    // The results follow the URL once the new search has run: the theme alone, without the place.
    await expect.poll(async () => (await resultSlugs(page)).join()).not.toBe(narrow.join());
    const wider = await resultSlugs(page);
    expect(wider.filter((slug) => !matching(theme, []).has(slug))).toEqual([]);
    await page.goBack();
    await expect.poll(() => resultSlugs(page)).toEqual(narrow);
    expect(await page.locator(`input[name="place"][value="${place}"]`).isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => resultSlugs(page)).toEqual(wider);
    await context.close();
  });
});

describe('keyboard and loading', () => {
  it('/ from a story, typing, Enter, arrows to a result, Enter opens it', async () => {
    const { page, context, errors, requests } = await open(localePath('zh', routes.story(story.slug)));
    const word = SEARCH_WORDS.zh[0]!.word;
    await page.locator('main').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-entry-box');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator(`#search-results[data-query="${word}"]`).waitFor({ state: 'attached' });
    const firstResult = await page.locator('#search-results a[data-result-link]').first().getAttribute('href');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-box');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(firstResult);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === firstResult);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages other than the search page load nothing for search, and the search page waits to be asked', async () => {
    const story = await open(localePath('en', routes.story(storiesIn(catalog, 'en')[0]!.slug)));
    await story.page.locator('#search-entry-box').focus();
    await story.page.waitForLoadState('networkidle');
    expect(story.requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await story.context.close();
    const blank = await open('/en/search/');
    await blank.page.waitForLoadState('networkidle');
    expect(blank.requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await blank.page.locator('#search-box').focus();
    await blank.page.waitForLoadState('networkidle');
    expect(blank.requests).toContain('/pagefind/pagefind.js');
    expect(blank.requests.some((path) => path.endsWith('.pf_fragment'))).toBe(false);
    expect(blank.requests).not.toContain('/pagefind/pagefind-worker.js');
    await blank.context.close();
  });

  it('without JavaScript, says search needs it and links to the browse pages', async () => {
    const { page, context } = await open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('[data-search-nojs]').innerText()).toContain('JavaScript');
    expect(await page.locator('[data-search-nojs] a[href="/stories/"]').isVisible()).toBe(true);
    expect(await page.locator('#search-box').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the search page’s design', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each([1280, 320])(
      `with results at %i px has zero axe violations and fits the screen (${scheme})`,
      async (width) => {
        const { page, context, errors } = await open('/en/search/?q=tourism&theme=development', {
          viewport: { width, height: 800 },
          colorScheme: scheme,
        });
        await page.locator('#search-results[data-query="tourism"]').waitFor({ state: 'attached' });
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter((element) => !element.closest('.skip-link'))
            .map((element) => element.tagName),
        );
        expect(overflow).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      },
    );
  }
});

describe('results are text', () => {
  it('a title or summary holding HTML shows as text: no element is made from it and no script runs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casebook-search-'));
    try {
      // The built search page and its assets, without the CSP so that injected markup would run.
      mkdirSync(join(root, 'search'));
      const html = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
      writeFileSync(
        join(root, 'search', 'index.html'),
        html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      );
      cpSync(join(DIST, '_astro'), join(root, '_astro'), { recursive: true });
      cpSync(join(DIST, 'favicon.svg'), join(root, 'favicon.svg'));
      const evil = (n: number) => `&lt;img src=x onerror="window.__pwned=${n}"&gt;`;
      mkdirSync(join(root, 'stories', 'evil'), { recursive: true });
      writeFileSync(
        join(root, 'stories', 'evil', 'index.html'),
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>
        <article data-pagefind-body><h1 data-pagefind-meta="title">草莓 ${evil(1)}</h1>
        <p data-pagefind-meta="summary">${evil(2)}&lt;script&gt;window.__pwned=3&lt;/script&gt;</p>
        <p>草莓 ${evil(4)} 草莓</p><span hidden data-pagefind-filter="theme">livelihood</span></article></body></html>`,
      );
      const indexed = spawnSync(join('node_modules', '.bin', 'pagefind'), ['--site', root, '--silent']);
      expect(indexed.status, indexed.stderr.toString()).toBe(0);
      const fixture = await serve(root);
      try {
        const { page, context, errors } = await open('/search/?q=草莓', {}, fixture.url);
        await page.locator('#search-results[data-query="草莓"]').waitFor({ state: 'attached' });
        const result = page.locator('#search-results li').first();
        expect(await result.locator('h3').innerText()).toBe('草莓 <img src=x onerror="window.__pwned=1">');
        expect(await result.innerText()).toContain('<script>window.__pwned=3</script>');
        expect(await result.locator('mark').first().innerText()).toBe('草莓');
        expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(errors).toEqual([]);
        await context.close();
      } finally {
        await fixture.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
