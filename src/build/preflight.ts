/**
 * What `npm run build` checks before it starts anything: the address the site is built for, and
 * that it may write where a build writes. Each problem is one line that names the setting or the
 * folder and what to do, instead of a failure deep inside a build step or a stack trace.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { siteAddress } from '../lib/base.ts';
import { OUT } from './output.ts';

/** The folders a build writes into, besides its own folders beside dist/, and what it keeps there. */
const WRITTEN: [path: string, what: string][] = [
  ['.', 'its lock and the new site'],
  [OUT, 'the site it replaces, to write the next one into'],
  // cacheDir in astro.config.mjs.
  ['node_modules/.astro', "Astro's content store"],
  ['node_modules/.vite', "the bundler's cache"],
  // CACHE_DIR in src/og/render.ts.
  ['node_modules/.cache/casebook-og', 'the social card cache'],
];

/** A path as a reader can use it in a shell, relative to the project when inside it. */
function shown(root: string, path: string): string {
  const inside = relative(root, path);
  const text = inside && !inside.startsWith('..') ? inside.split(sep).join('/') : path;
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What to do about a folder that cannot be written, by the error's code. */
function remedy(code: string | undefined, folder: string): string {
  if (code === 'EROFS') return 'it is on a read-only file system, so build in a writable copy of the project';
  return `give your user write access to it (e.g. sudo chown -R "$(id -un)" ${folder}) and build again`;
}

/**
 * The first folder a build writes into that this process may not write, as a one-line message;
 * undefined when all may be written. A folder not made yet is checked where it would be made.
 */
export function unwritable(root: string): string | undefined {
  for (const [path, what] of WRITTEN) {
    let folder = join(root, path);
    while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
    try {
      accessSync(folder, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const named = folder === root ? `the project folder ${shown(root, root)}` : `${shown(root, folder)}/`;
      return `cannot write in ${named} (${code}), where the build keeps ${what}: ${remedy(code, shown(root, folder))}.`;
    }
  }
  return undefined;
}

/** Any error as one line: a file-system error by its path and code, anything else by its message. */
export function oneLine(error: unknown, root: string): string {
  const { code, path, message } = error as NodeJS.ErrnoException;
  if (code && path) {
    const folder = dirname(path);
    return `cannot write ${shown(root, path)} (${code}): ${remedy(code, shown(root, folder))}.`;
  }
  return String(message ?? error).split('\n')[0]!;
}

/** Problems found before a build starts, each a line; empty when there are none. */
export function preflight(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  try {
    siteAddress(env.SITE_URL);
  } catch (error) {
    return [(error as Error).message];
  }
  const folder = unwritable(root);
  return folder ? [folder] : [];
}
