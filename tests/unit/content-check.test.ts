import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { contentTree, FIXTURES, PNG } from '../../harness/fixture';

const DATA = 'initiatives/night-market/data.yaml';
const ZH = 'initiatives/night-market/zh.mdx';
const EN = 'initiatives/night-market/en.mdx';
const bad = (name: string) => readFileSync(join(FIXTURES, 'bad', name), 'utf8');
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

/** The check's "now", so dates in the future stay in the future. */
const NOW = new Date('2026-12-01T09:00:00Z');

function report(changes: Record<string, string | Uint8Array | null>, now = NOW) {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root, undefined, now);
}

function check(changes: Record<string, string | null>): Problem[] {
  return report(changes).problems;
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
      message:
        /unknown unit "spots"; use one of: space, car-park, matter, percent, yuan, or add it to content\/units\.yaml/,
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

/** A malformed edit: the files under fixtures/bad/edits/<name>/, laid over the valid content. */
function edit(name: string): Record<string, string> {
  const dir = join(FIXTURES, 'bad', 'edits', name);
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap((entry) =>
      statSync(join(folder, entry)).isDirectory() ? files(join(folder, entry)) : [join(folder, entry)],
    );
  return Object.fromEntries(files(dir).map((path) => [relative(dir, path), readFileSync(path, 'utf8')]));
}

describe('content check on malformed edits: dates, numbers, placeholders, vocabularies', () => {
  // Each edit is what an editor might plausibly type; the message must name file, line, field and fix.
  const cases: { edit: string; file: string; line: number; field: string; message: RegExp }[] = [
    {
      edit: 'date-impossible',
      file: DATA,
      line: 7,
      field: 'published',
      message: /^2024-02-30 is not a real date: February 2024 has 29 days; write it as YYYY-MM-DD$/,
    },
    {
      edit: 'period-reversed',
      file: DATA,
      line: 6,
      field: 'period',
      message: /^ends \(2023-11\) before it starts \(2024-01\): write the earlier date first, `2023-11\/2024-01`$/,
    },
    {
      edit: 'figure-period-day',
      file: DATA,
      line: 15,
      field: 'figures[0].period',
      message: /^2023-02-29 is not a real date: February 2023 has 28 days/,
    },
    {
      edit: 'published-future',
      file: DATA,
      line: 7,
      field: 'published',
      message: /^2027-03-01 is in the future: .*keep `status: draft` until then$/,
    },
    {
      edit: 'correction-before',
      file: DATA,
      line: 32,
      field: 'corrections[0].date',
      message: /^2026-01-05 is before the story was published \(2026-11-26\): a correction comes after publication/,
    },
    {
      edit: 'count-negative',
      file: DATA,
      line: 19,
      field: 'figures[1].value',
      message: /^-7 is negative, but `car-park` counts things: a count is 0 or more/,
    },
    {
      edit: 'count-fraction',
      file: DATA,
      line: 12,
      field: 'figures[0].value',
      message: /^3840\.5 is not a whole number, but `space` counts things/,
    },
    {
      edit: 'share-over',
      file: DATA,
      line: 28,
      field: 'derived[0].of',
      message:
        /^"spaces" \(3840\) is more than "car-parks" \(7\), so the share would be over 100%: .*`of: \[part, whole\]`/,
    },
    {
      edit: 'difference-negative',
      file: DATA,
      line: 28,
      field: 'derived[0].of',
      message:
        /^"car-parks" \(7\) minus "spaces" \(3840\) is negative, .*put the larger first, `of: \[spaces, car-parks\]`/,
    },
    {
      edit: 'source-date-impossible',
      file: 'sources/paper.yaml',
      line: 3,
      field: 'date',
      message: /^2024-13-01 is not a real date: there is no month 13/,
    },
    {
      edit: 'source-date-future',
      file: 'sources/paper.yaml',
      line: 3,
      field: 'date',
      message: /^2027-01-01 is in the future: write the date the source was published$/,
    },
    {
      edit: 'placeholder-published',
      file: DATA,
      line: 5,
      field: 'agencies[0].en',
      message:
        /^still holds a placeholder from `npm run new-story` \("TODO: the agency, in English"\): fill in the real value/,
    },
    {
      edit: 'placeholder-period',
      file: DATA,
      line: 6,
      field: 'period',
      message:
        /^still holds a placeholder from `npm run new-story` \("TODO: when it ran, e\.g\. 2023-11\/2024-01"\): write when the initiative ran or when its figures apply, in quotes: '2023', '2023-11', '2023-11\/2024-01' or '\.\.\/2024-01' \(as of\), or keep `status: draft`/,
    },
    {
      edit: 'placeholder-story',
      file: EN,
      line: 8,
      field: '',
      message: /^still holds a placeholder from `npm run new-story` \("TODO: say what changed\."\)/,
    },
    {
      edit: 'title-number',
      file: EN,
      line: 2,
      field: 'title',
      message:
        /^the number 3,840 is typed by hand: it is the figure "spaces" in data\.yaml\. A title cannot hold <Figure>/,
    },
    {
      edit: 'summary-derived',
      file: EN,
      line: 3,
      field: 'summary',
      message:
        /^the number 548\.6 is typed by hand: it is the derived figure "per-car-park" \(computed from "spaces" and "car-parks"\)/,
    },
    {
      edit: 'summary-share',
      file: EN,
      line: 3,
      field: 'summary',
      message: /^the number 48\.2 is typed by hand: it is the derived figure "covered-share"/,
    },
    {
      edit: 'summary-number-zh',
      file: ZH,
      line: 3,
      field: 'summary',
      message: /^the number 3840 is typed by hand: it is the figure "spaces"/,
    },
    { edit: 'places-not-list', file: DATA, line: 2, field: 'places', message: /^must be a list, e\.g\. \[a, b\]/ },
    {
      edit: 'place-code',
      file: 'places.yaml',
      line: 1,
      field: '[0].code',
      message: /^must be a six-digit GB\/T 2260 code$/,
    },
    {
      edit: 'tag-twice',
      file: 'tags.yaml',
      line: 2,
      field: '[1].id',
      message: /^"parking" is listed twice: ids must be unique$/,
    },
  ];

  it('has a fixture for every case and a case for every fixture', () => {
    expect(cases.map((item) => item.edit).sort()).toEqual(readdirSync(join(FIXTURES, 'bad', 'edits')).sort());
  });

  it.each(cases)('$edit → $file:$line $field', ({ edit: name, file, line, field, message }) => {
    const problems = check(edit(name));
    const problem = problems.find((candidate) => message.test(candidate.message));
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem).toMatchObject({ file: `content/${file}`, line });
    expect(problem!.field ?? '').toBe(field);
    expect(problem!.severity).toBeUndefined();
  });
});

describe('content check on exactness', () => {
  it('lets a draft hold placeholders and a future date, and refuses them once published', () => {
    const data = valid(DATA).replace('published: 2026-11-26', 'published: 2027-01-01');
    const story = `${valid(EN)}\nTODO: the rest.\n`;
    expect(check({ [DATA]: `${data}status: draft\n`, [EN]: story })).toEqual([]);
    expect(check({ [DATA]: data, [EN]: story }).map(formatProblem)).toEqual([
      expect.stringMatching(/data\.yaml:7 {2}published: 2027-01-01 is in the future/),
      expect.stringMatching(/en\.mdx:8 {2}still holds a placeholder/),
    ]);
  });

  it('does not count a placeholder written in a YAML comment', () => {
    expect(check({ [DATA]: `# TODO: check the agency\n${valid(DATA)}` })).toEqual([]);
  });

  it('treats a publication date that is already today somewhere on Earth as not in the future', () => {
    const on = (published: string, now: string) =>
      report({ [DATA]: valid(DATA).replace('published: 2026-11-26', `published: ${published}`) }, new Date(now))
        .problems.length;
    // At 09:00 UTC on 1 December it is 23:00 in Kiritimati (UTC+14); at 10:30 it is 2 December there.
    expect(on('2026-12-01', '2026-12-01T09:00:00Z')).toBe(0);
    expect(on('2026-12-02', '2026-12-01T09:00:00Z')).toBe(1);
    expect(on('2026-12-02', '2026-12-01T10:30:00Z')).toBe(0);
  });

  it('catches a derived share typed rounded to a whole percent, but not other numbers', () => {
    const changes = edit('summary-share');
    changes[EN] = changes[EN]!.replace('48.2% of the spaces', 'In 2024, 48 % of the 18 spaces');
    // (The fixture shows its figures in one language only, which is reported too.)
    expect(
      check(changes)
        .filter((problem) => /typed by hand/.test(problem.message))
        .map((problem) => problem.message),
    ).toEqual([expect.stringMatching(/^the number 48 is typed by hand: it is the derived figure "covered-share"/)]);
  });

  it('accepts leap days, open periods and a period within one year', () => {
    const data = valid(DATA)
      .replace("period: '2023-11/2024-01'", "period: '2023/2023-06'")
      .replace("    period: '../2024-01'", "    period: '2024-02-29'");
    expect(check({ [DATA]: data })).toEqual([]);
  });
});

describe('content check warnings', () => {
  it('warns, without failing, about a figure defined but never shown', () => {
    const data = valid(DATA).replace(
      'derived:',
      "  - id: lots\n    value: 12\n    unit: car-park\n    qualifier: exact\n    period: '2023'\n    source: paper\n    label: { zh: 地块, en: lots }\nderived:",
    );
    const { problems, warnings } = report({ [DATA]: data });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'content/initiatives/night-market/data.yaml:25  figures[2].id: "lots" is defined but never shown: write <Figure id="lots" /> in zh.mdx and en.mdx, list it under keyFigures, or delete it',
    ]);
    expect(warnings[0]!.severity).toBe('warning');
  });

  it('counts a figure as shown only where the story really places it, not in code that names it', () => {
    const data = valid(DATA).replace(
      'derived:',
      "  - id: lots\n    value: 12\n    unit: car-park\n    qualifier: exact\n    period: '2023'\n    source: paper\n    label: { zh: 地块, en: lots }\nderived:",
    );
    const example = '\n\nEditors write `<Figure id="lots" />` to show it.\n';
    const { problems, warnings } = report({ [DATA]: data, [ZH]: valid(ZH) + example, [EN]: valid(EN) + example });
    expect(problems).toEqual([]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^"lots" is defined but never shown/),
    ]);
  });

  it('fails when one language shows a figure the other does not', () => {
    const { problems, warnings } = report({ [ZH]: valid(ZH).replace('<Figure id="per-car-park" />', '约五百个') });
    expect(warnings).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/initiatives\/night-market\/data\.yaml:\d+ {2}derived\[0\]\.id: figure "per-car-park" is shown in en\.mdx but not in zh\.mdx/,
      ),
    ]);
  });

  it('warns about a story far longer than the others in its language', () => {
    const changes: Record<string, string> = {};
    for (const slug of ['a', 'b', 'c', 'd', 'e']) {
      const folder = `initiatives/market-${slug}`;
      changes[`${folder}/data.yaml`] = valid(DATA);
      changes[`${folder}/zh.mdx`] = valid(ZH);
      changes[`${folder}/en.mdx`] = valid(EN);
    }
    changes[`initiatives/market-e/en.mdx`] = `${valid(EN)}\n${'It also repainted the lines. '.repeat(40)}\n`;
    const tree = contentTree();
    cleanup = tree.cleanup;
    for (const [path, text] of Object.entries(changes)) {
      mkdirSync(join(tree.root, 'content', dirname(path)), { recursive: true });
      writeFileSync(join(tree.root, 'content', path), text);
    }
    const { problems, warnings } = checkContent(tree.root, undefined, NOW);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/initiatives\/market-e\/en\.mdx {2}is \d+\.\d times as long as the median story in en\.mdx files \([\d,]+ characters against \d+, spaces not counted\)/,
      ),
    ]);
  });
});

describe('content check on stories', () => {
  it('names the file and line of a misspelt figure id and lists the known ids', () => {
    const problems = check({ [EN]: valid(EN).replace('<Figure id="spaces" />', '<Figure id="spaces-added" />') });
    // The misspelt reference, and the figure it meant, now shown in one language only.
    expect(problems).toHaveLength(2);
    expect(formatProblem(problems[1]!)).toMatch(
      /data\.yaml:\d+ {2}figures\[0\]\.id: figure "spaces" is shown in zh\.mdx but not in en\.mdx/,
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
    const problems = report({
      [EN]: `${valid(EN)}\n![](photo.png)\n`,
      'initiatives/night-market/photo.png': PNG,
    }).problems;
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
