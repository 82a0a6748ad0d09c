/**
 * dist/ is all-or-nothing: builds killed at random moments and builds run at the same time
 * always leave either the previous site or a whole new one.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { besideDist, copyProject } from '../../harness/project';

let project: string;
beforeAll(() => {
  project = copyProject('casebook-atomic-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Starts `npm run build` in its own process group, so the whole tree can be killed at once. */
function startBuild() {
  const child = spawn('npm', ['run', 'build'], { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, done, output: () => output };
}

/** What dist/ holds: the marked previous site, a whole new one, or something broken. */
function distState(): 'previous' | 'whole' | 'broken' {
  const dist = join(project, 'dist');
  if (!existsSync(join(dist, 'index.html'))) return 'broken';
  if (readFileSync(join(dist, 'index.html'), 'utf8') === 'the previous build') return 'previous';
  const whole = ['sitemap-index.xml', 'rss.xml', 'pagefind/pagefind-entry.json', 'en/index.html', '404.html'].every(
    (file) => existsSync(join(dist, file)),
  );
  return whole ? 'whole' : 'broken';
}

describe('npm run build, interrupted or doubled', () => {
  it('leaves a whole dist/ when killed at random moments, and the next build cleans up', async () => {
    // Kill points spread over the content check, the Astro build, Pagefind and the swap.
    for (const delay of [300, 2500 + Math.random() * 3000, 6000 + Math.random() * 6000]) {
      const build = startBuild();
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        process.kill(-build.child.pid!, 'SIGKILL');
      } catch {
        // It had already finished.
      }
      await build.done;
      expect(distState(), `killed after ${Math.round(delay)} ms`).not.toBe('broken');
    }
    const build = startBuild();
    expect(await build.done, build.output()).toBe(0);
    expect(distState()).toBe('whole');
    // dist/ links to the new site; only the replaced site is left, kept for the next build to write over.
    expect(lstatSync(join(project, 'dist')).isSymbolicLink()).toBe(true);
    expect(besideDist(project)).toEqual(['.dist-spare']);
  });

  it('runs two builds one after the other when started together', async () => {
    const [a, b] = [startBuild(), startBuild()];
    const states: string[] = [];
    const watch = setInterval(() => states.push(distState()), 50);
    const statuses = await Promise.all([a.done, b.done]);
    clearInterval(watch);
    expect(statuses, a.output() + b.output()).toEqual([0, 0]);
    expect(a.output() + b.output()).toMatch(/Another build \(process \d+\) is running; waiting for it to finish/);
    expect(states).not.toContain('broken');
    expect(distState()).toBe('whole');
  });
});
