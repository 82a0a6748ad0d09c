/**
 * `npm run build`: content check, Astro build, Pagefind index. The site is built into a
 * scratch folder and moved to dist/ only when every step has succeeded, so a failed build
 * never leaves a half-written site behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { checkContent, problemReport } from '../src/content-check';

const OUT = 'dist';
const SCRATCH = '.dist-build';
const started = performance.now();

function step(label: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const begin = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(SCRATCH, { recursive: true, force: true });
    console.error(`\n${label} failed; dist/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
  console.log(`${label}: ${((performance.now() - begin) / 1000).toFixed(1)} s`);
}

const { problems, initiatives } = checkContent(process.cwd());
if (problems.length) {
  console.error(problemReport(problems));
  console.error('\nNothing was built; dist/ was left as it was.');
  process.exit(1);
}
console.log(`Content check passed: ${initiatives.size} initiatives.`);

rmSync(SCRATCH, { recursive: true, force: true });
step('Astro build', 'astro', ['build'], { CASEBOOK_OUT_DIR: SCRATCH });
/**
 * Index chunks of about 2,000 word positions (Pagefind's default is 20,000) keep a first search
 * small: a word costs one chunk of about 4 KB instead of up to 40 KB. The variable is read by
 * Pagefind 1.6's binary (named unstable upstream); bench/search-bench.ts shows if it stops working.
 */
step('Pagefind index', 'pagefind', ['--site', SCRATCH, '--silent'], { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000' });
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(SCRATCH, OUT);
console.log(`Built ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
