/**
 * `npm run bench`: builds the site with `npm run build`, then measures what readers and editors
 * feel — page weight per page type, search cost, Lighthouse scores — and how the build scales
 * with generated stories. Prints one table, writes bench/results.json, and exits non-zero only
 * when a budget is broken, naming it.
 *
 *   npm run bench                                   # sizes 100, 1000, 5000; 3 rebuilds each
 *   npm run bench -- --sizes 100,1000 --repeats 2   # fewer
 *   npm run bench -- --only pages                   # pages: weight, search, Lighthouse; scale: builds
 *   npm run bench -- --only search                  # search alone, of the pages' measures
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch, serve } from '../harness/browser';
import { BUDGETS, verdicts, type Results } from './budgets';
import { runLighthouse } from './lighthouse';
import { machine, measureRun } from './measure';
import { measureScale } from './scale';
import { measureSearch } from './search';
import { printTable } from './table';
import { measureWeights } from './weight';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    repeats: { type: 'string', default: '3' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const repeats = Number(values.repeats);
const root = process.cwd();

const results: Results = { date: new Date().toISOString(), machine: machine(), budgets: BUDGETS };

if (values.only !== 'scale') {
  console.error('Building the site (npm run build)…');
  const site = await measureRun('npm run build', root);
  if (site.status !== 0) {
    console.error(site.output);
    process.exit(1);
  }
  results.site = { seconds: site.seconds, peakMiB: site.peakMiB, otherCores: site.otherCores };
  const server = await serve('dist');
  const browser = await launch();
  try {
    console.error('Page weight, search…');
    if (values.only !== 'search') results.weights = await measureWeights(browser, 'dist', server.url);
    results.search = await measureSearch(browser, 'dist', server.url);
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.only !== 'search') {
    console.error('Lighthouse…');
    results.lighthouse = await runLighthouse('dist');
  }
}
if (values.only !== 'pages' && values.only !== 'search') {
  results.scale = [];
  for (const size of sizes) {
    console.error(`Building ${size} generated stories (once from nothing, then ${repeats} rebuilds)…`);
    results.scale.push(await measureScale(root, size, repeats));
  }
}

const checks = verdicts(results);
results.verdicts = checks;
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
printTable(results, checks);
const broken = checks.filter((check) => !check.ok);
if (broken.length) {
  console.error(
    `\nBudgets broken: ${broken.map((check) => `${check.name} (${check.measured}; budget ${check.budget})`).join('; ')}`,
  );
  process.exit(1);
}
console.log(`\nEvery budget holds. Results: ${values.out}`);
