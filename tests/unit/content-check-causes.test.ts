/**
 * One cause, one message: a mistake is reported where it is, and not again, pointing the wrong
 * way, by the checks that depend on what it broke.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check';
import { contentTree, FIXTURES } from '../../harness/fixture';

const DATA = 'initiatives/night-market/data.yaml';
const ZH = 'initiatives/night-market/zh.mdx';
const EN = 'initiatives/night-market/en.mdx';
const SOURCE = 'sources/paper.yaml';
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const withCharts = fixture('charts/data.yaml');
const placed = (locale: 'zh' | 'en', ...ids: string[]) =>
  `${fixture(`valid/initiatives/night-market/${locale}.mdx`)}\n${ids.map((id) => `<Chart id="${id}" />\n`).join('\n')}`;

let cleanup = () => {};
afterEach(() => cleanup());

function problems(changes: Record<string, string>): string[] {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root, undefined, new Date('2026-12-01T09:00:00Z')).problems.map(formatProblem);
}

describe('a mistake under charts:', () => {
  const stories = (...ids: string[]) => ({ [ZH]: placed('zh', ...ids), [EN]: placed('en', ...ids) });

  it('is reported there, and the charts it declares are not "unknown" where the stories place them', () => {
    const found = problems({
      [DATA]: withCharts.replace('kind: bar', 'kind: pie'),
      ...stories('by-place', 'compare'),
    });
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/initiatives\/night-market\/data\.yaml:\d+ {2}charts\[1\]\.kind: must be one of: bar/,
      ),
    ]);
  });

  it('still leaves a chart id that is declared nowhere to be reported, with the ids that are', () => {
    const found = problems({
      [DATA]: withCharts.replace('kind: bar', 'kind: pie'),
      ...stories('by-place', 'compare', 'by-day'),
    });
    expect(found.filter((problem) => problem.includes('Chart.id'))).toEqual([
      expect.stringMatching(
        /zh\.mdx:\d+:1 {2}Chart\.id: unknown chart id "by-day"\. Use one of the charts in data\.yaml: by-place, compare\./,
      ),
      expect.stringMatching(
        /en\.mdx:\d+:1 {2}Chart\.id: unknown chart id "by-day"\. Use one of the charts in data\.yaml: by-place, compare\./,
      ),
    ]);
  });

  it('in a data.yaml that is not YAML at all, is the only message: no chart is called unknown', () => {
    const found = problems({ [DATA]: withCharts.replace('charts:\n', 'charts:\n  - id: [\n'), ...stories('by-place') });
    expect(found).toEqual([expect.stringMatching(/data\.yaml:\d+:\d+ {2}is not valid YAML/)]);
  });
});

describe('a source file that is there but refused', () => {
  const cited = (source: string) => ({ [SOURCE]: source });

  it.each([
    ['holds a placeholder where its date belongs', "date: 'TODO: 发表日期'", /date: still holds a placeholder/],
    ['is not valid YAML', 'date: 2024-01-29\ntitle: "报道', /is not valid YAML/],
    ['has an unknown field', 'date: 2024-01-29\npublsher: x', /has unknown field publsher/],
  ])('%s: its own problem is reported, and the story is not told to create it', (_, line, message) => {
    const source = fixture(`valid/${SOURCE}`).replace('date: 2024-01-29', line);
    const found = problems(cited(source));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^content/sources/paper\\.yaml:\\d+.*${message.source}`))]);
    expect(found.join('\n')).not.toContain('add content/sources/paper.yaml');
  });
});
