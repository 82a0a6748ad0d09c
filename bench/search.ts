/**
 * Search cost in Chromium, for each search page and each language of the words typed (the page's
 * own, found in its own index, and the other's, found in the other language's index), in the two
 * ways a first search starts:
 *
 * - typed on the search page as soon as it has loaded (the `load` event), in a fresh browser
 *   context, so nothing is cached and Pagefind may still be on its way;
 * - typed in the header of a story page and sent with Enter, which opens `/search/?q=…`;
 * - the same, a second time in the same browser: everything the search loads is then in the
 *   browser's cache, so what is left is the work of the page and of Pagefind on the main thread.
 *   No budget holds this one; it shows how much of a first search sent from the header is loading.
 *
 * Every word of content/search-words.yaml is one first search of its own. Time runs in the pages,
 * on the browser's clock, to the DOM change that shows a link to the expected story, in the words'
 * language or, when the page's own index has it too, in the page's. It runs from the input event
 * that carries the word; for words sent from the header, from the moment they reach the search page
 * (its DOMContentLoaded), with the time from the form's submit and the browser's share of it (from
 * the submit to that DOMContentLoaded, which no code of the search page can shorten) beside it.
 * Bytes are gzip bytes of everything the search page and its first query fetched.
 *
 * The page tells the bench that the result showed through a function the bench exposes to it, a
 * call into the browser and nothing more. Waiting with `waitForFunction` instead injected
 * Playwright's own script into the page while the search ran: 14–17 ms of the page's main thread in
 * a trace, counted as the search's time.
 */
import type { Browser } from 'playwright-core';
import { LOCALES, localePath, type Locale } from '../src/lib/locale';
import { routes } from '../src/lib/paths';
import { SEARCH_WORDS } from '../harness/search-words';
import { wireBytes } from './weight';

/** Where the first search was typed; `header, cached`: sent from the header a second time. */
export type SearchStart = 'search page' | 'header' | 'header, cached';

/** What first searches cost on one search page, for words of one language typed in one way. */
export interface SearchCost {
  /** The search page's language. */
  locale: Locale;
  /** The language of the words typed. */
  words: Locale;
  from: SearchStart;
  /** The search page with its first query, the largest over the words (measured when typed on the search page). */
  firstQueryBytes?: number;
  /** Median time to the result: from the input, or, sent from the header, from the search page's arrival. */
  medianMs: number;
  slowestMs: number;
  /** Sent from the header: the median time from the form's submit to the result. */
  fromSubmitMs?: number;
  /**
   * Sent from the header: the median time the browser took to open the search page (from the submit
   * to its DOMContentLoaded), which no search code can shorten.
   */
  openMs?: number;
  count: number;
  /** Words whose story did not show within 5 s. */
  misses: string[];
}

const BOX = '#search-box';
const HEADER_BOX = '#search-entry-box';
const WAIT_MS = 5000;

/**
 * Runs in every page of a context before its own scripts: notes when the reader typed (the first
 * input event), when the header's form was sent (kept in sessionStorage for the next page) and when
 * the page it opened arrived (its DOMContentLoaded), and, once a result links to one of `hrefs`, the
 * time to it on `window.__searchMs` (from the input, or from the arrival), `window.__sentMs` (from the
 * submit) and `window.__openMs` (from the submit to the arrival). Times are on the browser's clock
 * (ms since the epoch, so that two pages agree). No function in here may have a name: the
 * TypeScript loader would wrap it in a helper the page does not have.
 */
function installTimer({ hrefs }: { hrefs: string[] }) {
  let typed = 0;
  let arrived = 0;
  const sent = Number(sessionStorage.getItem('bench-sent') ?? 0);
  const times = window as unknown as {
    __searchMs: number;
    __sentMs: number;
    __openMs: number;
    __searchShown: () => Promise<void>;
  };
  document.addEventListener('input', () => (typed ||= performance.timeOrigin + performance.now()), { capture: true });
  document.addEventListener(
    'submit',
    () => sessionStorage.setItem('bench-sent', String(performance.timeOrigin + performance.now())),
    { capture: true },
  );
  document.addEventListener('DOMContentLoaded', () => {
    arrived = performance.timeOrigin + performance.now();
    if (sent) times.__openMs = arrived - sent;
  });
  const observer = new MutationObserver(() => {
    const links = hrefs.map((href) => `a[data-result-link][href="${href}"]`).join(', ');
    if (!(typed || sent) || !document.querySelector(links)) return;
    const shown = performance.timeOrigin + performance.now();
    if (typed) times.__searchMs = shown - typed;
    else {
      // A result shown before DOMContentLoaded has taken no time since the page arrived.
      times.__searchMs = shown - (arrived || shown);
      times.__sentMs = shown - sent;
    }
    observer.disconnect();
    void times.__searchShown();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * One first search: ms until the story shows (NaN when it does not), from the input or the search
 * page's arrival; from the submit, and the opening of the page, when sent from the header; the bytes fetched.
 */
interface Run {
  ms: number;
  bytes: number;
  sentMs: number;
  openMs: number;
}

async function firstSearch(
  browser: Browser,
  dist: string,
  base: string,
  locale: Locale,
  from: SearchStart,
  { word, hrefs }: { word: string; hrefs: string[] },
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Paths only while the page runs: weighing a file (gzip) in this process, which also serves the
  // site, would hold up the responses still to come.
  const files = new Set<string>();
  page.on('response', (response) => files.add(new URL(response.url()).pathname));
  let shown = () => {};
  const watch = () => new Promise<boolean>((resolve) => (shown = () => resolve(true)));
  let found = watch();
  const late = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WAIT_MS).unref());
  await page.exposeFunction('__searchShown', () => shown());
  await page.addInitScript(installTimer, { hrefs });
  if (from === 'search page') {
    await page.goto(base + localePath(locale, routes.search()), { waitUntil: 'load' });
    await page.locator(BOX).focus();
    await page.keyboard.insertText(word);
  } else {
    const story = SEARCH_WORDS[locale][0]?.slug ?? '';
    const send = async () => {
      await page.goto(base + localePath(locale, routes.story(story)), { waitUntil: 'load' });
      await page.locator(HEADER_BOX).fill(word);
      files.clear(); // the story page is not part of the search's cost
      await page.locator(HEADER_BOX).press('Enter');
      await page.waitForURL((url) => url.pathname === localePath(locale, routes.search()));
    };
    if (from === 'header, cached') {
      // The same search once before, to its end: what it loads is then in the browser's cache.
      await send();
      await Promise.race([found, late()]);
      await page.waitForLoadState('networkidle');
      found = watch();
    }
    await send();
  }
  const ms = (await Promise.race([found, late()]))
    ? await page.evaluate(() => (window as unknown as { __searchMs?: number }).__searchMs ?? Number.NaN)
    : Number.NaN;
  await page.waitForLoadState('networkidle');
  const bytes = [...files].reduce((total, path) => total + wireBytes(dist, path), 0);
  const { sentMs, openMs } = await page.evaluate(() => {
    const times = window as unknown as { __sentMs?: number; __openMs?: number };
    return { sentMs: times.__sentMs ?? Number.NaN, openMs: times.__openMs ?? Number.NaN };
  });
  await context.close();
  return { ms, bytes, sentMs: Number.isNaN(ms) ? Number.NaN : sentMs, openMs };
}

const median = (sorted: number[]) => sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;

/** First searches on one page, for the words of one language typed in one way. */
async function measure(
  browser: Browser,
  dist: string,
  base: string,
  locale: Locale,
  words: Locale,
  from: SearchStart,
): Promise<SearchCost> {
  // The story counts as found in the words' language, or in the page's when its own index has it.
  const list = SEARCH_WORDS[words].map(({ word, slug }) => ({
    word,
    hrefs: [...new Set([words, locale])].map((language) => localePath(language, routes.story(slug))),
  }));
  const runs: Run[] = [];
  for (const entry of list) runs.push(await firstSearch(browser, dist, base, locale, from, entry));
  const sorted = (values: number[]) => values.filter((ms) => !Number.isNaN(ms)).sort((a, b) => a - b);
  const found = sorted(runs.map((run) => run.ms));
  return {
    locale,
    words,
    from,
    ...(from === 'search page' ? { firstQueryBytes: Math.max(...runs.map((run) => run.bytes)) } : {}),
    medianMs: median(found),
    slowestMs: found.at(-1) ?? Number.NaN,
    ...(from !== 'search page'
      ? {
          fromSubmitMs: median(sorted(runs.map((run) => run.sentMs))),
          openMs: median(sorted(runs.map((run) => run.openMs))),
        }
      : {}),
    count: list.length,
    misses: list.filter((_, index) => Number.isNaN(runs[index]!.ms)).map(({ word }) => word),
  };
}

/** Search cost on every search page, for the words of every language, typed both ways. */
export async function measureSearch(browser: Browser, dist: string, base: string): Promise<SearchCost[]> {
  const results: SearchCost[] = [];
  for (const locale of LOCALES)
    for (const words of LOCALES)
      if (SEARCH_WORDS[words].length)
        for (const from of ['search page', 'header', 'header, cached'] as const)
          results.push(await measure(browser, dist, base, locale, words, from));
  return results;
}
