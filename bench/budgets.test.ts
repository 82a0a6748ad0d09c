/** A measurement over a budget is reported as broken, by name. */
import { describe, expect, it } from 'vitest';
import { BUDGETS, verdicts, type Results } from './budgets';
import { machine } from './measure';
import { tableRows } from './table';

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

  it('report a header search repeated with everything cached beside the budget, without holding it to one', () => {
    const repeated = {
      locale: 'zh' as const,
      words: 'en' as const,
      from: 'header, cached' as const,
      medianMs: BUDGETS.searchMs + 20,
      slowestMs: BUDGETS.searchMs + 60,
      fromSubmitMs: 260,
      openMs: 140,
      count: 11,
      misses: [],
    };
    const results: Results = { date: '2026-01-01', machine: machine(), budgets: BUDGETS, search: [repeated] };
    const checks = verdicts(results);
    expect(checks).toEqual([]);
    expect(tableRows(results, checks)).toEqual([
      [
        "search (zh page, en words), 11 words sent from a story page's header again (all it loads cached)",
        'from arrival: median 120 ms, slowest 160 ms; from submit: median 260 ms, of which opening the page 140 ms',
        '',
      ],
    ]);
  });
});
