/** The benchmark's one table, as Markdown, so the README can show it as printed. */
import { searchName, searchStart, searchWay, type Results, type Verdict } from './budgets';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;

/** Rows of the table: what was measured, the numbers, and the budget's verdict where there is one. */
export function tableRows(results: Results, checks: Verdict[]): string[][] {
  const mark = (name: string) => {
    const check = checks.find((one) => one.name === name);
    return check ? (check.ok ? 'ok' : `**over** (${check.budget})`) : '';
  };
  const rows: string[][] = [];
  if (results.site)
    rows.push([
      'build, this site',
      `${s(results.site.seconds)}, ${mib(results.site.peakMiB)}`,
      results.site.otherCores > 0.2 ? `machine busy: ${results.site.otherCores.toFixed(1)} cores` : '',
    ]);
  for (const size of results.scale ?? []) {
    const busy = Math.max(size.cold.otherCores, size.warm.otherCores);
    rows.push([
      `build, ${size.stories.toLocaleString('en')} stories (${size.pages.toLocaleString('en')} pages)`,
      `first ${s(size.cold.seconds)}, ${mib(size.cold.peakMiB)}; rebuild ${s(size.warm.seconds)}, ${mib(size.warm.peakMiB)}; ` +
        `${size.msPerStory.toFixed(1)} ms a story` +
        (busy > 0.2 ? ` (machine busy: ${busy.toFixed(1)} cores)` : ''),
      [mark('rebuild of 1,000 stories, time'), mark('rebuild of 1,000 stories, peak memory')]
        .filter((text) => size.stories === 1000 && text)
        .join(', ') || (size.stories === 5000 ? mark('rebuild of 5,000 stories, time') : ''),
    ]);
  }
  const growth = checks.find((check) => check.name.startsWith('cost per story'));
  if (growth) rows.push([growth.name, growth.measured, growth.ok ? 'ok' : `**over** (${growth.budget})`]);
  for (const weight of results.weights ?? []) {
    const story = weight.type.startsWith('story');
    rows.push([
      `page weight, ${weight.type} (${weight.locale})`,
      `HTML ${kb(weight.html)}, total ${kb(weight.total)}, JS ${kb(weight.javascript)}`,
      story
        ? [mark(`story page HTML (${weight.locale})`), mark(`story page total (${weight.locale})`)].every(
            (text) => text === 'ok',
          )
          ? 'ok'
          : '**over**'
        : '',
    ]);
  }
  for (const search of results.search ?? []) {
    const name = searchName(search);
    const bytes = search.firstQueryBytes === undefined ? undefined : mark(`search page + first query (${name})`);
    const time = mark(`search to results, median (${name}, ${searchStart(search)})`);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    rows.push([
      `search (${name}), ${search.count} words ${searchWay(search)}`,
      (search.firstQueryBytes === undefined ? '' : `page with first query ${kb(search.firstQueryBytes)} (largest); `) +
        (search.from === 'search page' ? '' : 'from arrival: ') +
        `median ${ms(search.medianMs)}, slowest ${ms(search.slowestMs)}` +
        (search.fromSubmitMs === undefined
          ? ''
          : `; from submit: median ${ms(search.fromSubmitMs)}` +
            (search.openMs === undefined ? '' : `, of which opening the page ${ms(search.openMs)}`)) +
        (search.misses.length ? `; not found: ${search.misses.join(', ')}` : ''),
      [bytes, time].every((text) => text === undefined || text === 'ok')
        ? 'ok'
        : [bytes, time].filter((text) => text && text !== 'ok').join(' '),
    ]);
  }
  for (const audit of results.lighthouse ?? []) {
    rows.push([`Lighthouse, ${audit.name}`, Object.values(audit.scores).join(' / '), mark(`Lighthouse ${audit.name}`)]);
  }
  return rows;
}

/** Prints the table, with the date and machine above it. */
export function printTable(results: Results, checks: Verdict[]): void {
  const { machine } = results;
  console.log(
    `\n${results.date.slice(0, 10)} · ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}\n`,
  );
  const rows = [['measure', 'result', 'budget'], ...tableRows(results, checks)];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows.slice(1)) console.log(line(row));
  if (results.lighthouse?.length) console.log('\nLighthouse: performance / accessibility / best practices / SEO.');
}
