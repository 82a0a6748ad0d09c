/**
 * Content from a pull request is untrusted: addresses that run code, YAML that expands without
 * end, files too large or not files at all, numbers and dates that YAML readers silently change.
 * Each is refused with the file, line, field and fix, and no message quotes a refused file.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/content-check';
import { guardYaml } from '../../src/content-check/limits';
import { contentTree, FIXTURES } from '../../harness/fixture';

const DATA = 'initiatives/night-market/data.yaml';
const EN = 'initiatives/night-market/en.mdx';
const SOURCE = 'sources/paper.yaml';
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

/** The check's "now", so no date here is in the future. */
const NOW = new Date('2026-12-01T09:00:00Z');

function report(changes: Record<string, string>, links: Record<string, string> = {}) {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(tree.root, 'content', path));
  return checkContent(tree.root, undefined, NOW);
}

/** The problem whose message matches, with every problem in the failure message. */
function found(problems: Problem[], message: RegExp): Problem {
  const problem = problems.find((candidate) => message.test(candidate.message));
  expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
  return problem!;
}

/** Cases: what an editor (or an attacker) wrote, where, and what the check must say. */
interface Case {
  name: string;
  file: string;
  text: string;
  line: number;
  field?: string;
  message: RegExp;
}

const source = (line: string) => `${valid(SOURCE)}${line}\n`;
const value = (written: string) => valid(DATA).replace('value: 3840', `value: ${written}`);
const published = (written: string) => valid(DATA).replace('published: 2026-11-26', `published: ${written}`);

describe('source addresses: https (or http) web pages only, archives by their host', () => {
  const cases: Case[] = [
    {
      name: 'a javascript: url',
      file: SOURCE,
      text: source('url: javascript:alert(document.domain)'),
      line: 5,
      field: 'url',
      message: /^is a javascript: address, not a web page: give the https:\/\/ address of the page$/,
    },
    {
      name: 'a data: url',
      file: SOURCE,
      text: source("url: 'data:text/html,<script>alert(1)</script>'"),
      line: 5,
      field: 'url',
      message: /^is a data: address, not a web page/,
    },
    {
      name: 'a file: url',
      file: SOURCE,
      text: source('url: file:///etc/passwd'),
      line: 5,
      field: 'url',
      message: /^is a file: address, not a web page/,
    },
    {
      name: 'a javascript: archive dressed as one',
      file: SOURCE,
      text: source('archived: "javascript:alert(1)//https://web.archive.org/"'),
      line: 5,
      field: 'archived',
      message: /^is a javascript: address, not a web page/,
    },
    {
      name: 'an archive address on another host',
      file: SOURCE,
      text: source('archived: https://web.archive.org.evil.example/web/2024/https://example.org/'),
      line: 5,
      field: 'archived',
      message:
        /^is not on a web archive \("web\.archive\.org\.evil\.example"\): save the page at https:\/\/web\.archive\.org\//,
    },
    {
      name: 'an archive address only in the query',
      file: SOURCE,
      text: source('archived: https://evil.example/?copy=https://web.archive.org/'),
      line: 5,
      field: 'archived',
      message: /^is not on a web archive \("evil\.example"\)/,
    },
    {
      name: 'an archive over http',
      file: SOURCE,
      text: source('archived: http://web.archive.org/web/2024/https://example.org/'),
      line: 5,
      field: 'archived',
      message: /^must start with https:\/\//,
    },
    {
      name: 'an address without a scheme',
      file: SOURCE,
      text: source('url: www.example.org/news'),
      line: 5,
      field: 'url',
      message: /^must be a full web address starting with https:\/\/, e\.g\./,
    },
  ];

  it.each(cases)('$name → $file:$line $field', ({ file, text, line, field, message }) => {
    const problem = found(report({ [file]: text }).problems, message);
    expect(problem).toMatchObject({ file: `content/${file}`, line, field });
  });

  it('accepts https, and archive copies by host; http only for the original, with a warning', () => {
    const ok = report({
      [SOURCE]: source(
        'url: http://www.gyrbw.com/news/1.html\narchived: https://web.archive.org/web/2024/http://www.gyrbw.com/news/1.html',
      ),
    });
    expect(ok.problems).toEqual([]);
    expect(ok.warnings.map(formatProblem)).toEqual([
      'content/sources/paper.yaml:5  url: is http://, which is not encrypted: give the https:// address if the page has one, or save it at https://web.archive.org/ and add `archived:`',
    ]);
    expect(report({ [SOURCE]: source('url: https://www.gyrbw.com/news/1.html') }).warnings).toEqual([]);
  });
});

describe('numbers: plain digits a reader can read, held exactly', () => {
  const cases: Case[] = [
    {
      name: '1e300',
      file: DATA,
      text: value('1e300'),
      line: 12,
      field: 'figures[0].value',
      message: /^1e300 is larger than 9007199254740991, the largest number the site keeps exact: check the digits$/,
    },
    {
      name: 'a whole number past 2^53, which would be read as …992',
      file: DATA,
      text: value('9007199254740993'),
      line: 12,
      field: 'figures[0].value',
      message: /^9007199254740993 is larger than 9007199254740991/,
    },
    {
      name: 'infinity',
      file: DATA,
      text: value('.inf'),
      line: 12,
      field: 'figures[0].value',
      message: /^\.inf is not a number a reader can read .*write the value in plain digits/,
    },
    {
      name: 'not a number',
      file: DATA,
      text: value('.NaN'),
      line: 12,
      field: 'figures[0].value',
      message: /^\.NaN is not a number a reader can read/,
    },
    {
      name: 'an exponent',
      file: DATA,
      text: value('3.84e3'),
      line: 12,
      field: 'figures[0].value',
      message: /^3\.84e3 is written with an exponent: write it in plain digits/,
    },
    {
      name: 'hexadecimal',
      file: DATA,
      text: value('0xF00'),
      line: 12,
      field: 'figures[0].value',
      message: /^0xF00 is not written in plain decimal digits: write it as 3840$/,
    },
    {
      name: 'more decimals than a source gives',
      file: DATA,
      text: value('3840.123456'),
      line: 12,
      field: 'figures[0].value',
      message: /^3840\.123456 has more than 4 decimals: round it as the source does/,
    },
  ];

  it.each(cases)('$name → $file:$line $field', ({ file, text, line, field, message }) => {
    const { problems } = report({ [file]: text });
    const problem = found(problems, message);
    expect(problem).toMatchObject({ file: `content/${file}`, line, field });
    // One message per mistake: not also the value the YAML reader made of it.
    expect(problems.filter((other) => other.field === field)).toHaveLength(1);
  });
});

describe('dates: every part real, whatever form YAML reads', () => {
  const cases: Case[] = [
    {
      name: 'a timestamp on 30 February',
      file: DATA,
      text: published('2024-02-30T00:00:00Z'),
      line: 7,
      field: 'published',
      message: /^2024-02-30T00:00:00Z is not a real date and time: February 2024 has 29 days; write it as YYYY-MM-DD$/,
    },
    {
      name: 'day 32 and hour 25 in a source',
      file: SOURCE,
      text: valid(SOURCE).replace('date: 2024-01-29', 'date: 2024-1-32 25:00:00'),
      line: 3,
      field: 'date',
      message: /^2024-1-32 25:00:00 is not a real date and time: January 2024 has 31 days, there is no hour 25/,
    },
    {
      name: 'a YAML 1.1 timestamp with minute 61',
      file: DATA,
      text: published('2026-11-26t21:61:43.10 -5'),
      line: 7,
      field: 'published',
      message: /^2026-11-26t21:61:43\.10 -5 is not a real date and time: there is no minute 61/,
    },
    {
      name: 'an impossible day in quotes',
      file: DATA,
      text: published("'2024-02-30'"),
      line: 7,
      field: 'published',
      message: /^2024-02-30 is not a real date: February 2024 has 29 days; write it as YYYY-MM-DD$/,
    },
    {
      name: 'day 32 in quotes',
      file: SOURCE,
      text: valid(SOURCE).replace('date: 2024-01-29', "date: '2024-1-32'"),
      line: 3,
      field: 'date',
      message: /^2024-1-32 is not a real date: January 2024 has 31 days/,
    },
    {
      name: 'a real timestamp, whose time could move the day',
      file: DATA,
      text: published('2026-11-26T23:30:00-05:00'),
      line: 7,
      field: 'published',
      message: /^has a time of day \(2026-11-27T04:30:00\.000Z\): a date here is a day, written YYYY-MM-DD$/,
    },
    {
      name: 'a time in quotes',
      file: DATA,
      text: published("'2026-11-26 10:00:00'"),
      line: 7,
      field: 'published',
      message: /^2026-11-26 10:00:00 has a time of day: a date here is a day, written 2026-11-26$/,
    },
    {
      name: 'one-digit month and day in quotes',
      file: DATA,
      text: published("'2026-1-5'"),
      line: 7,
      field: 'published',
      message: /^write the date as YYYY-MM-DD: 2026-01-05$/,
    },
    {
      name: 'hour 24 in a correction',
      file: DATA,
      text: valid(DATA).replace(
        'corrections: []',
        'corrections:\n  - date: 2026-11-30 24:00:00\n    note: { zh: 更正, en: Corrected }',
      ),
      line: 32,
      field: 'corrections[0].date',
      message: /^2026-11-30 24:00:00 is not a real date and time: there is no hour 24/,
    },
  ];

  it.each(cases)('$name → $file:$line $field', ({ file, text, line, field, message }) => {
    const problem = found(report({ [file]: text }).problems, message);
    expect(problem).toMatchObject({ file: `content/${file}`, line, field });
  });

  it('accepts a real day written plain or in quotes', () => {
    expect(report({ [DATA]: published("'2024-02-29'") }).problems).toEqual([]);
    expect(report({ [DATA]: published('2024-02-29') }).problems).toEqual([]);
  });
});

/** Eight lines that stand for a billion values, under `agencies:`. */
function aliasBomb(): string {
  const levels = ['  - &a0 { zh: 甲, en: A }'];
  for (let level = 1; level <= 8; level++)
    levels.push(`  - &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  return valid(DATA).replace(
    'agencies:\n  - { zh: 云岩区, en: Yunyan District }\n',
    `agencies:\n${levels.join('\n')}\n`,
  );
}

describe('bounded input: no aliases, no deep nesting, no huge or special files', () => {
  it('refuses an alias bomb at its first anchor, and says nothing else about the file', () => {
    const { problems } = report({ [DATA]: aliasBomb() });
    expect(problems.map(formatProblem)).toEqual([
      'content/initiatives/night-market/data.yaml:5:5  uses a YAML anchor (&a0): remove it and write each value out in full where it is used',
    ]);
  });

  it('refuses an alias in a story frontmatter, on the line of the file', () => {
    const story = valid(EN).replace('summary: Yunyan', 'x: &t Car parks\nsummary: *t Yunyan');
    const { problems } = report({ [EN]: story });
    expect(problems.map(formatProblem)).toEqual([
      'content/initiatives/night-market/en.mdx:3:4  uses a YAML anchor (&t): remove it and write each value out in full where it is used',
    ]);
  });

  it('refuses lists nested deeper than content needs', () => {
    const deep = valid(DATA).replace(
      'theme: livelihood',
      `theme: livelihood\nlocality: ${'['.repeat(40)}x${']'.repeat(40)}`,
    );
    const problem = found(report({ [DATA]: deep }).problems, /nests lists and fields/);
    expect(formatProblem(problem)).toBe(
      'content/initiatives/night-market/data.yaml:2:20  nests lists and fields more than 10 levels deep: content needs 4 at most; check the indentation',
    );
  });

  it('refuses a file too large to be content without reading it, and names it', () => {
    const huge = `# ${'filler '.repeat(43_000)}\n${valid(DATA)}`;
    const { problems } = report({ [DATA]: huge, [EN]: `${valid(EN)}\n${'Words. '.repeat(40_000)}\n` });
    expect(problems.map(formatProblem)).toEqual([
      'content/initiatives/night-market/data.yaml  is 295 KB; a content file may be at most 256 KB: shorten it or split it',
      'content/initiatives/night-market/en.mdx  is 274 KB; a content file may be at most 256 KB: shorten it or split it',
    ]);
  });

  it('names a source that links outside the content, and never prints what the target holds', () => {
    const outside = mkdtempSync(join(tmpdir(), 'casebook-secret-'));
    const secret = join(outside, 'passwd');
    writeFileSync(
      secret,
      'root:x:0:0:root:/root:/bin/bash\ndeploy:x:1000:1000::/home/deploy:/bin/sh\nTOKEN=s3cr3t-value\n',
    );
    try {
      const { problems } = report({}, { 'sources/leak.yaml': secret, 'sources/zero.yaml': '/dev/zero' });
      const about = (name: string) => problems.filter((problem) => problem.file === `content/sources/${name}`);
      expect(about('leak.yaml').length).toBeGreaterThan(0);
      expect(about('zero.yaml').length).toBeGreaterThan(0);
      const printed = problems.map(formatProblem).join('\n');
      for (const part of ['root:x', '/bin/bash', 'deploy', 's3cr3t', 'TOKEN']) expect(printed).not.toContain(part);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("the guard before Astro's YAML reader", () => {
  it('throws with the file, line and column of an anchor, and nothing for plain YAML', () => {
    expect(() => guardYaml('content/x/data.yaml', valid(DATA))).not.toThrow();
    expect(() => guardYaml('content/x/data.yaml', aliasBomb())).toThrow(
      /^content\/x\/data\.yaml:5:5 {2}uses a YAML anchor \(&a0\)/,
    );
    expect(() => guardYaml('content/x/en.mdx', 'a: &n 1\nb: *n', 1)).toThrow(/^content\/x\/en\.mdx:2:4 {2}/);
  });

  it('throws, without a stack for Astro to print, when the text is too large', () => {
    let error: Error | undefined;
    try {
      guardYaml('content/x/data.yaml', `a: ${'x'.repeat(300_000)}`);
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toBe(
      'content/x/data.yaml  is 293 KB; a content file may be at most 256 KB: shorten it or split it',
    );
    expect(error?.stack).toBe('');
  });
});
