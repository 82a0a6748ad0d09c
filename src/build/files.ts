/**
 * Node-only: an Astro integration that writes files a build lists instead of rendering one route
 * per file. A build lists social cards (drawn into the cache: copied from there) and per-story
 * downloads (their text: written) in manifest responses; when the build is done, this puts every
 * file in place, several at a time, and removes the manifests. As thousands of single-file routes,
 * each rendered and written in turn, they cost a 1,000-story build seconds.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where in the built site the build lists its files (see src/pages/og/cards.json.ts and src/pages/files.json.ts). */
export const MANIFESTS = ['og/cards.json', 'files.json'];

/** One listed file: its path in the site, and either a file to copy or the text to write. */
export type ManifestEntry = { path: string; file: string } | { path: string; body: string };

/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const AT_ONCE = 64;

/** Puts the files listed in the built site at `out` into place, then removes the lists; returns how many. */
export async function writeListedFiles(out: string): Promise<number> {
  let count = 0;
  for (const manifest of MANIFESTS) {
    const list = join(out, manifest);
    const entries = JSON.parse(await readFile(list, 'utf8')) as ManifestEntry[];
    for (const folder of new Set(entries.map(({ path }) => dirname(join(out, path)))))
      await mkdir(folder, { recursive: true });
    for (let start = 0; start < entries.length; start += AT_ONCE) {
      await Promise.all(
        entries.slice(start, start + AT_ONCE).map((entry) =>
          'file' in entry
            ? // A copy-on-write clone where the file system can make one, else a plain copy.
              copyFile(entry.file, join(out, entry.path), constants.COPYFILE_FICLONE)
            : writeFile(join(out, entry.path), entry.body),
        ),
      );
    }
    await rm(list);
    count += entries.length;
  }
  return count;
}

/** The integration: runs `writeListedFiles` on the built site. */
export function listedFiles(): AstroIntegration {
  return {
    name: 'casebook-listed-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeListedFiles(fileURLToPath(dir));
        logger.info(`${count} listed files (social cards, per-story downloads) written`);
      },
    },
  };
}
