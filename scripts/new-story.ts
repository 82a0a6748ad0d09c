/**
 * `npm run new-story -- --slug school-meals --theme livelihood --place 南明区 --tag education`
 * Scaffolds content/initiatives/<slug>/ with data.yaml, zh.mdx and en.mdx (and a new source
 * with --source-id …). The story is a draft, shown only by `npm run dev`, until its data file
 * says `status: published`. `--help` lists the options, themes, places and tags.
 */
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { currentTime, localDay } from '../src/lib/clock';
import { scaffoldStory, type ScaffoldOptions } from '../src/scaffold';
import { askForMissing, readFlags, usage } from '../src/scaffold/cli';
import { readVocabulary } from '../src/scaffold/vocabulary';

/** Today in the editor's own time zone, YYYY-MM-DD, from the one clock (CASEBOOK_NOW pins it). */
function today(): string {
  const now = currentTime(process.env);
  return localDay(now, -now.getTimezoneOffset());
}

async function main(): Promise<void> {
  const root = process.cwd();
  const vocabulary = readVocabulary(root);
  const { help, given } = readFlags(process.argv.slice(2));
  if (help) {
    console.log(usage(vocabulary));
    return;
  }
  const complete = (options: Partial<ScaffoldOptions>): options is Omit<ScaffoldOptions, 'today'> =>
    options.slug !== undefined && options.theme !== undefined && !!options.places?.length && !!options.tags?.length;
  let options: Omit<ScaffoldOptions, 'today'>;
  if (complete(given)) options = given;
  else if (stdin.isTTY && stdout.isTTY) {
    const terminal = createInterface({ input: stdin, output: stdout });
    try {
      options = await askForMissing((question) => terminal.question(question), root, vocabulary, given);
    } finally {
      terminal.close();
    }
  } else {
    const missing = ['slug', 'theme', 'places', 'tags'].filter((key) => !given[key as keyof ScaffoldOptions]);
    throw new Error(`Missing --${missing.map((key) => key.replace(/s$/, '')).join(', --')}.\n\n${usage(vocabulary)}`);
  }
  const { story, files } = await scaffoldStory(root, { ...options, today: today() });
  console.log(`Created ${story}/ as a draft:\n${files.map((file) => `  ${file}`).join('\n')}`);
  console.log(
    [
      '',
      'Next:',
      '  1. Replace every "TODO:" in these files; add figures to data.yaml.',
      `  2. npm run dev, then open http://localhost:4321/stories/${options.slug}/ (drafts show only there).`,
      '  3. Set `status: published` in data.yaml and run `npm run check:content`.',
      'CONTRIBUTING.md (English) and CONTRIBUTING.zh.md (中文) explain each step.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
