/**
 * The budgets the benchmark holds the site to (from the product's quality bars), and the
 * verdict on each measurement.
 */
import type { Category, PageResult } from './lighthouse';
import type { machine } from './measure';
import type { ScaleResult } from './scale';
import type { SearchCost } from './search';
import type { PageWeight } from './weight';

export const BUDGETS = {
  /** A story page, gzip: its HTML, and everything it loads with its charts and map. */
  storyHtmlKB: 14,
  storyTotalKB: 20,
  /**
   * The search page plus its first query, gzip; time to results, median, for a first search on a
   * freshly opened page: from the input, typed as soon as the page has loaded, or, sent from a
   * story page's header, from the words' arrival at the search page (its DOMContentLoaded).
   */
  searchKB: 120,
  searchMs: 100,
  /** Every Lighthouse category on every page audited. */
  lighthouse: 100,
  /** A rebuild of 1,000 generated stories: seconds and peak memory of the whole process tree. */
  thousandSeconds: 15,
  thousandMiB: 1024,
  /** 5,000 generated stories, seconds. */
  fiveThousandSeconds: 180,
  /** Cost per story at the largest size against 1,000 stories: flat means at most this ratio. */
  perStoryGrowth: 1.25,
};

/** Everything one benchmark run measured. */
export interface Results {
  date: string;
  machine: ReturnType<typeof machine>;
  budgets: typeof BUDGETS;
  site?: { seconds: number; peakMiB: number; otherCores: number };
  weights?: PageWeight[];
  search?: SearchCost[];
  lighthouse?: PageResult[];
  scale?: ScaleResult[];
  verdicts?: Verdict[];
}

/** One budget, checked. */
export interface Verdict {
  name: string;
  measured: string;
  budget: string;
  ok: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** "zh page, en words": which search page, and the language of the words typed on it. */
export function searchName(search: SearchCost): string {
  return `${search.locale} page, ${search.words} words`;
}

/** Where the words were typed, as the table says it. */
export function searchWay(search: SearchCost): string {
  if (search.from === 'search page') return 'typed on the search page as it loads';
  const way = "sent from a story page's header";
  return search.from === 'header' ? way : `${way} again (all it loads cached)`;
}

/** Where the words were typed and what the time runs from, as the budget's name says it. */
export function searchStart(search: SearchCost): string {
  return search.from === 'search page' ? searchWay(search) : `${searchWay(search)}, from their arrival`;
}

/** Checks every budget that the results have measurements for. */
export function verdicts(results: Results): Verdict[] {
  const checks: Verdict[] = [];
  for (const weight of results.weights?.filter((one) => one.type.startsWith('story')) ?? []) {
    checks.push({
      name: `story page HTML (${weight.locale})`,
      measured: kb(weight.html),
      budget: `≤ ${BUDGETS.storyHtmlKB} KB`,
      ok: weight.html <= BUDGETS.storyHtmlKB * 1024,
    });
    checks.push({
      name: `story page total (${weight.locale})`,
      measured: kb(weight.total),
      budget: `≤ ${BUDGETS.storyTotalKB} KB`,
      ok: weight.total <= BUDGETS.storyTotalKB * 1024,
    });
  }
  for (const search of results.search ?? []) {
    if (search.firstQueryBytes !== undefined)
      checks.push({
        name: `search page + first query (${searchName(search)})`,
        measured: kb(search.firstQueryBytes),
        budget: `≤ ${BUDGETS.searchKB} KB`,
        ok: search.firstQueryBytes <= BUDGETS.searchKB * 1024,
      });
    // A search repeated with everything cached shows what is left without loading: no budget holds it.
    if (search.from === 'header, cached') continue;
    checks.push({
      name: `search to results, median (${searchName(search)}, ${searchStart(search)})`,
      measured: `${search.medianMs.toFixed(0)} ms${search.misses.length ? `, not found: ${search.misses.join(', ')}` : ''}`,
      budget: `≤ ${BUDGETS.searchMs} ms, every word found`,
      ok: search.medianMs <= BUDGETS.searchMs && search.misses.length === 0,
    });
  }
  for (const audit of results.lighthouse ?? []) {
    const low = Object.entries(audit.scores).filter(([, score]) => score < BUDGETS.lighthouse);
    checks.push({
      name: `Lighthouse ${audit.name}`,
      measured: low.length
        ? low
            .map(([category, score]) => `${category} ${score} (${audit.failing[category as Category].join(', ')})`)
            .join('; ')
        : 'all 100',
      budget: `${BUDGETS.lighthouse} in every category`,
      ok: low.length === 0,
    });
  }
  const scale = results.scale ?? [];
  const thousand = scale.find((size) => size.stories === 1000);
  if (thousand) {
    checks.push({
      name: 'rebuild of 1,000 stories, time',
      measured: `${thousand.warm.seconds.toFixed(1)} s`,
      budget: `≤ ${BUDGETS.thousandSeconds} s`,
      ok: thousand.warm.seconds <= BUDGETS.thousandSeconds,
    });
    checks.push({
      name: 'rebuild of 1,000 stories, peak memory',
      measured: `${thousand.warm.peakMiB.toFixed(0)} MiB`,
      budget: `≤ ${BUDGETS.thousandMiB} MiB`,
      ok: thousand.warm.peakMiB <= BUDGETS.thousandMiB,
    });
  }
  const fiveThousand = scale.find((size) => size.stories === 5000);
  if (fiveThousand)
    checks.push({
      name: 'rebuild of 5,000 stories, time',
      measured: `${fiveThousand.warm.seconds.toFixed(1)} s`,
      budget: `≤ ${BUDGETS.fiveThousandSeconds} s`,
      ok: fiveThousand.warm.seconds <= BUDGETS.fiveThousandSeconds,
    });
  const largest = scale.at(-1);
  if (thousand && largest && largest.stories > thousand.stories) {
    const growth = largest.msPerStory / thousand.msPerStory;
    checks.push({
      name: `cost per story, ${largest.stories.toLocaleString('en')} against 1,000`,
      measured: `× ${growth.toFixed(2)}`,
      budget: `≤ × ${BUDGETS.perStoryGrowth}`,
      ok: growth <= BUDGETS.perStoryGrowth,
    });
  }
  return checks;
}
