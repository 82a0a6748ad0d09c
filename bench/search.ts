/**
 * Search cost in Chromium, per language: the bytes (gzip) the search page and its first query
 * download in total, and the time from typing a word to its results on screen (first query and
 * median over the words of content/search-words.yaml).
 *
 * Timing runs in the page: from the input event that carries the word (typed in one go, as an
 * input method commits it) to the DOM change that shows the expected story's link.
 */
import type { Browser, Page } from 'playwright-core';
import { LOCALES, localePath, type Locale } from '../src/lib/locale';
import { SEARCH_WORDS } from '../tests/support/search-words';
import { wireBytes } from './weight';

/** What a first search costs in one language. */
export interface SearchCost {
  locale: Locale;
  /** The search page with everything it loads, before the reader types. */
  pageBytes: number;
  /** The page plus everything the first query loads. */
  firstQueryBytes: number;
  firstMs: number;
  medianMs: number;
  words: number;
  /** Words whose story did not show within 5 s. */
  misses: string[];
}

const BOX = '#search-box';
const RESULTS = '#search-results';
/**
 * Types `word` in one input event and returns ms until a link to `/stories/<slug>/` shows in the
 * results, or NaN when it does not show within 5 s.
 */
async function timeWord(page: Page, word: string, slug: string): Promise<number> {
  await page.locator(BOX).fill('');
  await page.waitForFunction((sel) => !document.querySelector(`${sel} a[href*="/stories/"]`), RESULTS);
  const waiting = page.evaluate(
    ({ box, results, slug }) =>
      new Promise<number>((resolve) => {
        let start = 0;
        const input = document.querySelector(box)!;
        input.addEventListener('input', () => (start = performance.now()), { capture: true, once: true });
        const selector = `${results} a[href*="/stories/${slug}/"]`;
        const observer = new MutationObserver(() => {
          if (start && document.querySelector(selector)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN); // the story did not show: counted as a miss
        }, 5000);
      }),
    { box: BOX, results: RESULTS, slug },
  );
  await page.locator(BOX).focus();
  await page.keyboard.insertText(word);
  return waiting;
}

/** Measures the first search and the median over all words in one language. */
async function measureLocale(browser: Browser, dist: string, base: string, locale: Locale): Promise<SearchCost> {
  const words = SEARCH_WORDS[locale];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const files = new Map<string, number>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    files.set(url.pathname, wireBytes(dist, url.pathname));
  });
  const sum = () => [...files.values()].reduce((total, size) => total + size, 0);
  await page.goto(base + localePath(locale, '/search/'), { waitUntil: 'networkidle' });
  const pageBytes = sum();
  // The reader focuses the box (the page starts loading Pagefind then) and starts typing.
  await page.locator(BOX).focus();
  await page.waitForLoadState('networkidle');
  const times: number[] = [];
  let firstQueryBytes = 0;
  for (const [index, { word, slug }] of words.entries()) {
    times.push(await timeWord(page, word, slug));
    if (index > 0) continue;
    await page.waitForLoadState('networkidle');
    firstQueryBytes = sum();
  }
  await context.close();
  const found = times.filter((time) => !Number.isNaN(time)).sort((a, b) => a - b);
  return {
    locale,
    pageBytes,
    firstQueryBytes,
    firstMs: times[0]!,
    medianMs: found[Math.floor((found.length - 1) / 2)] ?? Number.NaN,
    words: words.length,
    misses: words.filter((_, index) => Number.isNaN(times[index]!)).map(({ word }) => word),
  };
}

/** Search cost in every language, on the site built in `dist` and served at `base`. */
export async function measureSearch(browser: Browser, dist: string, base: string): Promise<SearchCost[]> {
  const results: SearchCost[] = [];
  for (const locale of LOCALES)
    if (SEARCH_WORDS[locale].length) results.push(await measureLocale(browser, dist, base, locale));
  return results;
}
