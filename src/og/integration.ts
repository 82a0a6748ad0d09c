/**
 * Node-only: an Astro integration that puts the social cards into the built site.
 *
 * The build draws the cards into the cache (src/pages/og/cards.json.ts) and lists where each
 * goes; when the build is done, this copies them from the cache into place. Sent through Astro
 * as 2,000 endpoint responses instead, the PNGs cost seconds of copying and garbage collection.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where in the built site the build lists its cards: URL path and cached PNG of each. */
export const CARD_MANIFEST = 'og/cards.json';

/** One entry of the list: the card's URL path and its PNG in the cache. */
export interface ManifestEntry {
  path: string;
  file: string;
}

/** Copies the cards listed in the built site into place, then removes the list. */
export function socialCards(): AstroIntegration {
  return {
    name: 'casebook-social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const list = join(out, CARD_MANIFEST);
        const entries = JSON.parse(await readFile(list, 'utf8')) as ManifestEntry[];
        for (const folder of new Set(entries.map(({ path }) => dirname(join(out, path)))))
          await mkdir(folder, { recursive: true });
        // A copy-on-write clone where the file system can make one, else a plain copy.
        await Promise.all(entries.map(({ path, file }) => copyFile(file, join(out, path), constants.COPYFILE_FICLONE)));
        await rm(list);
        logger.info(`${entries.length} social cards copied into ${CARD_MANIFEST.split('/')[0]}/`);
      },
    },
  };
}
