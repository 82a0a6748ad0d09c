import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../../src/content-check';
import { contentTree, FIXTURES } from '../../../harness/fixture';

const DATA = 'initiatives/night-market/data.yaml';
const ZH = 'initiatives/night-market/zh.mdx';
const EN = 'initiatives/night-market/en.mdx';
const withCharts = readFileSync(join(FIXTURES, 'charts', 'data.yaml'), 'utf8');
const story = (locale: 'zh' | 'en') =>
  readFileSync(join(FIXTURES, 'valid', `initiatives/night-market/${locale}.mdx`), 'utf8');
const placed = (locale: 'zh' | 'en', ...ids: string[]) =>
  `${story(locale)}\n${ids.map((id) => `<Chart id="${id}" />\n`).join('\n')}`;

let cleanup = () => {};
afterEach(() => cleanup());

/** Checks the valid fixture with the charts data.yaml, changed by `edit`, and both stories placing `ids`. */
function check(edit: (yaml: string) => string = (yaml) => yaml, ids = ['by-place', 'compare']): Problem[] {
  const tree = contentTree({ [DATA]: edit(withCharts), [ZH]: placed('zh', ...ids), [EN]: placed('en', ...ids) });
  cleanup = tree.cleanup;
  return checkContent(tree.root).problems;
}

/** 1-based line of the first (or last) line of the fixture containing `text`, after `edit`. */
function lineOf(text: string, edit: (yaml: string) => string, last = false): number {
  const lines = edit(withCharts).split('\n');
  const index = last
    ? lines.findLastIndex((line) => line.includes(text))
    : lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`fixture has no line with ${text}`);
  return index + 1;
}

describe('charts declared in data.yaml', () => {
  it('pass when the figures exist and the units fit', () => {
    expect(check().map(formatProblem)).toEqual([]);
  });

  const cases: {
    name: string;
    edit: (yaml: string) => string;
    /** Text of the line the problem is on; the last such line if `last`. */
    at: string;
    last?: boolean;
    field: string;
    message: RegExp;
  }[] = [
    {
      name: 'unknown figure',
      edit: (yaml) => yaml.replace('figures: [spaces, market-spaces]', 'figures: [spaces, market-space]'),
      at: 'figures: [spaces, market-space]',
      field: 'charts[1].figures[1]',
      message: /unknown figure id "market-space"; use one of: spaces, car-parks, market-spaces, per-car-park/,
    },
    {
      name: 'mixed units in a bar chart',
      edit: (yaml) => yaml.replace('figures: [spaces, market-spaces]', 'figures: [spaces, car-parks]'),
      at: 'figures: [spaces, car-parks]',
      field: 'charts[1].figures[1]',
      message: /"car-parks" is counted in car-park but "spaces" in space: bars must share one unit/,
    },
    {
      name: 'a part in another unit than the whole',
      edit: (yaml) => yaml.replace('figures: [market-spaces]', 'figures: [car-parks]'),
      at: 'figures: [car-parks]',
      field: 'charts[0].figures[0]',
      message: /"car-parks" is counted in car-park but the whole "spaces" in space/,
    },
    {
      name: 'parts exceeding the whole',
      edit: (yaml) => yaml.replace('figures: [market-spaces]', 'figures: [market-spaces, per-car-park, spaces]'),
      at: 'whole: spaces',
      field: 'charts[0].whole',
      message: /"spaces" is the whole, so it cannot also be one of the parts/,
    },
    {
      name: 'parts adding up to more than the whole',
      edit: (yaml) =>
        yaml
          .replace('whole: spaces', 'whole: market-spaces')
          .replace('figures: [market-spaces]', 'figures: [per-car-park, spaces]'),
      at: 'figures: [per-car-park, spaces]',
      field: 'charts[0].figures',
      message: /the parts add up to 4388\.57\d*, more than the whole "market-spaces" \(1200\)/,
    },
    {
      name: 'a part-of-whole chart without its whole',
      edit: (yaml) => yaml.replace('    whole: spaces\n', ''),
      at: 'kind: part-of-whole',
      field: 'charts[0].kind',
      message: /a part-of-whole chart needs `whole:`/,
    },
    {
      name: 'a whole on a bar chart',
      edit: (yaml) => yaml.replace('    kind: bar\n', '    kind: bar\n    whole: car-parks\n'),
      at: 'whole: car-parks',
      field: 'charts[1].whole',
      message: /only a part-of-whole chart takes `whole:`/,
    },
    {
      name: 'a missing language in the title',
      edit: (yaml) => yaml.replace('      en: Spaces compared\n', ''),
      // A map that lacks a key is reported where the map starts.
      at: 'zh: 车位比较',
      field: 'charts[1].title.en',
      message: /needs the English text \(`en:`\)/,
    },
    {
      name: 'a missing language in the note',
      edit: (yaml) =>
        yaml.replace('note: { zh: 两者不宜相加。, en: Do not add them up. }', 'note: { zh: 两者不宜相加。 }'),
      at: 'note:',
      field: 'charts[1].note.en',
      message: /needs the English text \(`en:`\)/,
    },
    {
      name: 'an unknown kind',
      edit: (yaml) => yaml.replace('kind: bar', 'kind: pie'),
      at: 'kind: pie',
      field: 'charts[1].kind',
      message: /must be one of: bar, part-of-whole, key-figures/,
    },
    {
      name: 'a bar chart of one figure',
      edit: (yaml) => yaml.replace('figures: [spaces, market-spaces]', 'figures: [spaces]'),
      at: 'figures: [spaces]',
      field: 'charts[1].figures',
      message: /a bar chart compares figures: list at least two/,
    },
    {
      name: 'a chart id used twice',
      edit: (yaml) => yaml.replace('id: compare', 'id: by-place'),
      at: '- id: by-place',
      last: true,
      field: 'charts[1].id',
      message: /"by-place" is used twice: chart ids must be unique/,
    },
    {
      name: 'a figure typed into a note',
      edit: (yaml) => yaml.replace('两者不宜相加。', '两者不宜相加，另有3840个。'),
      at: 'note:',
      field: 'charts[1].note.zh',
      message: /the number 3840 is typed by hand/,
    },
  ];

  it.each(cases)('rejects $name, naming the file, line and field', ({ edit, at, last, field, message }) => {
    const problems = check(edit);
    const problem = problems.find((candidate) => message.test(candidate.message));
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem!.file).toBe('content/initiatives/night-market/data.yaml');
    expect(problem!.field).toBe(field);
    expect(problem!.line).toBe(lineOf(at, edit, last));
  });
});

describe('<Chart id> in a story', () => {
  it('names the file and line of an unknown chart id and lists the known ones', () => {
    const problems = check(undefined, ['by-place', 'compare', 'by-district']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/initiatives\/night-market\/zh\.mdx:\d+:\d+ {2}Chart\.id: unknown chart id "by-district"\. Use one of the charts in data\.yaml: by-place, compare\.$/,
      ),
      expect.stringMatching(
        /^content\/initiatives\/night-market\/en\.mdx:12:1 {2}Chart\.id: unknown chart id "by-district"/,
      ),
    ]);
  });

  it('requires every declared chart in both languages, once', () => {
    const tree = contentTree({
      [DATA]: withCharts,
      [ZH]: placed('zh', 'by-place', 'compare', 'compare'),
      [EN]: placed('en', 'by-place'),
    });
    cleanup = tree.cleanup;
    expect(checkContent(tree.root).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/zh\.mdx:\d+:\d+ {2}Chart\.id: chart "compare" is placed twice/),
      expect.stringMatching(/en\.mdx {2}Chart\.id: chart "compare" is declared in data\.yaml but not placed here/),
    ]);
  });

  it('asks for an id when <Chart /> has none', () => {
    const tree = contentTree({
      [DATA]: withCharts,
      [ZH]: placed('zh', 'by-place', 'compare'),
      [EN]: `${placed('en', 'by-place', 'compare')}\n<Chart />\n`,
    });
    cleanup = tree.cleanup;
    expect(checkContent(tree.root).problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^<Chart> needs id="…": <Chart id="[^"]+" \/> draws a chart declared under `charts:` in data\.yaml/,
      ),
    ]);
  });
});
