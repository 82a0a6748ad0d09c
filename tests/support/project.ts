/** Throwaway copies of the project, for tests that build or break it. */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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
  symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'), 'dir');
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'the previous build');
  return project;
}
