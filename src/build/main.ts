/**
 * `npm run build`: content check, Astro build, Pagefind index. One build runs at a time; the site
 * is built into a scratch folder and swapped into dist/ only when every step has succeeded, so a
 * failed or killed build never leaves a half-written site behind, nor a moment without dist/ (see
 * output.ts).
 * The scratch folder is the site before last, rewritten in place; what the build did not write
 * is removed before the swap.
 *
 * Run by Node itself (its type stripping), not tsx, and every step in a process of its own. Astro
 * starts while the content check runs; Pagefind starts when Astro has ended, so the build's memory
 * peak is Astro's, plus this small process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeLock } from './lock.ts';
import { markStart, OUT, prune, recover, scratchDir, SPARE, swapIn, unmark } from './output.ts';
import { siteAddress } from '../lib/base.ts';
import { LOCALE_DEFINITIONS } from '../i18n/locales.ts';
import { listSearchFiles, PAGEFIND_ENV, pagefindBinary, pagefindFiles } from './pagefind-files.ts';
import { lazyInflaterTables } from './pagefind-script.ts';
import { oneLine, preflight } from './preflight.ts';

const root = process.cwd();
const started = performance.now();
// A SITE_URL the site cannot be built for, or a folder the build cannot write, stops it before anything runs.
const problems = preflight(root);
if (problems.length) {
  for (const problem of problems) console.error(`Build stopped: ${problem}`);
  process.exit(1);
}
let release: () => void;
try {
  release = await takeLock(root);
} catch (error) {
  console.error(`Build stopped: ${oneLine(error, root)}`);
  process.exit(1);
}
const scratch = scratchDir();

function fail(message: string, status = 1): never {
  // What was written stays for the next build to rewrite; failing that, it is deleted.
  try {
    renameSync(scratch, SPARE);
  } catch {
    try {
      rmSync(scratch, { recursive: true, force: true });
    } catch {
      // Left for the next build to take over or delete.
    }
  }
  release();
  if (message) console.error(`\n${message}`);
  process.exit(status);
}
const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    fail(`Build stopped (${signal}); ${OUT}/ was left as it was.`, 130);
  });
}

/** Variables Vite reads into `import.meta.env` itself: a caller's (a test runner's) must not leak in. */
const VITE_OWN = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

interface Running {
  label: string;
  /** The exit status, once the process has ended. */
  done: Promise<number | null>;
  /** Lets held output through: what was held first, then the rest as it comes. */
  release(): void;
  stop(): Promise<unknown>;
}

/** Starts a step in a process of its own; `held` keeps its output back until `release()`. */
function start(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  held = false,
): Running {
  const begin = performance.now();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_OWN.includes(name)));
  const child = spawn(command, args, {
    stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...inherited, ...env },
  });
  children.add(child);
  const waiting: [NodeJS.WriteStream, Buffer][] = [];
  let live = !held;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const)
    from?.on('data', (chunk: Buffer) => (live ? to.write(chunk) : waiting.push([to, chunk])));
  const done = new Promise<number | null>((resolve) =>
    child.on('close', (status) => {
      children.delete(child);
      if (status === 0) console.log(`${label}: ${((performance.now() - begin) / 1000).toFixed(1)} s`);
      resolve(status);
    }),
  );
  return {
    label,
    done,
    release() {
      for (const [to, chunk] of waiting.splice(0)) to.write(chunk);
      live = true;
    },
    stop() {
      child.kill('SIGTERM');
      return done;
    },
  };
}

/** Waits for a step; when it fails, the build stops there. */
async function finish(step: Running): Promise<void> {
  step.release();
  const status = await step.done;
  if (status !== 0) fail(`${step.label} failed; ${OUT}/ was left as it was.`, status ?? 1);
}

// The bundler's allocators (mimalloc in Rolldown, glibc's elsewhere) keep freed memory for reuse by
// default: bundling 2,000 story modules then leaves hundreds of MB resident for the rest of the build.
// These make them commit memory as it is used and hand freed memory back at once. Measured with
// `npm run bench` at 1,000 stories: the build's peak falls from about 1.35 to 1.15 GiB, at the same speed.
// A fixed mmap threshold gives the many megabyte-sized buffers of drawing social cards back when they
// are freed: drawing all 2,068 cards of 1,000 stories peaked at about 1,095 MiB without it, 950 with it.
//
// V8 sizes its young generation from the machine's memory (up to 32 MB a half on these machines); 8 MB
// halves hold the same throughput here and keep the build's peak about 150 MB lower (`npm run bench`,
// 1,000 stories, from about 1,090 to 930 MiB across the process tree).
const NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-semi-space-size=8'].filter(Boolean).join(' ');
const ALLOCATORS = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_PURGE_MULT: '1',
  MIMALLOC_ABANDONED_PAGE_PURGE: '1',
  MIMALLOC_EAGER_COMMIT: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
};

let mark: bigint;
try {
  recover(root, scratch);
  mark = markStart(scratch);
} catch (error) {
  fail(`Build stopped: ${oneLine(error, root)}; ${OUT}/ was left as it was.`);
}
// tsx's loader in this Node, as `npm run check:content` runs it: the tsx command would start a second
// Node to run it in, which doubles what the check costs (1.6 against 0.8 CPU-seconds here).
const check = start('Content check', process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
  CASEBOOK_BUILD: '1',
});

// Astro starts while the content check runs (its first seconds are start-up and reading content), with
// its output held back: a story the check refuses stops the build with the check's message alone.
// Nothing Astro writes is seen before the check has passed, and its compile guard refuses the same MDX.
// A production build whatever the caller's NODE_ENV (a test runner sets it to `test`, which changes what Vite defines).
const astro = start(
  'Astro build',
  'astro',
  ['build'],
  { CASEBOOK_OUT_DIR: scratch, NODE_ENV: 'production', NODE_OPTIONS, ...ALLOCATORS },
  true,
);
const checked = await check.done;
if (checked !== 0) {
  await astro.stop();
  // The check has said why, and that nothing was built, in the editor's language.
  fail('', checked ?? 1);
}
await finish(astro);
// Pages an earlier build wrote and this one did not go before Pagefind reads the site; the earlier
// index files stay, since Pagefind leaves alone any it would write again.
function pruned(keep: (path: string) => boolean): number {
  try {
    return prune(scratch, mark, keep);
  } catch (error) {
    fail(`Build stopped: ${(error as Error).message}; ${OUT}/ was left as it was.`);
  }
}
let stale = pruned((path) => path.startsWith('pagefind/'));
await finish(start('Pagefind index', pagefindBinary(root), ['--site', scratch, '--silent'], PAGEFIND_ENV));
// Which earlier index files are still in use, the index itself says.
let index: Set<string>;
try {
  index = new Set(pagefindFiles(scratch));
} catch (error) {
  fail(`Pagefind index: ${(error as Error).message}; ${OUT}/ was left as it was.`);
}
// Pagefind's script builds its inflater's tables when it first inflates, not as it starts.
try {
  const file = join(scratch, 'pagefind', 'pagefind.js');
  const { script, skipped } = lazyInflaterTables(readFileSync(file, 'utf8'));
  if (skipped) console.warn(`Pagefind's script was left as Pagefind wrote it: ${skipped}.`);
  else writeFileSync(file, script);
} catch (error) {
  fail(`Pagefind index: ${(error as Error).message}; ${OUT}/ was left as it was.`);
}
// The search pages (`/search/`, and `/<code>/search/` for every language but the first) list the
// files of the index they load as they open, which only now have their names.
try {
  const base = siteAddress(process.env.SITE_URL).base.replace(/\/+$/, '');
  const pages = LOCALE_DEFINITIONS.map(({ code }, order) => `${order ? `${code}/` : ''}search/index.html`);
  listSearchFiles(scratch, pages, base);
} catch (error) {
  fail(`Pagefind index: ${(error as Error).message}; ${OUT}/ was left as it was.`);
}
stale += pruned((path) => index.has(path));
unmark(scratch);
if (stale) console.log(`Removed ${stale} files an earlier build wrote and this one did not.`);
try {
  swapIn(root, scratch);
} catch (error) {
  fail(`Build finished but ${(error as Error).message}.`);
}
release();
console.log(`Built ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
