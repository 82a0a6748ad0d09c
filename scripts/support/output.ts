/**
 * Putting a finished build into dist/ safely. One build at a time (a lock folder holding the
 * builder's pid); the new site is renamed in only when complete, and the old one is renamed aside
 * first and deleted last, so dist/ always holds a whole site. A build killed half-way leaves
 * scratch folders that the next build cleans up, and a dist/ renamed aside is put back.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUT = 'dist';
const LOCK = '.build.lock';
const SCRATCH_PREFIX = '.dist-build-';
const OLD_PREFIX = '.dist-old-';

/** Whether a process is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockHolder(root: string): number | undefined {
  try {
    return Number(readFileSync(join(root, LOCK, 'pid'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the build lock, waiting while another live build holds it (up to `waitMs`), and taking
 * over a lock whose builder has died. Returns a function that releases it.
 */
export async function takeLock(root: string, waitMs = 10 * 60_000, log = console.log): Promise<() => void> {
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(join(root, LOCK));
      writeFileSync(join(root, LOCK, 'pid'), String(process.pid));
      return () => rmSync(join(root, LOCK), { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(root);
    if (holder === undefined || !alive(holder)) {
      // The lock is left from a build that died (or is being written this instant): take it over.
      if (holder !== undefined || Date.now() - started > 2000)
        rmSync(join(root, LOCK), { recursive: true, force: true });
    } else {
      if (!told) log(`Another build (process ${holder}) is running; waiting for it to finish…`);
      told = true;
      if (Date.now() - started > waitMs)
        throw new Error(`another build (process ${holder}) is still running after ${waitMs / 1000} s; try again later`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Cleans up after builds that were killed: deletes their scratch folders and puts back an old dist/. */
export function recover(root: string): void {
  const leftovers = readdirSync(root).filter((name) => name.startsWith(SCRATCH_PREFIX) || name.startsWith(OLD_PREFIX));
  const olds = leftovers.filter((name) => name.startsWith(OLD_PREFIX)).sort();
  if (!existsSync(join(root, OUT)) && olds.length) renameSync(join(root, olds.at(-1)!), join(root, OUT));
  for (const name of leftovers) {
    if (existsSync(join(root, name))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** A fresh scratch folder name for this build. */
export function scratchDir(): string {
  return `${SCRATCH_PREFIX}${process.pid}`;
}

/**
 * Swaps a finished build into dist/: the old site aside, the new one in, the old one deleted.
 * Throws a message naming the problem when dist/ cannot be replaced; the old site then stays.
 */
export function swapIn(root: string, scratch: string): void {
  const out = join(root, OUT);
  const old = join(root, `${OLD_PREFIX}${process.pid}`);
  const hadOld = existsSync(out);
  if (hadOld) {
    try {
      renameSync(out, old);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(
        `cannot replace ${OUT}/ (${code}): check that it is writable and not in use (its parent folder must be writable too); the previous site was kept`,
      );
    }
  }
  try {
    renameSync(join(root, scratch), out);
  } catch (error) {
    if (hadOld) renameSync(old, out);
    throw new Error(
      `cannot move the new site into ${OUT}/ (${(error as NodeJS.ErrnoException).code}); the previous site was kept`,
    );
  }
  if (hadOld) {
    try {
      rmSync(old, { recursive: true, force: true });
    } catch {
      // The new site is in place; a leftover copy of the old one is cleaned up by the next build.
    }
  }
}
