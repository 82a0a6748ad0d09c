/**
 * `npm run build` refuses, before anything runs, a SITE_URL the site cannot be built for and a
 * folder it cannot write: one line naming what to change, no stack trace, nothing written.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lchownSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../harness/project';

/**
 * Root may write anywhere whatever a folder's mode says: the build then runs as nobody, on a copy
 * nobody owns. Where root cannot start a process as another user, folders cannot be made unwritable.
 */
const asRoot = process.getuid?.() === 0;
const nobody: { uid?: number; gid?: number } = asRoot ? { uid: 65534, gid: 65534 } : {};
const canDrop = !asRoot || spawnSync(process.execPath, ['-e', ''], nobody).status === 0;

let project: string;
beforeAll(() => {
  project = copyProject('casebook-preflight-', { drawings: false });
  mkdirSync(join(project, 'node_modules', '.cache'), { recursive: true });
  // The copy's own files and folders (not what node_modules links to) become nobody's.
  if (asRoot && canDrop)
    for (const path of ['', ...readdirSync(project, { recursive: true }).map(String)])
      lchownSync(join(project, path), 65534, 65534);
});
afterAll(() => {
  chmodAll(0o755);
  rmSync(project, { recursive: true, force: true });
});

/** What the build could have written: the project's top level, node_modules' own folders and dist/. */
function written(): string[] {
  return [
    ...readdirSync(project),
    ...readdirSync(join(project, 'node_modules')).filter((name) => name.startsWith('.')),
    readFileSync(join(project, 'dist', 'index.html'), 'utf8'),
  ].sort();
}

function chmodAll(mode: number) {
  for (const folder of ['.', 'dist', 'node_modules', 'node_modules/.cache']) {
    try {
      chmodSync(join(project, folder), mode);
    } catch {
      // Not made in this run.
    }
  }
}

function build(env: Record<string, string> = {}) {
  const before = written();
  const result = spawnSync(process.execPath, ['src/build/main.ts'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', ...env },
    ...nobody,
  });
  chmodAll(0o755);
  expect(written()).toEqual(before);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return { status: result.status, lines: result.stderr.trim().split('\n') };
}

describe('npm run build with a SITE_URL the site cannot be built for', () => {
  it.each([
    ['https://example.org/my casebook/', 'holds a space or control character'],
    ['https://example.org/案例/', 'has "案" in its path: a path may hold only ASCII letters, digits and - . _ ~'],
    ['https://example.org//casebook/', 'has an empty part ("//") in its path'],
    ['https://example.org/case"book/', 'has "\\"" in its path'],
    ['https://user:secret@example.org/', 'must not hold a user name or password'],
    ['ftp://example.org/casebook/', 'must start with https:// (or http://)'],
  ])('refuses %j before anything runs, naming SITE_URL and what it needs', (url, message) => {
    const { status, lines } = build({ SITE_URL: url });
    expect(status).toBe(1);
    expect(lines).toEqual([`Build stopped: SITE_URL ${JSON.stringify(url)} ${message}${lines[0]!.split(message)[1]}`]);
    expect(lines[0]).toMatch(/, e\.g\. https:\/\/example\.org\/casebook\/$/);
  });
});

describe('npm run build where it cannot write', () => {
  it.for([
    ['.', 'the project folder', 'its lock and the new site'],
    ['dist', 'dist/', 'the site it replaces, to write the next one into'],
    ['node_modules/.cache', 'node_modules/.cache/', 'the social card cache'],
  ])(
    'stops before anything runs when %s cannot be written, naming it and what to do',
    ([folder, named, what], context) => {
      if (!canDrop)
        context.skip('runs as root and cannot start a process as another user, so every folder is writable');
      chmodSync(join(project, folder!), 0o555);
      const { status, lines } = build();
      expect(status).toBe(1);
      const shown = folder === '.' ? project : folder;
      expect(lines).toEqual([
        `Build stopped: cannot write in ${folder === '.' ? `${named} ${project}` : named} (EACCES), where the build keeps ${what}: give your user write access to it (e.g. sudo chown -R "$(id -un)" ${shown}) and build again.`,
      ]);
    },
  );
});
