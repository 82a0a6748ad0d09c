/**
 * Narrowing /figures/: a page per theme, reached by links, works without JavaScript; with it, a
 * search box hides the rows that do not hold the words typed, says how many are shown and keeps
 * the words in the URL.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { storiesIn } from '../../src/lib/catalog';
import { LOCALES, localePath } from '../../src/lib/locale';
import { routes } from '../../src/lib/paths';
import { axeViolationsInBothSchemes } from '../../harness/axe';
import { publishedCatalog } from '../../harness/catalog';
import { page } from '../../harness/dist';
import { siteInBrowser } from '../../harness/site-browser';

const catalog = publishedCatalog();
/** Figures shown per theme, from the content: [theme, number of figures of its stories]. */
const figuresOf = (locale: (typeof LOCALES)[number], theme?: string) =>
  storiesIn(catalog, locale)
    .filter((story) => !theme || story.data.theme === theme)
    .reduce((sum, story) => sum + story.figures.length, 0);
const rowIds = (path: string) =>
  page(path)('#figures-table tbody tr')
    .toArray()
    .map((row) => row.attribs.id!);

const site = siteInBrowser();

describe('/figures/ without JavaScript', () => {
  it.each(LOCALES)('%s: links to a page per theme, each listing exactly that theme’s figures', (locale) => {
    const all = localePath(locale, routes.figures());
    expect(rowIds(all)).toHaveLength(figuresOf(locale));
    const links = page(all)('nav.figure-themes a')
      .toArray()
      .map((link) => link.attribs.href);
    expect(links).toEqual([all, ...catalog.themes.map((theme) => localePath(locale, routes.figuresTheme(theme.id)))]);
    expect(page(all)('nav.figure-themes a[aria-current="page"]').attr('href')).toBe(all);
    for (const theme of catalog.themes) {
      const path = localePath(locale, routes.figuresTheme(theme.id));
      const $ = page(path);
      expect($('h1').text(), path).toContain(theme[locale]);
      expect($('nav.figure-themes a[aria-current="page"]').attr('href')).toBe(path);
      const ids = rowIds(path);
      expect(ids, path).toHaveLength(figuresOf(locale, theme.id));
      const slugs = new Set(ids.map((id) => id.split('--')[0]));
      for (const slug of slugs) {
        const story = catalog.stories.find((candidate) => candidate.slug === slug)!;
        expect(story.data.theme, `${path}: ${slug}`).toBe(theme.id);
      }
    }
    // Every figure is on exactly one theme's page.
    const themed = catalog.themes.flatMap((theme) => rowIds(localePath(locale, routes.figuresTheme(theme.id))));
    expect(themed.sort()).toEqual(rowIds(all).sort());
  });

  it('in a browser with JavaScript off, the table is whole, the search box hidden and the theme links work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(site.url + '/en/figures/');
    expect(await tab.locator('#figures-table tbody tr:visible').count()).toBe(figuresOf('en'));
    expect(await tab.locator('#figures-filter').isVisible()).toBe(false);
    const theme = catalog.themes[0]!;
    await tab.getByRole('link', { name: new RegExp(`^${theme.en}`) }).click();
    await tab.waitForURL((url) => url.pathname === localePath('en', routes.figuresTheme(theme.id)));
    expect(await tab.locator('#figures-table tbody tr:visible').count()).toBe(figuresOf('en', theme.id));
    await context.close();
  });
});

describe('/figures/ with JavaScript', () => {
  it.each(LOCALES)(
    '%s: typing narrows the rows to those holding every word, says how many, keeps the words in the URL',
    async (locale) => {
      const t = ui(locale);
      const story = storiesIn(catalog, locale).find((candidate) => candidate.figures.length >= 2)!;
      const figure = story.figures[0]!;
      const total = figuresOf(locale);
      const context = await site.browser.newContext();
      const tab = await context.newPage();
      const path = localePath(locale, routes.figures());
      await tab.goto(site.url + path);
      const visible = () => tab.locator('#figures-table tbody tr:visible');
      await tab.getByLabel(t.tableFilterLabel).fill(figure.label[locale]);
      await expect.poll(() => visible().count()).toBeLessThan(total);
      const shown = await visible().count();
      expect(shown).toBeGreaterThan(0);
      expect(await tab.locator(`tr#${story.slug}--${figure.id}`).isVisible()).toBe(true);
      for (const text of await visible().allInnerTexts())
        expect(text.toLowerCase()).toContain(figure.label[locale].toLowerCase());
      expect(await tab.locator('#figures-filter-status').innerText()).toBe(
        t.figuresShown(String(shown), String(total)),
      );
      expect(new URL(tab.url()).searchParams.get('q')).toBe(figure.label[locale]);
      // Words that match nothing say so; clearing the box shows every row again.
      await tab.getByLabel(t.tableFilterLabel).fill('zzzz-nothing');
      await expect.poll(() => tab.locator('#figures-filter-status').innerText()).toBe(t.figuresNoMatch);
      expect(await visible().count()).toBe(0);
      await tab.getByLabel(t.tableFilterLabel).fill('');
      await expect.poll(() => visible().count()).toBe(total);
      expect(new URL(tab.url()).search).toBe('');
      // A shared address with ?q= opens filtered.
      await tab.goto(`${site.url}${path}?q=${encodeURIComponent(story.title)}`);
      await expect.poll(() => visible().count()).toBe(story.figures.length);
      expect(await tab.getByLabel(t.tableFilterLabel).inputValue()).toBe(story.title);
      await context.close();
    },
  );

  it.each(
    LOCALES.flatMap((locale) =>
      [routes.figures(), routes.figuresTheme(catalog.themes[0]!.id)].map((neutral) => localePath(locale, neutral)),
    ),
  )('%s filtered, at 320 px: axe clean in both schemes', async (path) => {
    const { page: tab, done } = await site.view(`${path}?q=2024`, { width: 320, height: 640 });
    await expect.poll(() => tab.locator('#figures-filter-status').innerText()).not.toBe('');
    expect(await axeViolationsInBothSchemes(tab)).toEqual([]);
    await done();
  });
});
