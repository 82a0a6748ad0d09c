/**
 * Pagefind as the build runs it, and the files of its index, read from the index itself. Its entry file names each language's
 * metadata file; a metadata file (gzip, a marker, then CBOR) names the page fragments, word-index
 * chunks and filters that language's search loads. Pagefind names those files by their content and
 * does not rewrite one that already exists, so a build written over an earlier site tells its index
 * files from stale ones by this list, not by when they were written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** Pagefind's own binary (the extended one, which segments Chinese), without its npm wrapper's Node process. */
export function pagefindBinary(root: string): string {
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const require = createRequire(join(root, 'package.json'));
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${process.platform}-${process.arch}/bin/${name}`);
    } catch {
      // Not installed for this platform: try the next, then the wrapper.
    }
  }
  return 'pagefind';
}

/**
 * Index chunks of about 2,000 word positions (Pagefind's default is 20,000) keep a first search
 * small: a word costs one chunk of about 4 KB instead of up to 40 KB. The variable is read by
 * Pagefind 1.6's binary (named unstable upstream); the search part of `npm run bench` shows if it
 * stops working.
 */
export const PAGEFIND_ENV = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000' };

/** What Pagefind writes before the CBOR of every compressed file. */
const MARKER = 'pagefind_dcd';

interface Entry {
  languages: Record<string, { hash: string }>;
}

/** The metadata of one language: [version, pages, index chunks, filters, sorts, meta fields]. */
type Meta = [string, [string, number][], [string, string, string][], [string, string][], ...unknown[]];

function readMeta(file: string): Meta {
  const bytes = gunzipSync(readFileSync(file));
  const marker = new TextDecoder().decode(bytes.subarray(0, MARKER.length));
  if (marker !== MARKER) throw new Error(`${file} is not a Pagefind metadata file`);
  const meta = decode(bytes.subarray(MARKER.length)) as unknown;
  const lists = Array.isArray(meta) ? meta.slice(1, 4) : [];
  if (lists.length !== 3 || !lists.every(Array.isArray))
    throw new Error(`${file} does not hold the pages, index chunks and filters this build expects of Pagefind`);
  return meta as Meta;
}

/**
 * The hashed files of the Pagefind index in `site` (paths relative to it), checked to exist: the
 * metadata of each language and every fragment, word-index chunk and filter it names.
 */
export function pagefindFiles(site: string, folder = 'pagefind'): string[] {
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as Entry;
  const files: string[] = [];
  for (const { hash } of Object.values(entry.languages)) {
    const metaFile = `${folder}/pagefind.${hash}.pf_meta`;
    const [, pages, chunks, filters] = readMeta(join(site, metaFile));
    files.push(
      metaFile,
      ...pages.map(([page]) => `${folder}/fragment/${page}.pf_fragment`),
      ...chunks.map(([, , chunk]) => `${folder}/index/${chunk}.pf_index`),
      ...filters.map(([, filter]) => `${folder}/filter/${filter}.pf_filter`),
    );
  }
  const missing = files.find((file) => !existsSync(join(site, file)));
  if (missing) throw new Error(`the search index names ${missing}, which Pagefind did not write`);
  return files;
}

/** A page fragment of the index: what a result's `data()` reads. */
function readFragment(file: string): { url: string; meta?: { title?: string } } {
  const bytes = gunzipSync(readFileSync(file));
  const marker = new TextDecoder().decode(bytes.subarray(0, MARKER.length));
  if (marker !== MARKER) throw new Error(`${file} is not a Pagefind fragment`);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(MARKER.length))) as {
    url: string;
    meta?: { title?: string };
  };
}

/**
 * Every page of the index in `site`, in every language, by the id a search result carries: its
 * address (under `base`) and title, read from its fragment. A search page lists them, so that a
 * result can show its title and link as soon as the index has answered, before its fragment (the
 * excerpt and the rest) arrives.
 */
export function searchPageTitles(site: string, base = '', folder = 'pagefind'): Record<string, [string, string]> {
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as Entry;
  const pages: Record<string, [string, string]> = {};
  for (const { hash } of Object.values(entry.languages)) {
    const [, list] = readMeta(join(site, folder, `pagefind.${hash}.pf_meta`));
    for (const [id] of list) {
      const fragment = readFragment(join(site, folder, 'fragment', `${id}.pf_fragment`));
      pages[id] = [`${base}${fragment.url}`, fragment.meta?.title ?? ''];
    }
  }
  return pages;
}

/** Where the build puts the list of a search page's Pagefind files: an element its page leaves empty. */
export const SEARCH_FILES_MARK = '<template data-search-files></template>';

/**
 * What a search page in `lang` (its `<html lang>`) loads of the index in `site` as it opens, as
 * preload links: Pagefind's script, the index entry, that language's WebAssembly, metadata and
 * filters; and, marked with their language's key (`data-search-language`), the other languages'
 * metadata, which the page loads only for a search that needs their indexes. The page's script
 * puts them in its head (its own language's as it starts), so that they load side by side instead
 * of one after another as Pagefind finds it needs them; they wait in a `<template>` until then, so
 * as not to compete with the page's stylesheets for its first paint. The entry is asked
 * for with a version (`ts`, a hash of the entry), which Pagefind is then started with: the same file
 * is asked for again only when a build changes it. `base` is the site's base path.
 */
function searchPreloads(site: string, lang: string, base = '', folder = 'pagefind'): string {
  const entryText = readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string; wasm?: string | null }> };
  const language = entry.languages[lang.toLowerCase()] ?? entry.languages[lang.toLowerCase().split('-')[0]!];
  if (!language) throw new Error(`the search index has no language ${lang}`);
  const [, , , filters] = readMeta(join(site, folder, `pagefind.${language.hash}.pf_meta`));
  const version = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const path = (file: string) => `${base}/${folder}/${file}`;
  const fetched = [
    `pagefind-entry.json?ts=${version}`,
    `pagefind.${language.hash}.pf_meta`,
    `wasm.${language.wasm ?? 'unknown'}.pagefind`,
    ...filters.map(([, filter]) => `filter/${filter}.pf_filter`),
  ];
  // The other languages' metadata, for a search that merges their indexes in (marked with their key).
  // (Only keys of letters, digits and hyphens, as Pagefind makes them from `<html lang>`, go into an attribute.)
  const others = Object.entries(entry.languages).filter(
    ([key, other]) => other !== language && /^[a-z0-9-]+$/i.test(key),
  );
  return [
    `<link rel="modulepreload" href="${path('pagefind.js')}">`,
    ...fetched.map(
      (file, index) =>
        `<link rel="preload" href="${path(file)}" as="fetch" crossorigin${index === 0 ? ' data-search-entry' : ''}>`,
    ),
    ...others.map(
      ([key, { hash }]) =>
        `<link rel="preload" href="${path(`pagefind.${hash}.pf_meta`)}" as="fetch" crossorigin data-search-language="${key}">`,
    ),
  ].join('');
}

/**
 * Writes `searchPreloads` into the search pages of `site` (the HTML files given, relative to it), in
 * place of `SEARCH_FILES_MARK`, with `searchPageTitles` in its `data-search-pages`; a page without
 * the mark is left as it is. Returns the pages written.
 */
export function listSearchFiles(site: string, pages: string[], base = ''): string[] {
  const written: string[] = [];
  // In an attribute of the list (a page runs no script of its own making): JSON, escaped as HTML.
  const titles = JSON.stringify(searchPageTitles(site, base))
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
  for (const page of pages) {
    const file = join(site, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    if (!html.includes(SEARCH_FILES_MARK) || !lang) continue;
    const listed = SEARCH_FILES_MARK.replace(
      '></',
      ` data-search-pages="${titles}">${searchPreloads(site, lang, base)}</`,
    );
    writeFileSync(file, html.replace(SEARCH_FILES_MARK, listed));
    written.push(page);
  }
  return written;
}
