/**
 * Search cost in Chromium, per language: the bytes (gzip) the search page and its first query
 * download in total, and the time from typing a word to its results on screen (first query and
 * median over all words). Pagefind's own Component UI is measured the same way for comparison.
 * Needs `npm run build` first.
 *
 *   npm run bench                                  # with the page weight and build benchmarks
 *   npx tsx bench/search-bench.ts --files          # also list every file the first query loads
 *   npx tsx bench/search-bench.ts --dist <dir>     # another built site, e.g. one with more stories
 *
 * Timing runs in the page: from the input event that carries the word (typed in one go, as an
 * input method commits it) to the DOM change that shows the expected story's link.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch, serve } from '../scripts/support/browser';
import { SEARCH_WORDS } from '../tests/support/search-words';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, files: { type: 'boolean', default: false } },
});
/** The built site to measure (`--dist`), e.g. a copy with many more stories. */
const DIST = values.dist;

interface Setup {
  name: string;
  path: string;
  box: string;
  results: string;
  /** A page the bench serves itself (the Component UI reference), or undefined for the built page. */
  html?: string;
}

const componentUi = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind Component UI</title>
<link href="/pagefind/pagefind-component-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-component-ui.js" type="module"></script></head>
<body><pagefind-input></pagefind-input><pagefind-summary></pagefind-summary>
<pagefind-filter-pane></pagefind-filter-pane><pagefind-results></pagefind-results></body></html>`;

const setups = (locale: 'zh' | 'en'): Setup[] => {
  const prefix = locale === 'zh' ? '' : '/en';
  return [
    { name: 'site search page', path: `${prefix}/search/`, box: '#search-box', results: '#search-results' },
    {
      name: 'Component UI (reference)',
      path: `${prefix}/__component-ui/`,
      box: 'pagefind-input input',
      results: 'pagefind-results',
      html: componentUi(locale === 'zh' ? 'zh-CN' : 'en'),
    },
  ];
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes on the wire with gzip; Pagefind's index files and WebAssembly are gzip already. */
function wireBytes(path: string, served?: string): number {
  if (served !== undefined) return gzipSync(served, { level: 9 }).length;
  const file = join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  const raw = readFileSync(file);
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

/**
 * Types `word` in one input event and returns ms until a link to `/stories/<slug>/` shows in the
 * results, or NaN when it does not show within 5 s.
 */
async function timeWord(page: Page, setup: Setup, word: string, slug: string): Promise<number> {
  await page.locator(setup.box).fill('');
  await page.waitForFunction((sel) => !document.querySelector(`${sel} a[href*="/stories/"]`), setup.results);
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
    { box: setup.box, results: setup.results, slug },
  );
  await page.locator(setup.box).focus();
  await page.keyboard.insertText(word);
  return waiting;
}

async function measure(browser: Browser, base: string, setup: Setup, words: [string, string][]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const files = new Map<string, number>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    const own = setup.html !== undefined && url.pathname === setup.path ? setup.html : undefined;
    files.set(url.pathname, wireBytes(url.pathname, own));
  });
  if (setup.html) {
    const html = setup.html;
    await page.route(`**${setup.path}`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  }
  await page.goto(base + setup.path, { waitUntil: 'networkidle' });
  const pageBytes = [...files.values()].reduce((sum, size) => sum + size, 0);
  // The reader focuses the box (the site page starts loading Pagefind then) and starts typing.
  await page.locator(setup.box).focus();
  await page.waitForLoadState('networkidle');
  const times: number[] = [];
  const [first, ...rest] = words;
  times.push(await timeWord(page, setup, first![0], first![1]));
  await page.waitForLoadState('networkidle');
  const firstFiles = new Map(files);
  const firstBytes = [...firstFiles.values()].reduce((sum, size) => sum + size, 0);
  for (const [word, slug] of rest) times.push(await timeWord(page, setup, word, slug));
  await context.close();
  const sorted = times.filter((time) => !Number.isNaN(time)).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const misses = times.length - sorted.length;
  return { pageBytes, firstBytes, first: times[0]!, median, count: sorted.length, misses, files: firstFiles };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await serve(DIST);
const browser = await launch();
const verbose = values.files;
console.log('search: bytes (gzip) for the page and for page + first query; typing to results, in Chromium');
console.log('language  ui                          page       page+first query   first query   median (words)');
try {
  for (const locale of ['zh', 'en'] as const) {
    const words = SEARCH_WORDS[locale].map(({ word, slug }) => [word, slug] as [string, string]);
    for (const setup of setups(locale)) {
      const result = await measure(browser, server.url, setup, words);
      console.log(
        `${locale.padEnd(9)} ${setup.name.padEnd(26)} ${kb(result.pageBytes).padStart(8)} ${kb(result.firstBytes).padStart(18)}` +
          `   ${`${result.first.toFixed(0)} ms`.padStart(11)}   ${`${result.median.toFixed(0)} ms`.padStart(6)} (${result.count})` +
          (result.misses ? `, ${result.misses} not found` : ''),
      );
      if (verbose)
        for (const [path, bytes] of [...result.files].sort((a, b) => b[1] - a[1]))
          console.log(`    ${kb(bytes).padStart(8)}  ${path}`);
    }
  }
  console.log('budget: page + first query <= 120 KB; median typing to results <= 100 ms');
} finally {
  await browser.close();
  await server.close();
}
