/**
 * A new editor's first story, end to end, in a throwaway copy of the project: scaffold it with a
 * new source in a Chinese-speaking editor's shell, preview the draft, fill it in, make the three
 * commonest mistakes, then check, format-check and build it, and find it on /stories/ and in the feed.
 * The clock is pinned (CASEBOOK_NOW), so the dates the scaffold writes do not depend on today.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, dayAfterContent } from '../../harness/project';

const SLUG = 'tea-gardens';
const SOURCE = 'gywb-2025-03-01';
let project: string;

beforeAll(() => {
  project = copyProject('casebook-editor-');
  // A repository named in package.json, which a build on GitHub Actions overrides with the one it builds.
  setRepository('github:example/stale-copy');
});

/** Sets (or, with undefined, removes) `repository` in the copy's package.json. */
function setRepository(repository: string | undefined): void {
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ ...manifest, repository }, null, 2));
}
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The day the walk happens on: after every date in the content, so all of it is already out. */
const TODAY = dayAfterContent();

/**
 * The environment of a Chinese-speaking editor's shell on a pinned day. Vitest's NODE_ENV, MODE,
 * TEST and VITEST* change what Vite and Astro do; the locale and the repository come from nowhere else.
 */
function shell(): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([key]) => !/^(NODE_ENV|MODE|TEST|VITEST.*|LC_ALL|LC_MESSAGES|LANG|LANGUAGE|GITHUB_.*|CASEBOOK_.*)$/.test(key),
  );
  return { ...Object.fromEntries(kept), LANG: 'zh_CN.UTF-8', CASEBOOK_NOW: `${TODAY}T12:00:00Z` };
}

function run(command: string, ...args: string[]): { status: number | null; output: string } {
  return runWith({}, command, ...args);
}

/** Runs a command in the editor's shell with some variables added. */
function runWith(
  env: Record<string, string>,
  command: string,
  ...args: string[]
): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...shell(), ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every link of a built page, by its text. */
function linksOf(file: string): Map<string, string> {
  const $ = load(read(file));
  return new Map(
    $('a[href]')
      .toArray()
      .map((element) => [$(element).text().trim(), $(element).attr('href')!] as const),
  );
}

const path = (file: string) => join(project, file);
const read = (file: string) => readFileSync(path(file), 'utf8');
const story = (file: string) => `content/initiatives/${SLUG}/${file}`;

/** Rewrites a file, failing loudly when the text to replace is not there. */
function edit(file: string, ...pairs: [string | RegExp, string][]): void {
  let text = read(file);
  for (const [from, to] of pairs) {
    expect(text, `${file} holds ${String(from)}`).toMatch(from);
    text = text.replace(from, to);
  }
  writeFileSync(path(file), text);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A page as the dev server gave it, with the server's log so far. */
interface DevPage {
  status: number;
  html: string;
  log: string;
}

/** Starts `npm run dev`, fetches each path once the server is ready, and stops the server again. */
async function devPages(...pathnames: string[]): Promise<DevPage[]> {
  const port = await freePort();
  const server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    detached: true,
    env: shell(),
  });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    for (let waited = 0; !/watching for file changes/.test(log); waited += 250) {
      if (waited > 60_000) throw new Error(`npm run dev did not start within 60 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const pages: DevPage[] = [];
    for (const pathname of pathnames) {
      const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
      pages.push({ status: response.status, html: await response.text(), log });
    }
    return pages;
  } finally {
    process.kill(-server.pid!); // the server's own process group: npm and the Astro process it started
  }
}

describe('a new editor adds a story', { timeout: 300_000 }, () => {
  it('scaffolds it with a new source, in Chinese, as files that pass the content check and Prettier as written', () => {
    const bare = run('npm', 'run', 'new-story');
    expect(bare.status).toBe(1);
    expect(bare.output).toMatch(/缺少参数：--slug、--theme、--place、--tag。\n\n生成一个新案例的草稿/);
    expect(bare.output).toMatch(
      /地点：\n {2}520100 +贵阳市 \/ Guiyang \(city-wide\)\n {2}520102 +南明区 \/ Nanming District\n/,
    );
    const english = run('npm', 'run', 'new-story', '--', '--lang', 'en', '--help');
    expect(english.status, english.output).toBe(0);
    expect(english.output).toMatch(/Scaffold a new story as a draft/);
    const scaffold = run(
      'npm',
      'run',
      'new-story',
      '--',
      `--slug=${SLUG}`,
      '--theme=development',
      '--place=南明区',
      '--tag=agriculture,villages',
      `--source-id=${SOURCE}`,
      '--source-title=南明区茶园见闻',
      '--source-publisher=贵阳晚报',
      '--source-date=2025-03-01',
    );
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(scaffold.output).toContain(`已生成草稿 content/initiatives/${SLUG}/`);
    const data = read(story('data.yaml'));
    expect(data).toContain(`published: ${TODAY}\n`);
    expect(data).toContain("period: 'TODO: 实施时间，例如 2023-11/2024-01'\n");
    expect(data).toContain('# 实施单位，中英文各一。');
    const files = [story('data.yaml'), story('zh.mdx'), story('en.mdx'), `content/sources/${SOURCE}.yaml`];
    for (const file of files) expect(existsSync(path(file)), file).toBe(true);
    const prettier = run('npx', 'prettier', '--check', ...files);
    expect(prettier.status, prettier.output).toBe(0);
    const check = run('npm', 'run', 'check:content');
    expect(check.status, check.output).toBe(0);
  });

  it('previews the draft in npm run dev, its blanks shown as they are', async () => {
    const [page, list] = (await devPages(`/en/stories/${SLUG}/`, '/stories/')) as [DevPage, DevPage];
    expect(page.status, page.log).toBe(200);
    expect(page.html).toContain('TODO: 英文标题：写清谁做了什么');
    expect(page.html).toContain('TODO: 实施时间，例如 2023-11/2024-01');
    expect(list.status, list.log).toBe(200);
    expect(list.html).toContain(`href="/stories/${SLUG}/"`);
  });

  it("refuses to publish it while it holds placeholders, naming each line, in the editor's language", () => {
    edit(story('data.yaml'), [/^status: draft$/m, 'status: published']);
    const check = run('npm', 'run', 'check:content');
    expect(check.status).toBe(1);
    expect(check.output).toMatch(/内容检查发现 \d+ 个问题：/);
    expect(check.output).toContain(
      `content/initiatives/${SLUG}/en.mdx:2  title: 还留着 \`npm run new-story\` 生成的占位文字（"TODO: 英文标题：写清谁做了什么"）：请换成真实内容，或者在完成之前让 data.yaml 保持 \`status: draft\``,
    );
    expect(check.output).toMatch(
      new RegExp(`content/initiatives/${SLUG}/data\\.yaml:\\d+ {2}period: 还留着.*：请写上实施时间`),
    );
    expect(check.output).toMatch(new RegExp(`content/sources/${SOURCE}\\.yaml:4 {2}publisher\\.en: 还留着`));
    expect(check.output).toContain('没有生成网站。请修改上面列出的文件，再运行一次这个命令。');
    // --lang chooses over the shell's locale.
    const english = run('npm', 'run', 'check:content', '--', '--lang', 'en');
    expect(english.output).toContain(
      `content/initiatives/${SLUG}/en.mdx:2  title: still holds a placeholder from \`npm run new-story\` ("TODO: 英文标题：写清谁做了什么"): replace it with real text, or keep \`status: draft\` in data.yaml until it is done`,
    );
  });

  it('takes the filled-in story, and names the commonest mistakes', () => {
    edit(
      story('data.yaml'),
      ["'TODO: 实施单位的中文全称'", '南明区农业农村局'],
      ["'TODO: 实施单位的英文名称'", 'Nanming District Bureau of Agriculture and Rural Affairs'],
      ["'TODO: 实施时间，例如 2023-11/2024-01'", "'2024'"],
      ['keyFigures: []', 'keyFigures: [gardens]'],
      [
        'figures: []',
        [
          'figures:',
          '  - id: gardens',
          '    value: 1200',
          '    unit: mu',
          '    qualifier: at-least',
          "    period: '2024'",
          `    source: ${SOURCE}`,
          '    label: { zh: 茶园面积, en: tea gardens }',
          '  - id: harvest',
          '    value: 35',
          '    unit: tonne',
          '    qualifier: about',
          "    period: '2024'",
          `    source: ${SOURCE}`,
          '    label: { zh: 茶叶产量, en: tea picked }',
        ].join('\n'),
      ],
    );
    edit(
      `content/sources/${SOURCE}.yaml`,
      ["'TODO: 发布方的英文名称'", 'Guiyang Evening News'],
      ["'TODO: 标题的英文译名'", 'Notes from the tea gardens of Nanming'],
    );
    const body = {
      zh: '南明区的村里把荒坡改成了茶园，面积达到<Figure id="gardens" />，当年采茶<Figure id="harvest" />。',
      en: 'Villages in Nanming turned bare hillsides into <Figure id="gardens" /> of tea, and picked <Figure id="harvest" /> of leaf.',
    };
    edit(
      story('zh.mdx'),
      [/title: .*/, 'title: 南明区的荒坡变茶园'],
      [/summary: .*/, 'summary: 南明区的村庄把荒坡改种茶树，农户在家门口有了新的收入来源。'],
      [/TODO: 用自己的话.*\n\nTODO: .*/, body.zh],
      [/TODO: 读者需要.*/, '茶园从种下到采茶通常要等上几年。'],
      [/TODO: 本站自己的解读.*/, '这说明荒坡也可以成为村里的资源。'],
    );
    edit(
      story('en.mdx'),
      [/title: .*/, 'title: Tea where the hillsides were bare'],
      [
        /summary: .*/,
        'summary: Villages in Nanming planted tea on bare hillsides, giving households a new income close to home.',
      ],
      [/TODO: 用英文写正文.*\n\nTODO: .*/, body.en],
      [/TODO: 背景说明的英文版.*/, 'A new tea garden usually takes a few years before its first picking.'],
      [/TODO: 本站解读的英文版.*/, 'Bare hillsides, in other words, can become an asset for a village.'],
    );
    const files = [story('data.yaml'), story('zh.mdx'), story('en.mdx'), `content/sources/${SOURCE}.yaml`];
    const prettier = run('npx', 'prettier', '--check', ...files);
    expect(prettier.status, prettier.output).toBe(0);
    const check = run('npm', 'run', 'check:content');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('内容检查通过：共 11 个案例');

    // The three mistakes editors make most, and what each is told, in Chinese.
    const mistakes: [string, [string | RegExp, string], RegExp][] = [
      [
        story('en.mdx'),
        ['<Figure id="gardens" />', '<Figure id="garden" />'],
        /en\.mdx:6:\d+ {2}Figure\.id: 没有“garden”这个数字 id。请用 data\.yaml 里的 id：gardens、harvest。/,
      ],
      [
        story('en.mdx'),
        ['giving households', 'picking 35 tonnes and giving households'],
        /en\.mdx:3 {2}summary: 数字 35 是手打的：它是 data\.yaml 里的数字“harvest”。摘要里不能用 <Figure>/,
      ],
      [
        story('data.yaml'),
        ['published: ', 'published: 2024-02-30\n# was: '],
        /data\.yaml:\d+ {2}published: 2024-02-30 不是真实存在的日期：2024 年 2 月只有 29 天；请写成 YYYY-MM-DD/,
      ],
    ];
    // All three at once: the check reports every problem it finds.
    const originals = new Map(mistakes.map(([file]) => [file, read(file)]));
    for (const [file, change] of mistakes) edit(file, change);
    const broken = run('npm', 'run', 'check:content');
    for (const [file, original] of originals) writeFileSync(path(file), original);
    expect(broken.status).toBe(1);
    for (const [, , message] of mistakes) expect(broken.output).toMatch(message);

    // The build's first step is the check: it stops there, saying so in the same language.
    const original = read(story('en.mdx'));
    edit(story('en.mdx'), ['<Figure id="gardens" />', '<Figure id="garden" />']);
    const build = run('npm', 'run', 'build');
    writeFileSync(path(story('en.mdx')), original);
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/en\.mdx:6:\d+ {2}Figure\.id: 没有“garden”这个数字 id/);
    expect(build.output).toContain('没有生成网站；dist/ 保持原样。');
    expect(build.output).not.toContain('unknown figure id');
  });

  it('builds the site with the story on /stories/, in the feed, in the search index, linked to its files', () => {
    // As on GitHub Actions, which names the repository it builds.
    const build = runWith(
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/casebook' },
      'npm',
      'run',
      'build',
    );
    expect(build.status, build.output).toBe(0);
    const zh = read(`dist/stories/${SLUG}/index.html`);
    const en = read(`dist/en/stories/${SLUG}/index.html`);
    expect(zh).toMatch(/<h1 data-pagefind-meta="title"[^>]*>南明区的荒坡变茶园<\/h1>/);
    expect(en).toMatch(/1,200\+ mu|more than 1,200 mu/);
    expect(en).toContain('A new tea garden usually takes a few years before its first picking.');
    expect(read('dist/stories/index.html')).toContain(`href="/stories/${SLUG}/"`);
    expect(read('dist/en/stories/index.html')).toContain(`href="/en/stories/${SLUG}/"`);
    expect(read('dist/rss.xml')).toContain('<title>南明区的荒坡变茶园</title>');
    expect(read('dist/en/rss.xml')).toContain(`/en/stories/${SLUG}/</link>`);
    // Pagefind indexed both pages: each has a fragment (gzip, "pagefind_dcd" then JSON) with its URL.
    const indexed = readdirSync(path('dist/pagefind/fragment')).map((name) =>
      gunzipSync(readFileSync(path(`dist/pagefind/fragment/${name}`))).toString('utf8'),
    );
    for (const url of [`/stories/${SLUG}/`, `/en/stories/${SLUG}/`])
      expect(
        indexed.some((fragment) => fragment.includes(`"url":"${url}"`)),
        url,
      ).toBe(true);
  });

  it('links each story page, in both languages, to a correction form with the story filled in', () => {
    const pages = [
      {
        file: `dist/stories/${SLUG}/index.html`,
        suggest: '建议更正',
        files: '本文的源文件',
        path: `/stories/${SLUG}/`,
      },
      {
        file: `dist/en/stories/${SLUG}/index.html`,
        suggest: 'Suggest a correction',
        files: 'Source files of this story',
        path: `/en/stories/${SLUG}/`,
      },
    ];
    for (const page of pages) {
      const links = linksOf(page.file);
      const correction = new URL(links.get(page.suggest) ?? 'missing:');
      expect(`${correction.origin}${correction.pathname}`, page.file).toBe(
        'https://github.com/example/casebook/issues/new',
      );
      expect(Object.fromEntries(correction.searchParams), page.file).toEqual({
        template: 'correction.yml',
        title: `Correction · 更正: ${SLUG}`,
        slug: SLUG,
        page: `https://casebook.example.org${page.path}`,
      });
      expect(links.get(page.files)).toBe(`https://github.com/example/casebook/tree/HEAD/content/initiatives/${SLUG}`);
    }
    for (const about of ['dist/about/index.html', 'dist/en/about/index.html'])
      expect(linksOf(about).get('github.com/example/casebook'), about).toBe('https://github.com/example/casebook');
  });

  it('keeps a draft out of the build, and leaves out the repository links when no repository is named', () => {
    edit(story('data.yaml'), [/^status: published$/m, 'status: draft']);
    setRepository(undefined);
    const build = run('npm', 'run', 'build');
    expect(build.status, build.output).toBe(0);
    expect(existsSync(path(`dist/stories/${SLUG}/index.html`))).toBe(false);
    expect(read('dist/stories/index.html')).not.toContain(SLUG);
    expect(read('dist/rss.xml')).not.toContain(SLUG);
    const stories = ['dist/stories', 'dist/en/stories'].flatMap((folder) =>
      readdirSync(path(folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${folder}/${entry.name}/index.html`),
    );
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const file of [...stories, 'dist/about/index.html', 'dist/en/about/index.html'])
      expect(
        [...linksOf(file).values()].filter((href) => href.includes('github.com')),
        file,
      ).toEqual([]);
  });
});
