/**
 * dist/ is all-or-nothing: builds killed at each of their steps and builds run at the same time
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
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  const take = (chunk: Buffer) => {
    output += chunk;
    for (const wait of waiting.filter(({ pattern }) => pattern.test(output))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    child,
    done,
    output: () => output,
    /** Resolves when the build has printed something matching `pattern`, or has ended. */
    printed: (pattern: RegExp) =>
      Promise.race([new Promise<void>((resolve) => waiting.push({ pattern, resolve })), done.then(() => undefined)]),
  };
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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm run build, interrupted or doubled', () => {
  it('leaves a whole dist/ when killed in any step; two builds started together run one after the other and clean up', async () => {
    // Each kill lands a random moment into a step, found by what the build has printed: starting up
    // and checking content, Astro writing pages (its output shows only once the check has passed),
    // and Pagefind indexing and the swap (once Astro has ended).
    const steps: [string, RegExp | undefined, number][] = [
      ['the content check', undefined, 200 + Math.random() * 400],
      ['the Astro build', /generating static routes/, Math.random() * 600],
      ['Pagefind and the swap', /Astro build: [\d.]+ s/, Math.random() * 150],
    ];
    for (const [step, pattern, delay] of steps) {
      const build = startBuild();
      if (pattern) await build.printed(pattern);
      await pause(delay);
      try {
        process.kill(-build.child.pid!, 'SIGKILL');
      } catch {
        // It had already finished.
      }
      await build.done;
      expect(distState(), `killed in ${step}, ${Math.round(delay)} ms in`).not.toBe('broken');
    }

    const [a, b] = [startBuild(), startBuild()];
    const states: string[] = [];
    const watch = setInterval(() => states.push(distState()), 50);
    const statuses = await Promise.all([a.done, b.done]);
    clearInterval(watch);
    expect(statuses, a.output() + b.output()).toEqual([0, 0]);
    expect(a.output() + b.output()).toMatch(/Another build \(process \d+\) is running; waiting for it to finish/);
    expect(states).not.toContain('broken');
    expect(distState()).toBe('whole');
    // dist/ links to the new site; what the killed builds wrote is gone, and only the replaced site is
    // left, kept for the next build to write over.
    expect(lstatSync(join(project, 'dist')).isSymbolicLink()).toBe(true);
    expect(besideDist(project)).toEqual(['.dist-spare']);
  });
});
