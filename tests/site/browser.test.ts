import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, axeViolationsInBothSchemes } from '../../harness/axe';
import { openPage, type OpenedPage } from '../../harness/browser';
import { storiesIn, type Story } from '../../src/lib/catalog';
import { FACETS, facetCounts } from '../../src/lib/facets';
import { figureText } from '../../src/lib/figures';
import { alternates, DEFAULT_LOCALE, langTag, LOCALES, localePath } from '../../src/lib/locale';
import { routes } from '../../src/lib/paths';
import { publishedCatalog } from '../../harness/catalog';
import { siteInBrowser, type ViewedPage } from '../../harness/site-browser';

const catalog = publishedCatalog();
/** Stories of the default language with key figures, newest first: the tests use whatever there is. */
const featured = storiesIn(catalog, DEFAULT_LOCALE).filter((story) => story.data.keyFigures.length > 0);
const storyPath = (slug: string, locale = DEFAULT_LOCALE) => localePath(locale, routes.story(slug));
const [first, second] = [featured[0]!, featured[1] ?? featured[0]!];

const site = siteInBrowser();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<OpenedPage> {
  const opened = await openPage(site.browser, site.url + path, options);
  expect(opened.status, path).toBe(200);
  return opened;
}

/** Shows `path` in a lent tab (see `site.view`): for a test that changes nothing beyond the page. */
async function view(path: string, viewport?: { width: number; height: number }): Promise<ViewedPage> {
  const viewed = await site.view(path, viewport);
  expect(viewed.status, path).toBe(200);
  return viewed;
}

describe('a story in each language', () => {
  it.each(LOCALES)('in %s shows its key figures and links to its other languages', async (locale) => {
    const story = catalog.stories.find((candidate) => candidate.slug === first.slug && candidate.locale === locale)!;
    const path = storyPath(story.slug, locale);
    const { page, done } = await view(path);
    expect(await page.getAttribute('html', 'lang')).toBe(langTag(locale));
    expect(await page.locator('h1').innerText()).toBe(story.title);
    const expected = story.data.keyFigures.map((id) =>
      figureText(
        story.figures.find((f) => f.id === id)!,
        locale,
      ),
    );
    expect(await page.locator('.key-figure .value').allInnerTexts()).toEqual(expected);
    const other = alternates(routes.story(story.slug)).find((version) => version.locale !== locale)!;
    await page.locator(`.lang-switch a[hreflang="${other.tag}"]`).click();
    await page.waitForURL((url) => url.pathname === other.path);
    await done();
  });
});

/** The parts of a story page that differ from story to story. */
function storyParts(story: Story): string[] {
  return [
    ...story.data.charts.map((chart) => `${chart.kind} chart`),
    ...(story.data.keyFigures.length ? ['key figures'] : []),
    ...(story.data.derived.length ? ['derived figures'] : []),
    ...(story.data.corrections.length ? ['corrections'] : []),
    ...(story.data.locality ? ['locality'] : []),
    ...(story.textLocale === story.locale ? [] : ['text in another language']),
  ];
}

/**
 * In each language: stories chosen one at a time, each showing the most parts not yet shown,
 * until every part is; and the story with the most place, tag and source links.
 */
function phoneStories(): Story[] {
  return LOCALES.flatMap((locale) => {
    const stories = storiesIn(catalog, locale);
    const chosen = new Set<Story>();
    const shown = new Set<string>();
    for (;;) {
      const [best] = stories
        .map((story) => ({ story, parts: storyParts(story).filter((part) => !shown.has(part)).length }))
        .sort((a, b) => b.parts - a.parts);
      if (!best || best.parts === 0) break;
      chosen.add(best.story);
      for (const part of storyParts(best.story)) shown.add(part);
    }
    const links = (story: Story) => story.places.length + story.tags.length + story.sources.length;
    const longest = [...stories].sort((a, b) => links(b) - links(a))[0];
    if (longest) chosen.add(longest);
    return [...chosen];
  });
}

// Each check opens a page of its own in the shared browser: they run a few at a time.
describe.concurrent('accessibility (axe)', () => {
  const theme = catalog.themes[0]!.id;
  const place = first.data.places[0]!;
  const tag = first.data.tags[0]!;
  /** One page of every type, as a neutral path: each is checked in every language and both schemes. */
  const types = [
    routes.home(),
    routes.stories(),
    routes.story(first.slug),
    routes.themes(),
    routes.theme(theme),
    routes.places(),
    routes.place(place),
    routes.tags(),
    routes.tag(tag),
    // routes.figures(): in open-data.test.ts, in both languages and schemes, at 1280 and 320 px.
    routes.search(),
    routes.about(),
  ];
  const paths = [...LOCALES.flatMap((locale) => types.map((neutral) => localePath(locale, neutral))), '/404.html'];
  it.each(paths)('%s has zero violations in either colour scheme', async (path) => {
    const { page, status, done } = await site.view(path);
    expect(status, path).toBe(200);
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
    await done();
  });

  it('the check finds what it is for: a grey on dark only in the dark scheme, a target too small, only where asked', async () => {
    // The site's CSP refuses inline styles; this page lets the test add its own.
    const { page, context } = await open(storyPath(first.slug), { bypassCSP: true });
    await page.addStyleTag({
      content: `@media (prefers-color-scheme: dark) { h1 { color: #333 !important; } }
        .site-nav * { gap: 0 !important; margin: 0 !important; padding: 0 !important; }
        .site-nav a { display: inline-block; width: 8px; height: 8px; overflow: hidden; }`,
    });
    const found = await axeViolationsInBothSchemes(page);
    expect(found.filter((violation) => violation.startsWith('color-contrast: '))).toEqual([
      expect.stringMatching(/^color-contrast: .*h1.* \(dark\)$/),
    ]);
    expect(found.some((violation) => violation.startsWith('target-size: '))).toBe(true);
    expect(await axeViolations(page, 'main h1')).toEqual([expect.stringMatching(/^color-contrast: /)]);
    await context.close();
  });

  // Stories at a phone's width, where the lists of place and tag links wrap and targets can end up too
  // small or too close: in each language, the fewest stories that together show every part a story
  // page can have, and the one with the most links. A story page is otherwise made of the same
  // parts in every story; the story at desktop width is checked above, in both schemes.
  it.each(phoneStories().map((story) => storyPath(story.slug, story.locale)))(
    'story %s at 412 px has zero violations',
    async (path) => {
      const { page, status, done } = await site.view(path, { width: 412, height: 823 });
      expect(status, path).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      await done();
    },
  );

  it.each([storyPath(first.slug, 'en'), storyPath(second.slug), '/en/stories/', '/', '/tags/'])(
    '%s at 320 px has zero violations and nothing wider than the screen',
    async (path) => {
      const { page, status, done } = await site.view(path, { width: 320, height: 640 });
      expect(status, path).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > width + 1 && !element.closest('.table-wrap, .skip-link'),
          )
          .map((element) => `${element.tagName}.${element.className}`);
      });
      expect(overflow).toEqual([]);
      await done();
    },
  );
});

describe('the keyboard', () => {
  it('the skip link is the first stop for the keyboard and moves focus to the content', async () => {
    const { page, done } = await view(storyPath(first.slug));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await done();
  });
});

describe('story filters on /stories/', () => {
  const stories = storiesIn(catalog, 'en');
  const slugsOf = (page: Page) =>
    page
      .locator('#story-list > li:visible')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')));

  it('orders the cards in the browser exactly as the build does', async () => {
    const { page, done } = await view('/en/stories/');
    // The filter script re-sorts on load with the shared rule; the order must not change.
    expect(await slugsOf(page)).toEqual(stories.map((story) => story.slug));
    await done();
  });

  it('filter without a reload, OR within a facet, counts that follow, state in the URL', async () => {
    const themes = facetCounts(FACETS[0]!, catalog, stories).sort((a, b) => b.count - a.count);
    const [big, small] = [themes[0]!, themes[1]!];
    const { page, errors, done } = await view('/en/stories/');
    const visible = () => page.locator('#story-list > li:visible').count();
    const total = await visible();
    expect(total).toBe(stories.length);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('details.filters > summary').click();
    await page.check(`input[name=theme][value="${big.value.id}"]`);
    await expect.poll(visible).toBe(big.count);
    expect(new URL(page.url()).search).toBe(`?theme=${big.value.id}`);
    expect(await page.locator('#filter-status').innerText()).toBe(`Showing ${big.count} of ${total} stories`);
    // The folded filters say what is chosen.
    expect(await page.locator('details.filters > summary').innerText()).toContain(big.value.names.en);
    // A second theme widens the list (OR within a facet); other facets' counts follow the selection.
    await page.check(`input[name=theme][value="${small.value.id}"]`);
    await expect.poll(visible).toBe(big.count + small.count);
    const tagCounts = facetCounts(
      FACETS.find((facet) => facet.key === 'tag')!,
      catalog,
      stories.filter((story) => [big.value.id, small.value.id].includes(story.data.theme)),
    );
    for (const { value, count } of tagCounts) {
      const label = page.locator(`label:has(input[name=tag][value="${value.id}"]) [data-count]`);
      expect(await label.innerText(), value.id).toBe(String(count));
    }
    // The language switch keeps the selection.
    const switched = new URL((await page.locator('.lang-switch a').first().getAttribute('href'))!, 'http://x');
    expect(switched.pathname).toBe(localePath(DEFAULT_LOCALE, routes.stories()));
    expect(switched.searchParams.getAll('theme').sort()).toEqual([big.value.id, small.value.id].sort());
    // Still the same document: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.click('button[data-filter-reset]');
    await expect.poll(visible).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await done();

    const tag = facetCounts(
      FACETS.find((facet) => facet.key === 'tag')!,
      catalog,
      stories,
    ).sort((a, b) => b.count - a.count)[0]!;
    const restored = await view(`/en/stories/?tag=${tag.value.id}&sort=title`);
    await expect.poll(() => restored.page.locator('#story-list > li:visible').count()).toBe(tag.count);
    expect(await restored.page.isChecked(`input[name=tag][value="${tag.value.id}"]`)).toBe(true);
    await restored.done();
  });

  it('sort by title orders the cards alphabetically', async () => {
    const { page, done } = await view('/en/stories/?sort=title');
    const titles = await page.locator('#story-list > li:visible h2').allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    await done();
  });

  it('has no control that does nothing: no apply button, and the reset button only when there is something to reset', async () => {
    const { page, done } = await view('/stories/');
    await page.locator('details.filters > summary').click();
    expect(
      await page.locator('details.filters :is(button[type=submit], button:not([type]), input[type=submit])').count(),
    ).toBe(0);
    const reset = page.locator('button[data-filter-reset]');
    expect(await reset.isVisible()).toBe(false);
    await page.selectOption('select[name=sort]', 'title');
    expect(await reset.isVisible()).toBe(true);
    await reset.click();
    await expect.poll(() => reset.isVisible()).toBe(false);
    expect(await page.locator('select[name=sort]').inputValue()).toBe('newest');
    await done();
  });

  it.each(LOCALES)('at 360 × 740 in %s, the first story starts on the first screen', async (locale) => {
    const { page, done } = await view(localePath(locale, routes.stories()), { width: 360, height: 740 });
    await page.waitForLoadState('networkidle');
    const card = await page.locator('#story-list > li').first().boundingBox();
    expect(card!.y).toBeLessThan(740);
    await done();
  });

  it('with the filters open and a choice made, every option is readable (axe, both schemes)', async () => {
    const { page, done } = await view('/stories/', { width: 360, height: 740 });
    await page.locator('details.filters > summary').click();
    // One theme: the values no story of it has are left with a count of zero.
    await page.check(`input[name=theme][value="${first.data.theme}"]`);
    await expect.poll(() => page.locator('.filter-group li.is-empty').count()).toBeGreaterThan(0);
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
    await done();
  });

  it('with JavaScript off, every story is listed and the filter form stays hidden', async () => {
    const { page, context } = await open('/stories/', { javaScriptEnabled: false });
    expect(await page.locator('#story-list > li:visible').count()).toBe(storiesIn(catalog, DEFAULT_LOCALE).length);
    expect(await page.locator('details.filters').isVisible()).toBe(false);
    await context.close();
  });

  it('shows the filters before their script runs, so the list does not move down when it does', async () => {
    const phone = { viewport: { width: 390, height: 800 } };
    const waiting = await site.browser.newContext(phone);
    const early = await waiting.newPage();
    // With the page's scripts held back, the page is what a phone paints before they arrive.
    await early.route('**/*.js', (route) => route.abort());
    await early.goto(site.url + '/stories/');
    expect(await early.locator('details.filters > summary').isVisible()).toBe(true);
    const before = await early.locator('#story-list').boundingBox();
    await waiting.close();
    const { page, done } = await view('/stories/', phone.viewport);
    await page.waitForLoadState('networkidle');
    expect((await page.locator('#story-list').boundingBox())?.y).toBe(before?.y);
    await done();
  });
});

describe('printing a story', () => {
  it('leaves out navigation and filters, keeps the story and prints its address', async () => {
    const { page, done } = await view(storyPath(first.slug, 'en'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.related').isVisible()).toBe(false);
    expect(await page.locator('article .prose').isVisible()).toBe(true);
    expect(await page.locator('.print-only').innerText()).toMatch(new RegExp(`${storyPath(first.slug, 'en')}$`));
    // Dark mode is for screens: print is dark text on white.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await done();
  });
});

describe('the 404 page', () => {
  it('is served for an unknown address and links to the browse pages in both languages', async () => {
    const { page, status, done } = await site.view('/no-such-page/');
    expect(status).toBe(404);
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/stories/', '/en/stories/', '/tags/', '/en/about/']));
    await done();
  });
});
