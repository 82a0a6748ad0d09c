/**
 * Build cost against the number of stories: for each size, a generated site (harness/generate.ts)
 * is built with the real `npm run build` (content check, Astro, Pagefind, the swap into dist/):
 * once from nothing, as a fresh clone or CI builds it (no content store, no social cards drawn),
 * then again `repeats` times as an editor rebuilds it, reporting the median.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from '../harness/generate';
import { measureRun, median, type RunCost } from './measure';

/** The cost of building one size. */
export interface ScaleResult {
  stories: number;
  pages: number;
  cold: Pick<RunCost, 'seconds' | 'cpuSeconds' | 'peakMiB' | 'otherCores'>;
  /** Medians over the rebuilds. */
  warm: Pick<RunCost, 'seconds' | 'cpuSeconds' | 'peakMiB' | 'otherCores'>;
  /** Each rebuild, in order. */
  runs: Pick<RunCost, 'seconds' | 'cpuSeconds' | 'peakMiB' | 'otherCores' | 'loadBefore'>[];
  /** Rebuild milliseconds per story. */
  msPerStory: number;
  /** The build's own account of its steps in the last rebuild ("Astro build: 9.1 s", …). */
  steps: Record<string, number>;
  /** The process tree at the last rebuild's memory peak: where the memory is. */
  peakProcesses: RunCost['peakProcesses'];
}

const pick = ({ seconds, cpuSeconds, peakMiB, otherCores, loadBefore }: RunCost) => ({
  seconds,
  cpuSeconds,
  peakMiB,
  otherCores,
  loadBefore,
});

async function build(dir: string): Promise<RunCost> {
  const cost = await measureRun('npm run build', dir);
  if (cost.status !== 0) throw new Error(`npm run build failed in ${dir}:\n${cost.output.slice(-3000)}`);
  return cost;
}

/** Counts the HTML pages of a built site. */
function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) pages++;
  return pages;
}

/** Builds a generated site of `stories` stories, cold once and warm `repeats` times. */
export async function measureScale(root: string, stories: number, repeats: number): Promise<ScaleResult> {
  const dir = generateSite(root, stories);
  try {
    const cold = await build(dir);
    const runs: RunCost[] = [];
    for (let run = 0; run < repeats; run++) runs.push(await build(dir));
    const warm = {
      seconds: median(runs.map((run) => run.seconds)),
      cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
      peakMiB: median(runs.map((run) => run.peakMiB)),
      otherCores: median(runs.map((run) => run.otherCores)),
    };
    const steps = Object.fromEntries(
      [...runs.at(-1)!.output.matchAll(/^(Content check|Astro build|Pagefind index): ([\d.]+) s$/gm)].map((match) => [
        match[1]!,
        Number(match[2]),
      ]),
    );
    return {
      stories,
      pages: countPages(join(dir, 'dist')),
      cold: pick(cold),
      warm,
      runs: runs.map(pick),
      msPerStory: (warm.seconds * 1000) / stories,
      steps,
      peakProcesses: runs.at(-1)!.peakProcesses,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
