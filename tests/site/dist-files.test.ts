import type { Element } from 'domhandler';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/locale';
import { isEmbedPath } from '../../src/lib/paths';
import { DIST, page, requireDist, urlOf } from '../../harness/dist';

beforeAll(requireDist);

/** Every file under a folder, as POSIX paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'));
}

/** `[...locale]` is a locale prefix (none for the default locale), another `[...rest]` any segments, `[param]` one. */
function segmentPattern(segment: string): string {
  if (segment === '[...locale]') return `(?:(?:${LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|')})/)?`;
  if (/^\[\.\.\..+\]$/.test(segment)) return '(?:[^/]+/)*';
  return /^\[.+\]$/.test(segment) ? '[^/]+/' : `${segment}/`;
}

/**
 * The output paths the routes in src/pages can produce, as patterns: a page becomes
 * `<route>/index.html` (build.format 'directory'), 404 becomes 404.html, and an endpoint such as
 * rss.xml.ts becomes rss.xml.
 */
function routePatterns(): RegExp[] {
  const pagesDir = join(process.cwd(), 'src', 'pages');
  return filesUnder(pagesDir).map((file) => {
    const segments = file.split('/');
    const name = segments.pop()!;
    const dirs = segments.map(segmentPattern).join('');
    const stem = name.replace(/\.(astro|md|mdx|ts|js)$/, '');
    const leaf = stem
      .split(/(\[[^\]]+\])/)
      .map((part) =>
        /^\[\.\.\..+\]$/.test(part) ? '.+' : /^\[.+\]$/.test(part) ? '[^/]+' : part.replace(/[.]/g, '\\.'),
      )
      .join('');
    const output = /\.(ts|js)$/.test(name)
      ? leaf
      : stem === 'index'
        ? 'index\\.html'
        : stem === '404'
          ? '404\\.html'
          : `${leaf}/index\\.html`;
    return new RegExp(`^${dirs}${output}$`);
  });
}

/** A URL as a browser reads it: without spaces and control characters. */
const asBrowserReads = (url: string) => [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');

/** Files Pagefind writes: its scripts and styles, its entry file, wasm and the index chunks. */
const PAGEFIND =
  /^pagefind\/(?:pagefind[\w.-]*\.(?:js|css|json|pf_meta)|wasm\.[\w-]+\.pagefind|(?:filter|fragment|index)\/[\w-]+\.pf_(?:filter|fragment|index))$/;
/** What Astro bundles into _astro/: hashed scripts, styles, fonts and processed raster images (never SVG). */
const ASTRO_ASSET = /^_astro\/[\w.-]+\.[\w-]{8}\.(?:js|css|woff2?|png|jpe?g|webp|avif|gif)$/;
/** The sitemap integration's files. */
const SITEMAP = /^sitemap-(?:index|\d+)\.xml$/;
/** Written by the build's own integration in astro.config.mjs: security headers for static hosts. */
const HEADERS = /^_headers$/;

describe('dist/', () => {
  // The editor at /admin/ (written when package.json names a repository) is no page of the site: tests/build/admin-editor.test.ts.
  const files = filesUnder(DIST).filter((file) => !file.startsWith('admin/'));
  const fromPublic = new Set(filesUnder(join(process.cwd(), 'public')));
  const routes = routePatterns();

  it('holds only files the build makes: pages and endpoints of routes, assets, the search index, sitemaps, copies of public/', () => {
    const unexplained = files.filter((file) => {
      if (fromPublic.has(file)) return false;
      if ([PAGEFIND, ASTRO_ASSET, SITEMAP, HEADERS].some((pattern) => pattern.test(file))) return false;
      return !routes.some((route) => route.test(file));
    });
    expect(unexplained).toEqual([]);
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(20);
  });

  it('copies public/ unchanged', () => {
    for (const file of fromPublic)
      expect(readFileSync(join(DIST, file)).equals(readFileSync(join(process.cwd(), 'public', file))), file).toBe(true);
  });

  it('lists in the sitemap exactly the HTML pages it holds, apart from 404 and the charts’ embed pages', () => {
    const sitemap = files
      .filter((file) => SITEMAP.test(file) && file !== 'sitemap-index.xml')
      .flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
      .map((match) => new URL(match[1]!).pathname)
      .sort();
    const pages = files
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => urlOf(`/${file}`))
      .filter((url) => !isEmbedPath(url))
      .sort();
    expect(pages).toEqual(sitemap);
    expect(
      files.some((file) => isEmbedPath(urlOf(`/${file}`))),
      'the site has embed pages',
    ).toBe(true);
  });

  it('has no file in _astro/ that no page, stylesheet or script uses', () => {
    const users = files
      .filter((file) => /\.(html|css|js)$/.test(file) && !file.startsWith('pagefind/'))
      .map((file) => readFileSync(join(DIST, file), 'utf8'))
      .join('\n');
    for (const asset of files.filter((file) => file.startsWith('_astro/')))
      expect(users.includes(asset.slice('_astro/'.length)), asset).toBe(true);
  });

  it('serves no active content but its own bundles: no inline handlers, frames, redirects or script URLs', () => {
    const htmlPages = files.filter((file) => file.endsWith('.html'));
    for (const file of htmlPages) {
      const $ = page(urlOf(`/${file}`));
      // JSON-LD is data the browser never runs; every other script is one of the build's own files.
      $('script:not([type="application/ld+json"])').each((_, script) => {
        expect(script.attribs.src ?? '', file).toMatch(/^\/(?:_astro|pagefind)\//);
      });
      expect($('iframe, frame, object, embed, base, portal, applet').length, file).toBe(0);
      expect($('meta[http-equiv]').not('[http-equiv="Content-Security-Policy"]').length, file).toBe(0);
      for (const element of $('*').toArray() as Element[]) {
        for (const [name, value] of Object.entries(element.attribs)) {
          expect(name.startsWith('on') ? `${file}: <${element.tagName} ${name}>` : '').toBe('');
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name))
            expect(asBrowserReads(value), `${file}: <${element.tagName} ${name}>`).not.toMatch(
              /^(?:javascript|vbscript|data):/i,
            );
        }
      }
    }
    expect(htmlPages.length).toBeGreaterThan(20);
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });
});
