import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { besideDist, copyProject, dayAfterContent } from '../../harness/project';
import { pngSize } from '../../src/og/png';
import { CLOCK_VARIABLE } from '../../src/lib/clock';

/** A throwaway copy of the project whose content a test may break. */
let project: string;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The day of the correction below, after every date in the content (so never "in the future"). */
const CORRECTED = dayAfterContent();
/** The day the copy's builds run on, whatever the machine's clock says: the correction's day. */
const TODAY = `${CORRECTED}T09:00:00Z`;
/** The correction's day as each language writes it: "2026年12月1日", "1 December 2026". */
const [YEAR, MONTH, DAY] = CORRECTED.split('-').map(Number) as [number, number, number];
const MONTH_NAME = new Date(`${CORRECTED}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });

function build(): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, [CLOCK_VARIABLE]: TODAY },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const story = (slug: string, lang: string) => join(project, 'content', 'initiatives', slug, `${lang}.mdx`);
/** Any published story with a figure, and that figure: the tests work on whatever content there is. */
function storyWithFigure(): { slug: string; figure: string; ids: string[] } {
  for (const slug of readdirSync(join('content', 'initiatives')).sort()) {
    const data = parse(readFileSync(join('content', 'initiatives', slug, 'data.yaml'), 'utf8')) as {
      status?: string;
      figures?: { id: string }[];
      derived?: { id: string }[];
    };
    const ids = [...(data.figures ?? []), ...(data.derived ?? [])].map((figure) => figure.id);
    if (data.status !== 'draft' && ids.length) return { slug, figure: ids[0]!, ids };
  }
  throw new Error('no published story with a figure');
}
const previousBuildKept = () => readFileSync(join(project, 'dist', 'index.html'), 'utf8') === 'the previous build';

describe('npm run build', { timeout: 180_000 }, () => {
  it('replaces dist/ with a whole site, and a story shows the corrections in its data file', () => {
    const { slug } = storyWithFigure();
    const path = join(project, 'content', 'initiatives', slug, 'data.yaml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      original.replace(
        'corrections: []',
        `corrections:\n  - date: ${CORRECTED}\n    note: { zh: 更正了乡镇名称的写法。, en: Corrected the spelling of the township. }`,
      ),
    );
    const { status, output } = build();
    writeFileSync(path, original);
    expect(status, output).toBe(0);
    expect(previousBuildKept()).toBe(false);
    // The correction's date (CORRECTED), as each language writes it.
    const zh = readFileSync(join(project, 'dist', 'stories', slug, 'index.html'), 'utf8');
    const en = readFileSync(join(project, 'dist', 'en', 'stories', slug, 'index.html'), 'utf8');
    expect(zh).toMatch(
      new RegExp(
        `<h2 id="corrections">更新与更正</h2>\\s*<ul>\\s*<li>\\s*<time datetime="${CORRECTED}">${YEAR}年${MONTH}月${DAY}日</time>：更正了乡镇名称的写法。`,
      ),
    );
    expect(en).toMatch(
      new RegExp(
        `<time datetime="${CORRECTED}">${DAY} ${MONTH_NAME} ${YEAR}</time>:\\s*Corrected the spelling of the township\\.`,
      ),
    );
    expect(en).toContain(`<meta property="article:modified_time" content="${CORRECTED}`);
    expect(existsSync(join(project, 'dist', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    writeFileSync(join(project, 'dist', 'index.html'), 'the previous build');
  });
});

describe('npm run build on broken content', { timeout: 120_000 }, () => {
  it('fails on a misspelt figure id, naming file, line and the known ids, and leaves dist/ as it was', () => {
    const { slug, figure, ids } = storyWithFigure();
    const path = story(slug, 'en');
    const original = readFileSync(path, 'utf8');
    expect(original).toContain(`<Figure id="${figure}" />`);
    writeFileSync(path, original.replace(`<Figure id="${figure}" />`, `<Figure id="${figure}-typo" />`));
    const { status, output } = build();
    writeFileSync(path, original);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/initiatives/${slug}/en.mdx:`);
    expect(output).toContain(
      `Figure.id: unknown figure id "${figure}-typo". Use one of the ids in data.yaml: ${ids.join(', ')}.`,
    );
    expect(previousBuildKept()).toBe(true);
  });

  it('fails on MDX the compiler rejects without writing a half-built site', () => {
    const { slug } = storyWithFigure();
    const path = story(slug, 'zh');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original}\n<div>\n`);
    const { status, output } = build();
    writeFileSync(path, original);
    expect(status).not.toBe(0);
    expect(output).toContain(`${slug}/zh.mdx`);
    expect(output).toMatch(/dist\/ was left as it was/);
    expect(previousBuildKept()).toBe(true);
    // What was written is kept only as the folder the next build writes over.
    expect(besideDist(project)).toEqual(['.dist-spare']);
  });
});

describe('a third language, configured in src/i18n/locales.ts only', { timeout: 300_000 }, () => {
  const config = () => join(project, 'src', 'i18n', 'locales.ts');
  let original = '';
  beforeAll(() => {
    original = readFileSync(config(), 'utf8');
    const entry = "{ code: 'fr', tag: 'fr', og: 'fr_FR', name: 'Français', numerals: 'western', fallback: 'en' },";
    expect(original).toContain('] as const satisfies');
    writeFileSync(config(), original.replace('] as const satisfies', `  ${entry}\n] as const satisfies`));
  });
  afterAll(() => writeFileSync(config(), original));

  it('builds every page in it, lists it in hreflang and the sitemap, and falls back to English text', () => {
    const { status, output } = build();
    expect(status, output).toBe(0);
    const { slug } = storyWithFigure();
    const html = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');
    for (const path of ['fr', 'fr/stories', `fr/stories/${slug}`, 'fr/about', 'fr/tags']) {
      expect(existsSync(join(project, 'dist', path, 'index.html')), path).toBe(true);
    }
    const story = html(`fr/stories/${slug}`);
    expect(story).toMatch(/<html lang="fr"/);
    // The story is not translated yet: its text is marked as English.
    expect(story).toMatch(/<article data-pagefind-body lang="en"/);
    const hreflangs = [...story.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((match) => match[1]);
    expect(hreflangs).toEqual(['zh-CN', 'en', 'fr', 'x-default']);
    // The existing languages link to the new one too, and the sitemap lists it.
    expect(html(`stories/${slug}`)).toMatch(new RegExp(`hreflang="fr" href="[^"]*/fr/stories/${slug}/"`));
    const sitemap = readFileSync(join(project, 'dist', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/fr/stories/${slug}/`);
    expect(existsSync(join(project, 'dist', 'fr', 'rss.xml'))).toBe(true);
    // The home page's social card names the site once in each language: its alt text says all the card says.
    expect(pngSize(readFileSync(join(project, 'dist', 'og', 'fr', 'index.png')))).toEqual({ width: 1200, height: 630 });
    for (const home of ['fr', 'en', '.']) {
      const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(html(home))?.[1];
      expect(alt, home).toBeDefined();
      for (const name of ['Guiyang Casebook', '贵阳实事案例集'])
        expect(alt!.split(name).length - 1, `${name} on the ${home} home card: ${alt}`).toBe(1);
    }
    writeFileSync(join(project, 'dist', 'index.html'), 'the previous build');
  });

  it('checks its story files too: an unknown figure id in one is refused with file and line', () => {
    const { slug, figure } = storyWithFigure();
    const english = readFileSync(story(slug, 'en'), 'utf8');
    const french = english.replace(`<Figure id="${figure}" />`, `<Figure id="${figure}-typo" />`);
    const line = french.slice(0, french.indexOf(`${figure}-typo`)).split('\n').length;
    writeFileSync(story(slug, 'fr'), french);
    const check = spawnSync('npm', ['run', 'check:content'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    rmSync(story(slug, 'fr'));
    const output = check.stdout + check.stderr;
    expect(check.status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`content/initiatives/${slug}/fr\\.mdx:${line}(:\\d+)?\\s`));
    expect(output).toContain(`unknown figure id "${figure}-typo"`);
  });

  it('passes the unit tests, which build their expectations from the language list', () => {
    // Generous time per test: this checks what the tests expect, not how fast a busy machine runs them.
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit*', '--testTimeout', '60000'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(run.status, run.stdout.slice(-4000) + run.stderr.slice(-2000)).toBe(0);
  });
});

describe('a story component outside a story', () => {
  it('fails the build with its own message', () => {
    const probe = join(project, 'src', 'pages', 'probe.astro');
    writeFileSync(
      probe,
      '---\nimport Figure from \'../components/mdx/Figure.astro\';\n---\n<p><Figure id="x" /></p>\n',
    );
    const { status, output } = build();
    rmSync(probe);
    expect(status).not.toBe(0);
    expect(output).toContain('<Figure> is a story component: use it only in content/initiatives/<slug>/<lang>.mdx');
    expect(previousBuildKept()).toBe(true);
  });
});
