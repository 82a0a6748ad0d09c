import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyInflaterTables } from '../../src/build/pagefind-script';
import {
  listSearchFiles,
  PAGEFIND_ENV,
  pagefindBinary,
  pagefindFiles,
  SEARCH_FILES_MARK,
} from '../../src/build/pagefind-files';

/** Folders made by these tests, removed at the end. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Words enough that a language's word index takes several chunks (PAGEFIND_ENV sets their size). */
const words = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index.toString(36)}q`).join(' ');

/** A story page as the site marks it up for search: body, filters, in its language. */
function page(lang: string, title: string, text: string, filters: Record<string, string>): string {
  const spans = Object.entries(filters)
    .map(([name, value]) => `<span data-pagefind-filter="${name}">${value}</span>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav data-pagefind-ignore>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>${text}</p><div hidden>${spans}</div></article></body></html>`;
}

/** A small site in two languages, each page with its own words and filters. */
const SITE: Record<string, string> = {
  'stories/parking/index.html': page('zh-CN', '老城区停车', `新增停车位 停车场 云岩区 ${words('p', 1200)}`, {
    theme: 'livelihood',
    tag: 'parking',
  }),
  'stories/strawberries/index.html': page('zh-CN', '花溪草莓', `草莓 育苗 花溪区 ${words('s', 1200)}`, {
    theme: 'development',
    year: '2024',
  }),
  'en/stories/parking/index.html': page('en', 'Parking in the old city', `car parks Yunyan ${words('e', 1500)}`, {
    theme: 'livelihood',
    tag: 'parking',
  }),
  'en/stories/strawberries/index.html': page('en', 'Huaxi strawberries', `seedlings Huaxi ${words('f', 1500)}`, {
    theme: 'development',
    year: '2024',
  }),
};

/** Writes the pages into a new folder and indexes it with the binary and settings the build uses. */
function indexed(pages: Record<string, string>, site = mkdtempSync(join(tmpdir(), 'casebook-pagefind-'))): string {
  if (!made.includes(site)) made.push(site);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const run = spawnSync(pagefindBinary(process.cwd()), ['--site', site, '--silent'], {
    env: { ...process.env, ...PAGEFIND_ENV },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`Pagefind failed: ${run.stderr}`);
  return site;
}

/** Every file Pagefind named by content (metadata, fragments, word-index chunks, filters), as on disk. */
function hashedOnDisk(site: string): string[] {
  const folder = join(site, 'pagefind');
  const listed = (sub: string, ending: string) =>
    readdirSync(join(folder, sub))
      .filter((name) => name.endsWith(ending))
      .map((name) => relative(site, join(folder, sub, name)));
  return [
    ...listed('.', '.pf_meta'),
    ...listed('fragment', '.pf_fragment'),
    ...listed('index', '.pf_index'),
    ...listed('filter', '.pf_filter'),
  ].sort();
}

let site = '';
beforeAll(() => {
  site = indexed(SITE);
}, 60_000);

describe('the files of a Pagefind index, read from an index Pagefind built', () => {
  it('are the metadata of each language and every fragment, word-index chunk and filter it wrote', () => {
    const files = pagefindFiles(site).sort();
    expect(files).toEqual(hashedOnDisk(site));
    // The index really has what the reader looks for: two languages, a fragment per page, several
    // word-index chunks, and filters.
    const kind = (pattern: RegExp) => files.filter((file) => pattern.test(file)).length;
    expect(kind(/^pagefind\/pagefind\.[^/]+\.pf_meta$/)).toBe(2);
    expect(kind(/^pagefind\/fragment\//)).toBe(Object.keys(SITE).length);
    expect(kind(/^pagefind\/index\//)).toBeGreaterThan(2);
    expect(kind(/^pagefind\/filter\//)).toBeGreaterThanOrEqual(2);
  });

  it('leave out the files of an earlier index of the same folder, which Pagefind does not remove', () => {
    const again = mkdtempSync(join(tmpdir(), 'casebook-pagefind-'));
    made.push(again);
    cpSync(site, again, { recursive: true });
    const before = hashedOnDisk(again);
    // One page changes and one is deleted: the index is written again over the old one.
    const changed = { ...SITE };
    delete changed['stories/strawberries/index.html'];
    rmSync(join(again, 'stories', 'strawberries'), { recursive: true });
    changed['en/stories/parking/index.html'] = page('en', 'Parking, corrected', `car parks ${words('g', 1500)}`, {
      theme: 'livelihood',
    });
    indexed(changed, again);
    // What a fresh index of the new site holds, built in a folder of its own.
    const fresh = hashedOnDisk(indexed(changed));
    expect(hashedOnDisk(again).filter((file) => before.includes(file) && !fresh.includes(file)).length).toBeGreaterThan(
      0,
    );
    expect(pagefindFiles(again).sort()).toEqual(fresh);
  });

  it('name a file the index needs and Pagefind did not write', () => {
    const broken = mkdtempSync(join(tmpdir(), 'casebook-pagefind-'));
    made.push(broken);
    cpSync(site, broken, { recursive: true });
    const chunk = hashedOnDisk(broken).find((file) => file.startsWith('pagefind/index/'))!;
    rmSync(join(broken, chunk));
    expect(() => pagefindFiles(broken)).toThrow(`the search index names ${chunk}, which Pagefind did not write`);
  });

  it('refuse metadata in a layout they do not know', () => {
    const other = mkdtempSync(join(tmpdir(), 'casebook-pagefind-'));
    made.push(other);
    cpSync(site, other, { recursive: true });
    const meta = hashedOnDisk(other).find((file) => file.endsWith('.pf_meta'))!;
    writeFileSync(join(other, meta), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode({ v: 2 })])));
    expect(() => pagefindFiles(other)).toThrow(/does not hold the pages, index chunks and filters/);
  });
});

describe('the files a search page loads as it opens', () => {
  it('are listed in each search page, in its mark: its language’s files, the entry with a version', () => {
    const pages = mkdtempSync(join(tmpdir(), 'casebook-pagefind-'));
    made.push(pages);
    cpSync(site, pages, { recursive: true });
    const searchPage = (lang: string) =>
      `<!doctype html><html lang="${lang}"><head><title>s</title></head><body><main></main>${SEARCH_FILES_MARK}</body></html>`;
    for (const [path, lang] of [
      ['search/index.html', 'zh-CN'],
      ['en/search/index.html', 'en'],
    ] as const) {
      mkdirSync(dirname(join(pages, path)), { recursive: true });
      writeFileSync(join(pages, path), searchPage(lang));
    }
    writeFileSync(join(pages, 'about.html'), '<!doctype html><html lang="en"><body>no mark</body></html>');
    expect(
      listSearchFiles(
        pages,
        ['search/index.html', 'en/search/index.html', 'about.html', 'fr/search/index.html'],
        '/casebook',
      ),
    ).toEqual(['search/index.html', 'en/search/index.html']);
    /** The links of a page's list: [rel, href, the language of an other language's file]. */
    const links = (path: string) =>
      [
        ...readFileSync(join(pages, path), 'utf8').matchAll(
          /<link rel="(\w+)" href="([^"]+)"[^>]*?(?: data-search-language="([^"]+)")?>/g,
        ),
      ].map(([, rel, href, other]) => [rel, href, other]);
    const hrefs = (path: string) =>
      links(path)
        .filter(([, , other]) => !other)
        .map(([rel, href]) => [rel, href]);
    // In the page's template, which the browser does not fetch from: the page's script does.
    const html = readFileSync(join(pages, 'search/index.html'), 'utf8');
    expect(html).toMatch(/<template data-search-files data-search-pages="[^"]*"><link rel="modulepreload"/);
    // Beside them, every page of the index in every language by its result id, with its address and title.
    const titles = JSON.parse(load(html)('template[data-search-files]').attr('data-search-pages')!) as Record<
      string,
      [string, string]
    >;
    expect(Object.keys(titles).sort()).toEqual(
      pagefindFiles(pages)
        .filter((file) => file.endsWith('.pf_fragment'))
        .map((file) => file.replace(/^pagefind\/fragment\/|\.pf_fragment$/g, ''))
        .sort(),
    );
    expect(Object.values(titles)).toContainEqual(['/casebook/stories/parking/', '老城区停车']);
    expect(Object.values(titles)).toContainEqual(['/casebook/en/stories/strawberries/', 'Huaxi strawberries']);
    const files = pagefindFiles(pages);
    for (const [path, language] of [
      ['search/index.html', 'zh-cn'],
      ['en/search/index.html', 'en'],
    ] as const) {
      const listed = hrefs(path);
      expect(listed[0]).toEqual(['modulepreload', '/casebook/pagefind/pagefind.js']);
      const fetched = listed.slice(1).map(([, href]) => href!.replace('/casebook/', ''));
      expect(fetched[0]).toMatch(/^pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{12}$/);
      // Its language's metadata, WebAssembly and filters, each a file of the index; nothing of the other language.
      const rest = fetched.slice(1);
      expect(rest.filter((file) => file.endsWith('.pf_meta'))).toEqual([
        files.find((file) => file.startsWith(`pagefind/pagefind.${language}_`)),
      ]);
      expect(rest.filter((file) => file.includes('/filter/')).length).toBeGreaterThan(0);
      for (const file of rest.filter((one) => !one.includes('wasm.'))) {
        expect(files).toContain(file);
        expect(file).toContain(`${language}_`);
      }
      for (const file of rest.filter((one) => one.includes('wasm.')))
        expect(readFileSync(join(pages, file)).length).toBeGreaterThan(0);
      // The other language's metadata, marked with its key, for a search that merges its index in.
      const other = language === 'en' ? 'zh-cn' : 'en';
      expect(links(path).filter(([, , marked]) => marked)).toEqual([
        ['preload', `/casebook/${files.find((file) => file.startsWith(`pagefind/pagefind.${other}_`))}`, other],
      ]);
    }
    expect(readFileSync(join(pages, 'about.html'), 'utf8')).toContain('no mark');
  });
});

describe('Pagefind’s script, as the build rewrites it', () => {
  const script = () => readFileSync(join(site, 'pagefind', 'pagefind.js'), 'utf8');
  /** The module a script makes, imported as the browser would (it guards what Node lacks). */
  const imported = (text: string) =>
    import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`) as Promise<Record<string, unknown>>;

  it('builds its inflater’s tables when it first inflates, not as it is evaluated; nothing else changes', async () => {
    const original = script();
    const { script: rewritten, skipped } = lazyInflaterTables(original);
    expect(skipped).toBeUndefined();
    // The tables (a 32,768-entry one among them) are built only inside a function that the
    // inflater calls before anything else, not at the top of the module.
    const tables = ['rev=new u16(32768)', 'flrm=hMap(flt,9,1)', 'fdrm=hMap(fdt,5,1)'];
    for (const table of tables) expect(original).toContain(table);
    const lazy = /var __pagefindInflateTables=function\(\)\{if\(fdrm\)return;[^]*?fdrm=hMap\(fdt,5,1\);\};/;
    expect(rewritten).toMatch(lazy);
    for (const table of tables) expect(rewritten.replace(lazy, '')).not.toContain(table);
    expect(rewritten).toContain('var inflt=function(dat,buf,st){__pagefindInflateTables();');
    // Same length but for what moved, and the same API.
    expect(Math.abs(rewritten.length - original.length)).toBeLessThan(200);
    expect(Object.keys(await imported(rewritten)).sort()).toEqual(Object.keys(await imported(original)).sort());
    // Rewriting again changes nothing and says nothing.
    expect(lazyInflaterTables(rewritten)).toEqual({ script: rewritten });
  });

  it('is left as Pagefind wrote it, with the reason, when its inflater is not the one the rewrite knows', () => {
    const changed = script().replace('var flt=new u8(288);', 'var flt=new Uint8Array(288);');
    expect(lazyInflaterTables(changed)).toEqual({
      script: changed,
      skipped: "its inflater's fixed Huffman trees are not built where expected",
    });
    expect(lazyInflaterTables('export const search = () => {};').skipped).toMatch(/not built where expected/);
  });
});
