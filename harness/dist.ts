/** Reading the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = join(process.cwd(), 'dist');

/** Throws a helpful error when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every file under dist/ with a given extension, as URL paths ('/stories/x/index.html'). */
export function distFiles(extension: string, dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Not pages: the search runtime, bundled assets, and the editor at /admin/ (tested on its own).
    const skip = name === 'pagefind' || name === '_astro' || (dir === DIST && name === 'admin');
    if (statSync(path).isDirectory()) return skip ? [] : distFiles(extension, path);
    return name.endsWith(extension) ? [`/${relative(DIST, path)}`] : [];
  });
}

/** The URL path a built HTML file is served at: '/stories/x/index.html' → '/stories/x/'. */
export function urlOf(file: string): string {
  return file.replace(/index\.html$/, '');
}

/** The built file for a URL path, if any. */
export function fileOf(url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  for (const candidate of [path, join(path, 'index.html')]) {
    const full = join(DIST, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

const cache = new Map<string, CheerioAPI>();
/** A built page, parsed. */
export function page(url: string): CheerioAPI {
  const file = fileOf(url);
  if (!file) throw new Error(`no built page at ${url}`);
  let parsed = cache.get(file);
  if (!parsed) {
    parsed = load(readFileSync(join(DIST, file), 'utf8'));
    cache.set(file, parsed);
  }
  return parsed;
}

/** Slugs of the initiatives in content/. */
export function initiativeSlugs(): string[] {
  const dir = join(process.cwd(), 'content', 'initiatives');
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
}
