/**
 * A build killed at any point of the swap: dist/ is a whole site at every instant where links can
 * be renamed over each other, and the next build always starts from a whole dist/ and a clean folder.
 * Each swap runs in a process of its own, killed with SIGKILL after each of its steps in turn.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markStart, recover, SPARE, swapIn, unmark } from '../../src/build/output';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, text: string) {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'index.html'), text);
  writeFileSync(join(root, name, '404.html'), text);
}
/** What dist/ shows a reader: one whole site's text, or 'none'. */
function served(): string {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'none';
  const text = readFileSync(index, 'utf8');
  return readFileSync(join(root, 'dist', '404.html'), 'utf8') === text ? text : 'mixed';
}

/** Runs a swap of `scratch` in its own process, killed after `stop` (none: to the end); returns the steps it printed. */
function swap(scratch: string, stop: string, links: 'on' | 'off'): string[] {
  const result = spawnSync(process.execPath, ['harness/swap-and-die.ts', root, scratch, stop, `links=${links}`], {
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.signal).toBe(stop ? 'SIGKILL' : null);
  return result.stdout.split('\n').filter(Boolean);
}

describe.each([
  ['dist/ is a link', 'link', 'on'],
  ['dist/ is a folder of an earlier version', 'folder', 'on'],
  ['there are no links (Windows, FAT)', 'folder', 'off'],
] as const)('a swap killed after each of its steps, where %s', (_, start, links) => {
  /** A fresh folder with the old site in dist/ and the new one built. */
  function ready() {
    root = mkdtempSync(join(tmpdir(), 'casebook-swap-'));
    site('dist', 'old');
    if (start === 'link') {
      site('.dist-build-0', 'old');
      swapIn(root, '.dist-build-0');
      rmSync(join(root, SPARE), { recursive: true });
      expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    }
    site('.dist-build-1', 'new');
  }

  it('leaves the old or the new site in dist/, and the next build a whole dist/ and a clean folder', () => {
    ready();
    const steps = swap('.dist-build-1', '', links);
    expect(served()).toBe('new');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    rmSync(root, { recursive: true, force: true });

    for (const step of steps) {
      ready();
      expect(swap('.dist-build-1', step, links)).toEqual(steps.slice(0, steps.indexOf(step) + 1));
      // Only a folder set aside leaves no dist/, until the next build: a folder cannot be replaced in one step.
      const whole = start === 'link' || step !== 'old set aside' ? ['old', 'new'] : ['none'];
      expect(whole, `killed after "${step}"`).toContain(served());

      // The next build puts back what was set aside, takes a leftover to build into, and swaps again.
      recover(root, '.dist-build-2');
      expect(['old', 'new'], `recovered after "${step}"`).toContain(served());
      markStart(join(root, '.dist-build-2'));
      unmark(join(root, '.dist-build-2'));
      site('.dist-build-2', 'next');
      swap('.dist-build-2', '', links);
      expect(served()).toBe('next');
      expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(links === 'on');
      const left = readdirSync(root).filter((name) => name !== 'dist');
      expect(
        left.filter((name) => !name.startsWith('.dist-site-')),
        `after "${step}"`,
      ).toEqual([SPARE]);
      expect(left, `after "${step}"`).toHaveLength(links === 'on' ? 2 : 1);
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
