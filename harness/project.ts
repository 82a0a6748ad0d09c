/** Throwaway copies of the project, for tests that build or break it and for the build benchmark. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkedSite } from '../src/build/output.ts';

/** What a copy leaves out: git, and what installs, builds and benchmarks write (see .gitignore). */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.build.lock', 'test-results']);

/** The build caches of drawings, in node_modules/.cache/. */
const DRAWINGS = ['casebook-og', 'casebook-charts'];

/**
 * Copies the project (sharing node_modules) into a temporary folder with a marked previous dist/:
 * everything but what builds and installs write, so its own tests and tools run there too.
 * `content: false` leaves content/ out, for a caller that writes its own.
 *
 * The copy starts with its own copy of the checkout's drawings (social cards and chart images,
 * each filed under a hash of what it shows), so that its builds draw only what the copy changed;
 * `drawings: false` starts it with none, as a fresh clone is.
 */
export function copyProject(prefix = 'casebook-build-', { content = true, drawings = true } = {}): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const item of readdirSync('.')) {
    if (NOT_COPIED.has(item) || item.startsWith('.dist-') || (item === 'content' && !content)) continue;
    cpSync(item, join(project, item), { recursive: true, filter: (path) => path !== join('bench', 'out') });
  }
  // Each package linked on its own, so the copy has its own caches (Astro keeps its content
  // store in node_modules/.astro) and never reads or writes the checkout's.
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    symlinkSync(join(process.cwd(), 'node_modules', name), join(project, 'node_modules', name));
  }
  for (const cache of drawings ? DRAWINGS : []) {
    const from = join('node_modules', '.cache', cache);
    if (existsSync(from)) cpSync(from, join(project, from), { recursive: true });
  }
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'the previous build');
  return project;
}

/** What builds left beside dist/: every `.dist-*` folder or link and lock file but the site dist/ links to. */
export function besideDist(project: string): string[] {
  const live = linkedSite(project);
  return readdirSync(project)
    .filter((name) => (name.startsWith('.dist-') || name.startsWith('.build.lock')) && name !== live)
    .sort();
}
