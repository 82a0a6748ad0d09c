/**
 * `npm run build`: content check, Astro build, Pagefind index. The site is built into a
 * scratch folder and moved to dist/ only when every step has succeeded, so a failed build
 * never leaves a half-written site behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { checkContent, problemReport, warningReport } from '../src/content-check';

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

const { problems, warnings, initiatives } = checkContent(process.cwd());
if (warnings.length) console.warn(`${warningReport(warnings)}\n`);
if (problems.length) {
  console.error(problemReport(problems));
  console.error('\nNothing was built; dist/ was left as it was.');
  process.exit(1);
}
console.log(`Content check passed: ${initiatives.size} initiatives.`);

rmSync(SCRATCH, { recursive: true, force: true });
step('Astro build', 'astro', ['build'], { CASEBOOK_OUT_DIR: SCRATCH });
step('Pagefind index', 'pagefind', ['--site', SCRATCH, '--silent']);
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(SCRATCH, OUT);
console.log(`Built ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
