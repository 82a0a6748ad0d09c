import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failRename = vi.hoisted(() => ({ on: undefined as string | undefined }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failRename.on && from.endsWith(failRename.on)) {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      }
      return fs.renameSync(from, to);
    },
  };
});
const { recover, swapIn } = await import('../../scripts/support/output');

let root = '';
afterEach(() => {
  failRename.on = undefined;
  rmSync(root, { recursive: true, force: true });
});
function site(name: string, text: string) {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'index.html'), text);
}
const read = () => readFileSync(join(root, 'dist', 'index.html'), 'utf8');

describe('swapping a build into dist/', () => {
  it('replaces the old site with the new one and leaves nothing behind', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    swapIn(root, '.dist-build-1');
    expect(read()).toBe('new');
    expect(existsSync(join(root, '.dist-build-1'))).toBe(false);
  });

  it('keeps the old site and says why when dist/ cannot be moved', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    failRename.on = '/dist';
    expect(() => swapIn(root, '.dist-build-1')).toThrow(/cannot replace dist\/ \(EPERM\): check that it is writable/);
    expect(read()).toBe('old');
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    failRename.on = '.dist-build-1';
    expect(() => swapIn(root, '.dist-build-1')).toThrow(/cannot move the new site into dist\/ \(EPERM\)/);
    expect(read()).toBe('old');
  });

  it('restores a dist/ left aside by a build killed between the two renames', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('.dist-old-42', 'old');
    site('.dist-build-42', 'half');
    recover(root);
    expect(read()).toBe('old');
    expect(existsSync(join(root, '.dist-old-42')) || existsSync(join(root, '.dist-build-42'))).toBe(false);
  });
});
