/** Throwaway copies of the project, for tests that build or break it and for the build benchmark. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * The day after the latest date in the data files of `content` (YYYY-MM-DD): a day to pin a copy's
 * clock to on which every story and source there is already out, so that a story added later, with
 * later dates of its own, moves the day on instead of being "in the future".
 */
export function dayAfterContent(content = 'content'): string {
  const dates = readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => readFileSync(join(content, file), 'utf8').match(/\b\d{4}-\d\d-\d\d\b/g) ?? [])
    .filter((date) => !Number.isNaN(Date.parse(date)));
  const latest = dates.reduce((a, b) => (a > b ? a : b));
  return new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
