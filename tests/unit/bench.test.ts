/**
 * The benchmark measures what it says: its generated stories pass the content check and are as
 * rich as the real ones, and a measurement over a budget is reported as broken, by name.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUDGETS, verdicts, type Results } from '../../bench/budgets';
import { generateSite } from '../../bench/generate';
import { machine } from '../../bench/measure';
import { checkContent } from '../../src/content-check';

const real = readdirSync(join('content', 'initiatives')).length;
const count = real * 3 + 1;
const site = generateSite(process.cwd(), count);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('generated stories', () => {
  const stories = readdirSync(join(site, 'content', 'initiatives'));

  it('pass the content check, with no warning about figures left unused', () => {
    const report = checkContent(site);
    expect(report.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
    expect(report.initiatives.size).toBe(count);
  });

  it('keep every figure and chart of the story they copy, in both languages', () => {
    for (const slug of stories.filter((name) => name.endsWith('-1'))) {
      const original = slug.replace(/-1$/, '');
      const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
      const copy = parse(read(join(site, 'content', 'initiatives', slug), 'data.yaml')) as Record<string, unknown>;
      const source = parse(read(join('content', 'initiatives', original), 'data.yaml')) as Record<string, unknown>;
      // One story is the site's headline; its copies are ordinary stories.
      const ordinary = (figures: unknown) =>
        (figures as Record<string, unknown>[]).map(({ headline: _headline, ...figure }) => figure);
      expect(ordinary(copy.figures), slug).toEqual(ordinary(source.figures));
      expect(copy.charts, slug).toEqual(source.charts);
      for (const lang of ['zh', 'en']) {
        const text = read(join(site, 'content', 'initiatives', slug), `${lang}.mdx`);
        const figures = (body: string) => body.match(/<(Figure|Chart)\b[^>]*>/g) ?? [];
        expect(figures(text), `${slug}/${lang}`).toEqual(
          figures(read(join('content', 'initiatives', original), `${lang}.mdx`)),
        );
      }
    }
  });

  it('have titles of their own and words that grow with the site', () => {
    const titles = new Set<string>();
    const words = new Set<string>();
    for (const slug of stories) {
      const text = readFileSync(join(site, 'content', 'initiatives', slug, 'en.mdx'), 'utf8');
      titles.add(/^title: (.*)$/m.exec(text)![1]!);
      for (const word of text
        .split('\n')
        .at(-2)!
        .match(/\b[A-Z][a-z]+\b/g) ?? [])
        words.add(word);
    }
    expect(titles.size).toBe(count);
    expect(words.size).toBeGreaterThan(count);
  });
});

describe('budgets', () => {
  const results = (thousandSeconds: number): Results => ({
    date: '2026-01-01',
    machine: machine(),
    budgets: BUDGETS,
    scale: [
      {
        stories: 1000,
        pages: 2073,
        cold: { seconds: 60, cpuSeconds: 90, peakMiB: 900, otherCores: 0 },
        warm: { seconds: thousandSeconds, cpuSeconds: 20, peakMiB: 900, otherCores: 0 },
        runs: [],
        msPerStory: thousandSeconds,
        steps: {},
        peakProcesses: [],
      },
    ],
  });

  it('name a build over its time budget as broken, and pass one within it', () => {
    const over = verdicts(results(BUDGETS.thousandSeconds + 1)).filter((check) => !check.ok);
    expect(over.map((check) => check.name)).toEqual(['rebuild of 1,000 stories, time']);
    expect(verdicts(results(BUDGETS.thousandSeconds)).every((check) => check.ok)).toBe(true);
  });

  it('hold every first search to the budgets, each page and language of words named, a word not found breaking it', () => {
    const search = (words: 'zh' | 'en', medianMs: number, misses: string[] = []) => ({
      locale: 'zh' as const,
      words,
      from: 'search page' as const,
      firstQueryBytes: 100 * 1024,
      medianMs,
      slowestMs: medianMs,
      count: 14,
      misses,
    });
    const checks = verdicts({
      date: '2026-01-01',
      machine: machine(),
      budgets: BUDGETS,
      search: [search('zh', BUDGETS.searchMs), search('en', BUDGETS.searchMs + 1), search('en', 50, ['fungi'])],
    });
    expect(checks.filter((check) => !check.ok).map((check) => check.name)).toEqual([
      'search to results, median (zh page, en words, typed on the search page as it loads)',
      'search to results, median (zh page, en words, typed on the search page as it loads)',
    ]);
    expect(
      checks.filter((check) => check.name.startsWith('search page + first query')).every((check) => check.ok),
    ).toBe(true);
  });

  it('hold a search sent from the header to the budget from its arrival at the search page, not from the submit', () => {
    const header = (medianMs: number) => ({
      locale: 'en' as const,
      words: 'zh' as const,
      from: 'header' as const,
      medianMs,
      slowestMs: medianMs,
      // The browser's opening of the page comes on top, and is reported beside it.
      fromSubmitMs: medianMs + 200,
      openMs: 150,
      count: 14,
      misses: [],
    });
    const checks = verdicts({
      date: '2026-01-01',
      machine: machine(),
      budgets: BUDGETS,
      search: [header(BUDGETS.searchMs), header(BUDGETS.searchMs + 1)],
    });
    expect(checks.map((check) => [check.name, check.ok])).toEqual([
      ["search to results, median (en page, zh words, sent from a story page's header, from their arrival)", true],
      ["search to results, median (en page, zh words, sent from a story page's header, from their arrival)", false],
    ]);
  });
});
