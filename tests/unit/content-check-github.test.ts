/**
 * The content check on GitHub Actions: each problem is printed as a workflow annotation naming
 * the file and line, in the editor's language (Chinese unless the locale names another), and the
 * run summary gets a table of every problem in Chinese and in English.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotation, summary } from '../../src/content-check/github';
import { say } from '../../src/i18n/editor/say';
import { checkCommand, contentTree, FIXTURES } from '../../harness/fixture';

const EN = 'initiatives/night-market/en.mdx';
const SOURCE = 'sources/paper.yaml';
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');
/** A misspelt figure id (an error) and a source at an http:// address (a warning). */
const broken = {
  [EN]: valid(EN).replace('<Figure id="spaces" />', '<Figure id="space" />'),
  [SOURCE]: `${valid(SOURCE)}url: http://www.gyrbw.com/news/1.html\n`,
};
const figureLine = valid(EN)
  .split('\n')
  .findIndex((line) => line.includes('<Figure id="spaces" />'));

let cleanup = () => {};
afterEach(() => cleanup());

/** Runs the check script on a copy of the content as a step of a workflow, with `env` over that. */
function onActions(changes: Record<string, string>, env: Record<string, string> = {}) {
  const tree = contentTree(changes);
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'casebook-summary-')), 'summary.md');
  cleanup = () => {
    tree.cleanup();
    rmSync(join(summaryFile, '..'), { recursive: true, force: true });
  };
  const result = spawnSync(...checkCommand(), {
    cwd: tree.root,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      CASEBOOK_NOW: '2026-12-01T09:00:00Z',
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      // What GitHub's Ubuntu runners set: a locale that names no language.
      LANG: 'C.UTF-8',
      ...env,
    },
  });
  let written = '';
  try {
    written = readFileSync(summaryFile, 'utf8');
  } catch {
    // No summary was written.
  }
  return { status: result.status, stdout: result.stdout, output: result.stdout + result.stderr, summary: written };
}

const lines = (text: string, kind: string) => text.split('\n').filter((line) => line.startsWith(`::${kind} `));

describe('npm run check:content on GitHub Actions', { timeout: 60_000 }, () => {
  it('annotates each problem in Chinese with its file and line, and writes both languages to the summary', () => {
    const run = onActions(broken);
    expect(run.status, run.output).toBe(1);
    const errors = lines(run.stdout, 'error');
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error file=content/initiatives/night-market/en\\.mdx,line=${figureLine + 1},col=\\d+,title=Figure\\.id::没有“space”这个数字 id。请用 data\\.yaml 里的 id：spaces、car-parks、per-car-park。$`,
        ),
      ),
      expect.stringMatching(
        /^::error file=content\/initiatives\/night-market\/data\.yaml,line=\d+,title=figures\[0\]\.id::数字“spaces”在 zh\.mdx 里出现了，en\.mdx 里却没有/,
      ),
    ]);
    expect(lines(run.stdout, 'warning')).toEqual([
      expect.stringMatching(
        /^::warning file=content\/sources\/paper\.yaml,line=5,title=url::是 http:\/\/ 地址，没有加密/,
      ),
    ]);
    // The log says the same in Chinese.
    expect(run.output).toContain('内容检查发现 2 个问题：');

    const table = run.summary.split('\n');
    expect(table[0]).toBe('### 内容检查 · Content check');
    expect(table).toContain('| 位置 · Place | 字段 · Field | 类型 · Kind | 中文说明 | English |');
    const row = table.find((line) => line.includes('`Figure.id`'))!;
    expect(row).toMatch(
      new RegExp(
        `^\\| \`content/initiatives/night-market/en\\.mdx:${figureLine + 1}:\\d+\` \\| \`Figure\\.id\` \\| 错误 · error \\| 没有“space”这个数字 id。.* \\| unknown figure id "space"\\. Use one of the ids in data\\.yaml: spaces, car-parks, per-car-park\\. \\|$`,
      ),
    );
    expect(table.find((line) => line.includes('`url`'))).toMatch(
      /^\| `content\/sources\/paper\.yaml:5` \| `url` \| 提醒 · warning \| 是 http:\/\/ 地址.* \| is http:\/\/, which is not encrypted.* \|$/,
    );
    expect(table.filter((line) => line.startsWith('| `'))).toHaveLength(3);
  });

  it('annotates in the language the locale or --lang names', () => {
    const english = onActions(broken, { LANG: 'en_US.UTF-8' });
    expect(lines(english.stdout, 'error')[0]).toMatch(
      /^::error file=content\/initiatives\/night-market\/en\.mdx,line=\d+,col=\d+,title=Figure\.id::unknown figure id "space"\./,
    );
    // The summary has both languages whatever the locale.
    expect(english.summary).toContain('| 位置 · Place | 字段 · Field | 类型 · Kind | 中文说明 | English |');
  });

  it('writes a summary that says the check passed, and annotates nothing, when there is nothing to say', () => {
    const run = onActions({});
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).not.toMatch(/^::/m);
    expect(run.summary).toBe(
      '### 内容检查 · Content check\n\n没有问题：每个案例都通过了内容检查。 · No problems: every story passed the content check.\n',
    );
  });

  it('as the first step of a build, annotates only when it stops the build', () => {
    const warningsOnly = onActions({ [SOURCE]: broken[SOURCE] }, { CASEBOOK_BUILD: '1' });
    expect(warningsOnly.status, warningsOnly.output).toBe(0);
    expect(warningsOnly.stdout).not.toMatch(/^::/m);
    expect(warningsOnly.summary).toBe('');
    const stopped = onActions(broken, { CASEBOOK_BUILD: '1' });
    expect(lines(stopped.stdout, 'error')).toHaveLength(2);
    expect(stopped.output).toContain('没有生成网站；dist/ 保持原样。');
  });
});

describe('workflow commands', () => {
  it('escape what would end the command or split a property', () => {
    const problem = { file: 'content/a,b:c.yaml', line: 3, field: 'x', ...say('noStoryText') };
    expect(annotation(problem, 'en')).toBe(
      '::error file=content/a%2Cb%3Ac.yaml,line=3,title=x::has no story text after the frontmatter',
    );
    const multiline = { file: 'content/x.mdx', message: '100%\nsure', severity: 'warning' as const };
    expect(annotation(multiline, 'zh')).toBe('::warning file=content/x.mdx::100%25%0Asure');
  });

  it('keep a message with a pipe or a line break in one table cell, and tags as written', () => {
    const message = 'a | b\nwrite <Figure id="x" /> or `<Chart id="y" />`';
    const table = summary([{ file: 'content/x.mdx', line: 1, message }], ['en']);
    expect(table).toContain(
      '| `content/x.mdx:1` |  | error | a \\| b<br>write &lt;Figure id="x" /&gt; or `<Chart id="y" />` |',
    );
  });
});
