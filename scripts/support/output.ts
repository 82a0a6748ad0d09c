/**
 * Putting a finished build into dist/ safely. One build at a time (scripts/support/lock.ts); the
 * new site is renamed in only when complete, and the old one is renamed aside first, so dist/
 * always holds a whole site. A build killed half-way leaves scratch folders that
 * the next build takes over, and a dist/ renamed aside is put back.
 *
 * The site replaced is not deleted but kept as the spare (.dist-spare/), and the next build is
 * written into it: files are rewritten in place, and only those the build did not write are
 * removed (`prune`). Deleting a whole site and writing a new one costs far more: some file systems
 * (ext4 without a journal) will not reuse an inode freed in the last minutes, and search past every
 * such inode for each new file; a 1,000-story build spent about 8 of its seconds there.
 */
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const OUT = 'dist';
const SCRATCH_PREFIX = '.dist-build-';
const OLD_PREFIX = '.dist-old-';
/** The site dist/ held before the last build: the folder the next build is written into. */
export const SPARE = '.dist-spare';
/** A file a build writes into its folder first: whatever changed before it is from an earlier build. */
const MARK = '.build-started';

/** Whether a leftover can be built into: a folder this process may write to. */
const reusable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Cleans up after earlier builds and readies `scratch`, this build's folder: a dist/ left renamed
 * aside by a killed build is put back; then the spare, or else a folder a killed build left, becomes
 * `scratch` (one that is not a folder it can write to is deleted instead), and any other leftover is deleted,
 * or named in a warning when it cannot be.
 */
export function recover(root: string, scratch = scratchDir(), warn = console.warn): void {
  const leftovers = readdirSync(root).filter(
    (name) => name.startsWith(SCRATCH_PREFIX) || name.startsWith(OLD_PREFIX) || name === SPARE,
  );
  const olds = leftovers.filter((name) => name.startsWith(OLD_PREFIX)).sort();
  if (!existsSync(join(root, OUT)) && olds.length) renameSync(join(root, olds.at(-1)!), join(root, OUT));
  const remaining = leftovers.filter((name) => name !== scratch && existsSync(join(root, name)));
  // The spare first: it is a whole site, so the build has the least to write.
  remaining.sort((a, b) => Number(b === SPARE) - Number(a === SPARE));
  let reused = existsSync(join(root, scratch));
  for (const name of remaining) {
    if (!reused && reusable(join(root, name))) {
      try {
        renameSync(join(root, name), join(root, scratch));
        reused = true;
        continue;
      } catch {
        // Not movable: deleted like the others.
      }
    }
    try {
      rmSync(join(root, name), { recursive: true, force: true });
    } catch (error) {
      warn(
        `Could not delete ${name}/ (${(error as NodeJS.ErrnoException).code}), left by an earlier build; delete it by hand.`,
      );
    }
  }
}

/** This build's scratch folder name. */
export function scratchDir(): string {
  return `${SCRATCH_PREFIX}${process.pid}`;
}

/**
 * Marks the start of writing into `dir` (made if missing) and returns the mark's change time, in
 * nanoseconds of the file system's own clock: `prune` removes what changed before it.
 */
export function markStart(dir: string): bigint {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARK), '');
  return statSync(join(dir, MARK), { bigint: true }).ctimeNs;
}

/**
 * Removes from `dir` every file this build did not write (changed before `mark`) unless `keep` accepts
 * its path (relative to `dir`, with `/`), and folders left empty. Returns how many files it removed.
 * Throws, removing nothing, when the file system's clock now reads earlier than the mark: files this
 * build wrote could then look older than it.
 */
export function prune(dir: string, mark: bigint, keep: (path: string) => boolean = () => false): number {
  const now = join(dir, `${MARK}-now`);
  writeFileSync(now, '');
  const later = statSync(now, { bigint: true }).ctimeNs >= mark;
  unlinkSync(now);
  if (!later)
    throw new Error(
      'the system clock went back during the build, so what it wrote cannot be told by time; build again',
    );
  let removed = 0;
  const walk = (folder: string, prefix: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        if (walk(path, `${relative}/`)) rmdirSync(path);
        else empty = false;
      } else if (relative !== MARK && !keep(relative) && lstatSync(path, { bigint: true }).ctimeNs < mark) {
        unlinkSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  walk(dir, '');
  return removed;
}

/** Removes the mark `markStart` wrote, once the build is complete. */
export function unmark(dir: string): void {
  unlinkSync(join(dir, MARK));
}

/**
 * Swaps a finished build into dist/: the old site aside, the new one in, the old one kept as the spare.
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
      rmSync(join(root, SPARE), { recursive: true, force: true });
      renameSync(old, join(root, SPARE));
    } catch {
      // The new site is in place; the old one, wherever it is, is taken over or deleted by the next build.
    }
  }
}
