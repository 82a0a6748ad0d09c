import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolationsInBothSchemes } from '../../harness/axe';
import { openPage, serve } from '../../harness/browser';
import { ui } from '../../src/i18n/ui';
import { storiesIn } from '../../src/lib/catalog';
import { FACETS, facetCounts } from '../../src/lib/facets';
import { formatDate, formatPeriod } from '../../src/lib/format';
import { langTag, localeOfPath, LOCALES, localePath, type Locale } from '../../src/lib/locale';
import { routes } from '../../src/lib/paths';
import { FEW_RESULTS, otherLocales, pagefindLanguage } from '../../src/lib/search-languages';
import { publishedCatalog } from '../../harness/catalog';
import { DIST, page as built } from '../../harness/dist';
import { siteInBrowser } from '../../harness/site-browser';
import { SEARCH_WORDS } from '../../harness/search-words';

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

/** Slugs of the results shown, in the page's language first, then in the others'. */
const resultSlugs = (page: Page) =>
  page
    .locator('[data-search-layout] a[data-result-link]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!));
const status = (page: Page) => page.locator('#search-status').innerText();

/** What each result shows a reader: where it links, its language, its mark and meta line, excerpt and links. */
const results = (page: Page) =>
  page.locator('[data-search-layout] li.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a[data-result-link]')!.getAttribute('href')!,
      lang: item.getAttribute('lang'),
      mark: item.querySelector('.search-result-language')?.textContent ?? null,
      meta: item.querySelector('.search-result-meta')?.textContent ?? '',
      // Pagefind keeps the zero-width spaces it put between Chinese words in excerpts.
      excerpt: (item.querySelector('.search-result-excerpt')?.textContent ?? '').replace(/\u200B/g, ''),
      here: item.querySelector('.search-result-here a')?.getAttribute('href') ?? null,
    })),
  );

/** Requests for another language's index (its metadata, words, filters or fragments) on a page of `locale`. */
const otherIndex = (requests: string[], locale: Locale) =>
  requests.filter((path) =>
    otherLocales(locale).some((other) =>
      new RegExp(`^/pagefind/(?:pagefind\\.|index/|filter/|fragment/)${pagefindLanguage(other)}_`).test(path),
    ),
  );
/** Holds every request matching `pattern` for 3 s before letting it through; says how many were held and whether any has gone. */
async function holdResponses(page: Page, pattern: RegExp): Promise<{ held: number; released: boolean }> {
  const hold = { held: 0, released: false };
  await page.route(pattern, async (route) => {
    hold.held++;
    await new Promise((done) => setTimeout(done, 3000));
    hold.released = true;
    await route.continue();
  });
  return hold;
}

/** The text the index holds of a page (`/stories/…/`), the zero-width spaces between Chinese words taken out. */
const indexedText = (() => {
  let texts: Map<string, string> | undefined;
  return (path: string) => {
    texts ??= new Map(
      readdirSync(join(DIST, 'pagefind', 'fragment')).map((name) => {
        const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', name))).toString('utf8');
        const fragment = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as { url: string; content: string };
        return [fragment.url, fragment.content.replace(/\u200B/g, '')];
      }),
    );
    return texts.get(path) ?? '';
  };
})();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

  it('keeps the page’s parts apart in the text it holds: a chart’s title from its period, and no column names', () => {
    let periods = 0;
    for (const locale of LOCALES) {
      const t = ui(locale);
      for (const one of storiesIn(catalog, locale)) {
        const path = localePath(locale, routes.story(one.slug));
        const text = indexedText(path);
        expect(text, path).toContain(one.title);
        // "…by minors and by adults November 2023 – January 2024…", not "…by adultsNovember 2023…".
        const $ = built(path);
        $('figure.chart > figcaption').each((_, caption) => {
          const period = $(caption).find('.chart-period').text().trim();
          if (!period) return;
          const title = $(caption).clone().children('.chart-period').remove().end().text().trim();
          expect(text, path).toMatch(new RegExp(`${escape(title)}[\\s.。]+${escape(period)}`));
          periods++;
        });
        expect(text, path).not.toContain(`${t.figureColumn}${t.valueColumn}`);
      }
    }
    expect(periods, 'charts with a period').toBeGreaterThan(0);
  });
});

describe('search finds the right story', () => {
  it.each([
    ['zh', '/search/'],
    ['en', '/en/search/'],
  ] as const)('%s: ordinary words put the story among the first three results', async (locale, path) => {
    const { page, errors, done } = await site.view(path);
    const misses: string[] = [];
    for (const { word, slug } of SEARCH_WORDS[locale]) {
      const slugs = await search(page, word);
      if (!slugs.slice(0, 3).includes(slug)) misses.push(`${word} → ${slugs.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await done();
  });

  it('says when nothing matches and offers the browse pages', async () => {
    const { page, done } = await site.view('/en/search/?q=zeppelin');
    await page.locator('[data-search-empty]').waitFor();
    expect(await page.locator('[data-search-empty] a[href="/en/stories/"]').count()).toBe(1);
    expect(await page.locator('[data-search-empty] a[href^="/en/themes/"]').count()).toBe(catalog.themes.length);
    await done();
  });
});

describe('search across languages', () => {
  it.each(LOCALES)(
    'on the %s page, words of the other language find their story among the first three, marked and linked to both pages',
    async (locale) => {
      const t = ui(locale);
      const { page, errors, done } = await site.view(localePath(locale, routes.search()));
      const misses: string[] = [];
      let marked = 0;
      let words = 0;
      for (const other of otherLocales(locale)) {
        for (const { word, slug } of SEARCH_WORDS[other]) {
          words++;
          await search(page, word);
          const shown = (await results(page)).slice(0, 3);
          const there = localePath(other, routes.story(slug));
          const here = localePath(locale, routes.story(slug));
          const found = shown.find((result) => result.href === there || result.href === here);
          if (!found) {
            misses.push(`${word} → ${shown.map((result) => result.href).join(', ') || 'nothing'}`);
          } else if (found.href === here) {
            // The story in the page's language has the word too (a name in brackets): an ordinary result.
            expect(found, word).toMatchObject({ lang: null, mark: null, here: null });
          } else {
            marked++;
            expect(found, word).toMatchObject({
              lang: langTag(other),
              mark: t.searchOtherMark.replace('{language}', t.languageNames[other]),
              here,
            });
          }
        }
      }
      expect(misses).toEqual([]);
      // Nearly every word is in the other language alone: its index answered them.
      expect(marked).toBeGreaterThan(words / 2);
      expect(errors).toEqual([]);
      await done();
    },
  );

  it.each(LOCALES)(
    'on the %s page, words with enough results of its own fetch nothing of the other language; words without do',
    async (locale) => {
      // A theme's name is in the facts of every story of that theme: the biggest theme has enough stories.
      const theme = facetCounts(
        FACETS.find((facet) => facet.key === 'theme')!,
        catalog,
        storiesIn(catalog, locale),
      ).sort((a, b) => b.count - a.count)[0]!;
      expect(theme.count).toBeGreaterThanOrEqual(FEW_RESULTS);
      const words = theme.value.names[locale];
      const { page, context, requests } = await open(
        `${localePath(locale, routes.search())}?q=${encodeURIComponent(words)}`,
      );
      await page.locator(`#search-results[data-query="${words}"]`).waitFor({ state: 'attached' });
      expect((await resultSlugs(page)).length).toBeGreaterThanOrEqual(FEW_RESULTS);
      await page.waitForLoadState('networkidle');
      expect(otherIndex(requests, locale)).toEqual([]);
      expect(await page.locator('[data-search-other]').isVisible()).toBe(false);
      const own = await resultSlugs(page);
      await search(page, SEARCH_WORDS[otherLocales(locale)[0]!][0]!.word);
      expect(otherIndex(requests, locale)).not.toEqual([]);
      expect(await page.locator('[data-search-other]').isVisible()).toBe(true);
      // With the other languages' indexes loaded, the page's own results are still its language's alone.
      await search(page, words);
      expect(await resultSlugs(page)).toEqual(own);
      const links = await page
        .locator('#search-results a[data-result-link]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      expect(links.filter((href) => localeOfPath(href) !== locale)).toEqual([]);
      expect(await page.locator('[data-search-other]').isVisible()).toBe(false);
      await context.close();
    },
  );
});

describe('words in the other language’s script', () => {
  it.concurrent.each(LOCALES)(
    'on the %s page, load the other language’s index at once, without waiting for the page’s own search',
    async (locale) => {
      const { page, context, errors } = await open(localePath(locale, routes.search()));
      await page.waitForLoadState('networkidle');
      // The page's own search cannot end while its index is held back: what the other language
      // fetches meanwhile was asked for without waiting for it.
      const own = new RegExp(`/pagefind/index/${pagefindLanguage(locale)}_`);
      const hold = await holdResponses(page, own);
      const fetchedMeanwhile: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (!hold.released && otherIndex([path], locale).length) fetchedMeanwhile.push(path);
      });
      const { word, slug } = SEARCH_WORDS[otherLocales(locale)[0]!][0]!;
      await search(page, word);
      expect(hold.held).toBeGreaterThan(0);
      expect(fetchedMeanwhile.some((path) => path.includes('/index/'))).toBe(true);
      const hrefs = (await results(page)).map((result) => result.href);
      expect(hrefs.some((href) => href.endsWith(`/${slug}/`))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('a search page opened with words in the other language’s script (as from the header’s form)', () => {
  it.concurrent.each(LOCALES)(
    'on the %s page, the other language’s metadata loads beside the page’s own files, before Pagefind has started',
    async (locale) => {
      const { word, slug } = SEARCH_WORDS[otherLocales(locale)[0]!][0]!;
      const { page, context, errors } = await openPage(site.browser, 'about:blank');
      // Pagefind's script is held back: nothing it asks for can be asked for meanwhile.
      const hold = await holdResponses(page, /\/pagefind\/pagefind\.js$/);
      const meanwhile: string[] = [];
      page.on('request', (request) => {
        if (!hold.released) meanwhile.push(new URL(request.url()).pathname);
      });
      await page.goto(`${site.url}${localePath(locale, routes.search())}?q=${encodeURIComponent(word)}`);
      await page.locator(`a[data-result-link][href$="/${slug}/"]`).first().waitFor({ timeout: 10_000 });
      expect(hold.held).toBeGreaterThan(0);
      const others = otherIndex(meanwhile, locale);
      expect(others.length).toBe(1);
      expect(others[0]).toMatch(/\.pf_meta$/);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('without the browser’s DecompressionStream', () => {
  it.concurrent.each(LOCALES)(
    'on the %s page, Pagefind inflates its files itself and finds the story',
    async (locale) => {
      const { word, slug } = SEARCH_WORDS[locale][0]!;
      const { page, context, errors } = await openPage(site.browser, 'about:blank');
      await page.addInitScript(() => delete (window as { DecompressionStream?: unknown }).DecompressionStream);
      await page.goto(site.url + localePath(locale, routes.search()));
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => 'DecompressionStream' in window)).toBe(false);
      expect(await search(page, word)).toContain(slug);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('results before their fragments', () => {
  it.concurrent.each(LOCALES)(
    'on the %s page, a result shows its title and link while its fragment is still on its way',
    async (locale) => {
      const { page, context, errors } = await open(localePath(locale, routes.search()));
      await page.waitForLoadState('networkidle');
      const hold = await holdResponses(page, /\.pf_fragment$/);
      const { word, slug } = SEARCH_WORDS[locale][0]!;
      const story = catalog.stories.find((one) => one.slug === slug && one.locale === locale)!;
      await page.locator('#search-box').fill(word);
      const link = page.locator(`a[data-result-link][href="${localePath(locale, routes.story(slug))}"]`);
      await link.waitFor({ timeout: 2500 });
      expect(hold.released).toBe(false);
      expect(await link.innerText()).toBe(story.title);
      expect(await link.isVisible()).toBe(true);
      // Then the fragments: the excerpt and the rest.
      await page.locator(`#search-results[data-query="${word}"]`).waitFor({ state: 'attached' });
      expect(hold.released).toBe(true);
      expect((await results(page)).find((result) => result.href.endsWith(`/${slug}/`))?.excerpt).not.toBe('');
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('the language switch on the search page', () => {
  it('carries the words and the filters, and the other language’s page restores them', async () => {
    const [first, second] = SEARCH_WORDS.zh;
    const theme = catalog.stories.find((other) => other.slug === first!.slug)!.data.theme;
    // Without JavaScript, the switch goes to the other search page.
    expect(built('/search/')('.lang-switch a[hreflang="en"]').attr('href')).toBe('/en/search/');
    const { page, done } = await site.view(`/search/?q=${encodeURIComponent(first!.word)}`);
    await page.locator(`#search-results[data-query="${first!.word}"]`).waitFor({ state: 'attached' });
    const target = async () =>
      new URL((await page.locator('.lang-switch a[hreflang="en"]').getAttribute('href'))!, site.url);
    expect((await target()).pathname).toBe('/en/search/');
    expect((await target()).searchParams.get('q')).toBe(first!.word);
    await page.locator(`input[name="theme"][value="${theme}"]`).check();
    await expect.poll(async () => (await target()).searchParams.getAll('theme')).toEqual([theme]);
    await search(page, second!.word);
    expect((await target()).searchParams.get('q')).toBe(second!.word);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await page.waitForURL((url) => url.pathname === '/en/search/');
    await page.locator(`#search-results[data-query="${second!.word}"]`).waitFor({ state: 'attached' });
    expect(await page.locator('#search-box').inputValue()).toBe(second!.word);
    expect(await page.locator(`input[name="theme"][value="${theme}"]`).isChecked()).toBe(true);
    await done();
  });
});

describe('a search page with nothing searched', () => {
  it.each([
    ['en', true],
    ['zh', false],
  ] as const)(
    'in %s offers ways in: themes, places and the latest stories (JavaScript on: %s)',
    async (locale, script) => {
      const stories = storiesIn(catalog, locale);
      const { page, context } = await open(localePath(locale, routes.search()), { javaScriptEnabled: script });
      const ways = page.locator('[data-search-ways]');
      expect(await ways.isVisible()).toBe(true);
      const hrefs = await ways.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const facet of FACETS.filter((one) => one.key === 'theme' || one.key === 'place'))
        for (const { value } of facetCounts(facet, catalog, stories))
          expect(hrefs).toContain(localePath(locale, `/${facet.segment}/${value.id}/`));
      expect(
        await ways.locator('.search-latest a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(stories.slice(0, 3).map((one) => localePath(locale, routes.story(one.slug))));
      expect(hrefs).toContain(localePath(locale, routes.stories()));
      if (script) {
        // A search takes their place; emptying the box brings them back.
        await search(page, SEARCH_WORDS[locale][0]!.word);
        expect(await ways.isVisible()).toBe(false);
        await page.locator('#search-box').fill('');
        await expect.poll(() => ways.isVisible()).toBe(true);
      } else {
        expect(await page.locator('[data-search-nojs]').innerText()).toContain('JavaScript');
      }
      await context.close();
    },
  );
});

describe('results read as text', () => {
  it.each(LOCALES)(
    'in %s: an excerpt is a passage of the story’s text, not its title and labels; the period is shown, not the publication date',
    async (locale) => {
      const { page, done } = await site.view(localePath(locale, routes.search()));
      const stories = storiesIn(catalog, locale);
      let passages = 0;
      for (const story of stories) {
        // Words of the story's labels (its period) and, in most stories, of its text too (who ran it).
        const period = formatPeriod(story.data.period, locale);
        await search(page, `${period} ${story.data.agencies[0]![locale]}`);
        const result = (await results(page)).find((one) => one.href === localePath(locale, routes.story(story.slug)));
        expect(result, `${story.slug} found by its facts`).toBeDefined();
        const published = formatDate(story.data.published, locale);
        expect(result!.meta).toContain(period);
        expect(result!.meta).not.toContain(published);
        expect(result!.excerpt).not.toContain(published);
        // Not the labels under the title, "…从种果子到育种苗。产业振兴。花溪区。农业…", which the result shows already.
        const labels = new RegExp(`${escape(story.theme[locale])}\\P{L}*${escape(story.places[0]![locale])}`, 'u');
        expect(result!.excerpt, story.slug).not.toMatch(labels);
        if (result!.excerpt) passages++;
      }
      expect(passages, 'results with a passage of their text').toBeGreaterThanOrEqual(stories.length / 2);
      await done();
    },
  );
});

describe('facets', () => {
  it('narrow the results with counts, OR within a facet, and keep the other values’ counts', async () => {
    const { page, errors, done } = await site.view('/search/');
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
    await done();
  });

  it('restore query and filters from a shared URL; back and forward walk through the searches', async () => {
    const theme = story.data.theme;
    const place = story.data.places[0]!;
    const { page, done } = await site.view(`/en/search/?q=guiyang&theme=${theme}&place=${place}`);
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
    await done();
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

  it('pages other than the search page load nothing for search until words are typed in the header; the search page loads its own language as it opens', async () => {
    const story = await open(localePath('en', routes.story(storiesIn(catalog, 'en')[0]!.slug)));
    await story.page.locator('#search-entry-box').focus();
    await story.page.waitForLoadState('networkidle');
    expect(story.requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const blank = await open('/en/search/');
    await blank.page.waitForLoadState('networkidle');
    expect(blank.requests).toContain('/pagefind/pagefind.js');
    expect(blank.requests.some((path) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(path))).toBe(true);
    expect(blank.requests.some((path) => path.endsWith('.pf_fragment'))).toBe(false);
    expect(blank.requests).not.toContain('/pagefind/pagefind-worker.js');
    expect(otherIndex(blank.requests, 'en')).toEqual([]);
    // The build lists those files in the page, for its script to ask for all at once.
    const listed = load(built('/en/search/')('template[data-search-files]').html() ?? '')(
      'link[rel="preload"]:not([data-search-language]), link[rel="modulepreload"]',
    )
      .map((_, link) => new URL(link.attribs.href!, site.url).pathname)
      .get();
    expect(listed).toContain('/pagefind/pagefind.js');
    expect(listed.filter((path) => path.startsWith('/pagefind/filter/en_'))).not.toEqual([]);
    for (const path of listed) expect(blank.requests, path).toContain(path);
    expect(otherIndex(listed, 'en')).toEqual([]);
    await blank.context.close();
    // Typing in the header's box fetches them ahead, with the search page's own files, and runs nothing.
    await story.page.locator('#search-entry-box').pressSequentially('park');
    await story.page.waitForLoadState('networkidle');
    await expect.poll(() => listed.every((path) => story.requests.includes(path))).toBe(true);
    expect(otherIndex(story.requests, 'en')).toEqual([]);
    expect(story.requests.some((path) => path.startsWith('/_astro/search'))).toBe(true);
    expect(story.requests.some((path) => /\/index\/|\.pf_fragment$/.test(path))).toBe(false);
    expect(story.errors).toEqual([]);
    await story.context.close();
  });

  it('word splitters are made ahead: by the header’s box after a keystroke, for every language; by the search page for the others once idle', async () => {
    // Every word splitter a page makes, by language tag (Pagefind's own and the site's).
    const record = () => {
      const made: string[] = [];
      (window as unknown as { __splitters: string[] }).__splitters = made;
      const Native = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        value: class extends Native {
          constructor(...args: ConstructorParameters<typeof Native>) {
            super(...args);
            if (args[1]?.granularity === 'word') made.push(String(args[0]));
          }
        },
      });
    };
    const made = (page: Page) => page.evaluate(() => (window as unknown as { __splitters: string[] }).__splitters);
    const tags = LOCALES.map(langTag);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(record);
    await page.goto(`${site.url}${localePath('en', routes.story(storiesIn(catalog, 'en')[0]!.slug))}`);
    await page.locator('#search-entry-box').focus();
    expect(await made(page)).toEqual([]);
    await page.locator('#search-entry-box').pressSequentially('pa');
    await expect.poll(() => made(page)).toEqual(tags);
    // The search page, opened blank: its own language as it loads, the others when it is idle.
    await page.goto(`${site.url}${localePath('en', routes.search())}`);
    await expect.poll(() => made(page)).toEqual(expect.arrayContaining(tags));
    expect((await made(page))[0]).toBe(langTag('en'));
    await context.close();
  });

  it('without JavaScript, says search needs it and offers the ways in', async () => {
    const { page, context } = await open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('[data-search-nojs]').innerText()).toContain('JavaScript');
    expect(await page.locator('[data-search-ways] a[href="/stories/"]').isVisible()).toBe(true);
    expect(await page.locator('#search-box').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the search page’s design', () => {
  it.each([
    [1280, '/en/search/', 'tourism&theme=development'],
    [320, '/en/search/', 'tourism&theme=development'],
    // Results in the other language, marked.
    [320, '/search/', 'strawberries'],
  ])(
    'with results at %i px (%s?q=%s) has zero axe violations in either scheme and fits the screen',
    async (width, path, query) => {
      const { page, errors, done } = await site.view(`${path}?q=${query}`, { width, height: 800 });
      const words = query.split('&')[0]!;
      await page.locator(`#search-results[data-query="${words}"]`).waitFor({ state: 'attached' });
      expect(await axeViolationsInBothSchemes(page)).toEqual([]);
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((element) => !element.closest('.skip-link'))
          .map((element) => element.tagName),
      );
      expect(overflow).toEqual([]);
      expect(errors).toEqual([]);
      await done();
    },
  );

  it.each([
    // Results of its own, with the filters beside them.
    ['/search/', '草莓'],
    // None of its own: the other language's alone, and no filters.
    ['/en/search/', '民宿'],
  ])(
    'at 1280 px (%s?q=%s) lines up the results’ heading and sort with the form and the results',
    async (path, words) => {
      const { page, errors, done } = await site.view(`${path}?q=${encodeURIComponent(words)}`, {
        width: 1280,
        height: 800,
      });
      await page.locator(`#search-results[data-query="${words}"]`).waitFor({ state: 'attached' });
      const right = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => Math.round(element.getBoundingClientRect().right));
      const form = await right('[data-search-form]');
      expect(await right('.search-results-head')).toBe(form);
      expect(await right('.search-result')).toBe(form);
      expect(errors).toEqual([]);
      await done();
    },
  );
});

describe('results are text', () => {
  it('a title or summary holding HTML shows as text: no element is made from it and no script runs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'casebook-search-'));
    try {
      // The built search page and its assets, without the CSP so that injected markup would run, and
      // without the list of the site's index files: this folder gets an index of its own.
      mkdirSync(join(root, 'search'));
      const html = readFileSync(join(DIST, 'search', 'index.html'), 'utf8');
      writeFileSync(
        join(root, 'search', 'index.html'),
        html
          .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
          .replace(/<link rel="(?:modulepreload|preload)" href="\/pagefind\/[^>]*>/g, ''),
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
