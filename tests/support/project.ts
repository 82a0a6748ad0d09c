/** Throwaway copies of the project, for tests that build or break it. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies the project (sharing node_modules) into a temporary folder with a marked previous dist/. */
export function copyProject(prefix = 'casebook-build-'): string {
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
