/**
 * The content check in the editor's language: every message comes from the catalogue of each
 * language (src/i18n/editor/check/), the report is said in the language the command line or the
 * locale asks for, and what a message quotes from the content stays as written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, problemReport, warningReport, type Problem } from '../../src/content-check';
import { problemLine, problemMessage } from '../../src/lib/problems';
import { checkCommand, contentTree, FIXTURES } from '../../harness/fixture';

const DATA = 'initiatives/night-market/data.yaml';
const EN = 'initiatives/night-market/en.mdx';
const NOW = new Date('2026-12-01T09:00:00Z');
const valid = (path: string) => readFileSync(join(FIXTURES, 'valid', path), 'utf8');

let cleanup = () => {};
afterEach(() => cleanup());

function report(changes: Record<string, string | null>) {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  return checkContent(tree.root, undefined, NOW);
}

/** The text parameters of a message, those of messages inside it too. */
function texts(params: unknown): string[] {
  if (typeof params === 'string') return [params];
  if (Array.isArray(params)) return params.flatMap(texts);
  if (params && typeof params === 'object' && 'params' in params) return texts(params.params);
  return [];
}

/** Every malformed fixture: a bad data.yaml, or an edit laid over the valid content. */
function brokenFixtures(): [string, Record<string, string>][] {
  const bad = join(FIXTURES, 'bad');
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap((entry) =>
      statSync(join(folder, entry)).isDirectory() ? files(join(folder, entry)) : [join(folder, entry)],
    );
  const edits = join(bad, 'edits');
  return [
    ...readdirSync(bad)
      .filter((name) => name.endsWith('.yaml'))
      .map((name): [string, Record<string, string>] => [name, { [DATA]: readFileSync(join(bad, name), 'utf8') }]),
    ...readdirSync(edits).map((name): [string, Record<string, string>] => {
      const dir = join(edits, name);
      return [name, Object.fromEntries(files(dir).map((path) => [relative(dir, path), readFileSync(path, 'utf8')]))];
    }),
  ];
}

describe('every message of the check', () => {
  const fixtures = brokenFixtures();
  const all: Problem[] = [];
  it.each(fixtures)('%s: comes from the catalogue, said in Chinese with the same quoted content', (_, changes) => {
    const { problems, warnings } = report(changes);
    expect(problems.length + warnings.length).toBeGreaterThan(0);
    for (const problem of [...problems, ...warnings]) {
      all.push(problem);
      const english = problemMessage(problem, 'en');
      const chinese = problemMessage(problem, 'zh');
      expect(problem.key, english).toBeDefined();
      // `message` is the English text, for whatever prints a problem without choosing a language.
      expect(english).toBe(problem.message);
      expect(chinese, english).toMatch(/\p{Script=Han}/u);
      // Ids, values and file names the English quotes from the content are in the Chinese too, as written.
      const content = new Set(texts(problem.params));
      for (const [, quoted] of english.matchAll(/"([^"]+)"|`([^`]+)`/g))
        if (quoted && content.has(quoted)) expect(chinese, english).toContain(quoted);
    }
  });

  it('covers the fixtures', () => expect(new Set(all.map((problem) => problem.key)).size).toBeGreaterThan(10));
});

describe('the report', () => {
  it('is said in Chinese or English, heading and all, with the same places', () => {
    const { problems } = report({ [DATA]: valid(DATA).replace('theme: livelihood', 'theme: housing') });
    expect(problemReport(problems, 'en')).toBe(
      [
        'Content check found 1 problem:',
        '',
        '  content/initiatives/night-market/data.yaml:1  theme: unknown theme "housing"; use one of: livelihood',
      ].join('\n'),
    );
    expect(problemReport(problems, 'zh')).toBe(
      [
        '内容检查发现 1 个问题：',
        '',
        '  content/initiatives/night-market/data.yaml:1  theme: 没有“housing”这个主题；可选：livelihood',
      ].join('\n'),
    );
  });

  it('says how Zod words a wrong type, an unknown field and a value not on the list in Chinese', () => {
    const data = valid(DATA)
      .replace("places: ['520103']", 'places: 520103')
      .replace('    qualifier: at-least', '    qualifier: more-than\n    colour: red');
    const { problems } = report({ [DATA]: data });
    expect(problems.map((problem) => problemLine(problem, 'zh'))).toEqual([
      'content/initiatives/night-market/data.yaml:2  places: 应该是列表，例如 [a, b]，而不是520103',
      expect.stringMatching(
        /^content\/initiatives\/night-market\/data\.yaml:14 {2}figures\[0\]\.qualifier: 只能是以下之一：exact、at-least、about、nearly（来源说“余”写 at-least/,
      ),
      'content/initiatives/night-market/data.yaml:11  figures[0]: 有不认识的字段 colour：请检查拼写，或者删掉',
    ]);
  });

  it('counts warnings in either language', () => {
    const story = valid(DATA).replace(
      'derived:',
      "  - id: lots\n    value: 12\n    unit: car-park\n    qualifier: exact\n    period: '2023'\n    source: paper\n    label: { zh: 地块, en: lots }\nderived:",
    );
    const { warnings } = report({ [DATA]: story });
    expect(warningReport(warnings, 'zh')).toMatch(
      /^内容检查：1 条提醒（值得看一看，不影响通过）：\n\n {2}content\/initiatives\/night-market\/data\.yaml:25 {2}figures\[2\]\.id: “lots”定义了但从未显示/,
    );
    expect(warningReport(warnings, 'en')).toMatch(/^Content check: 1 warning \(worth a look; nothing fails\):/);
  });
});

/** Runs `npm run check:content`'s script on a copy of the content, with `env` over an English terminal. */
function runCheck(changes: Record<string, string | null>, env: Record<string, string>, ...args: string[]) {
  const tree = contentTree(changes);
  cleanup = tree.cleanup;
  const result = spawnSync(...checkCommand(...args), {
    cwd: tree.root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CASEBOOK_NOW: NOW.toISOString(), LANG: '', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

// Each run starts a process: generous time, so a busy machine does not fail what is not slow.
describe('npm run check:content', { timeout: 60_000 }, () => {
  const broken = { [EN]: valid(EN).replace('<Figure id="spaces" />', '<Figure id="space" />') };

  // The locale's language, no locale at all, and --lang over the locale: which variable wins over
  // which is editor-locale.test.ts's business, on the function this command calls.
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, [], 'zh'],
    [{}, [], 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, ['--lang', 'en'], 'en'],
    [{ LC_ALL: 'en_GB.UTF-8' }, ['--lang=zh'], 'zh'],
  ] as const)('with %j %j speaks %s', (env, args, language) => {
    const { status, output } = runCheck(broken, env, ...args);
    expect(status, output).toBe(1);
    if (language === 'zh') {
      expect(output).toContain('内容检查发现 2 个问题：');
      expect(output).toMatch(
        /content\/initiatives\/night-market\/en\.mdx:\d+:\d+ {2}Figure\.id: 没有“space”这个数字 id。请用 data\.yaml 里的 id：spaces、car-parks、per-car-park。/,
      );
      expect(output).toContain('没有生成网站。请修改上面列出的文件，再运行一次这个命令。');
      expect(output).not.toContain('unknown figure id');
    } else {
      expect(output).toContain('Content check found 2 problems:');
      expect(output).toContain('Figure.id: unknown figure id "space". Use one of the ids in data.yaml');
      expect(output).toContain('Nothing was built. Fix the files above and run the command again.');
      expect(output).not.toMatch(/\p{Script=Han}{4}/u);
    }
  });

  it('says that a passing check passed, in the language asked for', () => {
    expect(runCheck({}, { LANG: 'zh_CN.UTF-8' }).output).toContain(
      '内容检查通过：共 1 个案例，每个都有 zh.mdx 和 en.mdx。',
    );
    expect(runCheck({}, { LANG: 'zh_CN.UTF-8' }, '--lang', 'en').output).toContain(
      'Content check passed: 1 initiatives, each with zh.mdx and en.mdx.',
    );
  });

  it('refuses a language it does not speak and an option it does not have, before checking anything', () => {
    const french = runCheck(broken, { LANG: 'zh_CN.UTF-8' }, '--lang', 'fr');
    expect(french.status).toBe(2);
    expect(french.output).toContain('--lang “fr” 无效：请写 --lang zh（中文）或 --lang en（English）');
    const typo = runCheck(broken, { LANG: 'en_US.UTF-8' }, '--lnag', 'zh');
    expect(typo.status).toBe(2);
    expect(typo.output).toContain('there is no option --lnag: the content check takes only --lang zh or --lang en');
    expect(typo.output).not.toContain('Content check found');
  });
});
