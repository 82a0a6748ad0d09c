/** A scratch copy of the valid fixture content tree, for tests that break one file at a time. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/**
 * The command `npm run check:content` runs, with `args`, as a program and its arguments for a test
 * to start in any folder (a fixture's): this Node, with tsx's loader, on the project's script.
 */
export function checkCommand(...args: string[]): [string, string[]] {
  return [process.execPath, ['--import', TSX, join(ROOT, 'scripts', 'check-content.ts'), ...args]];
}

/** A real 2 × 2 PNG image, for stories that show one. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGM4YGAARAwGYBoAIK4EgRBzBWUAAAAASUVORK5CYII=',
  'base64',
);

/**
 * Copies fixtures/valid to <tmp>/content and applies `changes` (path → new text or bytes, in a
 * folder made as needed; or null to delete).
 */
export function contentTree(changes: Record<string, string | Uint8Array | null> = {}): {
  root: string;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'casebook-'));
  cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
  for (const [path, content] of Object.entries(changes)) {
    const target = join(root, 'content', path);
    if (content === null) rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
