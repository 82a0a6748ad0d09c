/** A scratch copy of the valid fixture content tree, for tests that break one file at a time. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Copies fixtures/valid to <tmp>/content and applies `changes` (path → new text, or null to delete). */
export function contentTree(changes: Record<string, string | null> = {}): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'casebook-'));
  cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const target = join(root, 'content', path);
    if (text === null) rmSync(target);
    else writeFileSync(target, text);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
