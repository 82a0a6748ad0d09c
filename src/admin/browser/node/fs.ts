/**
 * `node:fs` for the content check in the browser: the files of content/ held in memory (read
 * from the built site's copy, with the entry being saved put in place). Only what the check
 * calls: it reads, and never writes. Everything held is a regular file or a folder (no links).
 */
const files = new Map<string, Uint8Array>();
const encoder = new TextEncoder();

/** Replaces the whole tree: absolute path → text. */
export function setFiles(tree: Record<string, string>): void {
  files.clear();
  for (const [path, text] of Object.entries(tree)) files.set(path, encoder.encode(text));
}

const isDirectory = (path: string) => {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  for (const file of files.keys()) if (file.startsWith(prefix)) return true;
  return false;
};

const missing = (path: string) =>
  Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });

/** What `lstatSync` and `fstatSync` give: a file or a folder, never anything else. */
interface HeldStats {
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  size: number;
}

function stats(path: string): HeldStats {
  const directory = !files.has(path);
  const no = () => false;
  return {
    isDirectory: () => directory,
    isFile: () => !directory,
    isSymbolicLink: no,
    isBlockDevice: no,
    isCharacterDevice: no,
    isFIFO: no,
    isSocket: no,
    size: files.get(path)?.length ?? 0,
  };
}

export function existsSync(path: string): boolean {
  return files.has(path) || isDirectory(path);
}

export function statSync(path: string, options?: { throwIfNoEntry?: boolean }): HeldStats | undefined {
  if (!existsSync(path)) {
    if (options?.throwIfNoEntry === false) return undefined;
    throw missing(path);
  }
  return stats(path);
}

export const lstatSync = statSync;

/** A folder's entry, as `readdirSync(…, { withFileTypes: true })` gives it. */
interface HeldEntry {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
}

export function readdirSync(path: string, options?: { withFileTypes?: boolean }): (string | HeldEntry)[] {
  if (!isDirectory(path)) throw missing(path);
  const prefix = path.endsWith('/') ? path : `${path}/`;
  const names = new Set<string>();
  for (const file of files.keys()) if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
  const sorted = [...names].sort();
  if (!options?.withFileTypes) return sorted;
  return sorted.map((name) => {
    const held = stats(prefix + name);
    return { name, isDirectory: held.isDirectory, isFile: held.isFile };
  });
}

/** Open files, by descriptor: the path each was opened at. */
const open = new Map<number, string>();
let next = 3;

export const constants = { O_RDONLY: 0, O_NOFOLLOW: 0, O_NONBLOCK: 0 };

export function openSync(path: string): number {
  if (!existsSync(path)) throw missing(path);
  open.set(next, path);
  return next++;
}

export function fstatSync(descriptor: number): HeldStats {
  return stats(open.get(descriptor)!);
}

export function closeSync(descriptor: number): void {
  open.delete(descriptor);
}

export function readFileSync(target: string | number, encoding?: string): Uint8Array | string {
  const path = typeof target === 'number' ? open.get(target)! : target;
  const bytes = files.get(path);
  if (!bytes) throw missing(path);
  return encoding ? new TextDecoder().decode(bytes) : bytes;
}

export default {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
};
