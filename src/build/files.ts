/**
 * Node-only: an Astro integration that writes files a build lists instead of rendering one route
 * per file. A build lists social cards and chart images (drawn into a cache: linked from there) and
 * per-story downloads (their text: written) in manifest responses; when the build is done, this puts every
 * file in place, several at a time, and removes the manifests. As thousands of single-file routes,
 * each rendered and written in turn, they cost a 1,000-story build seconds.
 */
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where in the built site the build lists its files (see src/pages/og/cards.json.ts and src/pages/files.json.ts). */
export const MANIFESTS = ['og/cards.json', 'files.json'];

/** One listed file: its path in the site, and either a file to copy or the text to write. */
export type ManifestEntry = { path: string; file: string } | { path: string; body: string };

/**
 * Puts a cached file at `target` as a hard link: no copy, and no new file for the file system to
 * allocate. Cache files are never changed in place (a card is written under a new name, then
 * renamed), so the link always shows what was cached. Where links cannot be made (another file
 * system, or one without them), a copy.
 */
async function place(file: string, target: string): Promise<void> {
  await unlink(target).catch(() => undefined);
  try {
    await link(file, target);
  } catch {
    await copyFile(file, target, constants.COPYFILE_FICLONE);
  }
}

/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const AT_ONCE = 64;

/**
 * Where a listed path goes in the site at `out`. Paths come from content (slugs, chart ids): whatever
 * a story holds, nothing is written outside the site.
 */
function inSite(out: string, path: string, manifest: string): string {
  const target = resolve(out, `.${path}`);
  const inside = relative(out, target);
  if (!path.startsWith('/') || !inside || inside.startsWith('..') || isAbsolute(inside))
    throw new Error(`${manifest} lists ${JSON.stringify(path)}, which is not a file inside the built site`);
  return target;
}

/**
 * Puts the files listed in the built site at `out` into place, then removes the lists; returns how
 * many. Every list is read and checked before anything is written.
 */
export async function writeListedFiles(out: string): Promise<number> {
  const entries: { entry: ManifestEntry; target: string }[] = [];
  for (const manifest of MANIFESTS) {
    const listed = JSON.parse(await readFile(join(out, manifest), 'utf8')) as ManifestEntry[];
    for (const entry of listed) entries.push({ entry, target: inSite(out, entry.path, manifest) });
  }
  for (const folder of new Set(entries.map(({ target }) => dirname(target)))) await mkdir(folder, { recursive: true });
  for (let start = 0; start < entries.length; start += AT_ONCE) {
    await Promise.all(
      entries
        .slice(start, start + AT_ONCE)
        .map(({ entry, target }) => ('file' in entry ? place(entry.file, target) : writeFile(target, entry.body))),
    );
  }
  for (const manifest of MANIFESTS) await rm(join(out, manifest));
  return entries.length;
}

/** The integration: runs `writeListedFiles` on the built site. */
export function listedFiles(): AstroIntegration {
  return {
    name: 'casebook-listed-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeListedFiles(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${count} listed files (social cards, chart images, per-story downloads) written in ${seconds} s`);
      },
    },
  };
}
