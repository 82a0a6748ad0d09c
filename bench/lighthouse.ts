/**
 * Lighthouse on the built site: performance, accessibility, best practices and SEO for the home
 * page, one story, the story list and the search page, in Chinese and English. Default settings
 * (mobile form factor, simulated slow 4G and CPU throttling), as a phone reader would meet the site.
 * Needs `npm run build` first.
 *
 *   npx tsx bench/lighthouse.ts                    # table of scores; exit code 1 if any is below 100
 *   npx tsx bench/lighthouse.ts --dist <dir>       # another built site
 *   npx tsx bench/lighthouse.ts --reports <dir>    # also keep each page's full report (JSON, for the Lighthouse viewer)
 *   npx tsx bench/lighthouse.ts --page /en/about/  # audit these paths instead of the eight (repeatable)
 *
 * dist/ is served on 127.0.0.1 by the browser tests' plain server: no compression and no cache
 * headers, so the pages are measured heavier than a host that gzips them (GitHub Pages does) would
 * serve them; Lighthouse's zero-weight insights say so. Chromium is started here with the browser
 * tests' no-network flags, so nothing waits on a host this machine cannot reach.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse, { type Result } from 'lighthouse';
import { chromePath, serve } from '../harness/browser';
import { LOCALES, localePath } from '../src/lib/locale';

/** The four Lighthouse categories, by their ids in a report. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** One Lighthouse category id. */
export type Category = (typeof CATEGORIES)[number];

/** What Lighthouse found on one page. */
export interface PageResult {
  /** A short name, e.g. "story (en)". */
  name: string;
  /** The site path audited, e.g. "/en/stories/some-slug/". */
  path: string;
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Per category, the ids of its scored audits that did not pass (below a full score, or an error). */
  failing: Record<Category, string[]>;
  /** Per category, the ids of audits Lighthouse flags that carry no weight in the score (its "insights"). */
  advice: Record<Category, string[]>;
  /** Lighthouse's own warnings about the run (e.g. a page that redirected), if any. */
  warnings: string[];
}

/** Chromium flags: headless, and no connection to anything but the page under test. */
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The first story link on a built story list, so the bench follows the content rather than naming a story. */
function firstStory(dist: string, list: string): string {
  const file = join(dist, list, 'index.html');
  const match = new RegExp(`href="(${list}[a-z0-9-]+/)"`).exec(readFileSync(file, 'utf8'));
  if (!match?.[1]) throw new Error(`No story link found in ${file}.`);
  return match[1];
}

/** The pages audited: home, a story, the story list and search, in every language. */
export function pagesToAudit(dist: string): { name: string; path: string }[] {
  return LOCALES.flatMap((locale) => [
    { name: `home (${locale})`, path: localePath(locale, '/') },
    { name: `story (${locale})`, path: firstStory(dist, localePath(locale, '/stories/')) },
    { name: `stories (${locale})`, path: localePath(locale, '/stories/') },
    { name: `search (${locale})`, path: localePath(locale, '/search/') },
  ]);
}

/** Starts Chromium with a fresh profile and a DevTools port, resolving once the port is known. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const executable = chromePath();
  if (!executable) throw new Error('No Chromium found: install Debian’s chromium or set CHROME_PATH.');
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const child: ChildProcess = spawn(
    executable,
    [...CHROME_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${log}`)), 20_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it opened a port:\n${log}`)));
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A page to audit: a short name for the table and its path on the site. */
export interface PageToAudit {
  name: string;
  path: string;
}

/** A record with one value per category. */
const perCategory = <T>(value: (id: Category) => T) =>
  Object.fromEntries(CATEGORIES.map((id) => [id, value(id)])) as Record<Category, T>;

/** Scores and not-passed audits of one category of a Lighthouse report. */
function categoryResult(lhr: Result, id: Category): { score: number; failing: string[]; advice: string[] } {
  const category = lhr.categories[id];
  if (!category) throw new Error(`${lhr.finalDisplayedUrl}: the report has no ${id} category.`);
  const failing: string[] = [];
  const advice: string[] = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit) continue;
    const scored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
    const passed = audit.scoreDisplayMode !== 'error' && (!scored || audit.score === null || audit.score >= 1);
    if (!passed) (ref.weight > 0 || audit.scoreDisplayMode === 'error' ? failing : advice).push(audit.id);
  }
  return { score: Math.round((category.score ?? 0) * 100), failing, advice };
}

/**
 * Audits the eight pages of a built site (default `dist`), or the given ones, with Lighthouse's default
 * settings and returns, per page, the four category scores and the audits that did not pass. Pages run one
 * after another in one Chromium, as Lighthouse needs the machine to itself for its timings. With `reports`,
 * each page's full report is written there as JSON.
 */
export async function runLighthouse(
  dist = 'dist',
  options: { pages?: PageToAudit[]; reports?: string } = {},
): Promise<PageResult[]> {
  const pages = options.pages ?? pagesToAudit(dist);
  const server = await serve(dist);
  const chromium = await startChromium();
  try {
    const results: PageResult[] = [];
    for (const page of pages) {
      const run = await lighthouse(`${server.url}${page.path}`, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned no result for ${page.path}.`);
      const { lhr } = run;
      if (options.reports) {
        mkdirSync(options.reports, { recursive: true });
        const file = `${page.name.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'page'}.json`;
        writeFileSync(join(options.reports, file), JSON.stringify(lhr));
      }
      if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const found = perCategory((id) => categoryResult(lhr, id));
      results.push({
        ...page,
        scores: perCategory((id) => found[id].score),
        failing: perCategory((id) => found[id].failing),
        advice: perCategory((id) => found[id].advice),
        warnings: lhr.runWarnings.map(String),
      });
    }
    return results;
  } finally {
    await chromium.stop();
    await server.close();
  }
}

/** Prints the scores as a table and names what is below 100; true when every score is 100. */
function report(results: PageResult[], seconds: number): boolean {
  const short: Record<Category, string> = {
    performance: 'perf',
    accessibility: 'a11y',
    'best-practices': 'bp',
    seo: 'seo',
  };
  console.log(`${'page'.padEnd(14)} ${CATEGORIES.map((id) => short[id].padStart(5)).join(' ')}   path`);
  for (const result of results) {
    const cells = CATEGORIES.map((id) => String(result.scores[id]).padStart(5)).join(' ');
    console.log(`${result.name.padEnd(14)} ${cells}   ${result.path}`);
  }
  console.log(
    `\n${results.length} pages in ${seconds.toFixed(1)} s (${(seconds / results.length).toFixed(1)} s a page).`,
  );
  let perfect = true;
  const advice = new Map<string, number>();
  for (const result of results) {
    for (const warning of result.warnings) console.log(`warning, ${result.name}: ${warning}`);
    for (const id of CATEGORIES) {
      const failing = result.failing[id].join(', ');
      if (result.scores[id] < 100) {
        perfect = false;
        console.error(`${result.name} ${result.path}: ${id} ${result.scores[id]}: ${failing || 'no audit named'}`);
      } else if (failing) {
        console.log(`${result.name}: ${id} 100, short of a full score in ${failing}`);
      }
      for (const audit of result.advice[id]) advice.set(audit, (advice.get(audit) ?? 0) + 1);
    }
  }
  if (advice.size > 0) {
    const list = [...advice].map(([audit, pages]) => `${audit} (${pages} of ${results.length})`).join(', ');
    console.log(`Flagged, with no weight in the scores: ${list}.`);
  }
  return perfect;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      reports: { type: 'string' },
      page: { type: 'string', multiple: true },
    },
  });
  const pages = values.page?.map((path) => ({ name: path, path }));
  const started = performance.now();
  const results = await runLighthouse(values.dist, { pages, reports: values.reports });
  const perfect = report(results, (performance.now() - started) / 1000);
  process.exitCode = perfect ? 0 : 1;
}
