/**
 * One build at a time. The lock is a file, `.build.lock`, holding its builder's record: process id,
 * the process's start (where the system tells it: Linux), host name and an id of its own. It is
 * created whole or not at all (written aside, then hard-linked into place, which fails if a lock is
 * there), so a reader never sees half a record.
 *
 * A lock whose builder is dead is taken over at once. A dead builder is one whose process is gone,
 * or whose process id now belongs to another process (a different start, or this very process: a
 * container started again gives its builds the same ids). Two builds may find the same dead lock; only
 * the one that first creates the claim `.build.lock.<id of the dead record>` may replace it, and it
 * replaces it only if the lock still holds that record, so a build that just took over is never
 * displaced. A claim left by a builder killed while taking over is itself taken over the same way.
 * A lock from another machine, or another container (its own process ids), cannot be checked: it
 * is waited for like a live one, and the message says how to remove it if no build runs there.
 */
import { randomUUID } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK = '.build.lock';

/** Who holds a lock or a claim. */
export interface Holder {
  pid: number;
  /** The host name, to name it in messages. */
  host: string;
  /** Where the process id means this process: this boot and process-id namespace (Linux), or the host name. */
  where: string;
  /** The process's start, to tell it from a later process given the same id; absent where unknown. */
  start?: string;
  /** Unique to this record (letters, digits, `-`): names the claim on it. */
  id: string;
}

/** This process's id in lock records. */
const SELF: string = randomUUID();

/** Where this process's ids are checkable: Linux's boot and process-id namespace, else the host name. */
const WHERE = (() => {
  try {
    return `${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()} ${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return hostname();
  }
})();

/** When a process started, in clock ticks since boot (Linux); undefined elsewhere. */
export function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces, begin with field 3; the start is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** A record for a process of this machine: this process's own by default. */
export function record(pid = process.pid, id: string = SELF): Holder {
  return { pid, host: hostname(), where: WHERE, start: startOf(pid), id };
}

/** The record in a lock or claim; a folder is the lock of earlier versions (its pid in `pid`). */
function read(path: string): (Holder & { folder?: true }) | undefined {
  let folder: boolean;
  try {
    folder = lstatSync(path).isDirectory();
  } catch {
    return undefined;
  }
  const here = record(0, 'unreadable');
  if (folder) {
    let pid = 0;
    try {
      pid = Number(readFileSync(join(path, 'pid'), 'utf8'));
    } catch {
      // Written by a build killed before it wrote its pid.
    }
    return { ...here, pid, start: undefined, id: 'folder', folder: true };
  }
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof parsed.id === 'string' && /^[\w-]{1,64}$/.test(parsed.id))
      return {
        pid: Number(parsed.pid),
        host: String(parsed.host),
        where: String(parsed.where),
        start: typeof parsed.start === 'string' ? parsed.start : undefined,
        id: parsed.id,
      };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  // Not a record any build writes: nothing holds it.
  return here;
}

/** Whether the builder a record names may still be running. */
export function alive(holder: Holder): boolean {
  if (holder.where !== WHERE) return true;
  if (!Number.isSafeInteger(holder.pid) || holder.pid <= 0) return false;
  if (holder.pid === process.pid) return holder.id === SELF;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = holder.start === undefined ? undefined : startOf(holder.pid);
  return start === undefined || start === holder.start;
}

/**
 * Makes `name` (in `root`) hold `mine` when it is free or its holder is dead; returns undefined then,
 * or the live holder that keeps it. `claimed` lists the ids already being claimed up the chain.
 */
function seize(root: string, name: string, mine: Holder, claimed: string[] = []): Holder | undefined {
  const path = join(root, name);
  const aside = join(root, `${LOCK}.${mine.id}.${claimed.length}.new`);
  const text = JSON.stringify(mine);
  // A build that has just taken the lock removes the records dead builds left (`tryLock`), and may
  // read this one's half written, as no build's: when it is gone before it is linked or renamed
  // (ENOENT), it is written again.
  const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
  for (;;) {
    writeFileSync(aside, text);
    try {
      linkSync(aside, path);
      return undefined;
    } catch (error) {
      if (gone(error)) continue;
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(aside, { force: true });
    }
    const holder = read(path);
    if (!holder) continue;
    if (alive(holder)) return holder;
    // A chain of claims back to one already being claimed: wait for it to be resolved.
    if (claimed.includes(holder.id)) return holder;
    const claim = `${LOCK}.${holder.id}`;
    const rival = seize(root, claim, mine, [...claimed, holder.id]);
    if (rival) return rival;
    try {
      // Changed since it was read: look again.
      if (read(path)?.id !== holder.id) continue;
      if (holder.folder) {
        // Folders are not replaced in one step: removed, then created again as anyone may.
        rmSync(path, { recursive: true, force: true });
        continue;
      }
      writeFileSync(aside, text);
      try {
        renameSync(aside, path);
      } catch (error) {
        if (gone(error)) continue;
        throw error;
      }
      return undefined;
    } finally {
      rmSync(join(root, claim), { force: true });
    }
  }
}

/** Takes the lock in `root` for `mine` if it is free or held by a dead builder; else returns the live holder. */
export function tryLock(root: string, mine: Holder = record()): Holder | undefined {
  const holder = seize(root, LOCK, mine);
  if (!holder) {
    // Claims and records left by builders killed while taking over.
    for (const name of readdirSync(root)) {
      if (!name.startsWith(`${LOCK}.`)) continue;
      const left = read(join(root, name));
      if (left && !alive(left)) rmSync(join(root, name), { recursive: true, force: true });
    }
  }
  return holder;
}

/** Releases the lock `mine` holds; a lock someone else holds is left alone. */
export function unlock(root: string, mine: Holder = record()): void {
  if (read(join(root, LOCK))?.id !== mine.id) return;
  try {
    unlinkSync(join(root, LOCK));
  } catch {
    // Already gone.
  }
}

/**
 * Takes the build lock, waiting while another live build holds it (up to `waitMs`), and taking
 * over at once a lock whose builder has died. Returns a function that releases it.
 */
export async function takeLock(root: string, waitMs = 10 * 60_000, log = console.log): Promise<() => void> {
  const started = Date.now();
  let told = false;
  for (;;) {
    const holder = tryLock(root);
    if (!holder) return () => unlock(root);
    const local = holder.where === WHERE;
    const who = `another build (process ${holder.pid}${local ? '' : ` on ${holder.host}, another machine or container`})`;
    const unsure = local ? '' : `; if no build runs there, delete ${LOCK}`;
    if (!told) log(`A${who.slice(1)} is running; waiting for it to finish…${unsure}`);
    told = true;
    if (Date.now() - started > waitMs)
      throw new Error(`${who} is still running after ${waitMs / 1000} s; try again later${unsure}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
