/**
 * `node:fs` for the content check in the browser: the files of content/ held in memory (read
 * from the built site's copy, with the entry being saved put in place). Only what the check
 * calls: it reads, and never writes.
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

export function existsSync(path: string): boolean {
  return files.has(path) || isDirectory(path);
}

export function statSync(path: string): { isDirectory(): boolean; isFile(): boolean } {
  if (!existsSync(path)) throw missing(path);
  const directory = !files.has(path);
  return { isDirectory: () => directory, isFile: () => !directory };
}

export function readdirSync(path: string): string[] {
  if (!isDirectory(path)) throw missing(path);
  const prefix = path.endsWith('/') ? path : `${path}/`;
  const names = new Set<string>();
  for (const file of files.keys()) if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
  return [...names].sort();
}

export function readFileSync(path: string, encoding?: string): Uint8Array | string {
  const bytes = files.get(path);
  if (!bytes) throw missing(path);
  return encoding ? new TextDecoder().decode(bytes) : bytes;
}

export default { existsSync, statSync, readdirSync, readFileSync };
