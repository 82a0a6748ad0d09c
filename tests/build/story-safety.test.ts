import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { besideDist, copyProject } from '../../harness/project';

/** A throwaway copy of the project whose stories a test may make hostile. */
let project: string;
beforeAll(() => {
  project = copyProject('casebook-safety-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npm', args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Any story: the hostile lines do not depend on its text. */
const FILE = `content/initiatives/${readdirSync(join('content', 'initiatives')).sort()[0]}/en.mdx`;
const original = () => readFileSync(join(process.cwd(), FILE), 'utf8');

/** Hostile lines, each with the column the report must give; they go one per paragraph after the story. */
const HOSTILE: [mdx: string, column: number, message: string][] = [
  [
    "export const pwned = (await import('node:fs')).writeFileSync('pwned.txt', 'the export ran')",
    1,
    'exports are not allowed in stories',
  ],
  ['<script>alert(1)</script>', 1, '<script> is not allowed: stories cannot run code'],
  ['See [this](JaVaScRiPt:alert(1)).', 5, 'this link is a javascript: address'],
  ['停车位有＜Figure id="spaces"／＞个。', 5, '"＜Figure" is typed with full-width ＜ ／ ＞'],
];

/** The story with the hostile lines, and the line each one lands on. */
function hostileStory(): { text: string; places: [line: number, column: number, message: string][] } {
  const story = original().trimEnd();
  const first = story.split('\n').length + 2;
  return {
    text: `${story}\n\n${HOSTILE.map(([mdx]) => mdx).join('\n\n')}\n`,
    places: HOSTILE.map(([, column, message], index) => [first + 2 * index, column, message]),
  };
}

describe('a story with hostile MDX', { timeout: 180_000 }, () => {
  it('fails `npm run build` with file:line:column for each construct, and leaves dist/ as it was', () => {
    const { text, places } = hostileStory();
    writeFileSync(join(project, FILE), text);
    const { status, output } = run(['run', 'build']);
    writeFileSync(join(project, FILE), original());
    expect(status, output).not.toBe(0);
    for (const [line, column, message] of places) expect(output).toContain(`${FILE}:${line}:${column}  ${message}`);
    expect(output).toMatch(/Nothing was built; dist\/ was left as it was/);
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toBe('the previous build');
    // Astro starts beside the content check and is stopped with it; its folder is only kept to be written over.
    expect(besideDist(project)).toEqual(['.dist-spare']);
    expect(existsSync(join(project, 'pwned.txt'))).toBe(false);
  });

  it('fails `astro build` too, without the content check: the compile guard refuses the same places', () => {
    const { text, places } = hostileStory();
    writeFileSync(join(project, FILE), text);
    const { status, output } = run(['exec', '--', 'astro', 'build'], { CASEBOOK_OUT_DIR: '.guard-build' });
    writeFileSync(join(project, FILE), original());
    expect(status, output).not.toBe(0);
    for (const [line, column, message] of places) expect(output).toContain(`${line}:${column}: ${message}`);
    expect(output).toContain(`${FILE}:${places[0]![0]}:${places[0]![1]}`);
    // The export would have written this file when Astro rendered the story.
    expect(existsSync(join(project, 'pwned.txt'))).toBe(false);
    expect(existsSync(join(project, '.guard-build', 'index.html'))).toBe(false);
  });

  it('builds a story saved with a BOM and CRLF line endings, with the allowed HTML in the page', () => {
    const text = `\uFEFF${original().trimEnd()}\n\nThe name is <span lang="zh-CN">耐火厂</span>; the <abbr title="First Affiliated Hospital">hospital</abbr> added m<sup>2</sup>.\n`;
    writeFileSync(join(project, FILE), text.replace(/\n/g, '\r\n'));
    const { status, output } = run(['run', 'build']);
    writeFileSync(join(project, FILE), original());
    expect(status, output).toBe(0);
    const page = readFileSync(join(project, 'dist', 'en', 'stories', FILE.split('/')[2]!, 'index.html'), 'utf8');
    expect(page).toContain(
      'The name is <span lang="zh-CN">耐火厂</span>; the <abbr title="First Affiliated Hospital">hospital</abbr> added m<sup>2</sup>.',
    );
  });
});
