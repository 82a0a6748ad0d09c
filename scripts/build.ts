/**
 * `npm run build`: content check, Astro build, Pagefind index. One build runs at a time; the site
 * is built into a scratch folder and swapped into dist/ only when every step has succeeded, so a
 * failed or killed build never leaves a half-written site behind (see scripts/support/output.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { checkContent, problemReport, warningReport } from '../src/content-check';
import { OUT, recover, scratchDir, swapIn, takeLock } from './support/output';

const root = process.cwd();
const started = performance.now();
const release = await takeLock(root);
const scratch = scratchDir();

function fail(message: string, status = 1): never {
  rmSync(scratch, { recursive: true, force: true });
  release();
  console.error(`\n${message}`);
  process.exit(status);
}
let child: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    fail(`Build stopped (${signal}); ${OUT}/ was left as it was.`, 130);
  });
}

/** Variables Vite reads into `import.meta.env` itself: a caller's (a test runner's) must not leak in. */
const VITE_OWN = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

async function step(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const begin = performance.now();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_OWN.includes(name)));
  child = spawn(command, args, { stdio: 'inherit', env: { ...inherited, ...env } });
  const status = await new Promise<number | null>((resolve) => child!.on('close', resolve));
  child = undefined;
  if (status !== 0) fail(`${label} failed; ${OUT}/ was left as it was.`, status ?? 1);
  console.log(`${label}: ${((performance.now() - begin) / 1000).toFixed(1)} s`);
}

recover(root);
const { problems, warnings, initiatives } = checkContent(root);
if (warnings.length) console.warn(`${warningReport(warnings)}\n`);
if (problems.length) {
  console.error(problemReport(problems));
  fail(`Nothing was built; ${OUT}/ was left as it was.`);
}
console.log(`Content check passed: ${initiatives.size} initiatives.`);

// A production build whatever the caller's NODE_ENV (a test runner sets it to `test`, which changes what Vite defines).
await step('Astro build', 'astro', ['build'], { CASEBOOK_OUT_DIR: scratch, NODE_ENV: 'production' });
/**
 * Index chunks of about 2,000 word positions (Pagefind's default is 20,000) keep a first search
 * small: a word costs one chunk of about 4 KB instead of up to 40 KB. The variable is read by
 * Pagefind 1.6's binary (named unstable upstream); bench/search-bench.ts shows if it stops working.
 */
await step('Pagefind index', 'pagefind', ['--site', scratch, '--silent'], {
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000',
});
try {
  swapIn(root, scratch);
} catch (error) {
  fail(`Build finished but ${(error as Error).message}.`);
}
release();
console.log(`Built ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
