/** Node-only: files of the build caches (social cards, chart images), written whole. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file under a temporary name, then renames it: a build stopped half-way never leaves a
 * truncated file behind for the next build to take as drawn.
 */
export async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, data);
  await rename(partial, file);
}
