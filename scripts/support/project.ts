/** Throwaway copies of the project, for tests that build or break it and for the build benchmark. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkedSite } from './output.ts';

/**
 * Copies the project (sharing node_modules) into a temporary folder with a marked previous dist/.
 * `content: false` leaves content/ out, for a caller that writes its own.
 */
export function copyProject(prefix = 'casebook-build-', { content = true } = {}): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'tests',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    if (item === 'content' && !content) continue;
    cpSync(item, join(project, item), { recursive: true });
  }
  // Each package linked on its own, so the copy has its own caches (Astro keeps its content
  // store in node_modules/.astro) and never reads or writes the checkout's.
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    symlinkSync(join(process.cwd(), 'node_modules', name), join(project, 'node_modules', name));
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
