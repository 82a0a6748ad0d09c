import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { contentTree, FIXTURES } from '../support/fixture';

const DATA = 'initiatives/night-market/data.yaml';
const ZH = 'initiatives/night-market/zh.mdx';
const EN = 'initiatives/night-market/en.mdx';
const bad = (name: string) => readFileSync(join(FIXTURES, 'bad', name), 'utf8');
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

function check(changes: Record<string, string | null>): Problem[] {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root).problems;
}

describe('content check on the valid fixture', () => {
  it('finds no problem', () => {
    expect(check({})).toEqual([]);
  });
});

describe('content check on malformed data.yaml', () => {
  // Each bad fixture changes one thing; the editor must be told the file, line, field and fix.
  const cases: { fixture: string; line: number; field: string; message: RegExp }[] = [
    {
      fixture: 'qualifier.yaml',
      line: 14,
      field: 'figures[0].qualifier',
      message: /must be one of: exact, at-least, about, nearly/,
    },
    {
      fixture: 'value-text.yaml',
      line: 12,
      field: 'figures[0].value',
      message: /plain number without units or commas/,
    },
    {
      fixture: 'unit.yaml',
      line: 13,
      field: 'figures[0].unit',
      message: /unknown unit "spots"; use one of: space, car-park, matter, or add it to content\/units\.yaml/,
    },
    { fixture: 'theme.yaml', line: 1, field: 'theme', message: /unknown theme "housing"; use one of: livelihood/ },
    {
      fixture: 'tag.yaml',
      line: 3,
      field: 'tags[1]',
      message: /unknown tag "night-life"; use an id from content\/tags\.yaml/,
    },
    { fixture: 'place.yaml', line: 2, field: 'places[0]', message: /unknown place "520199"/ },
    {
      fixture: 'figure-source.yaml',
      line: 16,
      field: 'figures[0].source',
      message: /"newspaper" is not in this story's `sources:` list/,
    },
    { fixture: 'period.yaml', line: 6, field: 'period', message: /must be a year \(`2023`\), a month \(`2023-11`\)/ },
    {
      fixture: 'derived-input.yaml',
      line: 28,
      field: 'derived[0].of[1]',
      message: /"lots" is not a stated figure of this story/,
    },
    {
      fixture: 'key-figure.yaml',
      line: 9,
      field: 'keyFigures[0]',
      message: /unknown figure id "space"; use one of: spaces, car-parks, per-car-park/,
    },
    { fixture: 'published.yaml', line: 7, field: 'published', message: /must be a date written as YYYY-MM-DD/ },
    { fixture: 'agencies-missing.yaml', line: 1, field: 'agencies', message: /is missing: add a line `agencies:`/ },
    {
      fixture: 'typo-field.yaml',
      line: 18,
      field: 'figures[1]',
      message: /unknown field qualifer: check the spelling/,
    },
    { fixture: 'duplicate-id.yaml', line: 18, field: 'figures[1].id', message: /"spaces" is used twice/ },
    { fixture: 'yaml-syntax.yaml', line: 3, field: '', message: /is not valid YAML/ },
  ];

  it.each(cases)('$fixture → $field: $message', ({ fixture, line, field, message }) => {
    const problems = check({ [DATA]: bad(fixture) });
    const problem = problems.find((candidate) => message.test(candidate.message));
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem).toMatchObject({
      file: expect.stringMatching(/content\/initiatives\/night-market\/data\.yaml$/),
      line,
    });
    expect(problem!.field ?? '').toBe(field);
  });
});

describe('content check on stories', () => {
  it('names the file and line of a misspelt figure id and lists the known ids', () => {
    const problems = check({ [EN]: valid(EN).replace('<Figure id="spaces" />', '<Figure id="spaces-added" />') });
    // The misspelt reference, and the figure it meant, now shown in one language only.
    expect(problems).toHaveLength(2);
    expect(formatProblem(problems[1]!)).toMatch(
      /data\.yaml:\d+ {2}figures\[0\]\.id: figure "spaces" is not shown in en\.mdx/,
    );
    expect(formatProblem(problems[0]!)).toMatch(
      /^content\/initiatives\/night-market\/en\.mdx:6:10 {2}Figure\.id: unknown figure id "spaces-added"\. Use one of the ids in data\.yaml: spaces, car-parks, per-car-park\.$/,
    );
  });

  it('requires both languages', () => {
    const problems = check({ [ZH]: null });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/night-market\/zh\.mdx {2}is missing: every story needs zh\.mdx and en\.mdx/),
    ]);
  });

  it('requires a title in the frontmatter', () => {
    const problems = check({ [ZH]: valid(ZH).replace(/^title: .*\n/m, '') });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'title', message: expect.stringMatching(/needs a `title:` line/) }),
    ]);
  });

  it('rejects imports and components that are not story components', () => {
    const problems = check({
      [EN]: valid(EN).replace('It added', "import Gallery from 'some-package';\n\n<Gallery />\n\nIt added"),
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^imports are not allowed in stories/),
      expect.stringMatching(/^<Gallery> is not a story component/),
    ]);
  });

  it('rejects links to a missing story or to the other language', () => {
    const problems = check({ [ZH]: `${valid(ZH)}\n[甲](/stories/nowhere/) [乙](/en/stories/night-market/)\n` });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/links to a story that does not exist: \/stories\/nowhere\//),
      expect.stringMatching(/link to \/stories\/night-market\/ instead/),
    ]);
  });

  it('rejects a figure typed as digits, but not other numbers', () => {
    const problems = check({
      [EN]: `${valid(EN)}\nIn 2023 it had 3,840 spaces; later 3840 again, not 38400 or 3840.5 or 13840; 7 car parks.\n`,
    });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/en\.mdx:8:16 {2}the number 3,840 is typed by hand; write <Figure id="spaces" \/>/),
      expect.stringMatching(/en\.mdx:8:36 {2}the number 3840 is typed by hand/),
    ]);
  });

  it('rejects images without alt text', () => {
    const problems = check({ [EN]: `${valid(EN)}\n![](/photo.jpg)\n` });
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/has no alt text/) })]);
  });
});

describe("the site's own content", () => {
  it('passes the check', () => {
    const { problems, initiatives } = checkContent(process.cwd());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(initiatives.size).toBeGreaterThanOrEqual(10);
  });
});
