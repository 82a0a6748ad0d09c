import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve } from '../../scripts/support/browser';
import { requireDist } from '../support/dist';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  requireDist();
  server = await serve('dist');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  // Console errors include Content Security Policy violations and failed requests.
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return { page, context, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('a story in each language', () => {
  it.each([
    ['/stories/student-passport-desk/', 'zh-CN', ['598证次', '288证次', '48.2%'], '学生'],
    ['/en/stories/student-passport-desk/', 'en', ['598 applications', '288 applications', '48.2%'], 'passport'],
  ])('%s shows its figures and its other-language link', async (path, lang, figures, titleWord) => {
    const { page, context } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').innerText()).toContain(titleWord);
    const cards = await page.locator('.key-figure .value').allInnerTexts();
    expect(cards).toEqual(figures);
    const body = await page.locator('article .prose').innerText();
    for (const figure of figures) expect(body).toContain(figure);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/student-passport-desk/);
    expect(new URL(page.url()).pathname).toBe(
      lang === 'en' ? '/stories/student-passport-desk/' : '/en/stories/student-passport-desk/',
    );
    await context.close();
  });
});

describe('accessibility (axe)', () => {
  const paths = [
    '/',
    '/en/',
    '/stories/huaxi-strawberries/',
    '/en/stories/fengqiao-tax-mediation/',
    '/stories/',
    '/en/stories/',
    '/tags/',
    '/en/themes/governance/',
    '/places/520103/',
    '/en/about/',
    '/404.html',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it.each(paths)(`%s has zero violations (${scheme})`, async (path) => {
      const { page, context } = await open(path, { colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it.each(['/en/stories/huaxi-strawberries/', '/stories/fengqiao-tax-mediation/', '/en/stories/', '/', '/tags/'])(
    '%s at 320 px has zero violations and nothing wider than the screen',
    async (path) => {
      const { page, context } = await open(path, { viewport: { width: 320, height: 640 } });
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
      await context.close();
    },
  );

  it('the skip link is the first stop for the keyboard and moves focus to the content', async () => {
    const { page, context } = await open('/stories/old-city-parking/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('story filters on /stories/', () => {
  it('filter without a reload, keep the state in the URL, and restore it from the URL', async () => {
    const { page, context, errors } = await open('/en/stories/');
    const visible = () => page.locator('#story-list > li:visible').count();
    const total = await visible();
    expect(total).toBeGreaterThanOrEqual(10);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.selectOption('select[name=theme]', 'livelihood');
    expect(await visible()).toBe(3);
    expect(new URL(page.url()).search).toBe('?theme=livelihood');
    await page.selectOption('select[name=place]', '520181');
    expect(await visible()).toBe(1);
    expect(await page.locator('#filter-status').innerText()).toBe(`Showing 1 of ${total} stories`);
    // Still the same document: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.selectOption('select[name=sort]', 'title');
    await page.click('button[type=reset]');
    await expect.poll(visible).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await context.close();

    const restored = await open('/stories/?tag=homestays&sort=title');
    const titles = await restored.page.locator('#story-list > li:visible h2').allInnerTexts();
    expect(titles).toHaveLength(2);
    expect(await restored.page.inputValue('select[name=tag]')).toBe('homestays');
    await restored.context.close();
  });

  it('sort by title orders the cards alphabetically', async () => {
    const { page, context } = await open('/en/stories/?sort=title');
    const titles = await page.locator('#story-list > li:visible h2').allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    await context.close();
  });

  it('with JavaScript off, every story is listed and the filter form stays hidden', async () => {
    const { page, context } = await open('/stories/', { javaScriptEnabled: false });
    expect(await page.locator('#story-list > li:visible').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('form[data-story-filters]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('printing a story', () => {
  it('leaves out navigation and filters, keeps the story and prints its address', async () => {
    const { page, context } = await open('/en/stories/shanshu-lakeside-homestays/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.related').isVisible()).toBe(false);
    expect(await page.locator('article .prose').isVisible()).toBe(true);
    expect(await page.locator('.print-only').innerText()).toMatch(/\/en\/stories\/shanshu-lakeside-homestays\/$/);
    // Dark mode is for screens: print is dark text on white.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('the 404 page', () => {
  it('is served for an unknown address and links to the browse pages in both languages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/stories/', '/en/stories/', '/tags/', '/en/about/']));
    await context.close();
  });
});
