/**
 * The editor at /admin/, end to end, on a throwaway clone of the project: `npm run edit` starts it
 * with its local backend, and Chromium uses it as an editor would. It lists today's stories; a
 * story opened and saved untouched leaves `git diff` empty; a mistake shows the content check's
 * message and nothing is written; a new story with two figures and a chart in both languages is
 * saved, passes `npm run check:content` and `npm run build`, and is on /stories/; the local backend
 * writes nothing outside content/ or for another site; the built /admin/ runs the check in the page.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../harness/project';
import { serve } from '../../harness/browser';
import { testBrowser } from '../../harness/site-browser';
import { publishedCatalog } from '../../harness/catalog';

const SLUG = 'night-buses';
/** An existing story the tests open: whichever published story comes first, so no story is named here. */
const EXISTING = publishedCatalog().stories[0]!.slug;
let project: string;
let editor: ChildProcess | undefined;
let address: string;
let browser: Browser;

/** The environment of an editor's shell: Vitest's NODE_ENV, MODE, TEST and VITEST* change what Vite and Astro do. */
function shell(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|MODE|TEST|VITEST.*)$/.test(key)),
  );
}

function run(command: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8', timeout: 200_000, env: shell() });
  return { status: result.status, output: result.stdout + result.stderr };
}

const git = (...args: string[]) => run('git', ...args);

beforeAll(async () => {
  project = copyProject('casebook-admin-');
  // A repository to save to: the built site then carries /admin/.
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ ...manifest, repository: 'github:example/casebook' }, null, 2),
  );
  writeFileSync(join(project, '.gitignore'), 'node_modules/\ndist/\n.dist-*/\n.astro/\n');
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'fresh clone'],
  ])
    expect(git(...args).status).toBe(0);

  editor = spawn('npm', ['run', 'edit', '--', '--port', '0'], { cwd: project, env: shell(), detached: true });
  address = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm run edit printed no address:\n${output}`)), 50_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Editor: (http:\/\/127\.0\.0\.1:\d+\/admin\/)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    editor!.stdout!.on('data', read);
    editor!.stderr!.on('data', read);
    editor!.on('exit', () => reject(new Error(`npm run edit stopped:\n${output}`)));
  });
  browser = await testBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  // npm, tsx and node: the whole group this test started.
  if (editor?.pid) process.kill(-editor.pid, 'SIGTERM');
  rmSync(project, { recursive: true, force: true });
});

/** A signed-in editor's page on the collection of stories. */
async function openEditor(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await page.goto(address);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '案例' }).waitFor();
  return page;
}

/** The visible field whose label is `label` (the last one when a list repeats it). */
const field = (page: Page, label: string, nth = -1) =>
  page.getByLabel(label, { exact: true }).filter({ visible: true }).nth(nth);

/** Types `text` in a select widget labelled `label` and picks the first option that shows `option`. */
async function choose(page: Page, label: string, text: string, option = text) {
  const input = field(page, label);
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(option) })
    .first()
    .click();
}

/** Publishes the entry (Decap's "publish now" in the local backend's simple mode). */
async function publish(page: Page) {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
}

/** The check panel once the check has run: its status and what it says. */
async function checked(page: Page): Promise<{ status: string | null; text: string }> {
  const panel = page.locator(
    '.casebook-check[data-status="passed"], .casebook-check[data-status="failed"], .casebook-check[data-status="error"]',
  );
  await panel.first().waitFor();
  return { status: await panel.first().getAttribute('data-status'), text: await panel.first().innerText() };
}

/** Files changed in the clone since its commit, as `git status` lists them. */
const changes = () => git('status', '--porcelain', '--untracked-files=all').output.trim();

describe('the editor at /admin/ (npm run edit)', () => {
  it('lists every story in content/ in Chinese', async () => {
    const page = await openEditor();
    const slugs = readdirSync(join(project, 'content/initiatives'));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) await page.getByText(slug, { exact: true }).waitFor();
    // Decap's own interface in Chinese, and the project's fields too.
    await page.getByRole('link', { name: '内容' }).first().waitFor();
    await page.getByText(EXISTING, { exact: true }).click();
    await field(page, '主题').waitFor();
    await page.getByText('引用的来源', { exact: true }).waitFor();
    await page.context().close();
  });

  it('shows the content check’s message for a mistake and saves nothing', async () => {
    const page = await openEditor();
    await page.getByText(EXISTING, { exact: true }).click();
    const body = field(page, '正文', 0);
    await body.fill(`${await body.inputValue()}\n共有<Figure id="applicaions" />。\n`);
    await publish(page);
    const panel = page.locator('.casebook-check[data-status="failed"]');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('内容检查发现');
    expect(text).toContain(`content/initiatives/${EXISTING}/zh.mdx`);
    expect(text).toContain('unknown figure id "applicaions"');
    expect(changes()).toBe('');
    await page.context().close();
  });

  it('writes nothing outside content/, nothing the check refuses, and nothing for another site', async () => {
    const api = new URL('/api/v1', address).href;
    const persist = (path: string, raw: string, headers: Record<string, string> = {}) =>
      fetch(api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({
          action: 'persistEntry',
          params: { branch: 'main', dataFiles: [{ path, slug: 'x', raw }], assets: [], options: {} },
        }),
      });
    for (const path of ['src/pages/index.astro', 'content/../package.json', 'README.md'])
      expect((await persist(path, 'changed')).status, path).toBe(403);
    const zh = `content/initiatives/${EXISTING}/zh.mdx`;
    const text = readFileSync(join(project, zh), 'utf8');
    const refused = await persist(zh, `${text}\n<script>alert(1)</script>\n`);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain(zh);
    const fromElsewhere = await persist(zh, text, { Origin: 'https://example.org' });
    expect(fromElsewhere.status).toBe(403);
    expect(changes()).toBe('');
  });

  it('opens a story and saves it unchanged: git diff is empty', async () => {
    const page = await openEditor();
    await page.getByText(EXISTING, { exact: true }).click();
    // A field typed in and emptied again: the editor has a change to save (an empty field where
    // there was none), and the files hold what they held.
    const locality = page.getByLabel('中文 (可选)').first();
    await locality.fill('花溪');
    await locality.fill('');
    await publish(page);
    const result = await checked(page);
    expect(result.status, result.text).toBe('passed');
    await page.getByText('已发布', { exact: true }).first().waitFor();
    expect(changes()).toBe('');
    await page.context().close();
  });

  it('creates a story with two figures and a chart in both languages; it checks, builds and is listed', async () => {
    const page = await openEditor();
    await page.locator('a[href$="/collections/stories/new"]').click();
    await field(page, '网址名（英文小写，用连字符）').fill(SLUG);
    await choose(page, '主题', 'livelihood');
    await choose(page, '地点', '520100');
    await choose(page, '标签', 'transport');
    await page.getByRole('button', { name: /新增单位/ }).click();
    await field(page, '中文').fill('贵阳市公共交通集团');
    await field(page, '英文').fill('Guiyang Public Transport Group');
    await field(page, '时间段', 0).fill('2024-01');
    await field(page, '发布日期（YYYY-MM-DD）', 0).fill('2025-06-01');
    await choose(page, '引用的来源', '人民网', 'renmin-2024-01-29');
    for (const [id, value, zh, en] of [
      ['routes', '12', '开通的夜间公交线路', 'night bus routes opened'],
      ['trips', '4800', '夜间公交乘车人次', 'night bus trips'],
    ] as const) {
      await page.getByRole('button', { name: /新增数字/ }).click();
      await field(page, 'id（英文小写，用连字符）').fill(id);
      await field(page, '数值（纯数字，基本单位）').fill(value);
      await choose(page, '单位', id === 'routes' ? 'bus-line' : 'visitor');
      await field(page, '时间段').fill('2024-01');
      await choose(page, '来源', '人民网', 'renmin-2024-01-29');
      await field(page, '中文').fill(zh);
      await field(page, '英文').fill(en);
    }
    await page.getByRole('button', { name: /新增图表/ }).click();
    await field(page, 'id（英文小写，用连字符）').fill('night-service');
    await choose(page, '类型', 'key-figures');
    await field(page, '图中的数字（id）').fill('routes, trips');
    await field(page, '中文').fill('夜间公交');
    await field(page, '英文').fill('Night buses');
    for (const [index, title, summary, text] of [
      [
        0,
        '夜间公交：末班车之后',
        '贵阳在末班车之后开通夜间公交线路，方便夜班工人、学生和晚归的市民回家，线路经过主要的医院和夜市。',
        '贵阳开通了<Figure id="routes" />夜间公交，乘车达<Figure id="trips" />。',
      ],
      [
        1,
        'Night buses after the last service',
        'Guiyang opened night bus routes after the last regular service, for night-shift workers, students and other late travellers, passing the main hospitals and night markets.',
        'Guiyang opened <Figure id="routes" /> with <Figure id="trips" />.',
      ],
    ] as const) {
      await field(page, '标题', index).fill(title);
      await field(page, '摘要', index).fill(summary);
      await field(page, '正文', index).fill(text);
      // The chart goes in with the editor's own button, on a line of its own.
      await page.locator('select[data-insert="chart"]').nth(index).selectOption('night-service');
    }
    await expect(field(page, '正文', 0).inputValue()).resolves.toContain('\n\n<Chart id="night-service" />\n');
    // The preview formats figures as the story page does.
    await expect(
      page.locator('iframe').first().contentFrame().locator('[data-figure="trips"]').first().innerText(),
    ).resolves.toMatch(/4800|4,800/);
    await publish(page);
    const result = await checked(page);
    expect(result.status, result.text).toBe('passed');
    await page.waitForFunction(() => !location.hash.endsWith('/new'));
    const written = changes();
    expect(written.split('\n').sort()).toEqual(
      ['data.yaml', 'en.mdx', 'zh.mdx'].map((name) => `?? content/initiatives/${SLUG}/${name}`),
    );
    const zh = readFileSync(join(project, `content/initiatives/${SLUG}/zh.mdx`), 'utf8');
    expect(zh).toContain('<Figure id="routes" />');
    await page.context().close();

    const check = run('npm', 'run', 'check:content');
    expect(check.output).not.toMatch(/problem/);
    expect(check.status).toBe(0);
    expect(run('npx', 'prettier', '--check', `content/initiatives/${SLUG}/data.yaml`).status).toBe(0);
    const build = run('npm', 'run', 'build');
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(project, 'dist/stories/index.html'), 'utf8')).toContain(`/stories/${SLUG}/`);
    expect(existsSync(join(project, `dist/en/stories/${SLUG}/index.html`))).toBe(true);
    // The editor is in the built site, on its own: not in the sitemap, not indexed, loaded by no story page.
    const admin = readFileSync(join(project, 'dist/admin/index.html'), 'utf8');
    expect(admin).toContain('Content-Security-Policy');
    expect(admin).toContain('noindex');
    expect(existsSync(join(project, 'dist/admin/decap-cms.js'))).toBe(true);
    const sitemap = readdirSync(join(project, 'dist'))
      .filter((name) => name.startsWith('sitemap'))
      .map((name) => readFileSync(join(project, 'dist', name), 'utf8'))
      .join('');
    expect(sitemap).not.toContain('/admin');
    expect(readFileSync(join(project, `dist/stories/${SLUG}/index.html`), 'utf8')).not.toContain('/admin/');
  });

  it('on the built site, runs the content check in the page itself, with the same messages', async () => {
    const site = await serve(join(project, 'dist'));
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(`${site.url}/admin/`);
      const settings = (await (await page.request.get(`${site.url}/admin/settings.json`)).json()) as { check: string };
      expect(settings.check).toBe('browser');
      const path = `content/initiatives/${EXISTING}/zh.mdx`;
      const text = readFileSync(join(project, path), 'utf8');
      // As the editor's script does it (the source is a string: the test runner rewrites `import()` in functions).
      const reports = (await page.evaluate(`(async () => {
        const { checkEntry } = await import('/admin/check/casebook-check.js');
        const content = await (await fetch('/admin/check/content.json')).json();
        const path = ${JSON.stringify(path)};
        const text = ${JSON.stringify(text)};
        return [
          checkEntry(content, { [path]: text }),
          checkEntry(content, { [path]: text + '\\n共有<Figure id="applicaions" />。\\n' }),
        ];
      })()`)) as { problems: unknown[] }[];
      expect(reports[0]!.problems).toEqual([]);
      const [problem] = reports[1]!.problems as {
        file: string;
        line: number;
        column: number;
        field: string;
        message: string;
      }[];
      expect(problem).toMatchObject({ file: path, line: text.split('\n').length + 1, column: 3, field: 'Figure.id' });
      // The same words as npm run check:content prints for the same mistake.
      writeFileSync(join(project, path), `${text}\n共有<Figure id="applicaions" />。\n`);
      const printed = run('npm', 'run', 'check:content').output;
      git('checkout', '--', path);
      expect(printed).toContain(
        `${problem!.file}:${problem!.line}:${problem!.column}  ${problem!.field}: ${problem!.message}`,
      );
    } finally {
      await page.context().close();
      await site.close();
    }
  });
});
