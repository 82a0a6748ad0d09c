import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failRename = vi.hoisted(() => ({ on: undefined as string | undefined }));
const failRemove = vi.hoisted(() => ({ on: undefined as string | undefined }));
const noLinks = vi.hoisted(() => ({ on: false }));
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
    symlinkSync: (target: string, path: string) => {
      if (noLinks.on) throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      return fs.symlinkSync(target, path);
    },
    rmSync: (path: string, options?: import('node:fs').RmOptions) => {
      if (failRemove.on && path.endsWith(failRemove.on)) {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      }
      return fs.rmSync(path, options);
    },
  };
});
const { markStart, prune, recover, SPARE, swapIn, unmark } = await import('../../src/build/output');

let root = '';
afterEach(() => {
  failRename.on = undefined;
  failRemove.on = undefined;
  noLinks.on = false;
  rmSync(root, { recursive: true, force: true });
});
function site(name: string, text: string) {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'index.html'), text);
}
const read = () => readFileSync(join(root, 'dist', 'index.html'), 'utf8');

/** The folders beside dist/, and what dist/ is: a link (to which folder) or a folder. */
function layout() {
  const dist = lstatSync(join(root, 'dist'));
  return {
    dist: dist.isSymbolicLink() ? readlinkSync(join(root, 'dist')) : 'a folder',
    beside: readdirSync(root)
      .filter((name) => name !== 'dist')
      .sort(),
  };
}

describe('swapping a build into dist/', () => {
  it('links dist/ to the new site, and keeps the site of a dist/ folder of earlier versions as the spare', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    swapIn(root, '.dist-build-1');
    expect(read()).toBe('new');
    const { dist, beside } = layout();
    expect(dist).toMatch(/^\.dist-site-\d+-[0-9a-f]{8}$/);
    expect(beside).toEqual([SPARE, dist].sort());
    expect(readFileSync(join(root, SPARE, 'index.html'), 'utf8')).toBe('old');
  });

  it('replaces the link at the next build, and the site it linked to becomes the spare', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'first');
    site('.dist-build-1', 'second');
    swapIn(root, '.dist-build-1');
    const second = layout().dist;
    recover(root, '.dist-build-2');
    // The next build is written over the spare; the site dist/ links to is left alone.
    expect(readFileSync(join(root, '.dist-build-2', 'index.html'), 'utf8')).toBe('first');
    writeFileSync(join(root, '.dist-build-2', 'index.html'), 'third');
    swapIn(root, '.dist-build-2');
    expect(read()).toBe('third');
    const { dist, beside } = layout();
    expect(dist).not.toBe(second);
    expect(beside).toEqual([SPARE, dist].sort());
    expect(readFileSync(join(root, SPARE, 'index.html'), 'utf8')).toBe('second');
  });

  it('replaces a link to a folder elsewhere without touching that folder', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('elsewhere', 'a site served from elsewhere');
    symlinkSync('elsewhere', join(root, 'dist'));
    site('.dist-build-1', 'new');
    swapIn(root, '.dist-build-1');
    expect(read()).toBe('new');
    expect(readFileSync(join(root, 'elsewhere', 'index.html'), 'utf8')).toBe('a site served from elsewhere');
    expect(existsSync(join(root, SPARE))).toBe(false);
  });

  it('moves the site in with two renames where links cannot be made, keeping the old one as the spare', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    noLinks.on = true;
    swapIn(root, '.dist-build-1');
    expect(read()).toBe('new');
    expect(layout()).toEqual({ dist: 'a folder', beside: [SPARE] });
    expect(readFileSync(join(root, SPARE, 'index.html'), 'utf8')).toBe('old');
  });

  it('keeps the old site and says why when dist/ cannot be moved', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    failRename.on = '/dist';
    expect(() => swapIn(root, '.dist-build-1')).toThrow(/cannot replace dist\/ \(EPERM\): check that it is writable/);
    expect(read()).toBe('old');
    // The new site is back where the build left it, for the next build to write over.
    expect(layout()).toEqual({ dist: 'a folder', beside: ['.dist-build-1'] });
  });

  it.each([
    ['by renaming a link over it', false, `.dist-link-${process.pid}`],
    ['with two renames', true, '.dist-build-1'],
  ])('puts the old site back when the new one cannot be moved in %s', (_, withoutLinks, failing) => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'old');
    site('.dist-build-1', 'new');
    noLinks.on = withoutLinks;
    failRename.on = failing;
    expect(() => swapIn(root, '.dist-build-1')).toThrow(/cannot move the new site into dist\/ \(EPERM\)/);
    expect(read()).toBe('old');
    expect(layout()).toEqual({ dist: 'a folder', beside: ['.dist-build-1'] });
  });

  it('never builds into the folder dist/ links to, nor through a link', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('.dist-site-7-0000000a', 'current');
    symlinkSync('.dist-site-7-0000000a', join(root, 'dist'));
    symlinkSync('.dist-site-7-0000000a', join(root, '.dist-link-7'));
    recover(root, '.dist-build-1');
    // The stray link is deleted, and no folder is taken to build into.
    expect(layout()).toEqual({ dist: '.dist-site-7-0000000a', beside: ['.dist-site-7-0000000a'] });
    expect(read()).toBe('current');
  });

  it('restores a dist/ left aside by a build killed between the two renames', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('.dist-old-42', 'old');
    site('.dist-build-42', 'half');
    recover(root, '.dist-build-1');
    expect(read()).toBe('old');
    expect(readdirSync(root).sort()).toEqual(['.dist-build-1', 'dist']);
  });

  it('writes the next build into the spare, and deletes what killed builds left', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'current');
    site(SPARE, 'spare');
    site('.dist-build-42', 'half');
    site('.dist-old-7', 'older');
    recover(root, '.dist-build-1');
    expect(readdirSync(root).sort()).toEqual(['.dist-build-1', 'dist']);
    expect(readFileSync(join(root, '.dist-build-1', 'index.html'), 'utf8')).toBe('spare');
    expect(read()).toBe('current');
  });

  it('deletes a leftover that is not a folder instead of building into it', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'current');
    writeFileSync(join(root, SPARE), 'not a folder');
    recover(root, '.dist-build-1');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('names a leftover it cannot delete, and goes on', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('dist', 'current');
    site(SPARE, 'spare');
    site('.dist-old-7', 'older');
    failRemove.on = '.dist-old-7';
    const warnings: string[] = [];
    recover(root, '.dist-build-1', (message) => warnings.push(message));
    expect(warnings).toEqual(['Could not delete .dist-old-7/ (EACCES), left by an earlier build; delete it by hand.']);
    expect(readFileSync(join(root, '.dist-build-1', 'index.html'), 'utf8')).toBe('spare');
  });
});

describe('removing what a build did not write', () => {
  it('removes files from before the mark, unless kept, and folders left empty', async () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('site/stories/old', 'removed story');
    site('site/stories/kept', 'rewritten');
    site('site/pagefind/fragment', 'index file Pagefind left as it was');
    site('site/pagefind/fragment/stale', 'index file of an earlier build');
    // File systems keep change times to a few milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const mark = markStart(join(root, 'site'));
    writeFileSync(join(root, 'site', 'stories', 'kept', 'index.html'), 'new text');
    site('site/stories/new', 'new story');
    const removed = prune(join(root, 'site'), mark, (path) => path === 'pagefind/fragment/index.html');
    unmark(join(root, 'site'));
    expect(removed).toBe(2);
    const left = readdirSync(join(root, 'site'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(root, 'site').length + 1))
      .sort();
    expect(left).toEqual(['pagefind/fragment/index.html', 'stories/kept/index.html', 'stories/new/index.html']);
    expect(existsSync(join(root, 'site', 'stories', 'old'))).toBe(false);
  });

  it('removes nothing when the clock now reads earlier than the mark', () => {
    root = mkdtempSync(join(tmpdir(), 'casebook-out-'));
    site('site/stories/old', 'written by this build, with the clock set back');
    const mark = markStart(join(root, 'site')) + 60_000_000_000n;
    expect(() => prune(join(root, 'site'), mark)).toThrow(/the system clock went back during the build/);
    expect(existsSync(join(root, 'site', 'stories', 'old', 'index.html'))).toBe(true);
  });
});
