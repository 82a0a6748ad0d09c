/**
 * Build cost against the number of stories. For each size, generates a copy of the site whose
 * content/ holds that many stories (the real ones, repeated under new slugs), builds it with
 * Astro, and reports seconds and peak memory, in all and per story.
 *
 *   npm run bench                      # page weight, then 100 and 1,000 stories
 *   npm run bench -- --sizes 100,1000,5000
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' } } });
const sizes = values.sizes.split(',').map(Number);
const root = process.cwd();
const out = resolve('bench/out');

function makeSite(count: number): string {
  const dir = join(out, `site-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(root, 'content'), join(dir, 'content'), {
    recursive: true,
    filter: (path) => !path.includes(`${join('content', 'initiatives')}/`),
  });
  const originals = readdirSync(join(root, 'content', 'initiatives'));
  for (let index = 0; index < count; index++) {
    const original = originals[index % originals.length]!;
    const target = join(dir, 'content', 'initiatives', `${original}-${index}`);
    mkdirSync(target, { recursive: true });
    for (const file of ['data.yaml', 'zh.mdx', 'en.mdx']) {
      // Links to other stories point at the first copy, which always exists.
      const text = readFileSync(join(root, 'content', 'initiatives', original, file), 'utf8').replace(
        /\/stories\/([a-z0-9-]+)\//g,
        (_, slug: string) =>
          originals.includes(slug) ? `/stories/${slug}-${originals.indexOf(slug)}/` : `/stories/${slug}/`,
      );
      writeFileSync(join(target, file), text);
    }
  }
  return dir;
}

console.log(`Build benchmark on ${cpus().length} cores, Node ${process.version}`);
console.log('stories   pages   seconds   peak MB   ms/story   MB/story');
for (const count of sizes) {
  const dir = makeSite(count);
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'astro', 'build', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    env: process.env,
  });
  const timing = result.stderr.trim().split('\n').at(-1)!.split(' ');
  if (result.status !== 0 || timing.length !== 2) {
    console.error(result.stderr);
    process.exit(1);
  }
  const seconds = Number(timing[0]);
  const peakMb = Number(timing[1]) / 1024;
  const pages = existsSync(join(dir, 'dist'))
    ? String(readFileSync(join(dir, 'dist', 'sitemap-0.xml'), 'utf8').match(/<loc>/g)?.length ?? 0)
    : '?';
  console.log(
    `${String(count).padStart(7)}   ${pages.padStart(5)}   ${seconds.toFixed(1).padStart(7)}   ${peakMb.toFixed(0).padStart(7)}   ${((seconds * 1000) / count).toFixed(1).padStart(8)}   ${(peakMb / count).toFixed(2).padStart(8)}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
