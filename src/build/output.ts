/**
 * Putting a finished build into dist/ safely. One build runs at a time (lock.ts),
 * and dist/ is never missing nor half-written: it is a symbolic link to the folder of the current
 * site (.dist-site-<id>/), and a finished build is put in by renaming a new link over it, which
 * replaces it in one step (rename(2)): a reader, a server or an upload sees the whole old site or
 * the whole new one. Node has no call that exchanges two folders (Linux's renameat2 with
 * RENAME_EXCHANGE), and a folder cannot be renamed over a folder that holds files, so the link is
 * what makes the swap a single step. Links are relative, so the project folder may be moved.
 *
 * Where one link cannot be renamed over another, the site is moved in with two renames, the old
 * dist/ aside and then the new one in; a build killed between them (microseconds) leaves no dist/
 * until the next build puts the old one back. That is Windows (a link to a folder needs rights most
 * users lack there, and a rename does not replace a folder or junction) and file systems without
 * symbolic links (FAT, some network shares). A dist/ that is a real folder, from an earlier version
 * of this script or put there by hand, is set aside the same way once, and the link takes its place.
 * A build killed half-way leaves scratch folders that the next build takes over.
 *
 * The site replaced is not deleted but kept as the spare (.dist-spare/), and the next build is
 * written into it: files are rewritten in place, and only those the build did not write are
 * removed (`prune`). Deleting a whole site and writing a new one costs far more: some file systems
 * (ext4 without a journal) will not reuse an inode freed in the last minutes, and search past every
 * such inode for each new file; a 1,000-story build spent about 8 of its seconds there.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const OUT = 'dist';
const SCRATCH_PREFIX = '.dist-build-';
const OLD_PREFIX = '.dist-old-';
/** A folder holding a whole site; dist/ links to one of them. */
const SITE_PREFIX = '.dist-site-';
/** A link made to be renamed over dist/. */
const LINK_PREFIX = '.dist-link-';
/** The site dist/ held before the last build: the folder the next build is written into. */
export const SPARE = '.dist-spare';
/** A file a build writes into its folder first: whatever changed before it is from an earlier build. */
const MARK = '.build-started';

/** Whether a leftover can be built into: a folder (not a link to one) this process may write to. */
const reusable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Whether anything is at `path`, even a link to nothing. */
function there(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The folder dist/ links to, when dist/ is a link this script made (to a site folder beside it). */
export function linkedSite(root: string): string | undefined {
  try {
    const target = readlinkSync(join(root, OUT));
    return target.startsWith(SITE_PREFIX) && !/[\\/]/.test(target) ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cleans up after earlier builds and readies `scratch`, this build's folder: a dist/ left renamed
 * aside by a killed build is put back; then the spare, or else a folder a killed build left, becomes
 * `scratch` (one that is not a folder it can write to is deleted instead), and any other leftover is deleted,
 * or named in a warning when it cannot be. The folder dist/ links to is never touched.
 */
export function recover(root: string, scratch = scratchDir(), warn = console.warn): void {
  const live = linkedSite(root);
  const leftovers = readdirSync(root).filter(
    (name) =>
      name !== live &&
      (name === SPARE ||
        [SCRATCH_PREFIX, OLD_PREFIX, SITE_PREFIX, LINK_PREFIX].some((prefix) => name.startsWith(prefix))),
  );
  const olds = leftovers.filter((name) => name.startsWith(OLD_PREFIX)).sort();
  if (!existsSync(join(root, OUT)) && olds.length) {
    // A link whose folder was deleted by hand goes first.
    rmSync(join(root, OUT), { force: true });
    renameSync(join(root, olds.at(-1)!), join(root, OUT));
  }
  const remaining = leftovers.filter((name) => name !== scratch && there(join(root, name)));
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

/** Whether `path` is a folder itself, not a link to one. */
function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;
const cannotReplace = (error: unknown) =>
  new Error(
    `cannot replace ${OUT}/ (${codeOf(error)}): check that it is writable and not in use (its parent folder must be writable too); the previous site was kept`,
  );
const cannotMoveIn = (error: unknown) =>
  new Error(`cannot move the new site into ${OUT}/ (${codeOf(error)}); the previous site was kept`);

/** Runs the undoing steps of a failed swap, each as far as it goes: the next build recovers the rest. */
function undo(...steps: (() => void)[]): void {
  for (const step of steps) {
    try {
      step();
    } catch {
      // Left for the next build's `recover`.
    }
  }
}

/**
 * Swaps a finished build into dist/, and keeps the site it replaces as the spare. Throws a message
 * naming the problem when dist/ cannot be replaced; the old site then stays. `after` is called with
 * the name of each step done, in order (tests stop a swap there).
 */
export function swapIn(root: string, scratch: string, after: (step: string) => void = () => {}): void {
  const out = join(root, OUT);
  const link = join(root, `${LINK_PREFIX}${process.pid}`);
  const site = `${SITE_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  const previous = linkedSite(root);
  rmSync(link, { force: true });
  if (process.platform === 'win32' || !linkMade(site, link)) return swapByRenames(root, scratch, after);
  after('link made');
  try {
    renameSync(join(root, scratch), join(root, site));
  } catch (error) {
    undo(() => rmSync(link, { force: true }));
    throw cannotMoveIn(error);
  }
  after('site named');
  // A real folder cannot be replaced by a link in one step: it is set aside first, this once.
  const aside = isFolder(out) ? `${OLD_PREFIX}${process.pid}` : undefined;
  const putBack = () => renameSync(join(root, site), join(root, scratch));
  if (aside) {
    try {
      renameSync(out, join(root, aside));
    } catch (error) {
      undo(putBack, () => rmSync(link, { force: true }));
      throw cannotReplace(error);
    }
    after('old set aside');
  }
  try {
    renameSync(link, out);
  } catch (error) {
    undo(
      () => aside && renameSync(join(root, aside), out),
      putBack,
      () => rmSync(link, { force: true }),
    );
    throw cannotMoveIn(error);
  }
  after('dist replaced');
  keepAsSpare(root, previous ?? aside, after);
}

/** Makes the link that will replace dist/; false where this file system or system has no such links. */
function linkMade(target: string, link: string): boolean {
  try {
    symlinkSync(target, link);
    return true;
  } catch (error) {
    if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL'].includes(codeOf(error) ?? '')) return false;
    throw cannotMoveIn(error);
  }
}

/** The swap in two renames, where links cannot be used: dist/ aside, the new site in. */
function swapByRenames(root: string, scratch: string, after: (step: string) => void): void {
  const out = join(root, OUT);
  const old = `${OLD_PREFIX}${process.pid}`;
  const hadOld = there(out);
  if (hadOld) {
    try {
      renameSync(out, join(root, old));
    } catch (error) {
      throw cannotReplace(error);
    }
    after('old set aside');
  }
  try {
    renameSync(join(root, scratch), out);
  } catch (error) {
    if (hadOld) renameSync(join(root, old), out);
    throw cannotMoveIn(error);
  }
  after('dist replaced');
  keepAsSpare(root, hadOld ? old : undefined, after);
}

/** Makes the site dist/ held before the spare, the folder the next build is written into. */
function keepAsSpare(root: string, previous: string | undefined, after: (step: string) => void): void {
  if (!previous) return;
  try {
    rmSync(join(root, SPARE), { recursive: true, force: true });
    after('spare removed');
    renameSync(join(root, previous), join(root, SPARE));
    after('spare kept');
  } catch {
    // The new site is in place; the old one, wherever it is, is taken over or deleted by the next build.
  }
}
