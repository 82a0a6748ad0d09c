/**
 * A build is written over the site before last and removes what it did not write: the result must
 * be the same, file for file, as a build from nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../harness/project';

let project: string;
let stories: string[];
beforeAll(() => {
  project = copyProject('casebook-rebuild-');
  // One story more than the real ones, which no other story links to: it is the one removed.
  const folder = join(project, 'content', 'initiatives');
  const [first] = readdirSync(folder).sort();
  cpSync(join(folder, first!), join(folder, `${first}-extra`), { recursive: true });
  stories = readdirSync(folder).sort();
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

function build(): string {
  const result = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

/** Every file of the built site and a hash of its bytes. */
function files(): Record<string, string> {
  const dist = join(project, 'dist');
  return Object.fromEntries(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dist.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

describe('a build written over an earlier site', { timeout: 240_000 }, () => {
  it('leaves the same files as a build from nothing after a story is removed and another edited', () => {
    build();
    const before = files();
    // The whole site just built becomes the folder the next build writes into.
    rmSync(join(project, '.dist-spare'), { recursive: true, force: true });
    cpSync(join(project, 'dist'), join(project, '.dist-spare'), { recursive: true, dereference: true });
    const removed = stories.find((slug) => slug.endsWith('-extra'))!;
    rmSync(join(project, 'content', 'initiatives', removed), { recursive: true });
    const edited = stories.find((slug) => slug !== removed)!;
    appendFileSync(join(project, 'content', 'initiatives', edited, 'en.mdx'), '\nA sentence added in an edit.\n');

    const output = build();
    const over = files();
    expect(output).toMatch(/Removed \d+ files an earlier build wrote and this one did not/);
    expect(Object.keys(before).filter((path) => path.includes(removed)).length).toBeGreaterThan(5);
    expect(Object.keys(over).filter((path) => path.includes(removed))).toEqual([]);

    // dist/ and every folder beside it: nothing for the build to write over.
    for (const name of readdirSync(project))
      if (name === 'dist' || name.startsWith('.dist-')) rmSync(join(project, name), { recursive: true });
    build();
    expect(over).toEqual(files());
  });
});
