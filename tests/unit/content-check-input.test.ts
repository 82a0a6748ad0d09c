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
import { contentTree, FIXTURES } from '../support/fixture';

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
