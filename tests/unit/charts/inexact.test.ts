/**
 * A part-of-whole chart, and a derived figure, built from "more than" figures: 800+ spaces by the
 * night market out of 3,000+ new ones. What the two leave (3,000+ minus 800+) and the share of
 * the part are not known, so neither is given as a number; the check says why, in either language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/charts/chart-data';
import { findChart, resolveChart } from '../../../src/charts/model';
import { chartView } from '../../../src/charts/view';
import { checkContent, formatProblem } from '../../../src/content-check';
import { fillFallbacks } from '../../../src/i18n/locales';
import { resolveFigures } from '../../../src/lib/figures';
import type { Locale } from '../../../src/lib/locale';
import { problemLine } from '../../../src/lib/problems';
import { initiativeSchema } from '../../../src/schemas/initiative';
import { parseCsv } from '../../../harness/csv';
import { contentTree, FIXTURES } from '../../../harness/fixture';
import { UNITS } from '../../../harness/units';
import { parse } from 'yaml';

const DATA = 'initiatives/night-market/data.yaml';
const ZH = 'initiatives/night-market/zh.mdx';
const EN = 'initiatives/night-market/en.mdx';
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** The charts fixture with 3,000+ new spaces, 800+ of them by the night market. */
const lowerBounds = fixture('charts/data.yaml')
  .replace('value: 3840', 'value: 3000')
  .replace(
    'value: 1200\n    unit: space\n    qualifier: about',
    'value: 800\n    unit: space\n    qualifier: at-least',
  );
/** The same with exactly 800 by the night market. */
const exactPart = lowerBounds.replace(
  'value: 800\n    unit: space\n    qualifier: at-least',
  'value: 800\n    unit: space\n    qualifier: exact',
);
/** A derived figure for what the market's spaces leave of the new ones. */
const withRest = (yaml: string) =>
  yaml.replace(
    'derived:\n',
    'derived:\n  - id: other-spaces\n    op: difference\n    of: [spaces, market-spaces]\n    unit: space\n    tableOnly: true\n    label: { zh: 其他新增车位, en: other new spaces }\n',
  );

/** The check's clock, pinned (after the fixture's `published` date), so the test passes on any day. */
const CHECKED_ON = new Date('2026-12-01T09:00:00Z');

let cleanup = () => {};
afterEach(() => cleanup());

function check(yaml: string) {
  const placed = (locale: 'zh' | 'en') =>
    `${fixture(`valid/initiatives/night-market/${locale}.mdx`)}\n<Chart id="by-place" />\n\n<Chart id="compare" />\n`;
  const tree = contentTree({ [DATA]: yaml, [ZH]: placed('zh'), [EN]: placed('en') });
  cleanup = tree.cleanup;
  return checkContent(tree.root, undefined, CHECKED_ON);
}

function view(yaml: string, locale: Locale) {
  const data = initiativeSchema.parse(parse(yaml));
  const figures = new Map(resolveFigures(data, UNITS).map((figure) => [figure.id, figure]));
  const resolved = resolveChart(findChart(data.charts, 'by-place', 'x.mdx'), figures, 'x.mdx');
  return { chart: chartView(resolved, locale), resolved };
}

describe('3,000+ new spaces, 800+ of them by the night market', () => {
  it('refuses a figure derived as their difference, saying which combinations are known', () => {
    const { problems } = check(withRest(lowerBounds));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/initiatives\/night-market\/data\.yaml:\d+ {2}derived\[0\]\.of: "other-spaces" cannot be worked out: "spaces" \(more than 3000\) minus "market-spaces" \(more than 800\) could be almost anything.*not both "more than" nor both "nearly"/,
      ),
    ]);
    expect(problemLine(problems[0]!, 'zh')).toMatch(
      /derived\[0\]\.of: “other-spaces”无法推算：“spaces”（3000余）减去“market-spaces”（800余），结果可能是几乎任何值/,
    );
  });

  it('passes the chart with a warning that names it and its figures', () => {
    const { problems, warnings } = check(lowerBounds);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/initiatives\/night-market\/data\.yaml:\d+ {2}charts\[0\]\.figures: chart "by-place": the whole "spaces" \(more than 3000\) and the parts "market-spaces" \(more than 800\) do not tell the parts' shares/,
      ),
    ]);
    expect(problemLine(warnings[0]!, 'zh')).toContain(
      '图表“by-place”：从整体“spaces”（3000余）和部分“market-spaces”（800余）算不出',
    );
  });

  it.each([
    ['en', '800+ parking spaces', 'not known', 'the rest (derived)'],
    ['zh', '800余个', '无法推算', '其余（推算）'],
  ] as const)('%s: draws the part with no share, and the rest as not known', (locale, part, unknown, rest) => {
    const { chart } = view(lowerBounds, locale);
    const keys = chart.partOfWhole!.segments.map((segment) => segment.key.map((line) => line.text));
    expect(keys[0]![0]).toBe(part);
    expect(keys[1]![0]).toBe(unknown);
    expect(chart.rows.map((row) => [row.label, row.value, row.share])).toEqual([
      [expect.any(String), locale === 'en' ? '3,000+ parking spaces' : '3000余个', undefined],
      [expect.any(String), part, unknown],
      [rest, unknown, unknown],
    ]);
    for (const text of [chart.desc, ...keys.flat()]) expect(text).not.toMatch(/2,?200|73\.3|26\.7/);
    expect(chart.desc).toContain(unknown);
  });

  it('leaves the rest out of the chart’s CSV', () => {
    const { resolved } = view(lowerBounds, 'en');
    const rows = parseCsv(
      chartCsv(resolved, new Map(), fillFallbacks({ zh: '其余（推算）', en: 'the rest (derived)' })),
    );
    expect(rows.slice(1).map((row) => row[0])).toEqual(['spaces', 'market-spaces']);
  });
});

describe('3,000+ new spaces, exactly 800 of them by the night market', () => {
  it('shows what is known: the rest is more than 2,200, the share at most 26.7%', () => {
    const { chart } = view(exactPart, 'en');
    expect(chart.partOfWhole!.segments.map((segment) => segment.key[0]!.text)).toEqual([
      '800 parking spaces · nearly 26.7%',
      '2,200+ parking spaces · more than 73.3%',
    ]);
    expect(view(exactPart, 'zh').chart.partOfWhole!.segments.map((segment) => segment.key[0]!.text)).toEqual([
      '800个，占近26.7%',
      '2200余个，占超过73.3%',
    ]);
    const { problems, warnings } = check(withRest(exactPart));
    expect(problems).toEqual([]);
    // The part's share turns "more than" round into "at most": worth a look.
    expect(warnings.map((warning) => warning.key)).toEqual(['chartInexact']);
  });
});
