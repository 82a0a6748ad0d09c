/**
 * Copying a story's citation and address: the text is there to select without JavaScript; where
 * the browser has the Clipboard API, buttons copy it exactly, by mouse or keyboard, and say so.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { citable, citationText } from '../../src/lib/citation';
import { LOCALES, localePath } from '../../src/lib/locale';
import { routes } from '../../src/lib/paths';
import { publishedCatalog } from '../../harness/catalog';
import { page } from '../../harness/dist';
import { siteInBrowser } from '../../harness/site-browser';

const catalog = publishedCatalog();
const storyPath = (story: (typeof catalog.stories)[number]) => localePath(story.locale, routes.story(story.slug));
/** The canonical address of a built page. */
const canonical = (path: string) => page(path)('link[rel=canonical]').attr('href')!;

const site = siteInBrowser();

describe('copying a story’s citation and address', () => {
  const stories = LOCALES.map((locale) => catalog.stories.find((story) => story.locale === locale)!);

  it.each(stories.map((story) => [storyPath(story), story] as const))(
    '%s: without JavaScript the citation and the address are there to select, and no copy button shows',
    async (path, story) => {
      const { context, page: tab } = await site.open(path, { javaScriptEnabled: false });
      const address = new URL('/', canonical(path));
      expect(await tab.locator('#cite-text').innerText()).toBe(
        citationText(citable(story, address, ui(story.locale).siteName)),
      );
      expect(await tab.locator('#cite-url').innerText()).toBe(canonical(path));
      expect(await tab.locator('button.copy-button').count()).toBeGreaterThanOrEqual(2);
      expect(await tab.locator('button.copy-button:visible').count()).toBe(0);
      await context.close();
    },
  );

  it.each(stories.map((story) => [storyPath(story), story] as const))(
    '%s: the buttons copy the exact citation and address, by mouse and by keyboard, and say so',
    async (path, story) => {
      const t = ui(story.locale);
      const {
        context,
        page: tab,
        errors,
      } = await site.open(path, { permissions: ['clipboard-read', 'clipboard-write'] });
      const clipboard = () => tab.evaluate(() => navigator.clipboard.readText());
      const status = (button: ReturnType<typeof tab.getByRole>) =>
        button.locator('xpath=following-sibling::*[@role="status"]');
      const citation = tab.getByRole('button', { name: t.copyCitation });
      await citation.click();
      await expect.poll(() => status(citation).innerText()).toBe(t.copied);
      expect(await clipboard()).toBe(citationText(citable(story, new URL('/', canonical(path)), t.siteName)));
      // The link, from the keyboard alone: focus the button and press Enter.
      const link = tab.getByRole('button', { name: t.copyLink });
      await link.focus();
      await tab.keyboard.press('Enter');
      await expect.poll(() => status(link).innerText()).toBe(t.copied);
      expect(await clipboard()).toBe(canonical(path));
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('shows no copy button where the browser has no Clipboard API', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    const tab = await context.newPage();
    await tab.goto(site.url + storyPath(stories[0]!));
    await tab.waitForLoadState('networkidle');
    expect(await tab.locator('button.copy-button:visible').count()).toBe(0);
    expect(await tab.locator('#cite-text').isVisible()).toBe(true);
    await context.close();
  });
});
