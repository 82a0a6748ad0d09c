import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A throwaway copy of the project whose content a test may break. */
let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'casebook-build-'));
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'tests',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(item, join(project, item), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'), 'dir');
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'the previous build');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function build(): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

const story = (slug: string, lang: string) => join(project, 'content', 'initiatives', slug, `${lang}.mdx`);
const previousBuildKept = () => readFileSync(join(project, 'dist', 'index.html'), 'utf8') === 'the previous build';

describe('npm run build', { timeout: 180_000 }, () => {
  it('replaces dist/ with a whole site, and a story shows the corrections in its data file', () => {
    const path = join(project, 'content', 'initiatives', 'gaozhai-forest-economy', 'data.yaml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      original.replace(
        'corrections: []',
        'corrections:\n  - date: 2026-12-01\n    note: { zh: 更正了乡镇名称的写法。, en: Corrected the spelling of the township. }',
      ),
    );
    const { status, output } = build();
    writeFileSync(path, original);
    expect(status, output).toBe(0);
    expect(previousBuildKept()).toBe(false);
    const zh = readFileSync(join(project, 'dist', 'stories', 'gaozhai-forest-economy', 'index.html'), 'utf8');
    const en = readFileSync(join(project, 'dist', 'en', 'stories', 'gaozhai-forest-economy', 'index.html'), 'utf8');
    expect(zh).toMatch(
      /<h2 id="corrections">更新与更正<\/h2>\s*<ul>\s*<li>\s*<time datetime="2026-12-01">2026年12月1日<\/time>：更正了乡镇名称的写法。/,
    );
    expect(en).toMatch(
      /<time datetime="2026-12-01">December 1, 2026<\/time>:\s*Corrected the spelling of the township\./,
    );
    expect(en).toMatch(/<meta property="article:modified_time" content="2026-12-01/);
    expect(existsSync(join(project, 'dist', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    writeFileSync(join(project, 'dist', 'index.html'), 'the previous build');
  });
});

describe('npm run build on broken content', { timeout: 120_000 }, () => {
  it('fails on a misspelt figure id, naming file, line and the known ids, and leaves dist/ as it was', () => {
    const path = story('qingzhen-school-buses', 'en');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('<Figure id="bus-lines" />', '<Figure id="bus-line" />'));
    const { status, output } = build();
    writeFileSync(path, original);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/initiatives\/qingzhen-school-buses\/en\.mdx:\d+:\d+ {2}Figure\.id: unknown figure id "bus-line"\. Use one of the ids in data\.yaml: bus-lines\./,
    );
    expect(previousBuildKept()).toBe(true);
  });

  it('fails on MDX the compiler rejects without writing a half-built site', () => {
    const path = story('gaozhai-forest-economy', 'zh');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original}\n<div>\n`);
    const { status, output } = build();
    writeFileSync(path, original);
    expect(status).not.toBe(0);
    expect(output).toMatch(/gaozhai-forest-economy\/zh\.mdx/);
    expect(output).toMatch(/dist\/ was left as it was/);
    expect(previousBuildKept()).toBe(true);
    expect(existsSync(join(project, '.dist-build'))).toBe(false);
  });
});
